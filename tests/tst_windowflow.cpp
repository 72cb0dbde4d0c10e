// A clerk's first real afternoon, driven with key and mouse events under QT_QPA_PLATFORM=offscreen:
// the shortcuts, refused input, pasting from Excel, actions that cannot act, the findings panel, a laptop's
// screen, tabs and preview from the keyboard, a new year from last year's, signing and withdrawing, re-importing
// and deleting.
#include "CellDelegate.h"
#include "DetailsForm.h"
#include "FindingsModel.h"
#include "ImportActions.h"
#include "ImportReviewDialog.h"
#include "MainWindow.h"
#include "ReportActions.h"
#include "NewReportDialog.h"
#include "PageGeometry.h"
#include "PageView.h"
#include "PreviewPane.h"
#include "ProseEdit.h"
#include "ReportChecker.h"
#include "ReportDocument.h"
#include "ReportSchema.h"
#include "ReportLayout.h"
#include "ReportTableModel.h"
#include "ReportTableView.h"
#include "SqliteReportStore.h"
#include "WithdrawDialog.h"
#include "GuiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QWheelEvent>

class tst_WindowFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void redoByKeyboard();
    void minusFiveIsNotFive();
    void pasteFormattedNumbers();
    void actionsThatCannotActAreDisabled();
    void undoTextReadsWell();
    void detailsFormStaysPutOnSignOff();
    void pageCounterFollowsPageDown();
    void findingsOrderedAndSummarised();
    void laptopScreen();
    void tabsFromTheKeyboard();
    void previewZoomAndTables();
    void newYearFromLastYear();
    void signingAsksAndRecords();
    void withdrawalNeedsReason();
    void reimportOffersReplace();
    void deleteOpensNeighbour();

private:
    Report stored(int year = 2021);

    FormatRegistry m_registry;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SqliteReportStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    const QString m_agency = QStringLiteral("昌吉州科学技术局");
};

void tst_WindowFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_WindowFlow::init()
{
    QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)); // no remembered layout
    m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
    m_store = std::make_unique<SqliteReportStore>(m_registry);
    QVERIFY(m_store->openSqlite(m_path));
    QVERIFY(m_store->save({TestSupport::expectedReport(m_registry, "changji-kejiju-2021")}, true));
    m_window = std::make_unique<MainWindow>(m_registry, *m_store);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(m_window->openReport(m_agency, 2021));
}

void tst_WindowFlow::cleanup()
{
    m_window.reset();
    m_store.reset();
}

Report tst_WindowFlow::stored(int year)
{
    SqliteReportStore other(m_registry);
    Report r;
    if (!other.openSqlite(m_path) || !other.load(m_agency, year, &r))
        qFatal("cannot read back");
    return r;
}

