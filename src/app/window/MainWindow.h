#pragma once

#include "ReportBatch.h"

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
class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QMenu;
class QSplitter;
class QStackedWidget;
class StartPage;
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
    // A window that owns its store (the program's: Workspace gives each window the database it shows).
    MainWindow(const FormatRegistry &registry, std::unique_ptr<ReportStore> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    ReportStore &store() const { return m_store; }
    // The store, handed to a window that replaces this one (a language switch); this window must go next.
    std::unique_ptr<ReportStore> takeStore();
    // The open report with its undo history, for the same; adopt it in the new window.
    ReportDocument *releaseDocument();
    void adoptDocument(ReportDocument *document);

    bool openReport(const QString &agency, int year);
    // The shipped example report (昌吉州科学技术局 2021), read-only, from a scratch database: not in the list.
    bool openExample();
    bool isShowingExample() const { return m_showingExample; }
    // Geometry, splitters, the tab and the open report into Preferences (on close, and before a replacement).
    void saveLayout();
    ReportDocument *document() const { return m_document; }
    void jumpTo(const QString &key);

    // The parts, for tests and for the editors issue's successors.
    QTabWidget *tabs() const { return m_tabs; }
    ReportTableView *tableView(const QString &table) const;
    ProseEdit *proseEdit(const QString &part) const;
    DetailsForm *detailsForm() const { return m_details; }
    QTreeView *findingsView() const { return m_findingsView; }
    QComboBox *findingsFilter() const { return m_findingsFilter; }
    QTreeView *reportList() const { return m_reportList; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    QLabel *statusLabel() const { return m_status; }
    PreviewPane *preview() const { return m_preview; }
    StartPage *startPage() const { return m_startPage; }

    // A seal image the clerk chose, checked (PNG or SVG, not too large): what and where when refused.
    static std::optional<ReportStore::Attachment> readSealImage(const QString &path, QString *error);

    ImportActions *imports() const { return m_imports; }
    ExportActions *exports() const { return m_exports; }
    // A new report (from the dialog or an import): one undo step on the report list, then opened.
    void addReport(const Report &report);
    // An imported report in place of the one with its agency and year (not a signed one): one undo step.
    bool replaceReport(const Report &report, QString *error);
    // Gives the open report other forms (one undo step on the report list; the report is opened again). False with
    // *error when it cannot (signed, nothing open, the store refused).
    bool changeForms(const ReportFormats &forms, QString *error);

public slots:
    void newReport();
    void deleteReport();
    void applySelectedFix();
    void signOff();
    void reopen();
    void returnForChanges(); // 退回修改: asks the reason
    void chooseSeal();
    void changeFormsDialog();
    void resetLayout();  // the list, the editors and the preview in their default widths for the window's size
    void renameAgency(); // rename the open report's agency, or merge it into another: one undo step
    void showSettings();
    void showGuide();
    void showAbout();
    void chooseDatabase();
    void connectToServer(); // 连接数据库服务器: an office's shared PostgreSQL database
    QString fileFolder() const; // where a file dialog for databases starts: the open file's folder, or the default's // 打开数据库…
    void createDatabase(); // 新建数据库…
    void restoreBackup();  // 从备份恢复…
    void insertDataSentences(); // 插入数据说明: the data paragraph at the cursor of 一、总体情况
    void showYearOnYear();      // 视图 ▸ 同比
    void showRollUp();          // 视图 ▸ 汇总
    // 文件 ▸ 批量导出 / 报告 ▸ 批量检查: the reports selected in the list (an agency's row: all its years), every
    // report, or one year's, on a worker per core with a progress dialog that can stop it.
    class BatchDialog *showBatch(bool exporting);
    // The reports selected in the list: a year's row is that report, an agency's row all of its years.
    QVector<ReportBatch::Item> selectedReports() const;

signals:
    // For Workspace, which replaces the window: another database file, or the interface in the chosen language.
    void databaseRequested(const QString &path, bool create);
    void languageChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    void fillRecentMenu();
    void attach(ReportDocument *document); // shows `document` in the editors
    ReportDocument *detachDocument();      // the reverse: the editors empty, the document returned to the caller
    void updateTitle();
    QList<QAction *> allActions() const; // every menu's, for the guide's list of keys
    void updateActions(); // enabled where they can act, with the reason in the tooltip where not
    static QString signedRefusal(); // why a signed report's forms stay
    void refreshList(const QString &error = QString());
    // Another program (the command line, another window) wrote the database: the list, and the open report when it
    // was the one written, are read again. Polled, and at once when a write of ours was refused for that reason.
    void noticeChangesElsewhere();
    void closeReport();
    void updateStatus();
    void pushLibrary(class QUndoCommand *command);
    void activateUndoStack();

    const FormatRegistry &m_registry;
    std::unique_ptr<ReportStore> m_ownedStore; // when the window owns the store m_store refers to
    ReportStore &m_store;
    std::unique_ptr<ReportStore> m_exampleStore; // a scratch database holding the example, once opened
    bool m_showingExample = false;
    std::unique_ptr<FontSet> m_fonts; // null when the print fonts are missing
    QPointer<ReportDocument> m_document;
    ReportListModel *m_reportModel;
    ImportActions *m_imports;
    ExportActions *m_exports;
    FindingsModel *m_findingsModel;
    QUndoGroup *m_undoGroup;
    QUndoStack *m_libraryStack;

    QSplitter *m_mainSplitter;
    QSplitter *m_editorSplitter;
    QStackedWidget *m_editorStack;
    StartPage *m_startPage;
    QMenu *m_recentMenu = nullptr;
    QTreeView *m_reportList;
    QTabWidget *m_tabs;
    DetailsForm *m_details;
    QList<ProseEdit *> m_prose;
    QList<ReportTableView *> m_tables;
    QTreeView *m_findingsView;
    QComboBox *m_findingsFilter = nullptr;
    QPushButton *m_fixButton;
    QList<QAction *> m_reportActions; // need an open report, nothing more
    QList<QAction *> m_tableActions;  // need a table in front
    QList<QAction *> m_storedActions; // change the report in the database's list (not the example)
    QList<QAction *> m_addActions;    // add reports to the database: new and the imports
    QAction *m_signAction = nullptr;
    QAction *m_reopenAction = nullptr;
    QAction *m_submitAction = nullptr;
    QAction *m_approveAction = nullptr;
    QAction *m_returnAction = nullptr;
    QAction *m_formsAction = nullptr;
    QAction *m_sealAction = nullptr;
    QAction *m_dataSentencesAction = nullptr;
    QPointer<class YearOnYearDialog> m_yearOnYear; // made when first asked for
    QPointer<class RollUpDialog> m_rollUp;         // made when first asked for
    QPointer<BatchDialog> m_batch;
    std::optional<QPair<QString, int>> m_openAfterPaint; // the last session's report, opened after the first paint                 // the batch dialog open, if any (one at a time)
    QAction *m_confirmAction = nullptr;
    QAction *m_fixAction = nullptr;
    QAction *m_previewAction = nullptr;
    PreviewPane *m_preview;
    QLabel *m_status;
    QString m_lastError;
    qint64 m_dataVersion = -1;
};
