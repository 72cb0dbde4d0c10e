#include "ReportJson.h"

#include "ReportSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <functional>

namespace {

// The JSON text of a value, for messages: "五", 5.5, null.
QString shown(const QJsonValue &v)
{
    if (v.isUndefined())
        return QStringLiteral("nothing");
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// Qt's parser keeps a number written without fraction or exponent as a 64-bit integer when it fits.
bool isJsonInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toVariant().typeId() == QMetaType::LongLong;
}

// Qt keeps 4.0 and 4e0 as the integer 4, but report JSON forbids them in counts. This walks the (already
// validated) text and returns, by member path ("cells.t3.new.natural"), each number written with a fraction or
// an exponent.
// Also finds the first member name repeated in one object (*duplicate: its path), which QJsonDocument would
// silently resolve to the last value.
QHash<QString, QString> fractionalNumbers(const QByteArray &json, QString *duplicate)
{
    QHash<QString, QString> out;
    struct Frame
    {
        bool object;
        QString key;
        QSet<QString> keys;
    };
    QVector<Frame> stack;
    bool expectKey = false;
    auto path = [&stack]() {
        QStringList keys;
        for (const Frame &f : stack)
            if (f.object)
                keys.append(f.key);
        return keys.join(QLatin1Char('.'));
    };
    for (int i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '{' || c == '[') {
            stack.append({c == '{', QString(), {}});
            expectKey = c == '{';
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (c == ',') {
            expectKey = !stack.isEmpty() && stack.constLast().object;
        } else if (c == '"') {
            const int start = i + 1;
            for (++i; i < json.size() && json.at(i) != '"'; ++i)
                if (json.at(i) == '\\')
                    ++i;
            if (expectKey && !stack.isEmpty()) {
                stack.last().key = QString::fromUtf8(json.mid(start, i - start));
                expectKey = false;
                if (stack.last().keys.contains(stack.last().key) && duplicate->isEmpty())
                    *duplicate = path();
                stack.last().keys.insert(stack.last().key);
            }
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            const int start = i;
            while (i + 1 < json.size() && QByteArrayView("+-.eE0123456789").contains(json.at(i + 1)))
                ++i;
            const QByteArray literal = json.mid(start, i - start + 1);
            if (literal.contains('.') || literal.contains('e') || literal.contains('E'))
                out.insert(path(), QString::fromLatin1(literal));
        }
    }
    return out;
}

QByteArray quoted(const QString &s)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(ReportJson)
public:
    QString error;
    QHash<QString, QString> fractional; // member path → number literal with fraction or exponent

    bool fail(const QString &member, const QString &what)
    {
        if (error.isEmpty())
            error = member.isEmpty() ? what : member + QStringLiteral("：") + what;
        return false;
    }

