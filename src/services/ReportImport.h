#pragma once

#include "FormatRegistry.h"
#include "ScanText.h"
#include "TextImporter.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>

class ReportStore;

// One import for the window and the command line: a published text's bytes decoded and read with last year's
// report at hand — from the reports given before in the same import, else from the store, under the printed agency
// or the known agency it is close to — and the agency the report is filed under. Saving and the review stay with
// the caller (the window reviews before saving; the command line saves and says what to confirm).
class ReportImport
{
    Q_DECLARE_TR_FUNCTIONS(ReportImport)
public:
    // `store` gives the store when there is one (the command line opens it only if the database exists); may give null.
    ReportImport(const FormatRegistry &registry, std::function<ReportStore *()> store);

    // `ocr`: the text is OCR's (textOfFile said so), with its other readings of figures: the rules and last year's
    // report choose among them (RuleConfirmation::chooseReadings), and every figure the rules do not confirm is marked.
    std::optional<TextImporter::Result> readText(const QString &text, const TextImporter::Options &given, QString *error,
                                                 TextImporter::Failure *failure = nullptr, const OcrReadings *ocr = nullptr);
    // A file — or a page's address (http://, https://), fetched — decoded (UTF-8, UTF-16, GBK; a web page through
    // HtmlText) and read; *error names the file or the address.
    std::optional<TextImporter::Result> readFile(const QString &path, const TextImporter::Options &given, QString *error);
    // Of two readings of one source (textOfFile's text and its other reading, which may be empty), the import that
    // leaves fewer cells to confirm — the first when as many; *otherKept says whether the other was kept.
    std::optional<TextImporter::Result> readEither(const QString &text, const QString &other, const TextImporter::Options &given, QString *error,
                                                   TextImporter::Failure *failure = nullptr, const OcrReadings *ocr = nullptr,
                                                   bool *otherKept = nullptr);

    // A file's text as the importer reads it (TextImporter::textOf); an old binary .doc/.wps converted to DOCX by
    // LibreOffice first, a PDF's text layer read with its tables (PdfText; a PDF in which no table is found through
    // pdftotext -layout), a scan (a PDF without a text layer, a page image) through OCR (ScanText; scan->ocr set), each
    // when installed, else *error names it. *error does not name the file.
    // A PDF's or a scan's pages and where each line was read go to *scan (left empty for any other file; not drawn
    // for the review unless asked for); *ocr is set when the text is OCR's, to its other readings of figures, else
    // reset; `cancel`, when set from another thread,
    // stops a PDF's reading between pages, a scan's OCR between two cells. *otherReading: a second text of the same
    // source where one may read better (a PDF whose tables have no rules: pdftotext -layout's), else empty — for
    // readEither; the pages in *scan are the first text's.
    static std::optional<QString> textOfFile(const QString &path, QString *error, SourcePages *scan = nullptr,
                                             const std::atomic_bool *cancel = nullptr, std::optional<OcrReadings> *ocr = nullptr,
                                             QString *otherReading = nullptr);

    // A published report the importer reads, by its name: a web page, a text, a Word/WPS file, a PDF, a scanned page,
    // or a page's address (http://, https://). Report JSON is not one (.json).
    static bool isPublished(const QString &path);
    // The sources given, each folder standing for the report files in it (JSON and published), by name.
    static QStringList sources(const QStringList &given);

    // The known agency (in the store or given before) a printed name stands for; the name itself when none is close.
    QString linkedAgency(const QString &printed) const;
    // Files `report` under `agency`, keeping the title as printed.
    static void fileUnder(Report &report, const QString &agency);

    // Saves the reports given into `store` (an existing agency+year replaced only with `replace`): all or nothing.
    bool save(ReportStore &store, bool replace, QString *error) const;
    // Reports given earlier in the same import (last year's for a later file).
    void add(const Report &report) { m_given.append(report); }
    const QVector<Report> &given() const { return m_given; }
    std::optional<Report> reportOf(const QString &agency, int year) const;

private:
    const FormatRegistry &m_registry;
    std::function<ReportStore *()> m_store;
    QVector<Report> m_given;
};
