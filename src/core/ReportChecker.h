#pragma once

#include "Finding.h"
#include "FormatRegistry.h"
#include "Report.h"

#include <QCoreApplication>
#include <QVector>

// Runs every rule of report-formats.md §7 on a report: the rules of its format definitions (including the
// cross-year ones when the same agency's previous report is given) and the cell rules cell.blank and
// cell.negative. Never changes the report.
class ReportChecker
{
    Q_DECLARE_TR_FUNCTIONS(ReportChecker)
public:
    explicit ReportChecker(const FormatRegistry &registry) : m_registry(registry) {}

    // Findings in printed order of their anchor cells.
    QVector<Finding> check(const Report &report, const Report *previousYear = nullptr) const;

    // prose.empty: 一、总体情况, 五 and 六 left empty would print as bare headings (a warning each; anchors
    // "prose.part1" …). Apart from check(): report-formats.md §7 is about the tables.
    QVector<Finding> checkProse(const Report &report) const;

    static int count(const QVector<Finding> &findings, Severity severity);
    // True when the interface is in English (the format files hold each rule's message in both languages).
    static bool english();

private:
    const FormatRegistry &m_registry;
};