    bool onlyMembers(const QJsonObject &o, const QString &path, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!it.key().startsWith(QLatin1Char('_')) && !allowed.contains(it.key()))
                return fail(path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), tr("未知的成员"));
        return true;
    }

    bool optionalString(const QJsonObject &o, const QString &name, const QString &path, std::optional<QString> *out)
    {
        const QJsonValue v = o.value(name);
        if (v.isUndefined())
            return true;
        if (!v.isString())
            return fail(path + name, tr("应为字符串，实为 %1").arg(shown(v)));
        *out = v.toString();
        return true;
    }

    bool readStrings(const QJsonValue &v, const QString &name, const QStringList &members,
                     const std::function<void(const QString &, const QString &)> &store)
    {
        if (v.isUndefined())
            return true;
        if (!v.isObject())
            return fail(name, tr("应为对象，实为 %1").arg(shown(v)));
        const QJsonObject o = v.toObject();
        if (!onlyMembers(o, name, members))
            return false;
        for (const QString &m : members) {
            std::optional<QString> s;
            if (!optionalString(o, m, name + QLatin1Char('.'), &s))
                return false;
            if (s)
                store(m, *s);
        }
        return true;
    }

    bool readCell(const ValueCellDef &def, const QJsonValue &v, CellValue *out)
    {
        const QString path = QStringLiteral("cells.") + def.key;
        if (v.isNull()) {
            *out = CellValue();
            return true;
        }
        switch (def.type) {
        case ValueType::Count:
        case ValueType::Signed: {
            if (fractional.contains(path))
                return fail(path, tr("应为整数（不带小数点或指数），实为 %1").arg(fractional.value(path)));
            if (!isJsonInteger(v)) {
                if (v.isDouble() && std::abs(v.toDouble()) > double(CellValue::maxInteger))
                    return fail(path, tr("整数超出范围（最大 %1），实为 %2").arg(CellValue::maxInteger).arg(shown(v)));
                return fail(path, tr("应为整数（不带小数点或指数），实为 %1").arg(shown(v)));
            }
            const qint64 n = v.toInteger();
            if (n > CellValue::maxInteger || n < -CellValue::maxInteger)
                return fail(path, tr("整数超出范围（最大 %1），实为 %2").arg(CellValue::maxInteger).arg(n));
            *out = CellValue::integer(n);
            return true;
        }
        case ValueType::Amount: {
            if (!v.isString())
                return fail(path, tr("应为以字符串书写的金额（如 \"96171.6\"），实为 %1").arg(shown(v)));
            const auto d = Decimal::fromString(v.toString());
            if (!d)
                return fail(path, tr("金额格式不正确（最多 6 位小数，无前导零），实为 %1").arg(shown(v)));
            *out = CellValue::decimal(*d);
            return true;
        }
        case ValueType::Text:
            if (!v.isString())
                return fail(path, tr("应为字符串，实为 %1").arg(shown(v)));
            if (v.toString().isEmpty())
                return fail(path, tr("空字符串不是值：空白单元格写 null"));
            *out = CellValue::text(v.toString());
            return true;
        }
        return false;
    }

    std::optional<Report> read(const QByteArray &json, const FormatRegistry &registry)
    {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
        if (pe.error != QJsonParseError::NoError) {
            fail(QString(), tr("不是有效的 JSON（第 %1 个字节处：%2）").arg(pe.offset).arg(pe.errorString()));
            return std::nullopt;
        }
        if (!doc.isObject()) {
            fail(QString(), tr("顶层应为一个对象"));
            return std::nullopt;
        }
        const QJsonObject o = doc.object();
        QString duplicate;
        fractional = fractionalNumbers(json, &duplicate);
        if (!duplicate.isEmpty()) {
            fail(duplicate, tr("成员重复出现：同一对象中的成员名不能重复（无法确定以哪一个为准）"));
            return std::nullopt;
        }
        Report r;
        if (!onlyMembers(o, QString(), {"schema", "agency", "year", "formats", "date", "title", "contact", "prose", "cells", "annotations"}))
            return std::nullopt;
        for (const char *required : {"schema", "agency", "year", "formats", "cells"})
            if (!o.contains(QLatin1String(required))) {
                fail(QLatin1String(required), tr("缺少必需的成员"));
                return std::nullopt;
            }
        if (o.value(QLatin1String("schema")) != QJsonValue(QLatin1String(ReportJson::schemaId))) {
            fail(QStringLiteral("schema"), tr("应为 \"%1\"，实为 %2").arg(QLatin1String(ReportJson::schemaId), shown(o.value(QLatin1String("schema")))));
            return std::nullopt;
        }
        const QJsonValue agency = o.value(QLatin1String("agency"));
        if (!agency.isString() || agency.toString().trimmed().isEmpty()) {
            fail(QStringLiteral("agency"), tr("应为非空字符串，实为 %1").arg(shown(agency)));
            return std::nullopt;
        }
        r.agency = agency.toString();
        const QJsonValue year = o.value(QLatin1String("year"));
        if (!isJsonInteger(year) || fractional.contains(QStringLiteral("year")) || year.toInteger() < 1000 || year.toInteger() > 9999) {
            fail(QStringLiteral("year"), tr("应为四位整数年份，实为 %1").arg(fractional.value(QStringLiteral("year"), shown(year))));
            return std::nullopt;
        }
        r.year = int(year.toInteger());

        const QJsonValue formats = o.value(QLatin1String("formats"));
        if (!formats.isObject()) {
            fail(QStringLiteral("formats"), tr("应为对象，实为 %1").arg(shown(formats)));
            return std::nullopt;
        }
        if (!onlyMembers(formats.toObject(), QStringLiteral("formats"), ReportFormats::tables()))
            return std::nullopt;
        for (const QString &t : ReportFormats::tables()) {
            const QJsonValue f = formats.toObject().value(t);
            if (!f.isString() || !registry.forms(t).contains(f.toString())) {
                fail(QStringLiteral("formats.") + t, tr("应为 %1 之一，实为 %2").arg(registry.forms(t).join(QStringLiteral("、")), shown(f)));
                return std::nullopt;
            }
            r.formats.set(t, f.toString());
        }

        const QJsonValue date = o.value(QLatin1String("date"));
        if (!date.isUndefined() && !date.isNull()) {
            static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
            const QDate d = QDate::fromString(date.toString(), Qt::ISODate);
            if (!date.isString() || !iso.match(date.toString()).hasMatch() || !d.isValid()) {
                fail(QStringLiteral("date"), tr("应为 YYYY-MM-DD 格式的有效日期或 null，实为 %1").arg(shown(date)));
                return std::nullopt;
            }
            r.date = d;
        }
        if (!optionalString(o, QStringLiteral("title"), QString(), &r.title))
            return std::nullopt;
        if (!readStrings(o.value(QLatin1String("contact")), QStringLiteral("contact"), {"person", "phone", "fax", "address"},
                         [&r](const QString &m, const QString &s) {
                             if (m == QLatin1String("person")) r.contact.person = s;
                             else if (m == QLatin1String("phone")) r.contact.phone = s;
                             else if (m == QLatin1String("fax")) r.contact.fax = s;
                             else r.contact.address = s;
                         })
            || !readStrings(o.value(QLatin1String("prose")), QStringLiteral("prose"), Prose::parts(),
                            [&r](const QString &m, const QString &s) { r.prose.set(m, s); }))
            return std::nullopt;
        for (const QString &part : Prose::parts())
            if (r.prose.get(part).value_or(QString()).size() > Prose::maxLength) {
                fail(QStringLiteral("prose.") + part, tr("太长（%1 字）：每一部分不能超过 %2 字").arg(r.prose.get(part)->size()).arg(Prose::maxLength));
                return std::nullopt;
            }

        if (!readCells(o.value(QLatin1String("cells")), registry, &r) || !readAnnotations(o.value(QLatin1String("annotations")), &r))
            return std::nullopt;
        return r;
    }

    bool readCells(const QJsonValue &v, const FormatRegistry &registry, Report *r)
    {
        if (!v.isObject())
            return fail(QStringLiteral("cells"), tr("应为对象，实为 %1").arg(shown(v)));
        const QJsonObject cells = v.toObject();
        // Which optional blocks the file prints: those it names any cell of.
        QStringList blocks;
        QStringList blockKeys;
        for (const QString &t : ReportFormats::tables())
            for (const ValueCellDef &c : registry.table(t, r->formats.of(t))->cells)
                if (!c.optionalBlock.isEmpty()) {
                    blockKeys.append(c.key);
                    if (cells.contains(c.key) && !blocks.contains(c.optionalBlock))
                        blocks.append(c.optionalBlock);
                }
        const ReportSchema schema(registry, r->formats, blocks);
        for (auto it = cells.begin(); it != cells.end(); ++it) {
            if (it.key().startsWith(QLatin1Char('_')))
                continue;
            const ValueCellDef *def = schema.cell(it.key());
            if (!def) {
                bool elsewhere = false;
                for (const TableFormat &f : registry.all())
                    elsewhere = elsewhere || f.cell(it.key());
                const QString table = it.key().section(QLatin1Char('.'), 0, 0);
                return fail(QStringLiteral("cells.") + it.key(),
                            elsewhere ? tr("不属于所选表式（%1: %2）").arg(table, r->formats.of(table)) : tr("未知的单元格"));
            }
            CellValue value;
            if (!readCell(*def, it.value(), &value))
                return false;
            r->cells.insert(def->key, value);
        }
        for (const ValueCellDef *c : schema.cells())
            if (!r->cells.contains(c->key))
                return fail(QStringLiteral("cells.") + c->key,
                            blockKeys.contains(c->key) ? tr("第二十条第（九）项的两个单元格须同时出现或同时省略") : tr("缺少单元格"));
        return true;
    }

    bool readAnnotations(const QJsonValue &v, Report *r)
    {
        if (v.isUndefined())
            return true;
        if (!v.isObject())
            return fail(QStringLiteral("annotations"), tr("应为对象，实为 %1").arg(shown(v)));
        const QJsonObject a = v.toObject();
        for (auto it = a.begin(); it != a.end(); ++it) {
            const QString path = QStringLiteral("annotations.") + it.key();
            if (!r->cells.contains(it.key()))
                return fail(path, tr("注释的单元格不在 cells 中"));
            if (!it.value().isString())
                return fail(path, tr("应为字符串，实为 %1").arg(shown(it.value())));
            r->annotations.insert(it.key(), it.value().toString());
        }
        return true;
    }
};

} // namespace

