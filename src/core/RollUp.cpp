#include "RollUp.h"

#include "ReportCheck.h"
#include "ReportChecker.h"
#include "ReportSchema.h"
#include "Totals.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <functional>
#include <thread>
#include <algorithm>

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
    const QVector<ReportStore::AgencyNode> tree = store.agencyTree();
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

    // The reports are read a batch at a time and summed as they come, one sum per combination of forms: the forms of
    // the region's sum are chosen once all are seen, and each other combination's sum converted into them
    // (conversion adds rows, so converting the sum is summing the conversions).
    QVector<Sum> sums;
    std::optional<Report> own, previous;
    const ReportChecker checker(registry);
    // Checking is most of the work (a report against its last year, prose included): the reports read are checked
    // in parallel a few hundred at a time, one ReportCheck per thread, then taken in order.
    struct Pending
    {
        ReportStore::Entry entry;
        Report report;
        std::optional<Report> lastYear;
        QVector<Finding> findings;
    };
    std::vector<Pending> pending;
    const auto takePending = [&] {
        const int threads = qBound(1, QThread::idealThreadCount(), 8);
        std::vector<std::thread> checking;
        for (int w = 0; w < threads; ++w)
            checking.emplace_back([&, w] {
                const ReportCheck check(registry); // each report as its clerk's findings panel lists it
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
            c.present = true;
            c.review = p.entry.review;
            c.signedBy = p.entry.signedBy;
            auto sum = std::find_if(sums.begin(), sums.end(), [&](const Sum &s) { return s.forms == r.formats; });
            if (sum == sums.end()) {
                sums.append(Sum{r.formats, ReportSchema::forReport(registry, r), {}, {}, {}, {}, {}});
                sum = sums.end() - 1;
            }
            c.errors = ReportChecker::count(p.findings, Severity::Error);
            c.warnings = ReportChecker::count(p.findings, Severity::Warning);
            c.received = r.cell(QStringLiteral("t3.new.total"));
            c.carried = r.cell(QStringLiteral("t3.carry.total"));
            c.concluded = r.cell(QStringLiteral("t3.total.total")); // （七）总计: every request concluded
            c.reviewCorrected = r.cell(QStringLiteral("t4.review.corrected"));
            c.reviewTotal = r.cell(QStringLiteral("t4.review.total"));
            c.forms = r.formats;
            for (const Finding &f : qAsConst(p.findings))
                if (f.rule == QLatin1String("cell.jump") && p.lastYear)
                    for (const QString &key : f.cells)
                        c.moves.append({key, sum->schema.cellName(key), p.lastYear->cell(key).toInteger(), r.cell(key).toInteger()});
            sum->add(r);
            sum->agencies.append(r.agency);
            ++result.summed;
        }
        pending.clear();
    };
    const bool read = store.region(agency, year - 1, year, [&](ReportStore::Stored &&stored) {
        Report &r = stored.report;
        if (r.year != year) {
            previous = std::move(r);
            return true;
        }
        if (r.agency == agency) {
            own = std::move(r);
            return true;
        }
        if (!childAt.contains(r.agency))
            return true;
        std::optional<Report> lastYear;
        if (previous && previous->agency == r.agency)
            lastYear = std::move(previous);
        previous.reset();
        pending.push_back({stored.entry, std::move(r), std::move(lastYear), {}});
        if (pending.size() >= 512)
            takePending();
        return true;
    });
    if (read)
        takePending();
    if (!read) {
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
    result.findings = checker.check(total, nullptr);
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
            const Decimal d = v.toDecimal();
            micros[def->key] += d.micros();
            const int dot = d.text().indexOf(QLatin1Char('.'));
            places[def->key] = qMax(places.value(def->key), dot < 0 ? 0 : int(d.text().size()) - dot - 1);
            any.insert(def->key);
        }
    }
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
