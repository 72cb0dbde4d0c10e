#include "RollUp.h"

#include "ReportChecker.h"
#include "ReportSchema.h"
#include "Totals.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <functional>
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
    const auto entries = store.list();
    if (!entries) {
        *error = store.lastError();
        return std::nullopt;
    }
    QHash<QString, ReportStore::Entry> reports; // this year's, by agency
    for (const ReportStore::Entry &e : *entries)
        if (e.year == year)
            reports.insert(e.agency, e);

    Result result;
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
            if (const auto e = reports.constFind(name); e != reports.cend()) {
                c.present = true;
                c.review = e->review;
                c.signedBy = e->signedBy;
            }
            result.children.append(c);
            walk(name, depth + 1);
        }
    };
    walk(agency, 1);

    // The forms of the sum: the agency's own report's, else the most common among the reports below.
    std::optional<Report> own;
    if (Report r; store.load(agency, year, &r))
        own = r;
    QVector<Report> loaded(result.children.size());
    QHash<QString, int> formCount;
    for (int i = 0; i < result.children.size(); ++i) {
        Child &c = result.children[i];
        if (!c.present)
            continue;
        if (!store.load(c.agency, year, &loaded[i])) {
            c.present = false;
            c.note = tr("报告无法读取：%1").arg(store.lastError());
            continue;
        }
        const ReportFormats &f = loaded[i].formats;
        ++formCount[f.t2 + QLatin1Char('/') + f.t3 + QLatin1Char('/') + f.t4];
    }
    ReportFormats forms;
    if (own) {
        forms = own->formats;
    } else if (!formCount.isEmpty()) {
        const auto most = std::max_element(formCount.cbegin(), formCount.cend());
        const QStringList parts = most.key().split(QLatin1Char('/'));
        forms.t2 = parts.value(0);
        forms.t3 = parts.value(1);
        forms.t4 = parts.value(2);
    }

    Report sum;
    sum.agency = agency;
    sum.year = year;
    sum.formats = forms;
    sum.title = tr("%1%2年度政府信息公开工作年度报告（汇总）").arg(agency).arg(year);
    const ReportSchema schema = ReportSchema::forReport(registry, sum);
    schema.conform(sum);
    QHash<QString, qint64> integers, micros;
    QHash<QString, int> places;
    QSet<QString> anyValue;
    const ReportChecker checker(registry);
    for (int i = 0; i < result.children.size(); ++i) {
        Child &c = result.children[i];
        if (!c.present)
            continue;
        Report r = loaded[i];
        const QVector<Finding> findings = checker.check(r, nullptr);
        c.errors = ReportChecker::count(findings, Severity::Error);
        c.warnings = ReportChecker::count(findings, Severity::Warning);
        c.received = r.cells.value(QStringLiteral("t3.new.total"));
        c.concluded = r.cells.value(QStringLiteral("t3.total.total")); // （七）总计: every request concluded
        if (!(r.formats == forms)) {
            r = ReportSchema::withForms(registry, r, forms, nullptr);
            c.note = tr("表式与汇总不同，已按共有的单元格换算");
        }
        for (const ValueCellDef *def : schema.cells()) {
            if (def->type == ValueType::Text)
                continue;
            const CellValue v = r.cells.value(def->key);
            if (v.isInteger()) {
                integers[def->key] += v.toInteger();
                anyValue.insert(def->key);
            } else if (v.kind() == CellValue::Kind::Decimal) {
                const Decimal d = v.toDecimal();
                micros[def->key] += d.micros();
                const int dot = d.text().indexOf(QLatin1Char('.'));
                places[def->key] = qMax(places.value(def->key), dot < 0 ? 0 : int(d.text().size()) - dot - 1);
                anyValue.insert(def->key);
            }
        }
        ++result.summed;
    }
    for (const ValueCellDef *def : schema.cells()) {
        if (!anyValue.contains(def->key))
            continue;
        sum.cells.insert(def->key, def->type == ValueType::Amount ? decimalSum(micros.value(def->key) + integers.value(def->key) * 1000000, places.value(def->key))
                                                                  : CellValue::integer(integers.value(def->key)));
    }
    Totals::computeAll(sum, schema);
    result.report = sum;
    result.findings = checker.check(sum, nullptr);
    for (Child &c : result.children) {
        if (!c.note.isEmpty())
            continue;
        if (!c.present)
            c.note = c.expected ? tr("没有 %1 年的报告").arg(year) : QString();
        else if (c.errors > 0)
            c.note = tr("检查有 %n 个错误", nullptr, c.errors);
        else if (c.signedBy.isEmpty())
            c.note = tr("尚未签发");
    }
    return result;
}
