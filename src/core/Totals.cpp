#include "Totals.h"

#include <algorithm>

CellValue Totals::value(const Report &report, const RuleInstance &rule)
{
    qint64 sum = 0;
    bool any = false;
    for (const RuleTerm &t : rule.right) {
        const CellValue v = report.cell(t.key);
        if (v.isInteger()) {
            sum += t.sign * v.toInteger();
            any = true;
        }
    }
    return any ? CellValue::integer(sum) : CellValue();
}

QStringList Totals::computeAll(Report &report, const ReportSchema &schema)
{
    QStringList changed;
    // Totals feed totals (row totals into （七）总计); repeat until nothing moves, bounded by the nesting depth.
    for (int pass = 0; pass < 4; ++pass) {
        bool moved = false;
        for (const RuleInstance *r : schema.rules()) {
            if (!r->computes)
                continue;
            const CellValue v = value(report, *r);
            if (report.cells.value(r->anchor) != v) {
                report.cells.insert(r->anchor, v);
                if (!changed.contains(r->anchor))
                    changed.append(r->anchor);
                moved = true;
            }
        }
        if (!moved)
            break;
    }
    return changed;
}

QStringList Totals::recomputeDependents(Report &report, const ReportSchema &schema, const QStringList &changed)
{
    QStringList queue = changed;
    QStringList touched;
    for (int i = 0; i < queue.size(); ++i) {
        const QString key = queue.at(i);
        for (const RuleInstance *r : schema.rules()) {
            if (!r->computes)
                continue;
            bool depends = false;
            for (const RuleTerm &t : r->right)
                depends = depends || t.key == key;
            if (!depends)
                continue;
            const CellValue v = value(report, *r);
            if (report.cells.value(r->anchor) != v) {
                report.cells.insert(r->anchor, v);
                if (!touched.contains(r->anchor))
                    touched.append(r->anchor);
            }
            if (!queue.contains(r->anchor))
                queue.append(r->anchor);
        }
    }
    return touched;
}

QStringList Totals::write(Report &report, const ReportSchema &schema, const QMap<QString, CellValue> &values)
{
    QStringList changed;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const ValueCellDef *def = schema.cell(it.key());
        if (def && !def->computed && report.cell(it.key()) != it.value())
            changed.append(it.key());
        report.cells.insert(it.key(), it.value());
    }
    return recomputeDependents(report, schema, changed);
}

QStringList Totals::needs(const ReportSchema &schema, const QStringList &written)
{
    // recomputeDependents' walk: the totals reached from the written cells, and every part each of them is summed from.
    QStringList queue = written, out = written;
    for (int i = 0; i < queue.size(); ++i)
        for (const RuleInstance *r : schema.rules()) {
            if (!r->computes || std::none_of(r->right.cbegin(), r->right.cend(), [&](const RuleTerm &t) { return t.key == queue.at(i); }))
                continue;
            if (!queue.contains(r->anchor))
                queue.append(r->anchor);
            if (!out.contains(r->anchor))
                out.append(r->anchor);
            for (const RuleTerm &t : r->right)
                if (!out.contains(t.key))
                    out.append(t.key);
        }
    return out;
}
