#include "RollUp.h"

#include "ReportCheck.h"
#include "ReportChecker.h"
#include "ReportSchema.h"
#include "Totals.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <functional>
#include <thread>
#include <algorithm>
#include <array>

namespace {

// A decimal sum shown with as many places as the most precise part had.
CellValue decimalSum(qint64 micros, int places)
{
    const bool negative = micros < 0;
    const qint64 magnitude = negative ? -micros : micros;
    QString text = QString::number(magnitude / 1000000);
    if (places > 0) {
        const QString fraction = QStringLiteral("%1").arg(magnitude % 1000000, 6, 10, QLatin1Char('0'));
        text += QLatin1Char('.') + fraction.left(places);
    }
    if (negative)
        text.prepend(QLatin1Char('-'));
    const auto d = Decimal::fromString(text);
    return d ? CellValue::decimal(*d) : CellValue();
}

} // namespace

QString RollUp::stateName(const Child &child)
{
    if (!child.present)
        return tr("缺报告");
    if (!child.signedBy.isEmpty())
        return tr("已签发");
    return ReportStore::reviewStateName(child.review);
}

std::optional<RollUp::Result> RollUp::compute(ReportStore &store, const FormatRegistry &registry, const QString &agency, int year, QString *error)
{
    const QVector<ReportStore::AgencyNode> tree = store.agencyTree(agency);
    QMultiMap<QString, QString> below; // parent → child, in name order
    bool known = false;
    for (const ReportStore::AgencyNode &n : tree) {
        known = known || n.name == agency;
        if (!n.parent.isEmpty())
            below.insert(n.parent, n.name);
    }
    if (!known) {
        *error = tr("数据库中没有机关“%1”").arg(agency);
        return std::nullopt;
    }
    if (!below.contains(agency)) {
        *error = tr("“%1”之下没有机关：请先导入或设置机关层级（上级机关）").arg(agency);
        return std::nullopt;
    }

    Result result;
    QHash<QString, int> childAt;
    // Depth-first, so that the list reads as the tree; the set guards a tree made cyclic behind our back.
    QSet<QString> visited{agency};
    std::function<void(const QString &, int)> walk = [&](const QString &parent, int depth) {
        QStringList names = below.values(parent);
        std::sort(names.begin(), names.end());
        for (const QString &name : qAsConst(names)) {
            if (visited.contains(name))
                continue;
            visited.insert(name);
            Child c;
            c.agency = name;
            c.depth = depth;
            c.expected = !below.contains(name);
            childAt.insert(name, int(result.children.size()));
            result.children.append(c);
            walk(name, depth + 1);
        }
    };
    walk(agency, 1);

    // The region as the database gives it (ReportStore::regionSummary): each report's row with the check recorded for
    // it as it stands, and the sums of its cells per combination of forms (the region's cells are never read here).
    QStringList amountKeys;
    for (const TableFormat &f : registry.all())
        for (const ValueCellDef &def : f.cells)
            if (def.type == ValueType::Amount && !amountKeys.contains(def.key))
                amountKeys.append(def.key);
    const QString rules = rulesVersion();
    const auto summary = store.regionSummary(agency, year, rules, amountKeys);
    if (!summary) {
        *error = store.lastError().isEmpty() ? tr("汇总未能读取“%1”之下的报告").arg(agency) : store.lastError();
        return std::nullopt;
    }
    std::optional<Report> own;
    QVector<Sum> sums;
    const auto sumOf = [&](const ReportFormats &forms) -> Sum & {
        auto sum = std::find_if(sums.begin(), sums.end(), [&](const Sum &s) { return s.forms == forms; });
        if (sum == sums.end()) {
            sums.append(Sum{forms, ReportSchema(registry, forms), {}, {}, {}, {}, {}});
            sum = sums.end() - 1;
        }
        return *sum;
    };
    QHash<QString, ReportStore::RegionReport> unchecked; // agency → its report, checked at no revision it has now
    for (const ReportStore::RegionReport &r : summary->reports) {
        if (r.entry.agency == agency) {
            own.emplace();
            own->formats = r.forms;
            continue;
        }
        if (!childAt.contains(r.entry.agency))
            continue;
        Child &c = result.children[childAt.value(r.entry.agency)];
        c.present = true;
        c.review = r.entry.review;
        c.signedBy = r.entry.signedBy;
        c.forms = r.forms;
        sumOf(r.forms).agencies.append(r.entry.agency);
        ++result.summed;
        if (!readCheck(registry, r.check, &c))
            unchecked.insert(r.entry.agency, r);
    }
    // The database's sums, as Sum::add would have made them: only the cells of each form's schema, never a text cell.
    for (Sum &sum : sums) {
        Report cells;
        cells.formats = sum.forms;
        for (const ReportStore::RegionCells &rc : summary->cells)
            if (rc.forms == sum.forms)
                cells.cells.insert(rc.key, CellValue::integer(0));
        sum.schema = ReportSchema::forReport(registry, cells);
    }
    for (const ReportStore::RegionCells &rc : summary->cells) {
        Sum &sum = sumOf(rc.forms);
        const ValueCellDef *def = sum.schema.cell(rc.key);
        if (!def || def->type == ValueType::Text)
            continue;
        if (rc.summed) {
            sum.integers[rc.key] += rc.sum;
            sum.any.insert(rc.key);
        }
        for (const QString &text : rc.texts)
            if (const auto d = Decimal::fromString(text))
                sum.addDecimal(rc.key, *d);
    }
    if (!checkReports(store, registry, agency, year, rules, unchecked, result, childAt)) {
        *error = store.lastError().isEmpty() ? tr("汇总未能读取“%1”之下的报告").arg(agency) : store.lastError();
        return std::nullopt;
    }
    QVector<ReportFormats> used;
    for (const Sum &s : qAsConst(sums))
        used.append(s.forms);
    const ReportFormats forms = formsFor(registry, used, own);

    Report total;
    total.agency = agency;
    total.year = year;
    total.formats = forms;
    total.title = tr("%1%2年度政府信息公开工作年度报告（汇总）").arg(agency).arg(year);
    Sum whole{forms, ReportSchema::forReport(registry, total), {}, {}, {}, {}, {}};
    whole.schema.conform(total);
    QMap<QString, QStringList> lacking; // a cell of the sum → the agencies whose form has no place for it
    for (const Sum &s : qAsConst(sums)) {
        Report part;
        part.formats = s.forms;
        s.schema.conform(part);
        s.writeInto(part);
        if (!(s.forms == forms)) {
            for (const ValueCellDef *def : whole.schema.cells())
                if (!def->computed && !hasPlace(registry, s.forms, *def))
                    lacking[def->key].append(s.agencies);
            part = ReportSchema::withForms(registry, part, forms, nullptr);
        }
        whole.add(part);
    }
    whole.writeInto(total);
    Totals::computeAll(total, whole.schema);
    // A figure some reports' forms do not have is not the region's whole: marked for whoever reads the sum.
    for (auto it = lacking.cbegin(); it != lacking.cend(); ++it)
        total.doubts.insert(it.key(), tr("只含 %1 份报告中的 %2 份：%3 的表式没有这一项").arg(result.summed).arg(result.summed - it.value().size()).arg(it.value().join(QStringLiteral("、"))));
    result.report = total;
    result.findings = ReportChecker(registry).check(total, nullptr);
    const bool server = ReportStore::isServer(store.location());
    for (Child &c : result.children) {
        // What needs a look first, then how its forms were taken.
        QString look;
        if (!c.present && c.expected) // on a server: or not this login's to read
            look = server ? tr("没有 %1 年的报告，或无权查看").arg(year) : tr("没有 %1 年的报告").arg(year);
        else if (c.present && c.errors > 0)
            look = tr("检查有 %n 个错误", nullptr, c.errors);
        else if (c.present && c.signedBy.isEmpty())
            look = tr("尚未签发");
        const QString conversion = c.present && !(c.forms == forms) ? conversionNote(registry, c.forms, forms) : QString();
        c.note = QStringList{look, conversion}.filter(QRegularExpression(QStringLiteral("."))).join(QStringLiteral("；"));
    }
    // What was summed, in the document itself (part 六): whoever receives the PDF sees which reports it holds.
    result.report.prose.set(QStringLiteral("part6"), listing(registry, result, year));
    return result;
}

