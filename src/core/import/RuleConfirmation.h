#pragma once

#include "FormatRegistry.h"
#include "Report.h"

#include <QCoreApplication>

// A figure read without certainty (OCR of a scan) is marked for the clerk unless the table's own rules confirm it: a
// cell is confirmed when a rule it takes part in holds with every one of its cells read (a row whose cells sum to its
// printed total, a column whose printed total agrees). A misread digit breaks the rules it is in, so every cell of
// those stays marked; a cell no rule checks is always marked.
class RuleConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(RuleConfirmation)
public:
    // Marks (Report::doubts, `why`) every value cell of `report` not confirmed; a doubt it has already stays. Returns
    // how many cells it marked.
    static int markUnconfirmed(Report &report, const FormatRegistry &registry, const QString &why);
};
