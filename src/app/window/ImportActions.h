#pragma once

#include "ScanText.h"

#include <QObject>

class FormatRegistry;
class MainWindow;
class ReportStore;
struct Report;

// File ▸ 导入 for the window: report JSON, or a published report's text (a file or the clipboard) read through
// ReportImport, the agency asked about when close to a known one, reviewed against its source (ImportReviewDialog),
// and only then — if a report of that agency and year is there — replacing it asked. A signed report, or one under
// review, is refused at once. Each import is one undo step on the report list.
class ImportActions : public QObject
{
    Q_OBJECT
public:
    ImportActions(const FormatRegistry &registry, ReportStore &store, MainWindow *window);

    // Imports a published report's text; asks for agency and year when the text has no title. False with a message
    // when nothing was imported (an empty message when the clerk cancelled).
    // `scan`: the text is OCR's (ReportImport::readText marks what the rules do not confirm), its pages shown in the review.
    // `other`: a second reading of the same source (ReportImport::textOfFile); the one leaving fewer cells to confirm is
    // reviewed and imported.
    bool importText(const QString &text, const QString &source, QString *error, const SourcePages &scan = {}, const QString &other = {},
                    const OcrReadings *ocr = nullptr);

    // A file the clerk chose: report JSON by its .json suffix, a published report's text otherwise.
    void importJsonFile(const QString &path);
    void importTextFromFile(const QString &path);
    void importPath(const QString &path); // either, by the suffix; a page's address (http://, https://) fetched
    void importFromAddress(const QString &address);

public slots:
    void importJson();
    void importTextFile();
    void importFile(); // either, from one file dialog (the start page's)
    void importClipboard();
    void importAddress(); // a page's address, asked for

private:
    // Why the report there cannot be replaced (signed, or under review), with what to do; empty when it can, or
    // when there is none.
    QString cannotReplace(const QString &agency, int year);
    // Whether a report read may go into the store: yes when its agency and year are free, or when the clerk
    // chooses to replace the one there (*replace). False with an empty *error when the clerk keeps it.
    bool mayAdd(const Report &report, bool *replace, QString *error);
    // A report read from a file or the clipboard: one undo step on the report list, then opened.
    bool addImported(const Report &report, bool replace, QString *error);

    const FormatRegistry &m_registry;
    ReportStore &m_store;
    MainWindow *m_window;
};
