#include "MainWindow.h"

#include "Backups.h"
#include "BuildInfo.h"
#include "ChangeWatch.h"
#include "DatabaseActions.h"
#include "DetailsForm.h"
#include "ExportActions.h"
#include "FindingsModel.h"
#include "FindingsPanel.h"
#include "FontSet.h"
#include "HelpDialog.h"
#include "ImportActions.h"
#include "NewReportDialog.h"
#include "OfficialDocument.h"
#include "Preferences.h"
#include "PreviewPane.h"
#include "ProseEdit.h"
#include "ReportActions.h"
#include "ReportChecker.h"
#include "Fingerprint.h"
#include "ReportDocument.h"
#include "ReportListModel.h"
#include "ReportStore.h"
#include "ReportTableModel.h"
#include "ReportTableView.h"
#include "SettingsDialog.h"
#include "StartPage.h"
#include "ToolWindows.h"
#include "WindowMenus.h"
#include "YearOnYearDialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <functional>

namespace {

QWidget *labelled(const QString &label, QWidget *editor, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *l = new QLabel(label, box);
    l->setBuddy(editor);
    layout->addWidget(l);
    layout->addWidget(editor, 1);
    return box;
}

} // namespace

MainWindow::MainWindow(const FormatRegistry &registry, ReportStore &store, QWidget *parent)
    : QMainWindow(parent)
    , m_registry(registry)
    , m_store(store)
    , m_reportModel(new ReportListModel(this))
    , m_imports(new ImportActions(registry, store, this))
    , m_exports(new ExportActions(registry, this))
    , m_reports(new ReportActions(registry, store, this))
    , m_databases(new DatabaseActions(store, this))
    , m_tools(new ToolWindows(registry, store, this))
    , m_menus(new WindowMenus(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_libraryStack(new QUndoStack(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_editorSplitter(new QSplitter(Qt::Vertical))
    , m_editorStack(new QStackedWidget(m_mainSplitter))
    , m_startPage(new StartPage(m_editorStack))
    , m_reportList(new QTreeView(m_mainSplitter))
    , m_tabs(new QTabWidget(m_editorSplitter))
    , m_details(new DetailsForm(m_tabs))
    , m_findings(new FindingsPanel(m_editorSplitter))
    , m_status(new QLabel(this))
{
    m_fonts = std::make_unique<FontSet>();
    QString fontError;
    if (m_fonts->loadShipped(&fontError))
        Preferences().applyPrintFamilies(*m_fonts);
    else
        m_fonts.reset(); // the editors work without them; preview, print and PDF say what is missing
    m_preview = new PreviewPane(m_registry, m_fonts.get(), m_mainSplitter);
    Backups::configure(m_store);
    setWindowTitle(tr("政府信息公开工作年度报告"));
    m_undoGroup->addStack(m_libraryStack);
    connect(m_databases, &DatabaseActions::databaseRequested, this, &MainWindow::databaseRequested);
    buildEditors();
    m_menus->build(menuBar());
    // Collapsed by dragging the splitter: 显示预览 follows.
    connect(m_mainSplitter, &QSplitter::splitterMoved, this, [this] {
        const QSignalBlocker blocker(m_menus->previewAction());
        m_menus->previewAction()->setChecked(m_mainSplitter->sizes().value(2) > 0 && m_preview->isVisible());
    });
    refreshList();
    m_watch = new ChangeWatch(m_store, this);
    restoreLayout();
}

MainWindow::MainWindow(const FormatRegistry &registry, std::unique_ptr<ReportStore> store, QWidget *parent)
    : MainWindow(registry, *store, parent)
{
    m_ownedStore = std::move(store);
}

MainWindow::~MainWindow()
{
    // Not closeReport(): the store may have gone already with the window that replaced this one.
    delete detachDocument();
}

std::unique_ptr<ReportStore> MainWindow::takeStore()
{
    return std::move(m_ownedStore);
}

void MainWindow::buildEditors()
{
    m_reportList->setModel(m_reportModel);
    m_reportList->setHeaderHidden(true);
    m_reportList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reportList->setSelectionMode(QAbstractItemView::ExtendedSelection); // several reports for a batch
    m_mainSplitter->insertWidget(0, m_reportList);
    // No report open: the start page in place of the editors.
    m_editorStack->addWidget(m_startPage);
    m_editorStack->addWidget(m_editorSplitter);
    m_mainSplitter->addWidget(m_editorStack);
    m_mainSplitter->addWidget(m_preview);
    connect(m_startPage, &StartPage::newReportRequested, m_reports, &ReportActions::newReport);
    connect(m_startPage, &StartPage::importFileRequested, m_imports, &ImportActions::importFile);
    connect(m_startPage, &StartPage::importClipboardRequested, m_imports, &ImportActions::importClipboard);
    connect(m_startPage, &StartPage::exampleRequested, this, &MainWindow::openExample);
    connect(m_startPage, &StartPage::dataFolderRequested, this, [this] {
        if (!ReportStore::isServer(m_store.location()))
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_store.location()).absolutePath()));
    });
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setStretchFactor(2, 2);

    // Short labels with Alt+1…7 (a laptop's 1366 pixels show them all, no scroll arrows); the full names in tooltips.
    m_tabs->addTab(m_details, tr("基本信息(&1)"));
    for (const QString &part : Prose::parts())
        m_prose.append(new ProseEdit(part, m_tabs));
    for (ProseEdit *e : qAsConst(m_prose))
        connect(e, &ProseEdit::pasteRefused, this, [this](const QString &message) { showMessage(message, 15000); });
    auto *overview = new QSplitter(Qt::Vertical, m_tabs);
    overview->addWidget(labelled(tr("导语(&L)"), m_prose[0], overview));
    overview->addWidget(labelled(tr("一、总体情况(&O)"), m_prose[1], overview));
    overview->setStretchFactor(1, 3);
    m_tabs->addTab(overview, tr("总体情况(&2)"));
    m_tabs->setTabToolTip(OverviewTab, tr("%1与%2").arg(Prose::name(QStringLiteral("preamble")), Prose::name(QStringLiteral("part1"))));
    m_tabs->addTab(m_prose[2], tr("问题改进(&3)"));
    m_tabs->setTabToolTip(ProblemsTab, Prose::name(QStringLiteral("part5")));
    m_tabs->addTab(m_prose[3], tr("其他事项(&4)"));
    m_tabs->setTabToolTip(OtherTab, Prose::name(QStringLiteral("part6")));
    const QStringList tableTabs{tr("主动公开(&5)"), tr("依申请公开(&6)"), tr("复议诉讼(&7)")};
    const QStringList tableTips{OfficialDocument::translatedHeading(2), OfficialDocument::translatedHeading(3), OfficialDocument::translatedHeading(4)};
    for (int t = 0; t < tableTabs.size(); ++t) {
        auto *view = new ReportTableView(m_tabs);
        connect(view, &ReportTableView::message, this, [this](const QString &text) { showMessage(text, 8000); });
        connect(view, &ReportTableView::messageWithdrawn, this, [this](const QString &text) {
            if (statusBar()->currentMessage() == text)
                statusBar()->clearMessage();
        });
        m_tables.append(view);
        m_tabs->addTab(view, tableTabs[t]);
        m_tabs->setTabToolTip(Table2Tab + t, tableTips[t]);
    }
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setElideMode(Qt::ElideNone);
    // A table's tab brings its table into the preview.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= Table2Tab && index <= Table4Tab)
            m_preview->showTable(ReportFormats::tables().at(index - Table2Tab));
        updateActions();
    });
    m_editorSplitter->addWidget(m_tabs);
    m_editorSplitter->addWidget(m_findings);
    m_editorSplitter->setStretchFactor(0, 4);
    m_editorSplitter->setStretchFactor(1, 1);
    setCentralWidget(m_mainSplitter);
    // A longer status (signed, by whom) must not widen a window that is at its smallest: cut, with the whole in the tooltip.
    m_status->setMinimumWidth(1);
    statusBar()->addPermanentWidget(m_status);

    connect(m_findings, &FindingsPanel::jumpRequested, this, [this](const Finding &f, const QString &anchor) {
        jumpTo(anchor);
        // A finding on a sentence of the prose: the figure it is about, selected in its editor.
        if (f.span)
            if (ProseEdit *edit = proseEdit(f.anchor().mid(6)))
                edit->selectRange(f.span->start, f.span->length);
    });
    connect(m_findings, &FindingsPanel::fixRequested, this, &MainWindow::applySelectedFix);
    connect(m_findings, &FindingsPanel::currentChanged, this, &MainWindow::updateActions);
    connect(m_reportList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &i) {
        if (i.data(ReportListModel::YearRole).isValid())
            openReport(i.data(ReportListModel::AgencyRole).toString(), i.data(ReportListModel::YearRole).toInt());
    });
    // Undo follows the focus: the report list undoes new/delete, everything else the open report's edits.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now == m_reportList || (now && isAncestorOf(now)))
            activateUndoStack();
    });
    connect(m_undoGroup, &QUndoGroup::indexChanged, this, &MainWindow::updateStatus);
}

