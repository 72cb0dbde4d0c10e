#pragma once

#include "FormatRegistry.h"
#include "Report.h"

#include <QVector>

// 同比: every figure of a report beside the same agency's previous year's, largest change first — the cells both
// years' forms have and both filled in as counts.
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
    };
    static QVector<Row> rows(const Report &report, const Report &previousYear, const FormatRegistry &registry);
};