QString RollUp::rulesVersion()
{
    // The program's version and its rule files: a check recorded by another version, or with other rules, is made again.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayLiteral(DR_VERSION));
    for (const QString &folder : {QStringLiteral(":/formats"), QStringLiteral(":/checks")})
        for (const QString &name : QDir(folder).entryList(QDir::Files, QDir::Name)) {
            QFile file(folder + QLatin1Char('/') + name);
            if (file.open(QIODevice::ReadOnly))
                hash.addData(file.readAll());
        }
    return QStringLiteral(DR_VERSION "/") + QString::fromLatin1(hash.result().toHex().left(16));
}

namespace {
// A child's figures and the cells they are: 本年新收, 上年结转, （七）总计 (every request concluded) of table 三;
// 行政复议 纠正 and 总计 of table 四.
const char *const figureKeys[] = {"t3.new.total", "t3.carry.total", "t3.total.total", "t4.review.corrected", "t4.review.total"};
template <typename Child> // RollUp::Child, const or not
auto figuresOf(Child &c)
{
    return std::array{&c.received, &c.carried, &c.concluded, &c.reviewCorrected, &c.reviewTotal};
}
} // namespace

QString RollUp::checkText(const Child &c)
{
    QJsonObject figures;
    const auto values = figuresOf(c);
    for (size_t i = 0; i < values.size(); ++i)
        if (!values[i]->isBlank())
            figures.insert(QLatin1String(figureKeys[i]), values[i]->toString());
    QJsonArray moves;
    for (const Child::Move &m : c.moves)
        moves.append(QJsonArray{m.key, m.before, m.now});
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("errors"), c.errors}, {QStringLiteral("warnings"), c.warnings},
                                                       {QStringLiteral("figures"), figures}, {QStringLiteral("moves"), moves}})
                                 .toJson(QJsonDocument::Compact));
}

