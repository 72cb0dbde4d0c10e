#pragma once

#include "TableReading.h"

// Space-aligned columns (pdftotext -layout, report-formats.md §11.2): labels wrap and break around the numbers. A
// line of numbers belongs to the row whose label pieces sit on it or around it (pieces are matched to the form's row
// labels in printed order, so a row printed blank is skipped, not filled with the next row's). A line no label piece
// places takes the next row in order, and a line with fewer numbers than its row has cells puts each number in the
// column whose position it is nearest to: both are guesses, and their cells carry a doubt.
class AlignedReader
{
    Q_DECLARE_TR_FUNCTIONS(AlignedReader)
public:
    static TableReading read(const QVector<SourceLine> &lines, const TableRows &rows);
};