void MainWindow::restoreLayout()
{
    const Preferences preferences;
    if (!restoreGeometry(preferences.windowGeometry())) {
        const QSize screen = this->screen() ? this->screen()->availableSize() : QSize(1600, 900);
        resize(qMin(1680, screen.width() * 9 / 10), qMin(1000, screen.height() * 9 / 10));
    }
    restoreState(preferences.windowState());
    if (!m_mainSplitter->restoreState(preferences.splitterState(QStringLiteral("main"))))
        resetLayout();
    m_menus->previewAction()->setChecked(m_mainSplitter->sizes().value(2) > 0);
    m_editorSplitter->restoreState(preferences.splitterState(QStringLiteral("editor")));
    closeReport();
    // The report open last time comes after the window's first paint: the window shows at once whatever the database
    // holds, and the report (with its preview's layout, the costliest part of starting) fills it a moment later.
    const QString agency = preferences.lastAgency();
    if (!agency.isEmpty() && m_store.contains(agency, preferences.lastYear())) {
        m_openAfterPaint = {agency, preferences.lastYear()};
        m_editorStack->setCurrentWidget(m_editorSplitter); // no start page flashing before it
        menuBar()->installEventFilter(this);               // painted with every first paint of the window
    }
    m_tabs->setCurrentIndex(preferences.currentTab());
}