void tst_WindowFlow::redoByKeyboard()
{
    // Each redo key once: a key listed twice is "ambiguous" to Qt and does nothing at all.
    QAction *redo = TestSupport::menuAction(m_window->menuBar(), QStringLiteral("重做"));
    QVERIFY(redo);
    const QList<QKeySequence> keys = redo->shortcuts();
    QCOMPARE(QSet<QKeySequence>(keys.begin(), keys.end()).size(), keys.size());
    QVERIFY(keys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    QVERIFY(keys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    ReportTableView *view = TestSupport::showTable(m_window.get(), "t3");
    TestSupport::clickCell(view, "t3.new.natural");
    QTest::keyClicks(view, "7");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(stored().cell("t3.new.natural"), CellValue::integer(7));
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored().cell("t3.new.natural"), CellValue::integer(0));
        QTest::keySequence(view, key);
        QCOMPARE(stored().cell("t3.new.natural"), CellValue::integer(7));
    }
    // From the prose editor too (its own undo is off; the keys reach the window).
    m_window->tabs()->setCurrentIndex(MainWindow::ProblemsTab);
    ProseEdit *prose = m_window->proseEdit("part5");
    prose->setFocus();
    prose->moveCursor(QTextCursor::End);
    QTest::keyClicks(prose, "X");
    const QString typed = prose->toPlainText();
    QTest::keyClick(prose, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!prose->toPlainText().endsWith('X'));
    QTest::keyClick(prose, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(prose->toPlainText(), typed);
}

void tst_WindowFlow::minusFiveIsNotFive()
{
    ReportTableView *view = TestSupport::showTable(m_window.get(), "t3");
    TestSupport::clickCell(view, "t3.new.natural");
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(stored().cell("t3.new.natural").isBlank());
    QSignalSpy refused(view->cellDelegate(), &CellDelegate::refused);
    QTest::keyClicks(view, "-"); // opens the editor with the keystroke
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClicks(editor, "5");
    QCOMPARE(editor->text(), QStringLiteral("-5")); // what was typed stays in sight …
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    QVERIFY(stored().cell("t3.new.natural").isBlank()); // … and is not stored as 5, nor as anything
    QVERIFY(!refused.isEmpty());
    QVERIFY(refused.last().at(1).toString().contains(QStringLiteral("不能为负数")));
    QCOMPARE(QApplication::focusWidget(), editor); // the editor stays for a correction
    // The reason stays at the cell, not only for a moment in the status bar.
    QTest::qWait(1500);
    QVERIFY(view->cellMessage().contains(QStringLiteral("不能为负数")));
    auto *bubble = view->viewport()->findChild<QLabel *>(QStringLiteral("cellMessage"));
    QVERIFY(bubble && bubble->isVisible());
    const QRect cell = view->visualRect(view->reportModel()->indexOfKey("t3.new.natural"));
    QVERIFY(qAbs(bubble->geometry().top() - cell.bottom()) < 6 || qAbs(bubble->geometry().bottom() - cell.top()) < 6);
    // Corrected: stored, and the message goes.
    editor->selectAll();
    QTest::keyClicks(editor, "5");
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(stored().cell("t3.new.natural"), CellValue::integer(5));
    QVERIFY(view->cellMessage().isEmpty());
    // Leaving with text that is no value keeps the cell as it was.
    TestSupport::clickCell(view, "t3.new.commercial");
    QTest::keyClicks(view, "-");
    QTest::keyClicks(QApplication::focusWidget(), "2");
    TestSupport::clickCell(view, "t3.new.research");
    QCOMPARE(stored().cell("t3.new.commercial"), CellValue::integer(0));
}

void tst_WindowFlow::pasteFormattedNumbers()
{
    ReportTableView *view = TestSupport::showTable(m_window.get(), "t3");
    TestSupport::clickCell(view, "t3.granted.natural");
    // What Excel and WPS copy from cells formatted with thousands separators, padded, or typed full-width.
    QApplication::clipboard()->setText(QStringLiteral("1,234\t 56 \t７８\r\n2,000\t\u00a03\u00a0\t0\r\n"));
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    Report r = stored();
    QCOMPARE(r.cell("t3.granted.natural"), CellValue::integer(1234));
    QCOMPARE(r.cell("t3.granted.commercial"), CellValue::integer(56));
    QCOMPARE(r.cell("t3.granted.research"), CellValue::integer(78));
    QCOMPARE(r.cell("t3.partial.natural"), CellValue::integer(2000));
    QCOMPARE(r.cell("t3.partial.commercial"), CellValue::integer(3));
    // Still refused: a comma that does not group thousands, and what is not a count.
    for (const QString &bad : {QStringLiteral("12,34"), QStringLiteral("1,2345"), QStringLiteral("3件"), QStringLiteral("-1")}) {
        QApplication::clipboard()->setText(bad + QLatin1Char('\n'));
        QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
        QVERIFY2(view->cellMessage().contains(QStringLiteral("未粘贴任何内容")), qPrintable(bad));
        QCOMPARE(stored().cell("t3.granted.natural"), CellValue::integer(1234));
    }
}

void tst_WindowFlow::actionsThatCannotActAreDisabled()
{
    QAction *pdf = TestSupport::menuAction(m_window->menuBar(), QStringLiteral("导出 PDF"));
    QAction *print = TestSupport::menuAction(m_window->menuBar(), QStringLiteral("打印"));
    QAction *withdraw = TestSupport::menuAction(m_window->menuBar(), QStringLiteral("撤回签发"));
    QAction *fix = TestSupport::menuAction(m_window->menuBar(), QStringLiteral("应用所选问题的修正"));
    QVERIFY(pdf && print && withdraw && fix);
    QVERIFY(pdf->isEnabled() && print->isEnabled());
    // Not signed: nothing to withdraw.
    QVERIFY(!withdraw->isEnabled());
    QVERIFY(withdraw->toolTip().contains(QStringLiteral("尚未签发")));
    // A finding without a fix (a blank cell that is not a total).
    m_window->document()->editCells({{"t4.after.pending", CellValue()}}, "test");
    QTreeView *findings = m_window->findingsView();
    findings->expandAll();
    const QModelIndex blank = qobject_cast<FindingsModel *>(findings->model())->indexOfAnchor("t4.after.pending");
    QVERIFY(blank.isValid());
    findings->setCurrentIndex(blank);
    QVERIFY(!fix->isEnabled());
    QVERIFY(fix->toolTip().contains(QStringLiteral("没有可自动应用的修正")));
    // With no report open: export and print are off, and say why.
    m_window->reportList()->setFocus();
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    m_window->reports()->deleteReport();
    QVERIFY(!m_window->document());
    QVERIFY(!pdf->isEnabled() && !print->isEnabled());
    QVERIFY(pdf->toolTip().contains(QStringLiteral("没有打开的报告")));
    // Ctrl+P does nothing then (no dialog to wait for).
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    QVERIFY(!QApplication::activeModalWidget());
}

void tst_WindowFlow::undoTextReadsWell()
{
    m_window->tabs()->setCurrentIndex(MainWindow::OverviewTab);
    ProseEdit *prose = m_window->proseEdit("part1");
    prose->setFocus();
    QTest::keyClicks(prose, "A");
    QAction *undo = TestSupport::menuAction(m_window->menuBar(), QStringLiteral("撤销"));
    QVERIFY(undo);
    QCOMPARE(undo->text(), QStringLiteral("撤销 编辑“一、总体情况”"));
}

void tst_WindowFlow::detailsFormStaysPutOnSignOff()
{
    m_window->resize(1366, 740); // a laptop's screen (offscreen's own is smaller than the window's minimum)
    m_window->tabs()->setCurrentIndex(MainWindow::DetailsTab);
    QApplication::processEvents();
    DetailsForm *form = m_window->detailsForm();
    const QRect phone = form->phoneEdit()->geometry();
    const QRect person = form->personEdit()->geometry();
    QVERIFY(m_window->document()->sign(QStringLiteral("王主任")));
    QApplication::processEvents();
    QCOMPARE(form->phoneEdit()->geometry(), phone);
    QCOMPARE(form->personEdit()->geometry(), person);
    QVERIFY(form->phoneEdit()->isReadOnly());
    QVERIFY(form->signOffLabel()->text().contains(QStringLiteral("由 王主任（登录名 ")));
}

void tst_WindowFlow::pageCounterFollowsPageDown()
{
    PreviewPane *preview = m_window->preview();
    PageView *pages = preview->pageView();
    const int count = preview->reportLayout()->pageCount();
    QVERIFY(count >= 5);
    auto *label = preview->findChildren<QLabel *>().value(0);
    QVERIFY(label);
    pages->setFocus();
    pages->showPage(0);
    for (int p = 1; p < count; ++p) {
        QTest::keyClick(pages, Qt::Key_PageDown);
        QCOMPARE(pages->currentPage(), p);
        QVERIFY2(label->text().contains(QStringLiteral("第 %1 / %2 页").arg(p + 1).arg(count)), qPrintable(label->text()));
    }
    QTest::keyClick(pages, Qt::Key_PageDown); // already on the last page
    QCOMPARE(pages->currentPage(), count - 1);
    for (int p = count - 2; p >= 0; --p) {
        QTest::keyClick(pages, Qt::Key_PageUp);
        QCOMPARE(pages->currentPage(), p);
    }
}

void tst_WindowFlow::findingsOrderedAndSummarised()
{
    // A new report: nearly every cell blank, one real error made on purpose.
    Report r;
    r.agency = m_agency;
    r.year = 2025;
    ReportSchema(m_registry, r.formats, {}).conform(r);
    r.cells["t3.new.natural"] = CellValue::integer(-3); // a negative count: an error
    QVERIFY(m_store->save({r}, false));
    QVERIFY(m_window->openReport(m_agency, 2025));
    auto *model = qobject_cast<FindingsModel *>(m_window->findingsView()->model());
    const auto &all = m_window->document()->findings();
    const int errors = ReportChecker::count(all, Severity::Error);
    QVERIFY(errors > 0);
    // Errors first …
    for (int i = 0; i < errors; ++i)
        QCOMPARE(model->index(i, 0).data(FindingsModel::SeverityRole).toInt(), int(Severity::Error));
    // … then warnings, then one line per table for the blank cells, its cells on demand.
    const int rows = model->rowCount();
    QVERIFY(rows < 20);
    QStringList summaries;
    int blankChildren = 0;
    for (int i = errors; i < rows; ++i) {
        const QModelIndex row = model->index(i, 0);
        if (model->rowCount(row) > 0) {
            summaries.append(row.data().toString());
            blankChildren += model->rowCount(row);
            QVERIFY(model->index(0, 0, row).data().toString().contains(QStringLiteral("未填写")));
        } else {
            QVERIFY(summaries.isEmpty()); // warnings come before the summaries
        }
    }
    QCOMPARE(summaries.size(), 3);
    QVERIFY2(summaries[1].startsWith(QStringLiteral("表三：还有")) && summaries[1].endsWith(QStringLiteral("个单元格未填写")), qPrintable(summaries[1]));
    // No finding about a computed cell the clerk cannot type into.
    const ReportSchema &schema = m_window->document()->schema();
    for (int i = 0; i < rows; ++i)
        for (int c = 0; c < model->rowCount(model->index(i, 0)); ++c)
            QVERIFY(!schema.cell(model->index(c, 0, model->index(i, 0)).data(FindingsModel::AnchorRole).toString())->computed);
    const int blankCells = int(std::count_if(all.begin(), all.end(), [&](const Finding &f) {
        return f.rule == QLatin1String("cell.blank") && !f.fix && !schema.cell(f.anchor())->computed;
    }));
    QCOMPARE(blankChildren, blankCells);
    // The filter, chosen as a clerk does.
    QComboBox *filter = m_window->findingsFilter();
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Down); // 仅错误
    QCOMPARE(model->rowCount(), errors);
    QTest::keyClick(filter, Qt::Key_Down); // 仅警告
    for (int i = 0; i < model->rowCount(); ++i)
        QCOMPARE(model->index(i, 0).data(FindingsModel::SeverityRole).toInt(), int(Severity::Warning));
    // A summary line jumps to its table's first blank cell.
    QTest::keyClick(filter, Qt::Key_Up);
    QTest::keyClick(filter, Qt::Key_Up);
    QCOMPARE(model->rowCount(), rows);
    QTreeView *view = m_window->findingsView();
    view->setFocus();
    view->setCurrentIndex(model->index(errors + rows - errors - 2, 0)); // 表三's summary
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::Table3Tab));
}

