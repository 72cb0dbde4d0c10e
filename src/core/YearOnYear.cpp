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
    std::stable_sort(out.begin(), out.end(), [](const Row &a, const Row &b) { return qAbs(a.change()) > qAbs(b.change()); });
    return out;
}
