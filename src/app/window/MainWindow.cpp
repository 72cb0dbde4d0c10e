#include "MainWindow.h"

#include "BuildInfo.h"
#include "BatchDialog.h"
#include "ChangeFormsDialog.h"
#include "ConnectDialog.h"
#include "RollUpDialog.h"
#include "DataSentences.h"
#include "DetailsForm.h"
#include "ExportActions.h"
#include "FindingsModel.h"
#include "FontSet.h"
#include "HelpDialog.h"
#include "ImportActions.h"
#include "LibraryCommands.h"
#include "NewReportDialog.h"
#include "Preferences.h"
#include "PreviewPane.h"
#include "ProseEdit.h"
#include "ReportChecker.h"
#include "ReportDigest.h"
#include "ReportDocument.h"
#include "ReportJson.h"
#include "ReportListModel.h"
#include "ReportSchema.h"
#include "ReportStore.h"
#include "ReportTableModel.h"
#include "ReportTableView.h"
#include "RestoreDialog.h"
#include "SettingsDialog.h"
#include "StartPage.h"
#include "WithdrawDialog.h"
#include "YearOnYearDialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
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
    , m_findingsModel(new FindingsModel(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_libraryStack(new QUndoStack(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_editorSplitter(new QSplitter(Qt::Vertical))
    , m_editorStack(new QStackedWidget(m_mainSplitter))
    , m_startPage(new StartPage(m_editorStack))
    , m_reportList(new QTreeView(m_mainSplitter))
    , m_tabs(new QTabWidget(m_editorSplitter))
    , m_details(new DetailsForm(m_tabs))
    , m_findingsView(new QTreeView(m_editorSplitter))
    , m_fixButton(new QPushButton(tr("应用修正(&F)"), this))
    , m_status(new QLabel(this))
{
    m_fonts = std::make_unique<FontSet>();
    QString fontError;
    if (m_fonts->loadShipped(&fontError))
        Preferences().applyPrintFamilies(*m_fonts);
    else
        m_fonts.reset(); // the editors work without them; preview, print and PDF say what is missing
    m_preview = new PreviewPane(m_registry, m_fonts.get(), m_mainSplitter);
    m_store.setBackups(Preferences().backupFolder(), Preferences().backupKeep());
    setWindowTitle(tr("政府信息公开工作年度报告"));
    m_undoGroup->addStack(m_libraryStack);

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
    connect(m_startPage, &StartPage::newReportRequested, this, &MainWindow::newReport);
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
        connect(e, &ProseEdit::pasteRefused, this, [this](const QString &message) { statusBar()->showMessage(message, 15000); });
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
    const QStringList tableTips{tr("二、主动公开政府信息情况"), tr("三、收到和处理政府信息公开申请情况"),
                                tr("四、政府信息公开行政复议、行政诉讼情况")};
    for (int t = 0; t < tableTabs.size(); ++t) {
        auto *view = new ReportTableView(m_tabs);
        connect(view, &ReportTableView::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
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
    });

    auto *findingsBox = new QWidget(m_editorSplitter);
    auto *findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    auto *findingsHead = new QHBoxLayout;
    auto *findingsLabel = new QLabel(tr("检查结果(&C)"), findingsBox);
    findingsLabel->setBuddy(m_findingsView);
    findingsHead->addWidget(findingsLabel);
    findingsHead->addStretch(1);
    m_findingsFilter = new QComboBox(findingsBox);
    m_findingsFilter->addItem(tr("全部"), int(FindingsModel::Filter::All));
    m_findingsFilter->addItem(tr("仅错误"), int(FindingsModel::Filter::Errors));
    m_findingsFilter->addItem(tr("仅警告"), int(FindingsModel::Filter::Warnings));
    m_findingsFilter->setToolTip(tr("检查结果中显示哪些问题"));
    findingsHead->addWidget(m_findingsFilter);
    findingsLayout->addLayout(findingsHead);
    m_findingsView->setParent(findingsBox);
    m_findingsView->setModel(m_findingsModel);
    m_findingsView->setHeaderHidden(true);
    m_findingsView->setWordWrap(true);
    m_findingsView->setUniformRowHeights(false);
    m_findingsView->setExpandsOnDoubleClick(false); // a double-click jumps; the arrow or → expands
    findingsLayout->addWidget(m_findingsView, 1);
    findingsLayout->addWidget(m_fixButton, 0, Qt::AlignLeft);
    m_editorSplitter->addWidget(m_tabs);
    m_editorSplitter->addWidget(findingsBox);
    m_editorSplitter->setStretchFactor(0, 4);
    m_editorSplitter->setStretchFactor(1, 1);
    setCentralWidget(m_mainSplitter);
    // A longer status (signed, by whom) must not widen a window that is at its smallest: cut, with the whole in the tooltip.
    m_status->setMinimumWidth(1);
    statusBar()->addPermanentWidget(m_status);

    connect(m_findingsFilter, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_findingsModel->setFilter(FindingsModel::Filter(m_findingsFilter->currentData().toInt()));
        updateActions();
    });
    connect(m_findingsView, &QTreeView::activated, this, [this](const QModelIndex &i) {
        jumpTo(i.data(FindingsModel::AnchorRole).toString());
        // A finding on a sentence of the prose: the figure it is about, selected in its editor.
        if (const Finding *f = m_findingsModel->finding(i); f && f->span)
            if (ProseEdit *edit = proseEdit(f->anchor().mid(6)))
                edit->selectRange(f->span->start, f->span->length);
    });
    connect(m_fixButton, &QPushButton::clicked, this, &MainWindow::applySelectedFix);
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateActions);
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

    buildMenus();
    refreshList();
    m_dataVersion = m_store.dataVersion();
    auto *changeWatch = new QTimer(this);
    changeWatch->setInterval(2000); // one cheap PRAGMA: a change made elsewhere shows within two seconds
    connect(changeWatch, &QTimer::timeout, this, &MainWindow::noticeChangesElsewhere);
    changeWatch->start();
    const Preferences preferences;
    if (!restoreGeometry(preferences.windowGeometry())) {
        const QSize screen = this->screen() ? this->screen()->availableSize() : QSize(1600, 900);
        resize(qMin(1680, screen.width() * 9 / 10), qMin(1000, screen.height() * 9 / 10));
    }
    restoreState(preferences.windowState());
    if (!m_mainSplitter->restoreState(preferences.splitterState(QStringLiteral("main"))))
        resetLayout();
    m_previewAction->setChecked(m_mainSplitter->sizes().value(2) > 0);
    m_editorSplitter->restoreState(preferences.splitterState(QStringLiteral("editor")));
    closeReport();
    // The report open last time comes after the window's first paint: the window shows at once whatever the database
    // holds, and the report (with its preview's layout, the costliest part of starting) fills it a moment later.
    const QString agency = preferences.lastAgency();
    if (!agency.isEmpty() && m_store.contains(agency, preferences.lastYear())) {
        m_openAfterPaint = {agency, preferences.lastYear()};
        m_editorStack->setCurrentWidget(m_editorSplitter); // no start page flashing before it
        menuBar()->installEventFilter(this); // painted with every first paint of the window
    }
    m_tabs->setCurrentIndex(preferences.currentTab());
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

void MainWindow::buildMenus()
{
    // Actions that need an open report (and some a particular state of it) are disabled with the reason in their
    // tooltip: updateActions() keeps them honest.
    auto needsReport = [this](QAction *a) {
        m_reportActions.append(a);
        return a;
    };
    QMenu *file = menuBar()->addMenu(tr("文件(&F)"));
    file->setToolTipsVisible(true);
    m_addActions = {file->addAction(tr("新建报告(&N)…"), QKeySequence::New, this, &MainWindow::newReport),
                    file->addAction(tr("导入报告 JSON(&I)…"), m_imports, &ImportActions::importJson),
                    file->addAction(tr("导入报告全文 (TXT)(&T)…"), m_imports, &ImportActions::importTextFile),
                    file->addAction(tr("从剪贴板导入报告全文(&B)"), m_imports, &ImportActions::importClipboard)};
    file->addSeparator();
    file->addAction(tr("打开数据库(&K)…"), QKeySequence::Open, this, &MainWindow::chooseDatabase);
    file->addAction(tr("新建数据库(&E)…"), this, &MainWindow::createDatabase);
    file->addAction(tr("连接数据库服务器(&S)…"), this, &MainWindow::connectToServer);
    m_recentMenu = file->addMenu(tr("最近的数据库(&U)"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    QAction *restore = file->addAction(tr("从备份恢复(&Y)…"), this, &MainWindow::restoreBackup);
    if (ReportStore::isServer(m_store.location())) { // a server's backups are its administrator's (pg_dump)
        restore->setEnabled(false);
        restore->setToolTip(tr("服务器上的数据库由数据库管理员备份和恢复"));
    }
    needsReport(file->addAction(tr("导出报告 JSON(&J)…"), m_exports, &ExportActions::exportJson));
    file->addSeparator();
    needsReport(file->addAction(tr("导出 PDF(&P)…"), m_exports, [this] { m_exports->exportPdfDialog(false); }));
    needsReport(file->addAction(tr("导出 PDF/A-1b(&A)…"), m_exports, [this] { m_exports->exportPdfDialog(true); }));
    needsReport(file->addAction(tr("导出 Word 文档 (DOCX)(&W)…"), m_exports, [this] { m_exports->exportDocument(QStringLiteral("docx")); }));
    needsReport(file->addAction(tr("导出 ODT 文档(&O)…"), m_exports, [this] { m_exports->exportDocument(QStringLiteral("odt")); }));
    needsReport(file->addAction(tr("导出网页 (HTML)(&H)…"), m_exports, [this] { m_exports->exportDocument(QStringLiteral("html")); }));
    needsReport(file->addAction(tr("导出网页并附历年数据图(&G)…"), m_exports, [this] { m_exports->exportDocument(QStringLiteral("html"), true); }));
    needsReport(file->addAction(tr("打印(&R)…"), QKeySequence::Print, m_exports, &ExportActions::print));
    file->addAction(tr("批量导出(&X)…"), this, [this] { showBatch(true); })
        ->setStatusTip(tr("把列表中选定的、某一年的或全部报告各导出为一个文件"));
    file->addSeparator();
    m_storedActions.append(file->addAction(tr("删除报告(&D)…"), this, &MainWindow::deleteReport));
    file->addSeparator();
    file->addAction(tr("退出(&Q)"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("编辑(&E)"));
    edit->setToolTipsVisible(true);
    QAction *undo = m_undoGroup->createUndoAction(this, tr("撤销"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("重做"));
    // The platform's redo keys plus both common ones, each once: a key listed twice is an ambiguous shortcut that
    // Qt refuses to fire at all.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &k : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(k))
            redoKeys.append(k);
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    auto current = [this] { return qobject_cast<ReportTableView *>(m_tabs->currentWidget()); };
    m_tableActions.append(edit->addAction(tr("复制单元格(&C)"), this, [current] {
        if (auto *v = current())
            v->copy();
    }));
    m_tableActions.append(edit->addAction(tr("粘贴单元格(&P)"), this, [current] {
        if (auto *v = current())
            v->paste();
    }));
    m_fixAction = edit->addAction(tr("应用所选问题的修正(&F)"), this, &MainWindow::applySelectedFix);
    // Every cell the import marked, confirmed at once (after the clerk has compared them with the source).
    m_confirmAction = edit->addAction(tr("全部确认导入的单元格(&A)"), this, [this] {
        if (m_document && !m_document->isSigned())
            m_document->confirmCells(m_document->report().doubts.keys());
    });
    edit->addSeparator();
    edit->addAction(tr("设置(&S)…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this, &MainWindow::showSettings);

    QMenu *report = menuBar()->addMenu(tr("报告(&R)"));
    report->setToolTipsVisible(true);
    m_signAction = report->addAction(tr("签发(&S)…"), this, &MainWindow::signOff);
    m_reopenAction = report->addAction(tr("撤回签发(&O)…"), this, &MainWindow::reopen);
    // The office's review before signing: the clerk submits, the reviewer (政务公开办) passes or returns with a reason.
    m_submitAction = report->addAction(tr("提交审核(&U)"), this, [this] {
        if (m_document)
            m_document->review(QStringLiteral("submit"));
    });
    m_approveAction = report->addAction(tr("审核通过(&P)"), this, [this] {
        if (m_document)
            m_document->review(QStringLiteral("approve"));
    });
    m_returnAction = report->addAction(tr("退回修改(&B)…"), this, &MainWindow::returnForChanges);
    m_formsAction = report->addAction(tr("更改表式(&T)…"), this, &MainWindow::changeFormsDialog);
    report->addAction(tr("批量检查(&K)…"), this, [this] { showBatch(false); })
        ->setStatusTip(tr("检查列表中选定的、某一年的或全部报告，列出每份的错误和警告"));
    m_storedActions.append(report->addAction(tr("重命名或合并机关(&A)…"), this, &MainWindow::renameAgency));
    report->addSeparator();
    m_sealAction = report->addAction(tr("选择印章图片(&I)…"), this, &MainWindow::chooseSeal);
    m_dataSentencesAction = report->addAction(tr("插入数据说明(&D)"), this, &MainWindow::insertDataSentences);
    m_dataSentencesAction->setStatusTip(tr("在“一、总体情况”的光标处写入依申请公开和复议诉讼的数据段落（取自表三、表四和上一年报告）"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);

    QMenu *view = menuBar()->addMenu(tr("视图(&V)"));
    view->setToolTipsVisible(true);
    needsReport(view->addAction(tr("同比(&Y)…"), QKeySequence(Qt::Key_F9), this, &MainWindow::showYearOnYear));
    view->addAction(tr("汇总(&H)…"), QKeySequence(Qt::Key_F10), this, &MainWindow::showRollUp);
    view->addSeparator();
    // Window-wide, so they work from inside a table or a prose editor too (where Ctrl+Tab would be the editor's).
    QAction *next = view->addAction(tr("下一个标签页(&N)"), this, [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    next->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    QAction *previous = view->addAction(tr("上一个标签页(&P)"), this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    previous->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                            QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    for (QAction *a : {next, previous})
        a->setShortcutContext(Qt::WindowShortcut);
    view->addSeparator();
    view->addAction(tr("恢复默认布局(&R)"), this, &MainWindow::resetLayout);
    m_previewAction = view->addAction(tr("显示预览(&V)"));
    m_previewAction->setCheckable(true);
    m_previewAction->setChecked(true);
    m_previewAction->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_previewAction, &QAction::toggled, m_preview, &QWidget::setVisible);

    QMenu *help = menuBar()->addMenu(tr("帮助(&H)"));
    help->addAction(tr("使用指南(&G)"), QKeySequence::HelpContents, this, &MainWindow::showGuide);
    help->addAction(tr("打开示例报告(&X)"), this, &MainWindow::openExample);
    help->addSeparator();
    help->addAction(tr("关于(&A)…"), this, &MainWindow::showAbout);
    // Collapsed by dragging the splitter: the action follows.
    connect(m_mainSplitter, &QSplitter::splitterMoved, this, [this] {
        const QSignalBlocker blocker(m_previewAction);
        m_previewAction->setChecked(m_mainSplitter->sizes().value(2) > 0 && m_preview->isVisible());
    });
}

void MainWindow::resetLayout()
{
    // The editors first: on a laptop (1366 wide) the tables take what the list and the preview leave.
    const int w = width();
    m_mainSplitter->setSizes(w < 1500 ? QList<int>{w * 13 / 100, w * 57 / 100, w * 30 / 100} : QList<int>{220, 640, 420});
    m_preview->show();
    if (m_previewAction)
        m_previewAction->setChecked(true);
}

void MainWindow::updateActions()
{
    auto set = [](QAction *a, bool enabled, const QString &why) {
        a->setEnabled(enabled);
        a->setToolTip(enabled ? a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")) : why);
    };
    const QString noReport = tr("没有打开的报告：请在左侧列表中选择一份报告，或新建、导入一份");
    const bool open = m_document;
    const bool isSigned = open && m_document->isSigned();
    for (QAction *a : qAsConst(m_reportActions))
        set(a, open, noReport);
    const QString example = tr("示例报告只读，不在数据库中");
    for (QAction *a : qAsConst(m_storedActions))
        set(a, open && !m_showingExample, open ? example : noReport);
    const bool table = open && qobject_cast<ReportTableView *>(m_tabs->currentWidget());
    for (QAction *a : qAsConst(m_tableActions))
        set(a, table, open ? tr("请先切换到一张表格") : noReport);
    const QString review = open ? m_document->reviewState() : QString();
    const bool locked = open && (isSigned || m_document->isUnderReview());
    const QString lockedWhy = !open ? noReport : isSigned ? tr("报告已签发，只能查看") : tr("报告%1，只能查看；需要修改时请审核人退回").arg(ReportStore::reviewStateName(review));
    const bool stored = open && !m_showingExample && !isSigned;
    set(m_signAction, open && !isSigned && (review == QLatin1String("draft") || review == QLatin1String("approved")),
        !open ? noReport : isSigned ? tr("报告已签发") : tr("报告%1：审核通过后才能签发").arg(ReportStore::reviewStateName(review)));
    set(m_submitAction, stored && (review == QLatin1String("draft") || review == QLatin1String("returned")),
        !open ? noReport : m_showingExample ? example : isSigned ? tr("报告已签发") : tr("报告已%1").arg(ReportStore::reviewStateName(review)));
    set(m_approveAction, stored && review == QLatin1String("submitted"), !open ? noReport : tr("只有待审核的报告才能审核通过"));
    set(m_returnAction, stored && (review == QLatin1String("submitted") || review == QLatin1String("approved")),
        !open ? noReport : tr("只有待审核或审核通过的报告才能退回"));
    set(m_reopenAction, isSigned && !m_showingExample, !open ? noReport : m_showingExample ? example : tr("报告尚未签发，无需撤回"));
    set(m_formsAction, open && !locked, !open ? noReport : isSigned ? signedRefusal() : lockedWhy);
    set(m_sealAction, open && !locked, lockedWhy);
    set(m_dataSentencesAction, open && !locked, lockedWhy);
    set(m_confirmAction, open && !locked && !m_document->report().doubts.isEmpty(), locked || !open ? lockedWhy : tr("没有待确认的导入单元格"));
    const QModelIndex finding = m_findingsView->currentIndex();
    QString noFix;
    if (!open)
        noFix = noReport;
    else if (locked)
        noFix = lockedWhy;
    else if (!finding.isValid())
        noFix = tr("请先在检查结果中选择一个问题");
    else if (!finding.data(FindingsModel::HasFixRole).toBool())
        noFix = tr("这一问题没有可自动应用的修正，请核对原始数据");
    set(m_fixAction, noFix.isEmpty(), noFix);
    m_fixButton->setEnabled(noFix.isEmpty());
    m_fixButton->setToolTip(noFix.isEmpty() ? finding.data(Qt::DisplayRole).toString() : noFix);
    if (m_store.isReadOnly() && !m_showingExample) {
        // A database that cannot be written: reading, copying, exporting and printing only.
        const QString why = tr("数据库文件是只读的，只能查看");
        for (QAction *a : {m_signAction, m_reopenAction, m_formsAction, m_sealAction, m_confirmAction, m_fixAction, m_dataSentencesAction,
                           m_submitAction, m_approveAction, m_returnAction})
            set(a, false, open ? why : noReport);
        for (QAction *a : qAsConst(m_storedActions))
            set(a, false, open ? why : noReport);
        for (QAction *a : qAsConst(m_addActions))
            set(a, false, tr("数据库文件是只读的，不能加入报告"));
        m_fixButton->setEnabled(false);
    }
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

void MainWindow::refreshList(const QString &error)
{
    if (!error.isEmpty())
        QMessageBox::warning(this, windowTitle(), error);
    QString listError;
    if (!m_reportModel->refresh(m_store, &listError))
        QMessageBox::warning(this, windowTitle(), listError);
    m_reportList->expandAll();
    // The start page's heading follows the list (no query of its own: it is shown whenever a report closes).
    m_startPage->setDatabase(m_store.location(), m_reportModel->rowCount() > 0, m_store.isReadOnly());
    if (m_document && !m_showingExample) { // the example is not in the list, and stays open
        if (!m_store.contains(m_document->report().agency, m_document->report().year))
            closeReport();
        else
            m_reportList->setCurrentIndex(m_reportModel->indexOf(m_document->report().agency, m_document->report().year));
    }
}

ReportDocument *MainWindow::detachDocument()
{
    m_findingsModel->setDocument(nullptr);
    m_preview->setDocument(nullptr);
    m_details->setDocument(nullptr);
    for (ProseEdit *e : qAsConst(m_prose))
        e->setDocument(nullptr);
    if (m_yearOnYear)
        m_yearOnYear->setDocument(nullptr);
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

void MainWindow::noticeChangesElsewhere()
{
    // Not under a dialog's own event loop: the code that opened it may hold the open report.
    if (QThread::currentThread()->loopLevel() > 1)
        return;
    const qint64 version = m_store.dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    const bool reload = m_document && !m_showingExample && m_store.changedElsewhere(m_document->report().agency, m_document->report().year);
    const QString agency = m_document ? m_document->report().agency : QString();
    const int year = m_document ? m_document->report().year : 0;
    refreshList(); // closes the report if it is gone
    if (!reload || !m_document)
        return;
    const int tab = m_tabs->currentIndex();
    closeReport();
    if (!openReport(agency, year))
        return;
    m_tabs->setCurrentIndex(tab);
    statusBar()->showMessage(tr("%1 %2 年的报告已在别处修改，已重新载入，显示的是数据库中现在的内容（之前的撤销记录已清空）").arg(agency).arg(year), 20000);
}

void MainWindow::insertDataSentences()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QString text = DataSentences::draft(m_document->report(), m_document->previousYear());
    if (text.isEmpty()) {
        statusBar()->showMessage(tr("表三、表四还没有填写，没有可写的数据"), 8000);
        return;
    }
    ProseEdit *edit = proseEdit(QStringLiteral("part1"));
    m_tabs->setCurrentIndex(OverviewTab);
    edit->setFocus(Qt::OtherFocusReason);
    edit->textCursor().insertText(text); // an ordinary edit of the prose: one undo step, then the clerk's to change
}

QVector<ReportBatch::Item> MainWindow::selectedReports() const
{
    QVector<ReportBatch::Item> items;
    const auto add = [&items](const QModelIndex &i) {
        items.append({i.data(ReportListModel::AgencyRole).toString(), i.data(ReportListModel::YearRole).toInt()});
    };
    for (const QModelIndex &i : m_reportList->selectionModel()->selectedRows()) {
        if (i.data(ReportListModel::YearRole).isValid())
            add(i);
        else
            for (int r = 0; r < m_reportModel->rowCount(i); ++r)
                add(m_reportModel->index(r, 0, i));
    }
    // An agency's row and one of its years both selected: that report once.
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    return items;
}

BatchDialog *MainWindow::showBatch(bool exporting)
{
    if (m_batch) { // one batch at a time: the one open comes forward
        m_batch->raise();
        m_batch->activateWindow();
        return m_batch;
    }
    const auto entries = m_store.list();
    if (!entries) {
        QMessageBox::warning(this, windowTitle(), m_store.lastError());
        return nullptr;
    }
    if (entries->isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("数据库中还没有报告"));
        return nullptr;
    }
    m_batch = new BatchDialog(exporting ? BatchDialog::Mode::Export : BatchDialog::Mode::Check, m_registry, m_store.location(),
                              m_fonts.get(), *entries, selectedReports(), this);
    m_batch->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_batch, &BatchDialog::openRequested, this, [this](const QString &agency, int year) { openReport(agency, year); });
    m_batch->show();
    return m_batch;
}

void MainWindow::showRollUp()
{
    if (!m_rollUp) {
        m_rollUp = new RollUpDialog(m_store, m_registry, this);
        connect(m_rollUp, &RollUpDialog::openRequested, this, [this](const QString &agency, int year) {
            if (openReport(agency, year))
                activateWindow();
        });
    }
    if (m_document && !m_showingExample)
        m_rollUp->showRegion(m_document->report().agency, m_document->report().year);
    else
        m_rollUp->showRegion(QString(), 0);
    m_rollUp->show();
    m_rollUp->raise();
    m_rollUp->activateWindow();
}

void MainWindow::showYearOnYear()
{
    if (!m_yearOnYear) {
        m_yearOnYear = new YearOnYearDialog(this);
        connect(m_yearOnYear, &YearOnYearDialog::jumpRequested, this, &MainWindow::jumpTo);
    }
    m_yearOnYear->setDocument(m_document);
    m_yearOnYear->show();
    m_yearOnYear->raise();
    m_yearOnYear->activateWindow();
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
        QMessageBox::warning(this, windowTitle(),
                             m_store.lastError().isEmpty() ? tr("数据库中没有 %1 %2 年的报告").arg(agency).arg(year) : m_store.lastError());
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
    QString error;
    if (!m_exampleStore) {
        QFile file(QStringLiteral(":/examples/changji-kejiju-2021.json"));
        std::optional<Report> example;
        if (file.open(QIODevice::ReadOnly))
            example = ReportJson::read(file.readAll(), m_registry, &error);
        if (!example) {
            QMessageBox::warning(this, tr("打开示例报告"), tr("示例报告无法读取：%1").arg(error));
            return false;
        }
        m_exampleStore = ReportDocument::scratchStore(m_registry, *example, std::nullopt, &error);
        // Signed, so that every editor shows it read-only, as a published report.
        if (!m_exampleStore || !m_exampleStore->sign(example->agency, example->year, tr("示例"))) {
            QMessageBox::warning(this, tr("打开示例报告"), error.isEmpty() ? m_exampleStore->lastError() : error);
            m_exampleStore.reset();
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

void MainWindow::attach(ReportDocument *document)
{
    m_document = document;
    m_undoGroup->addStack(m_document->undoStack());
    activateUndoStack();
    connect(m_document, &ReportDocument::findingsChanged, this, &MainWindow::updateStatus);
    connect(m_document, &ReportDocument::storeFailed, this, [this](const QString &message) {
        m_lastError = message;
        // Not modal: the clerk keeps working, and nothing waits on the box.
        auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(), tr("修改未能保存，数据库中的内容保持不变：\n%1").arg(message),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        updateStatus();
        // Refused because the report was changed elsewhere: show that change now (not from inside the undo stack's push).
        QTimer::singleShot(0, this, &MainWindow::noticeChangesElsewhere);
    });
    m_details->setDocument(m_document);
    if (m_yearOnYear)
        m_yearOnYear->setDocument(m_document);
    for (ProseEdit *e : qAsConst(m_prose))
        e->setDocument(m_document);
    const QStringList tables = ReportFormats::tables();
    for (int i = 0; i < tables.size(); ++i)
        m_tables[i]->setReportModel(new ReportTableModel(m_document, tables[i], m_document));
    m_findingsModel->setDocument(m_document);
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
    if (key == QLatin1String(ReportDigest::anchor) && m_document) { // the 签发记录
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
    const Finding *selected = m_findingsModel->finding(m_findingsView->currentIndex());
    if (!selected)
        return;
    const Finding f = *selected;
    if (!f.hasFix()) {
        statusBar()->showMessage(tr("这一问题没有可自动应用的修正，请核对原始数据。"), 8000);
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
        statusBar()->showMessage(tr("今天的备份未能完成（修改已保存）：%1").arg(m_store.backupWarning()), 10000);
    m_status->setToolTip(m_status->text());
}

void MainWindow::pushLibrary(QUndoCommand *command)
{
    m_libraryStack->push(command);
}

void MainWindow::newReport()
{
    NewReportDialog dialog(m_registry, m_store, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    addReport(dialog.report());
    // A new report starts with its title, date and contact.
    m_tabs->setCurrentIndex(DetailsTab);
    m_details->setFocus(Qt::OtherFocusReason);
}

void MainWindow::addReport(const Report &report)
{
    pushLibrary(new NewReportCommand(m_store, report, [this](const QString &error) { refreshList(error); }));
    openReport(report.agency, report.year);
}

bool MainWindow::replaceReport(const Report &report, QString *error)
{
    Report old;
    if (!m_store.load(report.agency, report.year, &old)) {
        *error = m_store.lastError();
        return false;
    }
    if (m_store.signOff(report.agency, report.year)) {
        *error = tr("%1 %2 年的报告已签发，不能替换；如需替换，请先撤回签发").arg(report.agency).arg(report.year);
        return false;
    }
    if (m_document && m_document->report().agency == report.agency && m_document->report().year == report.year)
        closeReport();
    // One step on the report list: undo brings the old report back.
    m_libraryStack->beginMacro(tr("替换 %1 %2 年的报告").arg(report.agency).arg(report.year));
    auto changed = [this](const QString &e) { refreshList(e); };
    pushLibrary(new DeleteReportCommand(m_store, old, changed));
    pushLibrary(new NewReportCommand(m_store, report, changed));
    m_libraryStack->endMacro();
    return openReport(report.agency, report.year);
}

void MainWindow::deleteReport()
{
    if (!m_document)
        return;
    // What the database holds is what comes back on undo.
    Report r;
    if (!m_store.load(m_document->report().agency, m_document->report().year, &r)) {
        QMessageBox::warning(this, windowTitle(), m_store.lastError());
        return;
    }
    if (QMessageBox::question(this, tr("删除报告"), tr("删除 %1 %2 年的报告？\n可以在报告列表中用“撤销”恢复。").arg(r.agency).arg(r.year))
        != QMessageBox::Yes)
        return;
    // The neighbour below in the list (or above, at the end) is opened next.
    const QModelIndex here = m_reportModel->indexOf(r.agency, r.year);
    QModelIndex neighbour = here.siblingAtRow(here.row() + 1);
    if (!neighbour.isValid())
        neighbour = here.siblingAtRow(here.row() - 1);
    if (!neighbour.isValid()) { // the agency's only report: the next agency's first, or the one before's last
        const QModelIndex agency = here.parent();
        for (const QModelIndex &a : {agency.siblingAtRow(agency.row() + 1), agency.siblingAtRow(agency.row() - 1)})
            if (a.isValid() && m_reportModel->rowCount(a) > 0) {
                neighbour = m_reportModel->index(a.row() < agency.row() ? m_reportModel->rowCount(a) - 1 : 0, 0, a);
                break;
            }
    }
    const QString nextAgency = neighbour.data(ReportListModel::AgencyRole).toString();
    const int nextYear = neighbour.data(ReportListModel::YearRole).toInt();
    closeReport();
    pushLibrary(new DeleteReportCommand(m_store, r, [this, r, nextAgency, nextYear](const QString &error) {
        refreshList(error);
        // Done: the neighbour; undone: the report back.
        if (m_store.contains(r.agency, r.year))
            openReport(r.agency, r.year);
        else if (!m_document && !nextAgency.isEmpty())
            openReport(nextAgency, nextYear);
    }));
}

QString MainWindow::signedRefusal()
{
    return tr("报告已签发，只能查看；如需更改表式，请先撤回签发");
}

bool MainWindow::changeForms(const ReportFormats &forms, QString *error)
{
    if (!m_document) {
        *error = tr("没有打开的报告");
        return false;
    }
    if (m_document->isSigned()) {
        *error = signedRefusal();
        return false;
    }
    Report before;
    if (!m_store.load(m_document->report().agency, m_document->report().year, &before)) {
        *error = m_store.lastError();
        return false;
    }
    if (forms == before.formats)
        return true;
    const Report after = ReportSchema::withForms(m_registry, before, forms, nullptr);
    const QString agency = before.agency;
    const int year = before.year;
    // The open report's tables are built for its forms: it is opened again after each step (its edits' undo history
    // goes, as when a report is deleted).
    pushLibrary(new ChangeFormsCommand(m_store, before, after, [this, agency, year](const QString &e) {
        closeReport();
        openReport(agency, year);
        refreshList(e);
    }));
    if (!m_document || !(m_document->report().formats == forms)) {
        *error = tr("表式未能更改：%1").arg(m_store.lastError());
        return false;
    }
    return true;
}

void MainWindow::changeFormsDialog()
{
    if (!m_document)
        return;
    if (m_document->isSigned()) {
        QMessageBox::information(this, tr("更改表式"), signedRefusal());
        return;
    }
    ChangeFormsDialog dialog(m_registry, m_document->report(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    changeForms(dialog.chosen(), &error); // a store that refuses has said so (refreshList)
}

void MainWindow::renameAgency()
{
    if (!m_document)
        return;
    const QString from = m_document->report().agency;
    const int year = m_document->report().year;
    QStringList names = m_store.agencies();
    names.removeAll(from);
    names.prepend(from);
    bool ok = false;
    const QString to = QInputDialog::getItem(this, tr("重命名或合并机关"), tr("“%1”的新名称（选已有的机关，则把报告合并到它名下）：").arg(from),
                                             names, 0, true, &ok)
                           .trimmed();
    if (!ok || to.isEmpty() || to == from)
        return;
    pushLibrary(new RenameAgencyCommand(m_store, from, to, [this, from, to, year](const QString &e) {
        closeReport();
        openReport(m_store.contains(to, year) ? to : from, year);
        refreshList(e);
    }));
}




void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
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




void MainWindow::signOff()
{
    if (!m_document || m_document->isSigned())
        return;
    const auto &findings = m_document->findings();
    const int errors = ReportChecker::count(findings, Severity::Error);
    const int warnings = ReportChecker::count(findings, Severity::Warning);
    const int doubts = int(m_document->report().doubts.size());
    if (errors + warnings + doubts > 0) {
        QStringList lines;
        if (errors > 0)
            lines.append(tr("%n 个错误", nullptr, errors));
        if (warnings > 0)
            lines.append(tr("%n 个警告", nullptr, warnings));
        if (doubts > 0)
            lines.append(tr("%n 个导入时未能确定、尚未核对确认的单元格（紫色）", nullptr, doubts));
        QMessageBox box(QMessageBox::Question, tr("签发"), tr("报告还有：\n%1\n\n签发后报告只能查看。仍要签发吗？").arg(lines.join(QLatin1Char('\n'))),
                        QMessageBox::Yes | QMessageBox::No, this);
        // Errors and unchecked figures: Enter must not sign by accident.
        box.setDefaultButton(errors + doubts > 0 ? QMessageBox::No : QMessageBox::Yes);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    bool ok = false;
    const QString who = QInputDialog::getText(this, tr("签发"), tr("签发人："), QLineEdit::Normal, QString(), &ok);
    if (ok && !who.trimmed().isEmpty())
        m_document->sign(who.trimmed());
}

void MainWindow::returnForChanges()
{
    if (!m_document)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(this, tr("退回修改"), tr("退回的原因（办事员会在“基本信息”中看到）："), QString(), &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        QMessageBox::warning(this, tr("退回修改"), tr("退回需要说明原因，报告没有退回"));
        return;
    }
    m_document->review(QStringLiteral("return"), reason);
}

void MainWindow::reopen()
{
    if (!m_document || !m_document->isSigned())
        return;
    WithdrawDialog dialog(m_document->report().displayTitle(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_document->reopen(m_document->signedBy(), dialog.reason());
}

void MainWindow::chooseSeal()
{
    if (!m_document)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("选择印章图片"), QString(), tr("印章图片 (*.png *.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto seal = readSealImage(path, &error);
    if (!seal) {
        QMessageBox::warning(this, tr("选择印章图片"), error);
        return;
    }
    if (!m_document->setSeal(seal->mimeType, seal->data))
        return; // storeFailed has said why
    m_preview->sealBox()->setChecked(true);
    m_preview->refresh();
}

std::optional<ReportStore::Attachment> MainWindow::readSealImage(const QString &path, QString *error)
{
    constexpr qint64 maxBytes = 8 * 1024 * 1024;
    constexpr int maxSide = 6000;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1：无法读取（%2）").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxBytes) {
        *error = tr("%1 太大（%2 MB）：印章图片不能超过 %3 MB").arg(path).arg(file.size() / 1048576.0, 0, 'f', 1).arg(maxBytes / 1048576);
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    const bool svg = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    if (!svg) {
        QImageReader reader(path);
        const QSize size = reader.size();
        if (!reader.canRead() || !size.isValid()) {
            *error = tr("%1 不是可用的 PNG 图片").arg(path);
            return std::nullopt;
        }
        if (size.width() > maxSide || size.height() > maxSide) {
            *error = tr("%1 太大（%2 × %3 像素）：印章图片的宽和高不能超过 %4 像素").arg(path).arg(size.width()).arg(size.height()).arg(maxSide);
            return std::nullopt;
        }
        // Decoded once here, within the size just checked: a file whose header is fine but whose data is not (cut short,
        // or crafted) is refused now rather than failing in the preview.
        if (reader.read().isNull()) {
            *error = tr("%1 不是可用的 PNG 图片（%2）").arg(path, reader.errorString());
            return std::nullopt;
        }
    } else if (!data.contains("<svg")) {
        *error = tr("%1 不是 SVG 图片").arg(path);
        return std::nullopt;
    }
    return ReportStore::Attachment{svg ? QStringLiteral("image/svg+xml") : QStringLiteral("image/png"), data};
}






QList<QAction *> MainWindow::allActions() const
{
    QList<QAction *> out;
    std::function<void(const QMenu *)> collect = [&](const QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->menu())
                collect(a->menu());
            else if (!a->isSeparator())
                out.append(a);
        }
    };
    for (QAction *a : menuBar()->actions())
        if (a->menu())
            collect(a->menu());
    return out;
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Preferences().recentDatabases();
    const QString current = ReportStore::isServer(m_store.location()) ? m_store.location() : QFileInfo(m_store.location()).absoluteFilePath();
    int n = 0;
    for (const QString &path : recent) {
        if (n == 9)
            break;
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(++n).arg(QDir::toNativeSeparators(path)));
        a->setCheckable(true);
        a->setChecked((ReportStore::isServer(path) ? path : QFileInfo(path).absoluteFilePath()) == current);
        connect(a, &QAction::triggered, this, [this, path] { emit databaseRequested(path, false); });
    }
    if (n == 0)
        m_recentMenu->addAction(tr("（没有）"))->setEnabled(false);
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("打开数据库"), fileFolder(),
                                                      tr("报告数据库 (*.sqlite *.db);;所有文件 (*)"));
    if (!path.isEmpty())
        emit databaseRequested(path, false);
}

QString MainWindow::fileFolder() const
{
    return QFileInfo(ReportStore::isServer(m_store.location()) ? ReportStore::defaultLocation() : m_store.location()).absolutePath();
}

void MainWindow::connectToServer()
{
    // Start from the server in use, or the last one connected to.
    QString last = ReportStore::isServer(m_store.location()) ? m_store.location() : QString();
    const QStringList recent = Preferences().recentDatabases();
    for (auto it = recent.cbegin(); last.isEmpty() && it != recent.cend(); ++it)
        if (ReportStore::isServer(*it))
            last = *it;
    ConnectDialog dialog(last, this);
    if (dialog.exec() == QDialog::Accepted)
        emit databaseRequested(dialog.address(), false);
}

void MainWindow::createDatabase()
{
    QString path = QFileDialog::getSaveFileName(this, tr("新建数据库"), fileFolder(),
                                                tr("报告数据库 (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        // Never over a file: "new" must not empty a colleague's database.
        QMessageBox::warning(this, tr("新建数据库"), tr("%1 已经存在，未作任何改动。要使用它，请选择“打开数据库”。").arg(QDir::toNativeSeparators(path)));
        return;
    }
    emit databaseRequested(path, true);
}

void MainWindow::restoreBackup()
{
    RestoreDialog dialog(m_store.backups(), m_store.backupFolder(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosen().isEmpty())
        return;
    const QString chosen = dialog.chosen();
    QMessageBox confirm(QMessageBox::Question, tr("从备份恢复"),
                        tr("用备份 %1 的内容替换数据库 %2 的全部内容？\n当前的内容会先另存为一个备份，可以再恢复回来。")
                            .arg(QFileInfo(chosen).fileName(), QDir::toNativeSeparators(m_store.location())),
                        QMessageBox::Yes | QMessageBox::No, this);
    confirm.setDefaultButton(QMessageBox::No);
    if (confirm.exec() != QMessageBox::Yes)
        return;
    // The open report and the undo history describe the database as it was: both go.
    closeReport();
    m_libraryStack->clear();
    QString kept;
    if (!m_store.restoreFrom(chosen, &kept)) {
        QMessageBox::warning(this, tr("从备份恢复"), m_store.lastError());
        refreshList();
        return;
    }
    refreshList();
    statusBar()->showMessage(tr("已从 %1 恢复；恢复前的内容保存在 %2").arg(QFileInfo(chosen).fileName(), QDir::toNativeSeparators(kept)), 15000);
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
    m_store.setBackups(Preferences().backupFolder(), Preferences().backupKeep());
    if (dialog.languageChanged())
        emit languageChanged();
}

void MainWindow::showGuide()
{
    HelpDialog dialog(m_registry, allActions(), Preferences().language(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QString text = QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><p>%4</p>")
                       .arg(tr("政府信息公开工作年度报告").toHtmlEscaped(),
                            tr("按《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号的格式编写、检查、打印和导出年度报告。").toHtmlEscaped(),
                            BuildInfo::describe().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                            tr("当前数据库：%1（结构版本 %2）").arg(QDir::toNativeSeparators(m_store.location())).arg(m_store.schemaVersion()).toHtmlEscaped());
    QMessageBox::about(this, tr("关于"), text);
}