std::optional<Report> ReportJson::read(const QByteArray &json, const FormatRegistry &registry, QString *error)
{
    Reader reader;
    auto report = reader.read(json, registry);
    if (!report)
        *error = reader.error;
    return report;
}

QByteArray ReportJson::write(const Report &report, const FormatRegistry &registry)
{
    QByteArray out;
    auto member = [&out](const char *name, const QByteArray &value, bool last = false) {
        out += "  \"";
        out += name;
        out += "\": ";
        out += value;
        out += last ? "\n" : ",\n";
    };
    auto object = [](const QList<QPair<QString, std::optional<QString>>> &members) {
        QByteArray o;
        for (const auto &m : members) {
            if (!m.second)
                continue;
            o += o.isEmpty() ? "{\n" : ",\n";
            o += "    " + quoted(m.first) + ": " + quoted(*m.second);
        }
        return o.isEmpty() ? QByteArray("{}") : o + "\n  }";
    };

    out += "{\n";
    member("schema", quoted(QLatin1String(schemaId)));
    member("agency", quoted(report.agency));
    member("year", QByteArray::number(report.year));
    member("formats", "{\n    \"t2\": " + quoted(report.formats.t2) + ",\n    \"t3\": " + quoted(report.formats.t3)
                          + ",\n    \"t4\": " + quoted(report.formats.t4) + "\n  }");
    member("date", report.date ? quoted(report.date->toString(Qt::ISODate)) : QByteArray("null"));
    if (report.title)
        member("title", quoted(*report.title));
    member("contact", object({{QStringLiteral("person"), report.contact.person},
                              {QStringLiteral("phone"), report.contact.phone},
                              {QStringLiteral("fax"), report.contact.fax},
                              {QStringLiteral("address"), report.contact.address}}));
    QList<QPair<QString, std::optional<QString>>> prose;
    for (const QString &p : Prose::parts())
        prose.append({p, report.prose.get(p)});
    member("prose", object(prose));

    const ReportSchema schema = ReportSchema::forReport(registry, report);
    QByteArray cells;
    for (const ValueCellDef *c : schema.cells()) {
        const CellValue v = report.cell(c->key);
        cells += cells.isEmpty() ? "{\n" : ",\n";
        cells += "    " + quoted(c->key) + ": ";
        switch (v.kind()) {
        case CellValue::Kind::Blank:
            cells += "null";
            break;
        case CellValue::Kind::Integer:
            cells += QByteArray::number(v.toInteger());
            break;
        case CellValue::Kind::Decimal:
        case CellValue::Kind::Text:
            cells += quoted(v.toString());
            break;
        }
    }
    cells += cells.isEmpty() ? QByteArray("{}") : QByteArray("\n  }");
    const bool annotated = !report.annotations.isEmpty();
    const bool doubted = !report.doubts.isEmpty();
    member("cells", cells, !annotated && !doubted);
    if (annotated) {
        QList<QPair<QString, std::optional<QString>>> notes;
        for (const ValueCellDef *c : schema.cells())
            if (report.annotations.contains(c->key))
                notes.append({c->key, report.annotations.value(c->key)});
        member("annotations", object(notes), !doubted);
    }
    if (doubted) {
        // A comment member (report-json.md §1): readers ignore it, so importing the file back changes nothing.
        QByteArray keys;
        for (const ValueCellDef *c : schema.cells())
            if (report.doubts.contains(c->key))
                keys += (keys.isEmpty() ? "[" : ", ") + quoted(c->key);
        member("_unconfirmed", keys.isEmpty() ? QByteArray("[]") : keys + "]", true);
    }
    out += "}\n";
    return out;
}
