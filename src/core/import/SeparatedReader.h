#pragma once

#include "TableReading.h"

// Cells separated by TABs or pipes (an HTML table rendered to text, Markdown from converters; report-formats.md
// §11.1, §11.4): a row is the line whose label field names it — in printed order first, then any row not read yet
// (converters shuffle rows and cut tables into pieces with placeholder headers) — and its values are the fields
// after that label. A row of cells without a label takes the label that stood alone before it. Certain when the
// label is the form's and the row has exactly its number of values; otherwise its cells carry a doubt.
class SeparatedReader
{
    Q_DECLARE_TR_FUNCTIONS(SeparatedReader)
public:
    // `exactOnly`: only rows named exactly (reading another table's section for rows placed under the wrong caption).
    static TableReading read(const QVector<SourceLine> &lines, const TableRows &rows, bool exactOnly = false);
};
