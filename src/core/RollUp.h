#pragma once

#include "Finding.h"
#include "FormatRegistry.h"
#include "Report.h"
#include "store/ReportStore.h"

#include <QCoreApplication>
#include <optional>

// 汇总: an agency's figures for a year as the cell-wise sum of the reports of every agency below it in the office's
// tree (tables 二, 三 and 四; text cells are not summed, totals are computed again), checked by the same rules, with
// each agency below listed: its report's state, its main figures and findings, or that it has none.
class RollUp
{
    Q_DECLARE_TR_FUNCTIONS(RollUp)
public:
    struct Child
    {
        QString agency;
        int depth = 1;          // 1: directly below
        bool expected = false;  // a leaf of the tree: it should have a report
        bool present = false;   // has a report for the year (summed)
        QString review;         // ReportStore::reviewState
        QString signedBy;       // empty: not signed
        int errors = 0;
        int warnings = 0;
        CellValue received;     // t3 本年新收 总计
        CellValue concluded;    // t3 办结 总计
        QString note;           // why it needs a look: no report, not signed, failing, another form converted
    };
    struct Result
    {
        Report report;              // the sum, in the forms of the agency's own report (else the children's most common)
        QVector<Child> children;    // depth-first, in name order
        QVector<Finding> findings;  // the sum checked
        int summed = 0;             // reports summed
    };

    // nullopt with *error when the agency is not in the database or has nothing below it.
    static std::optional<Result> compute(ReportStore &store, const FormatRegistry &registry, const QString &agency, int year, QString *error);
    // The state a child is in, in words: 缺报告, 草稿, 待审核, 退回, 审核通过, 已签发.
    static QString stateName(const Child &child);
};
