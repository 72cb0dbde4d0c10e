#pragma once

#include "FormatRegistry.h"
#include "Report.h"

#include <QVector>

// 同比: every figure of a report beside the same agency's previous year's, largest relative change first — the cells
// both years' forms have and both filled in as counts.
class YearOnYear
{
public:
    struct Row
    {
        QString key;
        QString name; // the cell as the form names it
        qint64 before = 0;
        qint64 now = 0;
        qint64 change() const { return now - before; }
        // |change| against last year's value, or against smallBase when last year's was smaller.
        double relativeChange() const { return double(qAbs(change())) / double(qMax(before, smallBase)); }
    };
    static constexpr qint64 smallBase = 10;
    static QVector<Row> rows(const Report &report, const Report &previousYear, const FormatRegistry &registry);
};