void tst_WindowFlow::laptopScreen()
{
    m_window->showNormal();
    m_window->resize(1366, 738); // 768 less a task bar
    m_window->resetLayout();
    QApplication::processEvents();
    // Every tab reachable without scroll arrows.
    QTabBar *bar = m_window->tabs()->tabBar();
    for (int i = 0; i < bar->count(); ++i)
        QVERIFY2(bar->rect().contains(bar->tabRect(i)), qPrintable(bar->tabText(i)));
    QVERIFY(bar->rect().right() <= m_window->tabs()->rect().right());
    // Tables 二 and 三 fit: labels narrowed and wrapped rather than a horizontal scroll bar.
    for (const QString &table : {QStringLiteral("t2"), QStringLiteral("t3"), QStringLiteral("t4")}) {
        ReportTableView *view = TestSupport::showTable(m_window.get(), table);
        QApplication::processEvents();
        QVERIFY2(view->horizontalScrollBar()->maximum() == 0,
                 qPrintable(QStringLiteral("%1: %2 px too wide").arg(table).arg(view->horizontalScrollBar()->maximum())));
    }
    // The preview collapses (F8) and comes back.
    QVERIFY(m_window->preview()->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_F8);
    QVERIFY(!m_window->preview()->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_F8);
    QVERIFY(m_window->preview()->isVisible());
}

