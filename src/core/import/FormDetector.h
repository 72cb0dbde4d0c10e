#pragma once

#include "Report.h"

#include <QStringList>

// Stage four: the form of each table, from the words of its section (report-formats.md §8), and whether table 二
// prints the 2019 form's optional （九） block.
class FormDetector
{
public:
    struct Forms
    {
        ReportFormats formats;
        QStringList blocks;
        QStringList undecided; // tables whose form the words do not tell: read in the current form (2021)
    };
    static Forms detect(const QStringList &table2, const QStringList &table3);
};
