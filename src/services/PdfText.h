#pragma once

#include "SourcePages.h"

#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <memory>
#include <optional>

namespace Poppler {
class Document;
}

// A PDF's text layer read as its pages show it (poppler's Qt binding): each word with its box, the tables from the
// rules drawn on the page (RuledTables, on the page drawn at 200 dpi with the words taken out), each word put in
// the cell it stands in (on a page without rules, the columns from where the words stand: UnruledTables) — a table's
// row becomes a line of its cells TAB-separated (the shape a browser copies a table in), whatever order the PDF's text runs in: a figure set before its label, a row broken by a page break, a cell's
// label wrapped over lines. The words outside the tables are prose, joined into paragraphs across lines and pages
// (without a space inside a Chinese sentence, a number or a 《title》); a page's number and a running head repeated
// at the same place are left out. The characters are the PDF's own: nothing is guessed, so nothing here is marked.
class PdfText
{
    Q_DECLARE_TR_FUNCTIONS(PdfText)
public:
    struct Read
    {
        QString text;   // empty: the PDF has no text layer (a scan)
        int tables = 0;      // ruled tables found
        int unruledRows = 0; // rows of tables printed without rules (UnruledTables); neither: the caller may prefer
                             // another reading (pdftotext -layout)
    };
    // nullopt with *error: not a PDF poppler opens, encrypted, more pages than a report has, cancelled. `pages`
    // receives the rendered pages and where each line of the text stands on them.
    static std::optional<Read> read(const QString &path, QString *error, SourcePages *pages = nullptr, const std::atomic_bool *cancel = nullptr);

    // The PDF opened by poppler; nullptr with *error when it is damaged, is no PDF or needs a password to open.
    static std::unique_ptr<Poppler::Document> open(const QString &path, QString *error);

    static constexpr int maxPages = 60;
};