bool RollUp::readCheck(const FormatRegistry &registry, const QString &text, Child *c)
{
    if (text.isEmpty())
        return false;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    if (!o.value(QStringLiteral("errors")).isDouble() || !o.value(QStringLiteral("moves")).isArray())
        return false;
    c->errors = o.value(QStringLiteral("errors")).toInt();
    c->warnings = o.value(QStringLiteral("warnings")).toInt();
    const QJsonObject figures = o.value(QStringLiteral("figures")).toObject();
    const auto values = figuresOf(*c);
    for (size_t i = 0; i < values.size(); ++i) {
        const QString v = figures.value(QLatin1String(figureKeys[i])).toString();
        QString why;
        if (!CellValue::parse(ValueType::Signed, v, values[i], &why))
            *values[i] = CellValue::text(v);
    }
    c->moves.clear();
    const QJsonArray moves = o.value(QStringLiteral("moves")).toArray();
    if (moves.isEmpty()) // most: no schema to make for the names
        return true;
    const ReportSchema schema(registry, c->forms, ReportSchema::optionalBlocks(registry, c->forms));
    for (const QJsonValue &m : moves) {
        const QJsonArray a = m.toArray();
        const QString key = a.at(0).toString();
        c->moves.append({key, schema.cellName(key), qint64(a.at(1).toDouble()), qint64(a.at(2).toDouble())});
    }
    return true;
}