void MainWindow::resetLayout()
{
    // The editors first: on a laptop (1366 wide) the tables take what the list and the preview leave.
    const int w = width();
    m_mainSplitter->setSizes(w < 1500 ? QList<int>{w * 13 / 100, w * 57 / 100, w * 30 / 100} : QList<int>{220, 640, 420});
    m_preview->show();
    if (m_menus->previewAction())
        m_menus->previewAction()->setChecked(true);
}

void MainWindow::updateActions()
{
    m_menus->update();
}

ReportTableView *MainWindow::tableView(const QString &table) const
{
    const int i = ReportFormats::tables().indexOf(table);
    return i < 0 ? nullptr : m_tables.at(i);
}

ProseEdit *MainWindow::proseEdit(const QString &part) const
{
    for (ProseEdit *e : m_prose)
        if (e->part() == part)
            return e;
    return nullptr;
}

QTreeView *MainWindow::findingsView() const
{
    return m_findings->view();
}

QComboBox *MainWindow::findingsFilter() const
{
    return m_findings->filter();
}

void MainWindow::showMessage(const QString &text, int milliseconds)
{
    statusBar()->showMessage(text, milliseconds);
}

void MainWindow::pushLibrary(QUndoCommand *command)
{
    m_libraryStack->push(command);
}

