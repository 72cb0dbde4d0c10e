#pragma once

#include "TableReading.h"

// One cell per line (a web page saved as text, PDF text without layout; report-formats.md §11.3): a row's label on
// a line (or several: group labels, wrapped halves), then its values one per line. In a web page's text an empty
// line inside a table is a blank cell, not a separator: a row whose lines after its label are exactly its number of
// cells reads as given, blank lines blank. A row with fewer or more lines than cells is read in order, its cells
// with a doubt.
class CellPerLineReader
{
    Q_DECLARE_TR_FUNCTIONS(CellPerLineReader)
public:
    static TableReading read(const QVector<SourceLine> &lines, const TableRows &rows);
    // The table's numbers in printed order when there are exactly as many as it has cells and nothing else places
    // them: every cell with a doubt.
    static TableReading readInOrder(const QVector<SourceLine> &lines, const TableRows &rows);
};
