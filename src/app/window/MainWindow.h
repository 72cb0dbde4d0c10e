#pragma once

#include "ReportStore.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class DetailsForm;
class ExportActions;
class ImportActions;
class FontSet;
class PreviewPane;
class FindingsModel;
class FormatRegistry;
class ProseEdit;
class QLabel;
class QListView;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTreeView;
class QUndoGroup;
class QUndoStack;
class ReportDocument;
class ReportListModel;
class ReportTableView;

// The clerk's workspace: the reports in the database on the left; the open report's parts in tabs
// (基本信息, prose, the three official tables); its findings below, each a jump to its cell.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Tab { DetailsTab, OverviewTab, ProblemsTab, OtherTab, Table2Tab, Table3Tab, Table4Tab };

    MainWindow(const FormatRegistry &registry, ReportStore &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openReport(const QString &agency, int year);
    ReportDocument *document() const { return m_document; }
    void jumpTo(const QString &key);

    // The parts, for tests and for the editors issue's successors.
    QTabWidget *tabs() const { return m_tabs; }
    ReportTableView *tableView(const QString &table) const;
    ProseEdit *proseEdit(const QString &part) const;
    DetailsForm *detailsForm() const { return m_details; }
    QListView *findingsView() const { return m_findingsView; }
    QTreeView *reportList() const { return m_reportList; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    QLabel *statusLabel() const { return m_status; }
    PreviewPane *preview() const { return m_preview; }

    // A seal image the clerk chose, checked (PNG or SVG, not too large): what and where when refused.
    static std::optional<ReportStore::Attachment> readSealImage(const QString &path, QString *error);

    ImportActions *imports() const { return m_imports; }
    ExportActions *exports() const { return m_exports; }
    // A new report (from the dialog or an import): one undo step on the report list, then opened.
    void addReport(const Report &report);
    // Gives the open report other forms (one undo step on the report list; the report is opened again). False with
    // *error when it cannot (signed, nothing open, the store refused).
    bool changeForms(const ReportFormats &forms, QString *error);

public slots:
    void newReport();
    void deleteReport();
    void applySelectedFix();
    void signOff();
    void reopen();
    void chooseSeal();
    void changeFormsDialog();
    void renameAgency(); // rename the open report's agency, or merge it into another: one undo step

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    static QString signedRefusal(); // why a signed report's forms stay
    void refreshList(const QString &error = QString());
    void closeReport();
    void updateStatus();
    void pushLibrary(class QUndoCommand *command);
    void activateUndoStack();

    const FormatRegistry &m_registry;
    ReportStore &m_store;
    std::unique_ptr<FontSet> m_fonts; // null when the print fonts are missing
    QPointer<ReportDocument> m_document;
    ReportListModel *m_reportModel;
    FindingsModel *m_findingsModel;
    QUndoGroup *m_undoGroup;
    QUndoStack *m_libraryStack;

    QSplitter *m_mainSplitter;
    QSplitter *m_editorSplitter;
    QTreeView *m_reportList;
    QTabWidget *m_tabs;
    DetailsForm *m_details;
    QList<ProseEdit *> m_prose;
    QList<ReportTableView *> m_tables;
    QListView *m_findingsView;
    QPushButton *m_fixButton;
    PreviewPane *m_preview;
    QLabel *m_status;
    QString m_lastError;
    ImportActions *m_imports;
    ExportActions *m_exports;
};
