#include "TableFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

struct Loader
{
    TableFormat &f;
    QString error;
    QHash<QString, QStringList> groups;

    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }

    bool readLines(const QJsonArray &array, QVector<FormatLine> *out, const QString &what)
    {
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            FormatLine line{o.value(QLatin1String("key")).toString(), o.value(QLatin1String("label")).toString(),
                            o.value(QLatin1String("group")).toString(), o.value(QLatin1String("total")).toBool()};
            if (line.key.isEmpty() || line.label.isEmpty())
                return fail(QStringLiteral("%1: entry without key or label").arg(what));
            out->append(line);
        }
        return true;
    }

    // Places rows of cells into the grid HTML-style: each cell takes the first column not covered by a
    // row span from above. Every row must come out exactly as wide as the grid.
    bool place(const QJsonArray &rows, RowRole defaultRole, QVector<GridRow> *out, const QString &section)
    {
        const int width = f.gridColumns();
        QVector<QVector<bool>> taken;
        for (int r = 0; r < rows.size(); ++r) {
            QJsonObject rowObj = rows.at(r).toObject();
            if (rows.at(r).isArray()) // a header row is written as its bare list of cells
                rowObj.insert(QStringLiteral("cells"), rows.at(r));
            GridRow row;
            row.role = defaultRole;
            const QString role = rowObj.value(QLatin1String("role")).toString();
            if (role == QLatin1String("caption"))
                row.role = RowRole::Caption;
            else if (role == QLatin1String("subheader"))
                row.role = RowRole::Subheader;
            else if (!role.isEmpty())
                return fail(QStringLiteral("%1 row %2: unknown role %3").arg(section).arg(r).arg(role));
            row.optionalBlock = rowObj.value(QLatin1String("optional")).toString();

            QJsonArray cells = rowObj.value(QLatin1String("cells")).toArray();
            const QJsonValue values = rowObj.value(QLatin1String("values"));
            const QJsonArray valueRows = values.isString() ? QJsonArray{values} : values.toArray();
            for (const QJsonValue &vr : valueRows)
                for (const FormatLine &c : qAsConst(f.columns))
                    cells.append(QJsonObject{{QStringLiteral("value"), QString(vr.toString() + QLatin1Char('.') + c.key)}});

            while (taken.size() <= r)
                taken.append(QVector<bool>(width, false));
            int col = 0;
            for (const QJsonValue &cv : cells) {
                const QJsonObject c = cv.toObject();
                while (col < width && taken[r][col])
                    ++col;
                GridCell cell;
                cell.row = r;
                cell.column = col;
                cell.rowSpan = c.value(QLatin1String("rowSpan")).toInt(1);
                cell.columnSpan = c.value(QLatin1String("colSpan")).toInt(1);
                cell.text = c.value(QLatin1String("text")).toString();
                cell.vertical = c.value(QLatin1String("vertical")).toBool();
                if (col + cell.columnSpan > width || cell.rowSpan < 1 || cell.columnSpan < 1)
                    return fail(QStringLiteral("%1 row %2: cell %3 does not fit the grid").arg(section).arg(r).arg(col));
                for (int rr = r; rr < r + cell.rowSpan; ++rr) {
                    while (taken.size() <= rr)
                        taken.append(QVector<bool>(width, false));
                    for (int cc = col; cc < col + cell.columnSpan; ++cc) {
                        if (taken[rr][cc])
                            return fail(QStringLiteral("%1 row %2: cells overlap").arg(section).arg(r));
                        taken[rr][cc] = true;
                    }
                }
                const QString value = c.value(QLatin1String("value")).toString();
                if (!value.isEmpty() && !addValueCell(value, c, row, &cell))
                    return false;
                row.cells.append(cell);
                col += cell.columnSpan;
            }
            if (taken[r].contains(false))
                return fail(QStringLiteral("%1 row %2: the row does not fill the grid").arg(section).arg(r));
            out->append(row);
        }
        if (taken.size() > rows.size())
            return fail(QStringLiteral("%1: a row span reaches past the last row").arg(section));
        return true;
    }

    bool addValueCell(const QString &rowCol, const QJsonObject &c, const GridRow &row, GridCell *cell)
    {
        const QStringList parts = rowCol.split(QLatin1Char('.'));
        if (parts.size() != 2 || !f.row(parts[0]) || !f.column(parts[1]))
            return fail(QStringLiteral("value cell %1: unknown row or column").arg(rowCol));
        ValueCellDef def;
        def.key = f.table + QLatin1Char('.') + rowCol;
        def.table = f.table;
        def.rowKey = parts[0];
        def.columnKey = parts[1];
        bool ok = false;
        def.type = valueTypeFromName(c.value(QLatin1String("type")).toString(), &ok);
        if (!ok)
            return fail(QStringLiteral("value cell %1: unknown type").arg(rowCol));
        def.total = f.row(parts[0])->total || f.column(parts[1])->total;
        def.optionalBlock = row.optionalBlock;
        if (f.cell(def.key))
            return fail(QStringLiteral("value cell %1 appears twice").arg(rowCol));
        cell->valueKey = def.key;
        f.cells.append(def);
        return true;
    }

    QStringList members(const QString &name) const
    {
        QStringList out;
        if (name == QLatin1String("@rows") || name == QLatin1String("@columns")) {
            for (const FormatLine &l : name == QLatin1String("@rows") ? f.rows : f.columns)
                out.append(l.key);
        } else if (name.startsWith(QLatin1Char('@'))) {
            out = groups.value(name.mid(1));
        } else {
            out.append(name);
        }
        return out;
    }

    // "{row}.@applicants" with row=new → t3.new.natural, t3.new.commercial, …
    bool expandTerms(const QJsonArray &templates, const QString &var, const QString &value, QVector<RuleTerm> *out)
    {
        for (const QJsonValue &tv : templates) {
            QString t = tv.toString();
            RuleTerm term;
            if (t.startsWith(QLatin1Char('-'))) {
                term.sign = -1;
                t = t.mid(1);
            }
            if (t.startsWith(QLatin1String("prev:"))) {
                term.previousYear = true;
                t = t.mid(5);
            }
            t.replace(QLatin1Char('{') + var + QLatin1Char('}'), value);
            const QStringList parts = t.split(QLatin1Char('.'));
            if (parts.size() != 2)
                return fail(QStringLiteral("rule term %1 is not ROW.COLUMN").arg(tv.toString()));
            for (const QString &r : members(parts[0])) {
                for (const QString &c : members(parts[1])) {
                    term.key = f.table + QLatin1Char('.') + r + QLatin1Char('.') + c;
                    if (!f.cell(term.key))
                        return fail(QStringLiteral("rule term %1 names no cell").arg(term.key));
                    out->append(term);
                }
            }
        }
        return true;
    }

    bool readRules(const QJsonArray &rules)
    {
        for (const QJsonValue &rv : rules) {
            const QJsonObject r = rv.toObject();
            const QString id = r.value(QLatin1String("id")).toString();
            const QString sev = r.value(QLatin1String("severity")).toString();
            if (id.isEmpty() || (sev != QLatin1String("error") && sev != QLatin1String("warning")))
                return fail(QStringLiteral("rule without id or severity"));
            const QJsonObject forEach = r.value(QLatin1String("forEach")).toObject();
            if (forEach.size() != 1)
                return fail(QStringLiteral("rule %1: forEach names one variable").arg(id));
            const QString var = forEach.keys().constFirst();
            const QJsonValue over = forEach.value(var);
            QStringList values;
            if (over.isString()) {
                values = members(over.toString());
            } else {
                for (const QJsonValue &v : over.toArray())
                    values.append(v.toString());
            }
            if (values.isEmpty())
                return fail(QStringLiteral("rule %1: forEach is empty").arg(id));
            f.ruleTexts.append({id, sev == QLatin1String("error") ? Severity::Error : Severity::Warning,
                                r.value(QLatin1String("description")).toString(), r.value(QLatin1String("description_en")).toString(),
                                r.value(QLatin1String("message")).toString(), r.value(QLatin1String("message_en")).toString()});
            for (const QString &value : qAsConst(values)) {
                RuleInstance inst;
                inst.id = id;
                inst.severity = sev == QLatin1String("error") ? Severity::Error : Severity::Warning;
                inst.computes = r.value(QLatin1String("computes")).toBool();
                if (!expandTerms(r.value(QLatin1String("left")).toArray(), var, value, &inst.left)
                    || !expandTerms(r.value(QLatin1String("right")).toArray(), var, value, &inst.right))
                    return false;
                QVector<RuleTerm> anchor;
                if (r.contains(QLatin1String("anchor"))) {
                    if (!expandTerms(QJsonArray{r.value(QLatin1String("anchor"))}, var, value, &anchor))
                        return false;
                } else if (!inst.left.isEmpty()) {
                    anchor.append(inst.left.constFirst());
                }
                if (anchor.size() != 1 || anchor.constFirst().previousYear)
                    return fail(QStringLiteral("rule %1: needs one anchor cell of this year").arg(id));
                inst.anchor = anchor.constFirst().key;
                if (inst.computes) {
                    if (inst.left.size() != 1 || inst.left.constFirst().key != inst.anchor || inst.involvesPreviousYear())
                        return fail(QStringLiteral("rule %1: a computing rule is anchor = Σ this year's cells").arg(id));
                    for (ValueCellDef &c : f.cells)
                        if (c.key == inst.anchor)
                            c.computed = true;
                }
                f.rules.append(inst);
            }
        }
        return true;
    }
};

} // namespace