void MainWindow::refreshList(const QString &error)
{
    if (!error.isEmpty())
        QMessageBox::warning(this, windowTitle(), error);
    QString listError;
    if (!m_reportModel->refresh(m_store, &listError)) {
        if (m_store.connectionLost())
            return; // the list and the open report stay as they were; ChangeWatch reconnects and looks again
        QMessageBox::warning(this, windowTitle(), listError);
    }
    if (m_reportModel->isSmall())
        m_reportList->expandAll();
    // The start page's heading follows the list (no query of its own: it is shown whenever a report closes).
    m_startPage->setDatabase(m_store.location(), m_reportModel->rowCount() > 0, m_store.isReadOnly());
    m_startPage->setProposedYear(NewReportDialog::propose(m_store).year);
    if (m_document && !m_showingExample) { // the example is not in the list, and stays open
        if (!m_store.contains(m_document->report().agency, m_document->report().year)) {
            if (m_store.connectionLost())
                return;
            closeReport();
        }
        else
            m_reportList->setCurrentIndex(m_reportModel->indexOf(m_document->report().agency, m_document->report().year));
    }
}

ReportDocument *MainWindow::detachDocument()
{
    m_findings->setDocument(nullptr);
    m_preview->setDocument(nullptr);
    m_details->setDocument(nullptr);
    for (ProseEdit *e : qAsConst(m_prose))
        e->setDocument(nullptr);
    if (YearOnYearDialog *y = m_tools->yearOnYear())
        y->setDocument(nullptr);
    for (ReportTableView *v : qAsConst(m_tables)) {
        QAbstractItemModel *model = v->model();
        v->setModel(nullptr);
        delete model; // the document's child, made for this window's view
    }
    ReportDocument *document = m_document;
    m_document = nullptr;
    if (document) {
        m_undoGroup->removeStack(document->undoStack());
        document->disconnect(this);
    }
    return document;
}

void MainWindow::closeReport()
{
    m_openAfterPaint.reset(); // whatever comes instead of it
    delete detachDocument();
    m_undoGroup->setActiveStack(m_libraryStack);
    m_showingExample = false;
    m_editorStack->setCurrentWidget(m_startPage);
    updateTitle();
    updateStatus();
}

bool MainWindow::openReport(const QString &agency, int year)
{
    if (m_document && !m_showingExample && m_document->report().agency == agency && m_document->report().year == year)
        return true;
    Report report;
    if (!m_store.load(agency, year, &report)) {
        QMessageBox::warning(this, windowTitle(), m_store.lastError().isEmpty() ? tr("数据库中没有 %1 %2 年的报告").arg(agency).arg(year) : m_store.lastError());
        return false;
    }
    closeReport();
    attach(new ReportDocument(m_registry, m_store, report, this));
    m_reportList->setCurrentIndex(m_reportModel->indexOf(agency, year));
    return true;
}

bool MainWindow::openExample()
{
    if (m_showingExample)
        return true;
    if (!m_exampleStore) {
        QString error;
        m_exampleStore = ReportDocument::exampleStore(m_registry, QStringLiteral(":/examples/changji-kejiju-2021.json"), &error);
        if (!m_exampleStore) {
            QMessageBox::warning(this, tr("打开示例报告"), error);
            return false;
        }
    }
    const auto entries = m_exampleStore->list();
    Report report;
    if (!entries || entries->isEmpty() || !m_exampleStore->load(entries->constFirst().agency, entries->constFirst().year, &report))
        return false;
    closeReport();
    m_reportList->clearSelection();
    m_reportList->setCurrentIndex(QModelIndex());
    m_showingExample = true;
    attach(new ReportDocument(m_registry, *m_exampleStore, report, this));
    m_tabs->setCurrentIndex(Table2Tab);
    return true;
}

ReportDocument *MainWindow::releaseDocument()
{
    if (!m_document || m_showingExample)
        return nullptr;
    ReportDocument *document = detachDocument();
    document->setParent(nullptr);
    closeReport();
    return document;
}

