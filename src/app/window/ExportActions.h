#pragma once

#include <QObject>

class FormatRegistry;
class MainWindow;
class QPrinter;
class ReportDocument;

// File ▸ 导出 and 打印 for the window's open report, through ReportExport: the PDF from the preview's own pages (the
// latest keystroke included), DOCX/ODT/HTML and report JSON from the report, printing with a page range.
class ExportActions : public QObject
{
    Q_OBJECT
public:
    ExportActions(const FormatRegistry &registry, MainWindow *window);

    // Writes the pages the preview shows (watermark until signed; the seal when shown) as a PDF.
    bool exportPdf(const QString &path, bool pdfa, QString *error);
    // DOCX, ODT or HTML by the path's suffix; `chart`: the HTML page ends with the agency's figures over the years.
    bool exportDocument(const QString &path, QString *error, bool chart = false);

public slots:
    void exportPdfDialog(bool pdfa);
    void exportDocument(const QString &suffix, bool chart = false);
    void exportJson();
    void print();
    // The pages `printer`'s range names (all when none) as the preview lays them out: what 打印 does once its
    // dialog is accepted. False with *error when nothing could be printed.
    bool printPages(QPrinter &printer, QString *error);

private:
    ReportDocument *document() const;

    const FormatRegistry &m_registry;
    MainWindow *m_window;
};
