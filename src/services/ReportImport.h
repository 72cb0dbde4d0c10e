#pragma once

#include "FormatRegistry.h"
#include "TextImporter.h"

#include <QCoreApplication>
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

    std::optional<TextImporter::Result> readText(const QString &text, const TextImporter::Options &given, QString *error,
                                                 TextImporter::Failure *failure = nullptr);
    // A file — or a page's address (http://, https://), fetched — decoded (UTF-8, UTF-16, GBK; a web page through
    // HtmlText) and read; *error names the file or the address.
    std::optional<TextImporter::Result> readFile(const QString &path, const TextImporter::Options &given, QString *error);

    // A file's text as the importer reads it (TextImporter::textOf); an old binary .doc/.wps converted to DOCX by
    // LibreOffice first, a PDF's text layer through pdftotext -layout, each when installed, else *error names it.
    // *error does not name the file.
    static std::optional<QString> textOfFile(const QString &path, QString *error);

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
