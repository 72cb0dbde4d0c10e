#include "YearOnYear.h"

#include "ReportSchema.h"

#include <algorithm>

QVector<YearOnYear::Row> YearOnYear::rows(const Report &report, const Report &previous, const FormatRegistry &registry)
{
    const ReportSchema schema = ReportSchema::forReport(registry, report);
    const ReportSchema earlier = ReportSchema::forReport(registry, previous);
    QVector<Row> out;
    for (const ValueCellDef *c : schema.cells()) {
        const CellValue now = report.cell(c->key), before = previous.cell(c->key);
        if (earlier.cell(c->key) && now.isInteger() && before.isInteger())
            out.append({c->key, schema.cellName(c->key), before.toInteger(), now.toInteger()});
    }
    // Largest change first; equal changes in printed order.
    // Largest relative change first (行政复议 100 → 20 before 行政处罚 4100 → 3981), against at least smallBase so that
    // 1 → 3 does not outrank everything; equal ones by the size of the change.
    std::stable_sort(out.begin(), out.end(), [](const Row &a, const Row &b) {
        const double ra = a.relativeChange(), rb = b.relativeChange();
        return ra != rb ? ra > rb : qAbs(a.change()) > qAbs(b.change());
    });
    return out;
}
