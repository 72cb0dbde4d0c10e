#pragma once

#include <QMainWindow>
#include <QPointer>
#include <memory>
#include <optional>

class ChangeWatch;
class DatabaseActions;
class DetailsForm;
class ExportActions;
class FindingsPanel;
class FontSet;
class FormatRegistry;
class ImportActions;
class PreviewPane;
class ProseEdit;
class QAction;
class QComboBox;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTreeView;
class QUndoCommand;
class QUndoGroup;
class QUndoStack;
class ReportActions;
class ReportDocument;
class ReportListModel;
class ReportStore;
class ReportTableView;
class StartPage;
class ToolWindows;
class WindowMenus;

// The clerk's workspace, composed of its parts: the reports in the database on the left; the open report's parts in
// tabs (基本信息, prose, the three official tables) with its findings below, each a jump to its cell; the preview on
// the right. The menus are built from the parts that act: ReportActions (the report and the list), DatabaseActions
// (which database), ImportActions, ExportActions, ToolWindows (同比, 汇总, 批量, 机关与账号); ChangeWatch shows what
// others changed. The window itself holds the open report and the layout.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Tab { DetailsTab, OverviewTab, ProblemsTab, OtherTab, Table2Tab, Table3Tab, Table4Tab };

    MainWindow(const FormatRegistry &registry, ReportStore &store, QWidget *parent = nullptr);
    // A window that owns its store (the program's: WindowHost gives each window the database it shows).
    MainWindow(const FormatRegistry &registry, std::unique_ptr<ReportStore> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    ReportStore &store() const { return m_store; }
    const FormatRegistry &registry() const { return m_registry; }
    // The store, handed to a window that replaces this one (a language switch); this window must go next.
    std::unique_ptr<ReportStore> takeStore();
    // The open report with its undo history, for the same; adopt it in the new window.
    ReportDocument *releaseDocument();
    void adoptDocument(ReportDocument *document);

    bool openReport(const QString &agency, int year);
    void closeReport();
    // The shipped example report (昌吉州科学技术局 2021), read-only, from a scratch database: not in the list.
    bool openExample();
    bool isShowingExample() const { return m_showingExample; }
    // Geometry, splitters, the tab and the open report into Preferences (on close, and before a replacement).
    void saveLayout();
    ReportDocument *document() const { return m_document; }
    void jumpTo(const QString &key);

    // The parts.
    QTabWidget *tabs() const { return m_tabs; }
    ReportTableView *tableView(const QString &table) const;
    ProseEdit *proseEdit(const QString &part) const;
    DetailsForm *detailsForm() const { return m_details; }
    FindingsPanel *findings() const { return m_findings; }
    QTreeView *findingsView() const;
    QComboBox *findingsFilter() const;
    QTreeView *reportList() const { return m_reportList; }
    ReportListModel *reportModel() const { return m_reportModel; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    QUndoStack *libraryStack() const { return m_libraryStack; }
    QLabel *statusLabel() const { return m_status; }
    PreviewPane *preview() const { return m_preview; }
    StartPage *startPage() const { return m_startPage; }
    ImportActions *imports() const { return m_imports; }
    ExportActions *exports() const { return m_exports; }
    ReportActions *reports() const { return m_reports; }
    DatabaseActions *databases() const { return m_databases; }
    ToolWindows *tools() const { return m_tools; }
    const FontSet *printFonts() const { return m_fonts.get(); } // null when the print fonts are missing

    // What the parts ask of the window: the report list read again (an error said first), a step on the list's undo
    // stack, a message in the status bar, the actions brought up to date.
    void refreshList(const QString &error = QString());
    void pushLibrary(QUndoCommand *command);
    void showMessage(const QString &text, int milliseconds);
    void updateActions();

public slots:
    void applySelectedFix();
    void resetLayout(); // the list, the editors and the preview in their default widths for the window's size
    void showSettings();

signals:
    // For WindowHost, which replaces the window: another database, or the interface in the chosen language.
    void databaseRequested(const QString &location, bool create);
    void languageChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildEditors();
    void restoreLayout();
    void attach(ReportDocument *document); // shows `document` in the editors
    ReportDocument *detachDocument();      // the reverse: the editors empty, the document returned to the caller
    void updateTitle();
    void updateStatus();
    void activateUndoStack();
    void storeFailed(const QString &message);

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
    ReportActions *m_reports;
    DatabaseActions *m_databases;
    ToolWindows *m_tools;
    WindowMenus *m_menus;
    QUndoGroup *m_undoGroup;
    QUndoStack *m_libraryStack;

    QSplitter *m_mainSplitter;
    QSplitter *m_editorSplitter;
    QStackedWidget *m_editorStack;
    StartPage *m_startPage;
    QTreeView *m_reportList;
    QTabWidget *m_tabs;
    DetailsForm *m_details;
    QList<ProseEdit *> m_prose;
    QList<ReportTableView *> m_tables;
    FindingsPanel *m_findings;
    PreviewPane *m_preview = nullptr;
    ChangeWatch *m_watch = nullptr;
    std::optional<QPair<QString, int>> m_openAfterPaint; // the last session's report, opened after the first paint
    QLabel *m_status;
    QString m_lastError;
};
