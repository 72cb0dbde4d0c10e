#pragma once

#include "Report.h"
#include "ReportSchema.h"

// Computed cells (总计 of table 三 and 四): one place that knows how to fill them.
class Totals
{
public:
    // The value a computing rule gives its anchor: the sum of its parts; blank when every part is blank.
    static CellValue value(const Report &report, const RuleInstance &rule);

    // Fills every computed cell. Returns the keys whose value changed.
    static QStringList computeAll(Report &report, const ReportSchema &schema);

    // After the clerk changed `changed`, recomputes the totals that depend on them, directly or through
    // other totals, and leaves every other cell (a published total included) as it is.
    static QStringList recomputeDependents(Report &report, const ReportSchema &schema, const QStringList &changed);

    // The cells recomputing the totals over `written` reads or writes: those, every total depending on them (through
    // other totals too) and every part of those totals — what a store reads to write a few cells, not the report.
    static QStringList needs(const ReportSchema &schema, const QStringList &written);

    // Writes `values` into the report and recomputes the totals over the entered cells whose value changed (a cell
    // written with the value it had — a confirmation — leaves a published total as it is). The store and the editor
    // both write this way, so what the window shows is what the database holds. Returns the totals changed.
    static QStringList write(Report &report, const ReportSchema &schema, const QMap<QString, CellValue> &values);
};