void tst_WindowFlow::tabsFromTheKeyboard()
{
    ReportTableView *view = TestSupport::showTable(m_window.get(), "t3");
    TestSupport::clickCell(view, "t3.new.natural");
    QTest::keyClick(view, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::Table4Tab));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::Table3Tab));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::Table4Tab));
    // From inside a prose editor, and from a cell editor.
    m_window->tabs()->setCurrentIndex(MainWindow::ProblemsTab);
    m_window->proseEdit("part5")->setFocus();
    QTest::keyClick(m_window->proseEdit("part5"), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::OtherTab));
    view = TestSupport::showTable(m_window.get(), "t3");
    TestSupport::clickCell(view, "t3.new.natural");
    QTest::keyClick(view, Qt::Key_F2);
    QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::Table4Tab));
    // Alt+digit goes straight to a tab.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::AltModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::DetailsTab));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_6, Qt::AltModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::Table3Tab));
}

void tst_WindowFlow::previewZoomAndTables()
{
    PreviewPane *preview = m_window->preview();
    PageView *pages = preview->pageView();
    auto *zoom = preview->findChild<QComboBox *>();
    QVERIFY(zoom->findText(QStringLiteral("适合页面")) >= 0);
    const double fitted = pages->scale();
    QTest::keyClick(pages, Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(pages->scale() > fitted);
    QVERIFY(zoom->currentText().endsWith('%'));
    const double larger = pages->scale();
    QWheelEvent wheel(QPointF(20, 20), pages->viewport()->mapToGlobal(QPointF(20, 20)), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(pages->viewport(), &wheel);
    QVERIFY(pages->scale() < larger);
    zoom->setCurrentIndex(zoom->findText(QStringLiteral("适合页面")));
    QVERIFY(pages->scale() * PageGeometry::pageHeight <= pages->viewport()->height());
    // A table's tab brings the table into view.
    for (const QString &table : {QStringLiteral("t3"), QStringLiteral("t4"), QStringLiteral("t2")}) {
        TestSupport::showTable(m_window.get(), table);
        int first = -1;
        for (int p = 0; p < preview->reportLayout()->pageCount() && first < 0; ++p)
            for (const PlacedRow &row : preview->reportLayout()->page(p).rows)
                if (row.table == table) {
                    first = p;
                    break;
                }
        QCOMPARE(pages->currentPage(), first);
    }
}

void tst_WindowFlow::newYearFromLastYear()
{
    Report last = stored();
    last.contact.person = QStringLiteral("李明");
    last.contact.phone = QStringLiteral("0994-2345678");
    last.contact.fax = QStringLiteral("0994-2345679");
    last.contact.address = QStringLiteral("昌吉市延安北路 1 号");
    last.date = QDate(2022, 1, 18);
    last.prose.part5 = QStringLiteral("一是公开内容不够全面。");
    QVERIFY(m_store->save({last}, true));
    m_window->reportList()->setFocus();
    TestSupport::whenModal<NewReportDialog>([this](NewReportDialog *dialog) {
        auto *agency = dialog->findChild<QComboBox *>("agency");
        agency->setFocus();
        agency->setCurrentText(m_agency);
        dialog->findChild<QSpinBox *>("year")->setValue(2022);
        auto *prose = dialog->findChild<QCheckBox *>("proseFromLastYear");
        if (prose->isEnabled())
            QTest::mouseClick(prose, Qt::LeftButton, {}, QPoint(8, prose->height() / 2));
        QTest::keyClick(dialog, Qt::Key_Return); // OK is the default button
    });
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(m_window->document());
    const Report next = m_window->document()->report();
    QCOMPARE(next.year, 2022);
    QCOMPARE(next.contact, last.contact);
    QCOMPARE(next.date, std::optional<QDate>(QDate(2023, 1, 18)));
    QCOMPARE(next.prose.part5, last.prose.part5);
    QCOMPARE(stored(2022).contact, last.contact);
    // Marked as last year's until edited.
    m_window->tabs()->setCurrentIndex(MainWindow::ProblemsTab);
    ProseEdit *part5 = m_window->proseEdit("part5");
    QVERIFY(part5->isLastYearsText());
    auto *note = part5->findChild<QLabel *>(QStringLiteral("lastYearNote"));
    QVERIFY(note && note->isVisible() && note->text().contains(QStringLiteral("2021 年")));
    part5->setFocus();
    part5->moveCursor(QTextCursor::End);
    QInputMethodEvent typed; // as a Chinese input method commits a character
    typed.setCommitString(QStringLiteral("二"));
    QApplication::sendEvent(part5, &typed);
    QVERIFY(!part5->isLastYearsText());
    QVERIFY(!note->isVisible());
    // Empty parts are warnings before signing, with a jump to the editor.
    m_window->proseEdit("part6")->setPlainText(QString());
    const QModelIndex empty = qobject_cast<FindingsModel *>(m_window->findingsView()->model())->indexOfAnchor("prose.part6");
    QVERIFY(empty.isValid());
    QVERIFY(empty.data().toString().contains(QStringLiteral("六、其他需要报告的事项")));
    m_window->jumpTo("prose.part6");
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::OtherTab));
}