bool RollUp::checkReports(ReportStore &store, const FormatRegistry &registry, const QString &agency, int year, const QString &rules,
                          const QHash<QString, ReportStore::RegionReport> &unchecked, Result &result, const QHash<QString, int> &childAt)
{
    if (unchecked.isEmpty())
        return true;
    // Each report not checked as it stands is read with its last year's and checked as its clerk's findings panel
    // lists it, a few hundred at a time in parallel (one ReportCheck per thread), then kept for the next roll-up.
    struct Pending
    {
        Report report;
        std::optional<Report> lastYear;
        QVector<Finding> findings;
    };
    std::vector<Pending> pending;
    QVector<ReportStore::RecordedCheck> recorded;
    const auto takePending = [&] {
        const int threads = qBound(1, QThread::idealThreadCount(), 8);
        std::vector<std::thread> checking;
        for (int w = 0; w < threads; ++w)
            checking.emplace_back([&, w] {
                const ReportCheck check(registry);
                for (size_t i = size_t(w); i < pending.size(); i += size_t(threads)) {
                    Pending &p = pending[i];
                    p.findings = ReportCheck::listed(check.run(p.report, p.lastYear ? &*p.lastYear : nullptr), ReportSchema::forReport(registry, p.report));
                }
            });
        for (std::thread &t : checking)
            t.join();
        for (Pending &p : pending) {
            const Report &r = p.report;
            Child &c = result.children[childAt.value(r.agency)];
            c.errors = ReportChecker::count(p.findings, Severity::Error);
            c.warnings = ReportChecker::count(p.findings, Severity::Warning);
            const auto values = figuresOf(c);
            for (size_t i = 0; i < values.size(); ++i)
                *values[i] = r.cell(QLatin1String(figureKeys[i]));
            c.moves.clear();
            const ReportSchema schema = ReportSchema::forReport(registry, r); // the names of the moves
            for (const Finding &f : qAsConst(p.findings))
                if (f.rule == QLatin1String("cell.jump") && p.lastYear)
                    for (const QString &key : f.cells)
                        c.moves.append({key, schema.cellName(key), p.lastYear->cell(key).toInteger(), r.cell(key).toInteger()});
            const ReportStore::RegionReport &stored = unchecked[r.agency];
            recorded.append({stored.id, stored.revision, stored.lastYearRevision, rules, checkText(c)});
        }
        pending.clear();
    };
    std::optional<Report> previous;
    const auto take = [&](ReportStore::Stored &&stored) {
        Report &r = stored.report;
        if (!unchecked.contains(r.agency))
            return true;
        if (r.year != year) {
            previous = std::move(r);
            return true;
        }
        std::optional<Report> lastYear;
        if (previous && previous->agency == r.agency)
            lastYear = std::move(previous);
        previous.reset();
        pending.push_back({std::move(r), std::move(lastYear), {}});
        if (pending.size() >= 512)
            takePending();
        return true;
    };
    // A few changed since the last roll-up (a tenth of the region at most): each read on its own, in four statements
    // (a department has nothing below it; an agency that has is read alone all the same); more: the region read a batch
    // of agencies at a time, as on the first roll-up.
    bool read = true;
    if (unchecked.size() * 10 <= result.summed) {
        for (auto it = unchecked.cbegin(); read && it != unchecked.cend(); ++it)
            read = store.region(it.key(), year - 1, year, [&](ReportStore::Stored &&s) { return s.report.agency != it.key() || take(std::move(s)); });
    } else {
        read = store.region(agency, year - 1, year, take);
    }
    if (!read)
        return false;
    takePending();
    // Kept by whoever may: the database refuses a clerk (its own report would look checked) and keeps nothing for a
    // report that changed meanwhile. A check not kept is made again next time; the roll-up itself stands.
    if (const ReportStore::Rights may = store.rights(agency); !store.isReadOnly() && (may.reviews || may.administers))
        store.recordChecks(recorded);
    return true;
}

void RollUp::Sum::add(const Report &r)
{
    for (const ValueCellDef *def : schema.cells()) {
        if (def->type == ValueType::Text)
            continue;
        const CellValue v = r.cell(def->key);
        if (v.isInteger()) {
            integers[def->key] += v.toInteger();
            any.insert(def->key);
        } else if (v.kind() == CellValue::Kind::Decimal) {
            addDecimal(def->key, v.toDecimal());
        }
    }
}

void RollUp::Sum::addDecimal(const QString &key, const Decimal &d)
{
    micros[key] += d.micros();
    const int dot = d.text().indexOf(QLatin1Char('.'));
    places[key] = qMax(places.value(key), dot < 0 ? 0 : int(d.text().size()) - dot - 1);
    any.insert(key);
}

void RollUp::Sum::writeInto(Report &r) const
{
    for (const ValueCellDef *def : schema.cells()) {
        if (!any.contains(def->key))
            continue;
        r.cells.insert(def->key, def->type == ValueType::Amount ? decimalSum(micros.value(def->key) + integers.value(def->key) * 1000000, places.value(def->key))
                                                                : CellValue::integer(integers.value(def->key)));
    }
}

