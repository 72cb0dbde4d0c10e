#pragma once

#include "FormatRegistry.h"
#include "TableFormat.h"
#include "Report.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <optional>

// Reads a published report's text (web page text, PDF extraction) into a Report, driven by the format
// definitions: part headings split the text, each table's rows are found by their labels (normalised: white
// space, half/full width, 1、/1.), and the row's value cells by the count the form gives it. A cell it cannot read
// stays blank with a note; it never invents a number. Shapes (report-formats.md §11): TAB- or "|"-separated cells,
// space-aligned columns from pdftotext -layout, and crawler text with cells run together (decoded by the sum rules).
class TextImporter
{
    Q_DECLARE_TR_FUNCTIONS(TextImporter)
public:
    struct Options
    {
        QString agency; // supplies or overrides what the text lacks
        int year = 0;
        // The same agency's report of a year, when the caller has it: last year's settles digit runs that the text
        // alone cannot (table 二's 现行有效件数 = last year's + 本年制发 − 本年废止).
        std::function<std::optional<Report>(const QString &agency, int year)> reportOf;
    };
    struct Result
    {
        Report report;
        QStringList notes; // what the clerk should look at: unreadable cells, annotations kept
    };

    // A text file's bytes as text: UTF-8 (with or without BOM), UTF-16 with BOM (Notepad's "Unicode"), or GB18030/GBK
    // (Notepad's "ANSI" on Chinese Windows). nullopt with *error for binary data or bytes no encoding fits.
    static std::optional<QString> decode(const QByteArray &bytes, QString *error);

    // Nothing usable (no title, no tables …): nullopt with *error saying what is missing.
    static std::optional<Result> read(const QString &text, const FormatRegistry &registry, const Options &options, QString *error);

private:
    static int readInOrder(const QStringList &lines, const QVector<const GridRow *> &rows, const class ReportSchema &schema, Report &r);
    static int readRunTogether(const QString &text, const TableFormat &format, const QVector<const GridRow *> &rows,
                               const class ReportSchema &schema, Report &r, const Report *previous, QStringList &notes);
    static int readAligned(const QStringList &lines, const TableFormat &format, const QVector<const GridRow *> &rows, const class ReportSchema &schema, Report &r,
                           QStringList &notes);

public:
    // Label key: white space removed, half-width brackets and punctuation folded to full width, 1、 → 1.
    static QString normalise(const QString &label);
};