void MainWindow::adoptDocument(ReportDocument *document)
{
    closeReport();
    document->setParent(this);
    attach(document);
    m_reportList->setCurrentIndex(m_reportModel->indexOf(document->report().agency, document->report().year));
}

void MainWindow::storeFailed(const QString &message)
{
    m_lastError = message;
    if (m_store.connectionLost()) {
        // The status bar says it is reconnecting; one box per keystroke would bury the window.
        showMessage(tr("未保存，已记下，连接恢复后请您确认保存：%1").arg(message), 15000);
        updateStatus();
        m_watch->look();
        return;
    }
    // Not modal: the clerk keeps working, and nothing waits on the box.
    auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(), tr("修改未能保存，数据库中的内容保持不变：\n%1").arg(message), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    updateStatus();
    // Refused because the report was changed elsewhere: show that change now (not from inside the undo stack's push).
    QTimer::singleShot(0, m_watch, &ChangeWatch::look);
}

void MainWindow::attach(ReportDocument *document)
{
    m_document = document;
    m_undoGroup->addStack(m_document->undoStack());
    activateUndoStack();
    connect(m_document, &ReportDocument::findingsChanged, this, &MainWindow::updateStatus);
    connect(m_document, &ReportDocument::storeFailed, this, &MainWindow::storeFailed);
    connect(m_document, &ReportDocument::written, this, [this] {
        m_lastError.clear();
        updateStatus();
    });
    m_details->setDocument(m_document);
    if (YearOnYearDialog *y = m_tools->yearOnYear())
        y->setDocument(m_document);
    for (ProseEdit *e : qAsConst(m_prose))
        e->setDocument(m_document);
    const QStringList tables = ReportFormats::tables();
    for (int i = 0; i < tables.size(); ++i)
        m_tables[i]->setReportModel(new ReportTableModel(m_document, tables[i], m_document));
    m_findings->setDocument(m_document);
    m_preview->setDocument(m_document);
    if (const int tab = m_tabs->currentIndex(); tab >= Table2Tab && tab <= Table4Tab) // on a table: its page in view
        m_preview->showTable(ReportFormats::tables().at(tab - Table2Tab));
    // However it was signed or withdrawn, the list's mark follows.
    connect(m_document, &ReportDocument::signOffChanged, this, [this] {
        refreshList();
        updateStatus();
    });
    m_editorStack->setCurrentWidget(m_editorSplitter);
    m_lastError.clear();
    updateTitle();
    updateStatus();
}

void MainWindow::updateTitle()
{
    // The report, then the database file or the server's database (Qt puts the application's name last).
    const QUrl server(m_store.location());
    QString file = ReportStore::isServer(m_store.location()) ? tr("%1（服务器 %2）").arg(server.path().mid(1), server.host())
                                                             : QFileInfo(m_store.location()).fileName();
    if (m_store.isReadOnly())
        file = tr("%1（只读）").arg(file);
    if (!m_document)
        setWindowTitle(file);
    else if (m_showingExample)
        setWindowTitle(tr("示例：%1（只读）").arg(m_document->report().displayTitle()));
    else
        setWindowTitle(tr("%1 — %2").arg(m_document->report().displayTitle(), file));
}

void MainWindow::activateUndoStack()
{
    // The report list undoes new and delete; everywhere else undo means the open report's edits.
    const bool library = !m_document || QApplication::focusWidget() == m_reportList;
    m_undoGroup->setActiveStack(library ? m_libraryStack : m_document->undoStack());
}

