#pragma once

#include <QMainWindow>
#include <QPointer>

class DetailsForm;
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
class ReportStore;
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

public slots:
    void newReport();
    void deleteReport();
    void importJson();
    void exportJson();
    void applySelectedFix();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void refreshList(const QString &error = QString());
    void closeReport();
    void updateStatus();
    void pushLibrary(class QUndoCommand *command);

    const FormatRegistry &m_registry;
    ReportStore &m_store;
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
    QLabel *m_status;
    QString m_lastError;
};
