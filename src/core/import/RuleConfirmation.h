#pragma once

#include "FormatRegistry.h"
#include "Report.h"

#include <QCoreApplication>
#include <QHash>

// A figure read without certainty (OCR of a scan) is marked for the clerk unless the table's own rules confirm it: a
// cell is confirmed when a rule it takes part in holds with every one of its cells read (a row whose cells sum to its
// printed total, a column whose printed total agrees, this year continuing last year's report in the database). A
// misread digit breaks the rules it is in, so every cell of those stays marked; a cell no rule checks is always marked.
class RuleConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(RuleConfirmation)
public:
    // Marks (Report::doubts, `why`) every value cell of `report` not confirmed; a doubt it has already stays. A rule
    // over last year's figures confirms only with `previous` (the same agency's report of the year before) at hand.
    // Returns how many cells it marked.
    static int markUnconfirmed(Report &report, const FormatRegistry &registry, const QString &why, const Report *previous = nullptr);

    // Where OCR read a cell more than one way (`readings`: cell key → the readings other than the report's), the
    // reading the rules make the only one is taken. Of the ways to read the cells of the broken rules that make every
    // rule they are in hold, those reading the fewest cells otherwise are kept (a cell read blank counts as one); one
    // alone is taken; of several, those continuing last year's report (`previous`, its warning rules) when that
    // leaves one; otherwise each cell among them is marked with its readings. A rule over last year's figures that
    // this year's reading breaks is mended alike, when one way alone mends it and breaks no rule of this year's.
    // Changes report.cells; returns a note per cell read otherwise than the text said, for the clerk.
    static QStringList chooseReadings(Report &report, const FormatRegistry &registry, const QHash<QString, QStringList> &readings,
                                      const Report *previous = nullptr);
};