void MainWindow::jumpTo(const QString &key)
{
    if (key == QLatin1String(Fingerprint::anchor) && m_document) { // the 签发记录
        m_tabs->setCurrentIndex(DetailsTab);
        return;
    }
    if (key.startsWith(QLatin1String("prose.")) && m_document) {
        if (ProseEdit *edit = proseEdit(key.mid(6))) {
            m_tabs->setCurrentIndex(key == QLatin1String("prose.part5") ? ProblemsTab : key == QLatin1String("prose.part6") ? OtherTab : OverviewTab);
            edit->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    const int i = ReportFormats::tables().indexOf(key.section(QLatin1Char('.'), 0, 0));
    if (i < 0 || !m_document)
        return;
    m_tabs->setCurrentIndex(Table2Tab + i);
    m_tables[i]->selectKey(key);
}

void MainWindow::applySelectedFix()
{
    if (!m_document)
        return;
    const Finding *selected = m_findings->current();
    if (!selected)
        return;
    const Finding f = *selected;
    if (!f.hasFix()) {
        showMessage(tr("这一问题没有可自动应用的修正，请核对原始数据。"), 8000);
        return;
    }
    m_document->applyFix(f);
    jumpTo(f.anchor());
    if (f.span)
        if (ProseEdit *edit = proseEdit(f.anchor().mid(6))) // the figure just written, selected
            edit->selectRange(f.span->start, int(f.span->replacement.value_or(QString()).size()));
}

void MainWindow::updateStatus()
{
    updateActions();
    if (!m_document) {
        m_status->setText(tr("未打开报告"));
        return;
    }
    const auto &findings = m_document->findings();
    const QString counts = tr("%1 个错误 · %2 个警告").arg(ReportChecker::count(findings, Severity::Error)).arg(ReportChecker::count(findings, Severity::Warning));
    QString state = m_lastError.isEmpty() ? tr(" · 全部修改已保存") : tr(" · 最近一次修改未能保存");
    if (const int doubts = int(m_document->report().doubts.size()); doubts > 0)
        state.prepend(tr(" · %n 个导入的单元格待确认（紫色）", nullptr, doubts));
    if (m_document->isSigned())
        state = tr(" · 已签发（%1），只读").arg(m_document->signedBy());
    else if (m_document->isUnderReview())
        state = tr(" · %1，只读").arg(ReportStore::reviewStateName(m_document->reviewState()));
    else if (m_document->reviewState() == QLatin1String("returned"))
        state.prepend(tr(" · 已退回修改"));
    else if (m_store.isReadOnly() && !m_showingExample)
        state = tr(" · 数据库文件只读，只能查看");
    m_status->setText(counts + state);
    if (!m_store.backupWarning().isEmpty())
        showMessage(tr("今天的备份未能完成（修改已保存）：%1").arg(m_store.backupWarning()), 10000);
    m_status->setToolTip(m_status->text());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    Backups::keepDayWork(m_store); // an afternoon's work is in a backup by evening, not only the morning's state
    event->accept();
}

void MainWindow::saveLayout()
{
    Preferences preferences;
    preferences.saveWindow(saveGeometry(), saveState(), m_tabs->currentIndex());
    preferences.saveSplitter(QStringLiteral("main"), m_mainSplitter->saveState());
    preferences.saveSplitter(QStringLiteral("editor"), m_editorSplitter->saveState());
    const bool stored = m_document && !m_showingExample;
    if (m_openAfterPaint) // closed before it was painted: still the one to open next time
        preferences.setLastReport(m_openAfterPaint->first, m_openAfterPaint->second);
    else
        preferences.setLastReport(stored ? m_document->report().agency : QString(), stored ? m_document->report().year : 0);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == menuBar() && event->type() == QEvent::Paint && m_openAfterPaint) {
        menuBar()->removeEventFilter(this);
        QTimer::singleShot(0, this, [this] { // once the rest of this paint is done
            if (!m_openAfterPaint)
                return;
            const auto [agency, year] = *m_openAfterPaint;
            m_openAfterPaint.reset();
            if (!openReport(agency, year))
                closeReport();
        });
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showSettings()
{
    FontSet shipped;
    QString error;
    shipped.loadShipped(&error);
    SettingsDialog dialog(shipped, m_store.location(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.fontsChanged() && m_fonts) {
        *m_fonts = shipped;
        Preferences().applyPrintFamilies(*m_fonts);
        m_preview->refresh();
    }
    Backups::configure(m_store);
    if (dialog.languageChanged())
        emit languageChanged();
}
