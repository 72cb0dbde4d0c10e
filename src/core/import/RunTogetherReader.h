#pragma once

#include "TableReading.h"

struct Report;

// Cells run together without separators (crawler text, report-formats.md §11.5): each row's digits are the run
// between its label and the next; the run is cut into the row's number of cells every way that has no leading
// zeros, and the splits that satisfy the form's sum rules — within the row, then across rows — are kept. One split
// left is certain. Where several remain, last year's report (when given) settles what it can, else the most
// plausible is proposed; either way the row's cells carry a doubt and a note names them.
class RunTogetherReader
{
    Q_DECLARE_TR_FUNCTIONS(RunTogetherReader)
public:
    static TableReading read(const QVector<SourceLine> &lines, const TableRows &rows, const Report *previous);

    // The ways to cut digit runs (spaces between them are certain cuts) into `count` numbers without leading zeros,
    // at most `limit` of them. False when the walk gave up (too much work) before seeing every way.
    static bool splits(const QStringList &chunks, int count, QVector<QStringList> &out, int limit);

private:
    struct RowRun;
    static bool runsOf(const QVector<SourceLine> &lines, const TableRows &rows, QVector<RowRun> *runs);
};
