#pragma once

#include "FormatRegistry.h"
#include "Report.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <optional>

class TableRows;
struct SourceLine;
struct TableReading;

// Reads a published report's text (web page text, PDF extraction, converters' Markdown) into a Report, in stages,
// each in its own class: the text as lines (SourceText) → the six parts (PartFinder) → title, prose and details
// (DetailsReader) → each table's form (FormDetector) → a reader per shape (SeparatedReader, AlignedReader,
// CellPerLineReader, RunTogetherReader, which reconciles with the sum rules and last year's report).
// It never invents a number: a cell it could not read with certainty — a label matched by likeness, a row placed
// by position, a split chosen among several, a row not found — is named in Report::doubts (and the notes) for the
// clerk to confirm.
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
    // Why a text was refused, for callers that act on it (the window asks for what a text without a title lacks).
    enum class Failure { NotAReport, NoTable, NoAgencyOrYear };
    struct Result
    {
        Report report;                  // report.doubts: the cells to confirm, with why
        QStringList notes;              // what the clerk should look at: unreadable cells, annotations kept
        QMap<QString, int> sourceLines; // cell key → 1-based line of the text its value came from
        QMap<QString, int> sourceFields; // cell key → its cell in that line counted from the line's last (0), where known
    };

    // A text file's bytes as text: UTF-8 (with or without BOM), UTF-16 with BOM (Notepad's "Unicode"), or GB18030/GBK
    // (Notepad's "ANSI" on Chinese Windows). nullopt with *error for binary data or bytes no encoding fits.
    static std::optional<QString> decode(const QByteArray &bytes, QString *error);
    // A file's text as the importer reads it: a Word (DOCX) or ODT file through OfficeText and a web page (by its
    // name or first bytes) through HtmlText, their tables as TAB-separated rows; anything else decoded.
    // `charset`: what a server's Content-Type names for a page, before the page's own <meta>.
    static std::optional<QString> textOf(const QByteArray &bytes, const QString &name, QString *error, const QString &charset = QString());
    // A published report's text is some 100 KB; far beyond it is not one (and reading it would keep the clerk waiting).
    static constexpr qint64 maxBytes = 8 * 1024 * 1024;
    static constexpr qsizetype maxChars = 2 * 1024 * 1024;

    // Nothing usable (no table readable, no agency or year …): nullopt with *error saying what is missing (and
    // *failure, when given, which of these it is).
    // Empty text and text over maxChars are refused with a message.
    static std::optional<Result> read(const QString &text, const FormatRegistry &registry, const Options &options, QString *error,
                                      Failure *failure = nullptr);

private:
    // The first reader whose shape the section has.
    static TableReading readTable(const QVector<SourceLine> &section, const TableRows &rows, const Report *previous);
};
