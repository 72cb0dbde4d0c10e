#pragma once

#include "Finding.h"
#include "FormatRegistry.h"
#include "Report.h"
#include "ReportSchema.h"
#include "store/ReportStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
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
        CellValue carried;      // t3 上年结转 总计
        CellValue concluded;    // t3 办结 总计
        CellValue reviewCorrected; // t4 行政复议 纠正
        CellValue reviewTotal;     // t4 行政复议 总计
        QString note;           // why it needs a look: no report, not signed, failing, another form converted
        ReportFormats forms;    // its report's forms
        // A figure the cell.jump rule finds out of line with the agency's own report of the year before.
        struct Move
        {
            QString key;
            QString name; // as its form names it
            qint64 before = 0;
            qint64 now = 0;
        };
        QVector<Move> moves;
    };
    struct Result
    {
        Report report;              // the sum (formsFor); part 六 lists the reports summed, each with its state and forms
        QVector<Child> children;    // depth-first, in name order
        QVector<Finding> findings;  // the sum checked
        int summed = 0;             // reports summed
    };

    // nullopt with *error when the agency is not in the database or has nothing below it.
    static std::optional<Result> compute(ReportStore &store, const FormatRegistry &registry, const QString &agency, int year, QString *error);
    // The state a child is in, in words: 缺报告, 草稿, 待审核, 退回, 审核通过, 已签发.
    static QString stateName(const Child &child);
    // The form of each table for the sum (report-formats.md §8), whatever order the reports come in: the one the
    // reports summed share; where they differ, the form every other becomes without losing a figure (table 三: 2019,
    // whose （六）其他处理 sums 2021's three rows); where none does (table 二), the newest — and each cell of the sum
    // some report's form has no place for is marked (Report::doubts). With nothing summed: the agency's own report's
    // forms, else the newest.
    static ReportFormats formsFor(const FormatRegistry &registry, const QVector<ReportFormats> &summed, const std::optional<Report> &own);

private:
    // The cell-wise sum of reports of one combination of forms, kept exact (amounts in millionths).
    struct Sum
    {
        ReportFormats forms;
        ReportSchema schema;
        QHash<QString, qint64> integers, micros;
        QHash<QString, int> places; // an amount's decimal places: as many as the most precise part had
        QSet<QString> any;          // cells some report filled in: the others stay blank
        QStringList agencies;
        void add(const Report &report);
        void addDecimal(const QString &key, const Decimal &d); // to the most precise part's places
        void writeInto(Report &report) const;
    };
    // What this program checks with (its version, its rule files): a check recorded with other rules is made again.
    static QString rulesVersion();
    // A child's check as it is recorded (errors, warnings, its figures, its moves) and read back (false: none, or unreadable).
    static QString checkText(const Child &c);
    static bool readCheck(const FormatRegistry &registry, const QString &text, Child *c);
    // The reports of `unchecked` read and checked, their children filled in, the checks recorded.
    static bool checkReports(ReportStore &store, const FormatRegistry &registry, const QString &agency, int year, const QString &rules,
                             const QHash<QString, ReportStore::RegionReport> &unchecked, Result &result, const QHash<QString, int> &childAt);
    // A report in forms `from` has a figure for `cell` (its own cell, or rows its form's figures are summed into).
    static bool hasPlace(const FormatRegistry &registry, const ReportFormats &from, const ValueCellDef &cell);
    static QString conversionNote(const FormatRegistry &registry, const ReportFormats &from, const ReportFormats &to);
    // Part 六 of the sum: every report summed with its state and forms, and the agencies without one.
    static QString listing(const FormatRegistry &registry, const Result &result, int year);
};