ReportFormats RollUp::formsFor(const FormatRegistry &registry, const QVector<ReportFormats> &summed, const std::optional<Report> &own)
{
    ReportFormats forms;
    for (const QString &t : ReportFormats::tables()) {
        QStringList used; // the forms of this table among the reports summed, in a fixed order
        for (const ReportFormats &f : summed)
            if (!used.contains(f.of(t)))
                used.append(f.of(t));
        std::sort(used.begin(), used.end());
        QStringList candidates = registry.forms(t); // newest first
        std::sort(candidates.begin(), candidates.end(), std::greater<QString>());
        QString chosen;
        if (used.size() == 1) {
            chosen = used.constFirst();
        } else if (used.isEmpty()) {
            chosen = own ? own->formats.of(t) : candidates.value(0);
        } else {
            // The form every other one becomes without losing a figure; none: the newest.
            for (const QString &form : qAsConst(candidates)) {
                const TableFormat *into = registry.table(t, form);
                if (std::all_of(used.cbegin(), used.cend(), [&](const QString &f) { return f == form || into->takesWhole(*registry.table(t, f)); })) {
                    chosen = form;
                    break;
                }
            }
            if (chosen.isEmpty())
                chosen = candidates.value(0);
        }
        if (t == QLatin1String("t2"))
            forms.t2 = chosen;
        else if (t == QLatin1String("t3"))
            forms.t3 = chosen;
        else
            forms.t4 = chosen;
    }
    return forms;
}

bool RollUp::hasPlace(const FormatRegistry &registry, const ReportFormats &from, const ValueCellDef &cell)
{
    const TableFormat *own = registry.table(cell.table, from.of(cell.table));
    if (!own || own->cell(cell.key))
        return true;
    for (const TableFormat &f : registry.all())
        if (f.table == cell.table && f.cell(cell.key) && f.conversionFrom(from.of(cell.table)).contains(cell.rowKey))
            return true;
    return false;
}

QString RollUp::conversionNote(const FormatRegistry &registry, const ReportFormats &from, const ReportFormats &to)
{
    QStringList notes;
    for (const QString &t : ReportFormats::tables()) {
        if (from.of(t) == to.of(t))
            continue;
        const TableFormat *into = registry.table(t, to.of(t));
        const TableFormat *source = registry.table(t, from.of(t));
        const QString table = ReportFormats::tableName(t);
        notes.append(into && source && into->takesWhole(*source)
                         ? tr("%1为 %2 年表式，已换算为 %3 年表式汇总").arg(table, from.of(t), to.of(t))
                         : tr("%1为 %2 年表式，%3 年表式才有的项目未计入").arg(table, from.of(t), to.of(t)));
    }
    return notes.join(QStringLiteral("；"));
}

QString RollUp::listing(const FormatRegistry &registry, const Result &result, int year)
{
    const auto formsOf = [](const ReportFormats &f) {
        return tr("表二 %1 年、表三 %2 年表式").arg(f.t2, f.t3);
    };
    QStringList lines{tr("本汇总是以下各机关 %1 年度报告的逐项合计（共 %2 份；表二、表三按 %3 汇总，合计栏重新计算）：")
                          .arg(year)
                          .arg(result.summed)
                          .arg(formsOf(result.report.formats))};
    int n = 0;
    QStringList missing;
    for (const Child &c : result.children) {
        if (!c.present) {
            if (c.expected)
                missing.append(c.agency);
            continue;
        }
        QString line = tr("%1．%2：%3，%4").arg(++n).arg(c.agency, stateName(c), formsOf(c.forms));
        if (!(c.forms == result.report.formats))
            line += tr("（%1）").arg(conversionNote(registry, c.forms, result.report.formats));
        lines.append(line + QStringLiteral("。"));
    }
    if (!missing.isEmpty())
        lines.append(tr("没有 %1 年报告、未计入汇总的机关：%2。").arg(year).arg(missing.join(QStringLiteral("、"))));
    return lines.join(QLatin1Char('\n'));
}