void tst_WindowFlow::signingAsksAndRecords()
{
    // Warnings only: asked, Yes by default.
    m_window->document()->editCells({{"t4.after.pending", CellValue()}}, "test");
    QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
    TestSupport::whenModal<QMessageBox>([&defaultButton](QMessageBox *box) {
        defaultButton = box->standardButton(box->defaultButton());
        QTest::keyClick(box, Qt::Key_Escape);
    });
    TestSupport::menuAction(m_window->menuBar(), QStringLiteral("签发"))->trigger();
    QCOMPARE(defaultButton, QMessageBox::Yes);
    QVERIFY(!m_window->document()->isSigned());
    // An error: No by default, so Enter does not sign.
    m_window->document()->editCells({{"t4.review.upheld", CellValue::integer(-1)}}, "test");
    TestSupport::whenModal<QMessageBox>([&defaultButton](QMessageBox *box) {
        defaultButton = box->standardButton(box->defaultButton());
        QTest::keyClick(box, Qt::Key_Return);
    });
    TestSupport::menuAction(m_window->menuBar(), QStringLiteral("签发"))->trigger();
    QCOMPARE(defaultButton, QMessageBox::No);
    QVERIFY(!m_window->document()->isSigned());
    // Clean again: signed through the dialogs; who and when in 基本信息 and in the list.
    m_window->undoGroup()->setActiveStack(m_window->document()->undoStack());
    m_window->undoGroup()->undo();
    m_window->undoGroup()->undo();
    QCOMPARE(m_window->document()->findings().size(), 0);
    TestSupport::whenModal<QDialog>([](QDialog *input) {
        input->findChild<QLineEdit *>()->setText(QStringLiteral("王主任")); // what an input method would commit
        QTest::keyClick(input, Qt::Key_Return);
    });
    TestSupport::menuAction(m_window->menuBar(), QStringLiteral("签发"))->trigger();
    QVERIFY(m_window->document()->isSigned());
    QVERIFY(m_window->detailsForm()->signOffLabel()->text().contains(QStringLiteral("由 王主任（登录名 ")));
    const QModelIndex item = m_window->reportList()->currentIndex();
    QVERIFY2(item.data().toString().contains(QStringLiteral("已签发")), qPrintable(item.data().toString()));
    QVERIFY(item.data(Qt::ToolTipRole).toString().contains(QStringLiteral("王主任")));
}

