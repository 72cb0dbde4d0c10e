#pragma once

#include "FormatRegistry.h"
#include "ReportDocument.h"
#include "ReportStore.h"
#include "ScanText.h"
#include "TextImporter.h"

#include <QDialog>
#include <QPointer>

class FindingsModel;
class QLabel;
class QListView;
class QPlainTextEdit;
class QScrollArea;
class QTabWidget;

class ReportTableView;
class ScanPageView;

// An import checked against its source before anything is saved: the published text on the left, the tables as
// read on the right (cells the importer was not certain of in violet, Enter on one confirms it, edits are undoable),
// the check's findings and the importer's notes below. Selecting a cell shows the source line it came from.
// 导入 accepts (the caller saves report()), 取消 writes nothing anywhere. The report under review lives in a scratch
// in-memory store, so the table editors behave exactly as in the main window.
class ImportReviewDialog : public QDialog
{
    Q_OBJECT
public:
    // `previousYear`: the same agency's report of the year before, for the cross-year checks.
    // `scan`: a scan's pages and where each line of `source` was read on them (ScanText), shown beside the text with
    // the selected cell's row outlined.
    ImportReviewDialog(const FormatRegistry &registry, const QString &source, const TextImporter::Result &result,
                       const std::optional<Report> &previousYear, QWidget *parent = nullptr, const SourcePages &scan = {});
    ~ImportReviewDialog() override;

    Report report() const; // as reviewed: confirmations and edits included
    ReportDocument *document() const { return m_document; }
    ReportTableView *tableView(int table) const; // 0..2: 二, 三, 四
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *targetLabel() const { return m_target; }
    QPlainTextEdit *sourceView() const { return m_source; }
    int shownSourceLine() const { return m_shownLine; } // 1-based, 0 for none
    ScanPageView *scanView() const { return m_scanView; } // nullptr unless the source is a scan

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSourceOf(const QString &key);
    void updateSummary();

    std::unique_ptr<ReportStore> m_store; // scratch, in memory
    QMap<QString, int> m_sourceLines;
    QMap<QString, int> m_sourceFields; // the cell of its line a figure came from, counted from the line's last
    int m_shownPage = 0; // the scan's page shown
    QPointer<ReportDocument> m_document;
    QTabWidget *m_tabs = nullptr;
    QVector<ReportTableView *> m_tables;
    QPlainTextEdit *m_source = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_target = nullptr; // the agency, year and title it will be saved under
    QLabel *m_cellInfo = nullptr;
    FindingsModel *m_findings = nullptr;
    int m_shownLine = 0;
    SourcePages m_scan;
    ScanPageView *m_scanView = nullptr;
    QScrollArea *m_scanScroll = nullptr;
    QString m_currentKey;
};
