#include "WindowMenus.h"

#include "ActionReason.h"
#include "BuildInfo.h"
#include "DatabaseActions.h"
#include "ExportActions.h"
#include "FindingsPanel.h"
#include "HelpDialog.h"
#include "ImportActions.h"
#include "MainWindow.h"
#include "PreviewPane.h"
#include "ReportActions.h"
#include "ReportDocument.h"
#include "ReportStore.h"
#include "ReportTableView.h"
#include "ToolWindows.h"

#include <QDir>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoGroup>

#include <functional>

WindowMenus::WindowMenus(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

void WindowMenus::build(QMenuBar *bar)
{
    MainWindow *w = m_window;
    ReportActions *reports = w->reports();
    ExportActions *exports = w->exports();
    ImportActions *imports = w->imports();
    ToolWindows *tools = w->tools();
    auto needsReport = [this](QAction *a) {
        m_needReport.append(a);
        return a;
    };
    QMenu *file = bar->addMenu(tr("文件(&F)"));
    file->setToolTipsVisible(true);
    file->addAction(reports->newAction());
    m_add = {file->addAction(tr("导入报告 JSON(&I)…"), imports, &ImportActions::importJson),
             file->addAction(tr("导入报告全文或网页(&T)…"), imports, &ImportActions::importTextFile),
             file->addAction(tr("从剪贴板导入报告全文(&B)"), imports, &ImportActions::importClipboard),
             file->addAction(tr("从网址导入(&L)…"), imports, &ImportActions::importAddress),
             file->addAction(tr("批量导入(&C)…"), tools, &ToolWindows::showBatchImport)};
    m_add.constLast()->setStatusTip(tr("一次导入多个文件、一个文件夹中的报告或多个网址，每份单独保存，列出每份的结果"));
    file->addSeparator();
    w->databases()->addTo(file);
    m_office = file->addAction(tr("机关与账号(&M)…"), tools, &ToolWindows::showOffice);
    needsReport(file->addAction(tr("导出报告 JSON(&J)…"), exports, &ExportActions::exportJson));
    file->addSeparator();
    needsReport(file->addAction(tr("导出 PDF(&P)…"), exports, [exports] { exports->exportPdfDialog(false); }));
    needsReport(file->addAction(tr("导出 PDF/A-1b(&A)…"), exports, [exports] { exports->exportPdfDialog(true); }));
    needsReport(file->addAction(tr("导出 Word 文档 (DOCX)(&W)…"), exports, [exports] { exports->exportDocument(QStringLiteral("docx")); }));
    needsReport(file->addAction(tr("导出 ODT 文档(&O)…"), exports, [exports] { exports->exportDocument(QStringLiteral("odt")); }));
    needsReport(file->addAction(tr("导出网页 (HTML)(&H)…"), exports, [exports] { exports->exportDocument(QStringLiteral("html")); }));
    needsReport(file->addAction(tr("导出网页并附历年数据图(&G)…"), exports, [exports] { exports->exportDocument(QStringLiteral("html"), true); }));
    needsReport(file->addAction(tr("打印(&R)…"), QKeySequence::Print, exports, &ExportActions::print));
    file->addAction(tr("批量导出(&X)…"), tools, [tools] { tools->showBatch(true); })->setStatusTip(tr("把列表中选定的、某一年的或全部报告各导出为一个文件"));
    file->addSeparator();
    file->addAction(reports->deleteAction());
    file->addSeparator();
    file->addAction(tr("退出(&Q)"), QKeySequence::Quit, w, &QWidget::close);

    QMenu *edit = bar->addMenu(tr("编辑(&E)"));
    edit->setToolTipsVisible(true);
    QAction *undo = w->undoGroup()->createUndoAction(w, tr("撤销"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = w->undoGroup()->createRedoAction(w, tr("重做"));
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
    auto current = [w] { return qobject_cast<ReportTableView *>(w->tabs()->currentWidget()); };
    m_needTable.append(edit->addAction(tr("复制单元格(&C)"), w, [current] {
        if (auto *v = current())
            v->copy();
    }));
    m_needTable.append(edit->addAction(tr("粘贴单元格(&P)"), w, [current] {
        if (auto *v = current())
            v->paste();
    }));
    m_fix = edit->addAction(tr("应用所选问题的修正(&F)"), w, &MainWindow::applySelectedFix);
    edit->addAction(reports->confirmAction());
    edit->addSeparator();
    edit->addAction(tr("设置(&S)…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), w, &MainWindow::showSettings);

    QMenu *report = bar->addMenu(tr("报告(&R)"));
    report->setToolTipsVisible(true);
    for (QAction *a : reports->reportMenu()) {
        if (a)
            report->addAction(a);
        else
            report->addSeparator();
    }
    report->addAction(tr("批量检查(&K)…"), tools, [tools] { tools->showBatch(false); })->setStatusTip(tr("检查列表中选定的、某一年的或全部报告，列出每份的错误和警告"));

    QMenu *view = bar->addMenu(tr("视图(&V)"));
    view->setToolTipsVisible(true);
    needsReport(view->addAction(tr("同比(&Y)…"), QKeySequence(Qt::Key_F9), tools, &ToolWindows::showYearOnYear));
    view->addAction(tr("汇总(&H)…"), QKeySequence(Qt::Key_F10), tools, &ToolWindows::showRollUp);
    view->addSeparator();
    // Window-wide, so they work from inside a table or a prose editor too (where Ctrl+Tab would be the editor's).
    QTabWidget *tabs = w->tabs();
    QAction *next = view->addAction(tr("下一个标签页(&N)"), w, [tabs] { tabs->setCurrentIndex((tabs->currentIndex() + 1) % tabs->count()); });
    next->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    QAction *previous = view->addAction(tr("上一个标签页(&P)"), w, [tabs] { tabs->setCurrentIndex((tabs->currentIndex() + tabs->count() - 1) % tabs->count()); });
    // The menu shows the first; X11 sends Shift+Tab as Backtab, so that is listed too.
    previous->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                            QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    for (QAction *a : {next, previous})
        a->setShortcutContext(Qt::WindowShortcut);
    view->addSeparator();
    view->addAction(tr("恢复默认布局(&R)"), w, &MainWindow::resetLayout);
    m_preview = view->addAction(tr("显示预览(&V)"));
    m_preview->setCheckable(true);
    m_preview->setChecked(true);
    m_preview->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_preview, &QAction::toggled, w->preview(), &QWidget::setVisible);

    QMenu *help = bar->addMenu(tr("帮助(&H)"));
    help->addAction(tr("使用指南(&G)"), QKeySequence::HelpContents, this, &WindowMenus::showGuide);
    help->addAction(tr("打开示例报告(&X)"), w, &MainWindow::openExample);
    help->addSeparator();
    help->addAction(tr("关于(&A)…"), this, &WindowMenus::showAbout);
}

void WindowMenus::update()
{
    MainWindow *w = m_window;
    const ReportDocument *d = w->document();
    const QString noReport = tr("没有打开的报告：请在左侧列表中选择一份报告，或新建、导入一份");
    for (QAction *a : qAsConst(m_needReport))
        setEnabledWithReason(a, d, noReport);
    const bool table = d && qobject_cast<ReportTableView *>(w->tabs()->currentWidget());
    for (QAction *a : qAsConst(m_needTable))
        setEnabledWithReason(a, table, d ? tr("请先切换到一张表格") : noReport);
    w->reports()->updateActions();
    const Finding *finding = w->findings()->current();
    QString noFix;
    if (!d)
        noFix = noReport;
    else if (d->isReadOnly())
        noFix = d->isSigned() ? tr("报告已签发，只能查看") : tr("报告%1，只能查看").arg(ReportStore::reviewStateName(d->reviewState()));
    else if (!w->findings()->view()->currentIndex().isValid())
        noFix = tr("请先在检查结果中选择一个问题");
    else if (!finding || !finding->hasFix())
        noFix = tr("这一问题没有可自动应用的修正，请核对原始数据");
    setEnabledWithReason(m_fix, noFix.isEmpty(), noFix);
    w->findings()->setFixable(noFix.isEmpty(), noFix);
    ReportStore &store = w->store();
    for (QAction *a : qAsConst(m_add))
        setEnabledWithReason(a, !store.isReadOnly(), tr("数据库文件是只读的，不能加入报告"));
    // Accounts are a server's, and its administrator's.
    const bool server = ReportStore::isServer(store.location());
    setEnabledWithReason(m_office, server && store.rights(QString()).administers,
                         server ? tr("只有办公室的管理员能管理机关与账号") : tr("单机数据库文件没有账号：账号属于办公室的服务器数据库"));
}

QList<QAction *> WindowMenus::allActions() const
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
    for (QAction *a : m_window->menuBar()->actions())
        if (a->menu())
            collect(a->menu());
    return out;
}

void WindowMenus::showGuide()
{
    HelpDialog dialog(m_window->registry(), allActions(), m_window);
    dialog.exec();
}

void WindowMenus::showAbout()
{
    ReportStore &store = m_window->store();
    QString text = QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><p>%4</p>")
                       .arg(tr("政府信息公开工作年度报告").toHtmlEscaped(),
                            tr("按《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号的格式编写、检查、打印和导出年度报告。").toHtmlEscaped(),
                            BuildInfo::describe().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")),
                            tr("当前数据库：%1（结构版本 %2）").arg(QDir::toNativeSeparators(store.location())).arg(store.schemaVersion()).toHtmlEscaped());
    QMessageBox::about(m_window, tr("关于"), text);
}