void tst_WindowFlow::withdrawalNeedsReason()
{
    QVERIFY(m_window->document()->sign(QStringLiteral("王主任")));
    QAction *withdraw = TestSupport::menuAction(m_window->menuBar(), QStringLiteral("撤回签发"));
    QVERIFY(withdraw->isEnabled());
    bool stayedOpen = false;
    TestSupport::whenModal<WithdrawDialog>([&stayedOpen](WithdrawDialog *dialog) {
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton); // no reason yet
        stayedOpen = dialog->isVisible() && dialog->messageLabel()->isVisible();
        QInputMethodEvent typed;
        typed.setCommitString(QStringLiteral("补充第六部分"));
        QApplication::sendEvent(dialog->reasonEdit(), &typed);
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    withdraw->trigger();
    QVERIFY(stayedOpen);
    QVERIFY(!m_window->document()->isSigned());
    const QString record = m_window->detailsForm()->signOffLabel()->text();
    QVERIFY2(record.contains(QStringLiteral("撤回签发，原因：补充第六部分")), qPrintable(record));
    QVERIFY(!m_window->reportList()->currentIndex().data().toString().contains(QStringLiteral("已签发")));
}

void tst_WindowFlow::reimportOffersReplace()
{
    const QString text = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/changji-kejiju-2021.txt"));
    m_window->document()->editCells({{"t3.new.natural", CellValue::integer(41)}}, "local edit");
    // Reviewed first, then asked; kept: No is the default.
    TestSupport::whenModal<ImportReviewDialog>([](ImportReviewDialog *review) {
        TestSupport::whenModal<QMessageBox>([](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Return); });
        review->accept();
    });
    QString error;
    QVERIFY(!m_window->imports()->importText(text, "clipboard", &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(stored().cell("t3.new.natural"), CellValue::integer(41));
    // Replaced: the imported figures; one undo on the report list brings the edited report back.
    TestSupport::whenModal<ImportReviewDialog>([](ImportReviewDialog *review) {
        TestSupport::whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        review->accept();
    });
    QVERIFY2(m_window->imports()->importText(text, "clipboard", &error), qPrintable(error));
    QCOMPARE(stored().cell("t3.new.natural"), TestSupport::expectedReport(m_registry, "changji-kejiju-2021").cell("t3.new.natural"));
    QApplication::setActiveWindow(m_window.get());
    m_window->reportList()->setFocus();
    QCOMPARE(m_window->undoGroup()->undoText(), QStringLiteral("替换 昌吉州科学技术局 2021 年的报告"));
    m_window->undoGroup()->undo();
    QCOMPARE(stored().cell("t3.new.natural"), CellValue::integer(41));
}

void tst_WindowFlow::deleteOpensNeighbour()
{
    Report other = stored();
    other.year = 2020;
    QVERIFY(m_store->save({other}, false));
    other.year = 2022;
    QVERIFY(m_store->save({other}, false));
    m_window = std::make_unique<MainWindow>(m_registry, *m_store); // its list shows the three years
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    m_window->reportList()->setFocus();
    QVERIFY(m_window->openReport(m_agency, 2021));
    TestSupport::whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    TestSupport::menuAction(m_window->menuBar(), QStringLiteral("删除报告"))->trigger();
    QVERIFY(m_window->document());
    QCOMPARE(m_window->document()->report().year, 2022);
    QApplication::setActiveWindow(m_window.get());
    m_window->reportList()->setFocus();
    QCOMPARE(m_window->undoGroup()->undoText(), QStringLiteral("删除 昌吉州科学技术局 2021 年的报告"));
    QTest::keyClick(m_window->reportList(), Qt::Key_Z, Qt::ControlModifier); // undone from the report list
    QVERIFY(m_store->contains(m_agency, 2021));
    QVERIFY(m_window->document());
    QCOMPARE(m_window->document()->report().year, 2021);
}

QTEST_MAIN(tst_WindowFlow)
#include "tst_windowflow.moc"