std::optional<TableFormat> TableFormat::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject()) {
        *error = QStringLiteral("not a JSON object: %1").arg(pe.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    TableFormat f;
    Loader l{f, QString(), {}};
    f.table = o.value(QLatin1String("table")).toString();
    f.form = o.value(QLatin1String("form")).toString();
    f.heading = o.value(QLatin1String("heading")).toString();
    for (const QJsonValue &w : o.value(QLatin1String("widths")).toArray())
        f.widthsMm.append(w.toDouble());
    const QJsonObject groups = o.value(QLatin1String("groups")).toObject();
    for (auto it = groups.begin(); it != groups.end(); ++it)
        for (const QJsonValue &v : it.value().toArray())
            l.groups[it.key()].append(v.toString());

    if (f.table.isEmpty() || f.form.isEmpty() || f.heading.isEmpty())
        l.fail(QStringLiteral("table, form and heading are required"));
    else if (f.widthsMm.isEmpty())
        l.fail(QStringLiteral("widths are required"));
    else if (l.readLines(o.value(QLatin1String("rows")).toArray(), &f.rows, QStringLiteral("rows"))
             && l.readLines(o.value(QLatin1String("columns")).toArray(), &f.columns, QStringLiteral("columns"))
             && l.place(o.value(QLatin1String("header")).toArray(), RowRole::Header, &f.header, QStringLiteral("header"))
             && l.place(o.value(QLatin1String("body")).toArray(), RowRole::Data, &f.body, QStringLiteral("body")))
        l.readRules(o.value(QLatin1String("rules")).toArray());
    const QJsonObject converts = o.value(QLatin1String("converts")).toObject();
    for (auto from = converts.begin(); l.error.isEmpty() && from != converts.end(); ++from) {
        const QJsonObject rows = from.value().toObject();
        for (auto row = rows.begin(); row != rows.end(); ++row) {
            if (!f.row(row.key()))
                l.fail(QStringLiteral("converts: no row %1").arg(row.key()));
            for (const QJsonValue &source : row.value().toArray())
                f.converts[from.key()][row.key()].append(source.toString());
        }
    }
    if (!l.error.isEmpty()) {
        *error = QStringLiteral("%1 %2: %3").arg(f.table, f.form, l.error);
        return std::nullopt;
    }
    return f;
}

const ValueCellDef *TableFormat::cell(const QString &key) const
{
    // Built on first use: cells are appended while loading, and formats are immutable afterwards.
    for (int i = int(m_cellIndex.size()); i < cells.size(); ++i)
        m_cellIndex.insert(cells[i].key, i);
    const auto it = m_cellIndex.constFind(key);
    return it == m_cellIndex.constEnd() ? nullptr : &cells[*it];
}

const FormatLine *TableFormat::row(const QString &key) const
{
    for (const FormatLine &l : rows)
        if (l.key == key)
            return &l;
    return nullptr;
}

const FormatLine *TableFormat::column(const QString &key) const
{
    for (const FormatLine &l : columns)
        if (l.key == key)
            return &l;
    return nullptr;
}

QString TableFormat::cellName(const QString &key) const
{
    const ValueCellDef *c = cell(key);
    if (!c)
        return key;
    const FormatLine *r = row(c->rowKey);
    const FormatLine *col = column(c->columnKey);
    const QString rowName = r->group.isEmpty() ? r->label : r->group + QLatin1Char(' ') + r->label;
    return rowName + QStringLiteral("（") + col->label + QStringLiteral("）");
}

const RuleText *TableFormat::ruleText(const QString &id) const
{
    for (const RuleText &t : ruleTexts)
        if (t.id == id)
            return &t;
    return nullptr;
}

bool TableFormat::takesWhole(const TableFormat &from) const
{
    QSet<QString> summed;
    for (const QStringList &sources : converts.value(from.form))
        for (const QString &row : sources)
            summed.insert(row);
    for (const ValueCellDef &c : from.cells)
        if (!cell(c.key) && !summed.contains(c.rowKey))
            return false;
    return true;
}
