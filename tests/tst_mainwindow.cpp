// The clerk's workspace driven with real key and mouse events under QT_QPA_PLATFORM=offscreen.
#include "CellDelegate.h"
#include "DetailsForm.h"
#include "FindingsModel.h"
#include "ImportReviewDialog.h"
#include "ExportActions.h"
#include "ImportActions.h"
#include "MainWindow.h"
#include "ReportActions.h"
#include "NewReportDialog.h"
#include "ReportSchema.h"
#include "PageView.h"
#include "PreviewPane.h"
#include "ProseEdit.h"
#include "ReportDocument.h"
#include "SqliteReportStore.h"
#include "ReportTableModel.h"
#include "ReportTableView.h"
#include "SpanHeaderView.h"
#include "GuiTestSupport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QRegularExpression>
#include <QSpinBox>
#include <QBuffer>
#include <QImage>
#include <QInputMethodEvent>
#include <QPageSize>
#include <QPrinter>
#include <QProcess>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

namespace {

// Enter in a cell editor commits through a queued call (QAbstractItemDelegate): let it run.
void enter(QWidget *editor)
{
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void cleanupTestCase(); // every PDF written passes qpdf --check
    void initTestCase();
    void init();
    void cleanup();
    void headerLooksLikeTheForm();
    void typeIntoCells();
    void refuseBadInput();
    void computedCellsAreReadOnly();
    void deleteMakesBlank();
    void pasteTsv();
    void pasteRefusesWholeBlock();
    void copyTsv();
    void undoRedoWithKeys();
    void jumpFromFindingToCell();
    void oneStepFix();
    void chineseProseThroughInputMethod();
    void detailsAreUndoable();
    void reopenSeesSameData();
    void newReportCarriesOverAndDeleteUndoes();
    void previewFollowsEdits();
    void signOffMakesReadOnly();
    void exportPdfFromWindow();
    void printsAPageRange();
    void sealImagesAreChecked();
    void importPublishedText();
    void changeFormsKeepsSharedCells();

private:
    CellValue storedCell(const QString &key);
    Report stored();

    FormatRegistry m_registry;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SqliteReportStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    const QString m_agency = QStringLiteral("昌吉州科学技术局");
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // preferences in a throw-away place
    QVERIFY(m_dir.isValid());
}

void tst_MainWindow::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
    m_store = std::make_unique<SqliteReportStore>(m_registry);
    QVERIFY(m_store->openSqlite(m_path));
    QVERIFY(m_store->save({TestSupport::expectedReport(m_registry, "changji-kejiju-2021")}, true));
    m_window = std::make_unique<MainWindow>(m_registry, *m_store);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openReport(m_agency, 2021));
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_store.reset();
}

Report tst_MainWindow::stored()
{
    // A second connection to the file: what is really in the database.
    SqliteReportStore other(m_registry);
    Report r;
    if (!other.openSqlite(m_path) || !other.load(m_agency, 2021, &r))
        qFatal("cannot read back");
    return r;
}

CellValue tst_MainWindow::storedCell(const QString &key)
{
    return stored().cell(key);
}

void tst_MainWindow::headerLooksLikeTheForm()
{
    ReportTableView *view = TestSupport::showTable(m_window.get(), "t3");
    SpanHeaderView *header = view->spanHeader();
    QVERIFY(header->isVisible());
    // Every header cell's words fit its box (each row as tall as its own words need, more where the window narrowed
    // the columns): the corner, 申请人情况, and the bottom row's cells.
    QVector<QPoint> points{QPoint(5, 5), QPoint(view->columnViewportPosition(5) + 5, 5)};
    for (int column = 3; column <= 9; ++column)
        points.append(QPoint(view->columnViewportPosition(column) + 5, header->height() - 5));
    for (const QPoint &p : points) {
        const GridCell *cell = header->cellAt(p);
        QVERIFY(cell);
        const QRect box = header->cellRect(*cell);
        const QRect words = header->fontMetrics().boundingRect(QRect(0, 0, box.width() - 8, 10000), Qt::TextWordWrap, cell->text);
        QVERIFY2(words.height() <= box.height() - 4, qPrintable(cell->text));
    }
    // 申请人情况 spans the seven value columns; 自然人 two rows; the corner three columns and three rows.
    const GridCell *applicants = header->cellAt(QPoint(view->columnViewportPosition(5) + 5, 5));
    QVERIFY(applicants);
    QCOMPARE(applicants->text, QStringLiteral("申请人情况"));
    QCOMPARE(header->cellRect(*applicants).width(), view->columnViewportPosition(9) + view->columnWidth(9) - view->columnViewportPosition(3));
    const GridCell *natural = header->cellAt(QPoint(view->columnViewportPosition(3) + 5, header->height() - 5));
    QCOMPARE(natural->text, QStringLiteral("自然人"));
    QCOMPARE(header->cellAt(QPoint(5, header->height() - 5))->text.left(6), QStringLiteral("（本列数据的"));
    // Body spans: 三、本年度办理结果 down the result rows, （三）不予公开 over its 8 reasons.
    const QModelIndex granted = view->reportModel()->indexOfKey("t3.granted.natural");
    QCOMPARE(view->rowSpan(granted.row(), 0), 22);
    const QModelIndex denied1 = view->reportModel()->indexOfKey("t3.denied_1.natural");
    QCOMPARE(view->rowSpan(denied1.row(), 1), 8);
    QCOMPARE(view->reportModel()->index(denied1.row(), 1).data().toString(), QStringLiteral("（三）不予公开"));
    // Table 二 has its block captions in the body and no repeated header.
    ReportTableView *t2 = TestSupport::showTable(m_window.get(), "t2");
    QVERIFY(!t2->spanHeader()->isVisible());
    QCOMPARE(t2->reportModel()->index(0, 0).data().toString(), QStringLiteral("第二十条第（一）项"));
    QCOMPARE(t2->columnSpan(0, 0), 4);
}

void tst_MainWindow::typeIntoCells()
{
    ReportTableView *view = TestSupport::showTable(m_window.get(), "t3");
    TestSupport::clickCell(view, "t3.new.natural");
    QTest::keyClicks(view, "5"); // typing replaces: opens the editor with the keystroke
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QTest::keyClicks(editor, "2");
    enter(editor);
    QCOMPARE(storedCell("t3.new.natural"), CellValue::integer(52));
    QCOMPARE(storedCell("t3.new.total"), CellValue::integer(52)); // computed as the clerk types
    QCOMPARE(view->currentIndex(), view->reportModel()->indexOfKey("t3.carry.natural")); // Enter moves down
    // Tab moves right; the next number goes there.
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(view->currentIndex(), view->reportModel()->indexOfKey("t3.carry.commercial"));
    QTest::keyClicks(view, "3");
    enter(QApplication::focusWidget());
    QCOMPARE(storedCell("t3.carry.commercial"), CellValue::integer(3));
    QCOMPARE(view->reportModel()->indexOfKey("t3.carry.total").data().toString(), QStringLiteral("3"));
    // The rules follow every edit.
    QVERIFY(m_window->statusLabel()->text().contains(QStringLiteral("3 个错误"))); // balance: 自然人, 商业企业, 总计
    QVERIFY(m_window->statusLabel()->text().contains(QStringLiteral("全部修改已保存")));
}

void tst_MainWindow::refuseBadInput()
{
    ReportTableView *view = TestSupport::showTable(m_window.get(), "t3");
    QSignalSpy refused(view->cellDelegate(), &CellDelegate::refused);
    TestSupport::clickCell(view, "t3.new.natural");
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, "a");
    QCOMPARE(editor->text(), QStringLiteral("0")); // the letter never gets in …
    QCOMPARE(refused.size(), 1);         // … and the clerk is told why
    QVERIFY(refused.at(0).at(1).toString().contains(QStringLiteral("不是件数")));
    // A minus stays in sight (dropping it would turn -5 into 5) and is refused on Enter, with the reason.
    editor->selectAll();
    QTest::keyClicks(editor, "-");
    QCOMPARE(editor->text(), QStringLiteral("-"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(refused.last().at(1).toString().contains(QStringLiteral("不能为负数")));
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(storedCell("t3.new.natural"), CellValue::integer(0));

    // A signed 2019 本年增/减 takes a minus; an amount refuses a seventh decimal.
    ReportTableView *t2 = TestSupport::showTable(m_window.get(), "t2");
    TestSupport::clickCell(t2, "t2.licensing.change");
    QTest::keyClicks(t2, "-");
    QTest::keyClicks(QApplication::focusWidget(), "8");
    enter(QApplication::focusWidget());
    QCOMPARE(storedCell("t2.licensing.change"), CellValue::integer(-8));
}

void tst_MainWindow::computedCellsAreReadOnly()
{
    ReportTableView *view = TestSupport::showTable(m_window.get(), "t3");
    const QModelIndex total = view->reportModel()->indexOfKey("t3.total.natural");
    QVERIFY(!(view->reportModel()->flags(total) & Qt::ItemIsEditable));
    QVERIFY(view->reportModel()->flags(view->reportModel()->indexOfKey("t3.new.natural")) & Qt::ItemIsEditable);
    QCOMPARE(total.data(Qt::BackgroundRole).value<QBrush>().color(), QColor(0xe9, 0xe9, 0xe9));
    TestSupport::clickCell(view, "t3.total.natural");
    QTest::keyClicks(view, "7");
    QVERIFY(!qobject_cast<QLineEdit *>(QApplication::focusWidget())); // no editor opened
    QCOMPARE(storedCell("t3.total.natural"), CellValue::integer(0));
}

void tst_MainWindow::deleteMakesBlank()
{
    ReportTableView *view = TestSupport::showTable(m_window.get(), "t3");
    TestSupport::clickCell(view, "t3.granted.natural");
    QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(storedCell("t3.granted.natural").isBlank());
    QVERIFY(storedCell("t3.granted.commercial").isBlank());
    QCOMPARE(storedCell("t3.granted.research"), CellValue::integer(0));
    QCOMPARE(m_window->undoGroup()->activeStack()->undoText(), QStringLiteral("清空 2 个单元格"));
}

void tst_MainWindow::pasteTsv()
{
    ReportTableView *view = TestSupport::showTable(m_window.get(), "t3");
    TestSupport::clickCell(view, "t3.granted.natural");
    // Two rows as Excel copies them, the second including a 总计 value that is computed anyway.
    QApplication::clipboard()->setText("1\t2\t3\r\n4\t5\t6\t0\t0\t0\t999\r\n");
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    const Report r = stored();
    QCOMPARE(r.cell("t3.granted.natural"), CellValue::integer(1));
    QCOMPARE(r.cell("t3.granted.research"), CellValue::integer(3));
    QCOMPARE(r.cell("t3.partial.natural"), CellValue::integer(4));
    QCOMPARE(r.cell("t3.partial.nonprofit"), CellValue::integer(0));
    QCOMPARE(r.cell("t3.partial.total"), CellValue::integer(15)); // not 999
    QCOMPARE(r.cell("t3.total.total"), CellValue::integer(21));
    QCOMPARE(m_window->undoGroup()->activeStack()->undoText(), QStringLiteral("粘贴 9 个单元格"));
}

void tst_MainWindow::pasteRefusesWholeBlock()
{
    ReportTableView *view = TestSupport::showTable(m_window.get(), "t3");
    TestSupport::clickCell(view, "t3.granted.natural");
    QSignalSpy message(view, &ReportTableView::message);
    QApplication::clipboard()->setText("1\t2\n3\tx\n");
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(message.size(), 1);
    const QString text = message.at(0).at(0).toString();
    QVERIFY2(text.contains(QStringLiteral("未粘贴任何内容：第 2 行第 2 个数“x”")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("（二）部分公开")));
    QCOMPARE(storedCell("t3.granted.natural"), CellValue::integer(0)); // the good first row is not pasted either
    QCOMPARE(m_window->undoGroup()->activeStack()->count(), 0);
}

void tst_MainWindow::copyTsv()
{
    ReportTableView *view = TestSupport::showTable(m_window.get(), "t3");
    TestSupport::clickCell(view, "t3.new.natural");
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("0\t0\n0\t0\n"));
}

void tst_MainWindow::undoRedoWithKeys()
{
    ReportTableView *view = TestSupport::showTable(m_window.get(), "t3");
    TestSupport::clickCell(view, "t3.new.legal");
    QTest::keyClicks(view, "4");
    enter(QApplication::focusWidget());
    QCOMPARE(storedCell("t3.new.total"), CellValue::integer(4));
    QCOMPARE(m_window->undoGroup()->undoText(), QStringLiteral("填写 一、本年新收政府信息公开申请数量（法律服务机构）"));
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(storedCell("t3.new.legal"), CellValue::integer(0));
    QCOMPARE(storedCell("t3.new.total"), CellValue::integer(0)); // the total comes back too
    QCOMPARE(view->reportModel()->indexOfKey("t3.new.legal").data().toString(), QStringLiteral("0"));
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(storedCell("t3.new.legal"), CellValue::integer(4));
    QCOMPARE(storedCell("t3.new.total"), CellValue::integer(4));
}

void tst_MainWindow::jumpFromFindingToCell()
{
    m_window->document()->editCells({{"t4.after.pending", CellValue()}}, "test");
    QTreeView *findings = m_window->findingsView();
    QCOMPARE(findings->model()->rowCount(), 1); // 表四：还有 1 个单元格未填写
    QCOMPARE(findings->model()->rowCount(findings->model()->index(0, 0)), 1);
    m_window->tabs()->setCurrentIndex(MainWindow::DetailsTab);
    findings->setFocus();
    findings->expandAll();
    findings->setCurrentIndex(findings->model()->index(0, 0, findings->model()->index(0, 0)));
    QCOMPARE(findings->currentIndex().data(FindingsModel::AnchorRole).toString(), QStringLiteral("t4.after.pending"));
    QTest::keyClick(findings, Qt::Key_Return);
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::Table4Tab));
    ReportTableView *t4 = m_window->tableView("t4");
    QCOMPARE(t4->currentIndex(), t4->reportModel()->indexOfKey("t4.after.pending"));
    QCOMPARE(QApplication::focusWidget(), t4);
}

void tst_MainWindow::oneStepFix()
{
    // A published report printed a wrong total: kept as printed, flagged, fixed in one step.
    Report r = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    r.year = 2020;
    for (const QString &part : Prose::parts()) // its words for 2020 too
        r.prose.set(part, r.prose.get(part)->replace(QStringLiteral("2021年"), QStringLiteral("2020年")));
    r.cells["t4.review.upheld"] = CellValue::integer(2);
    QVERIFY(m_store->save({r}, false));
    QVERIFY(m_window->openReport(m_agency, 2020));
    QTreeView *findings = m_window->findingsView();
    QCOMPARE(findings->model()->rowCount(), 1);
    findings->setCurrentIndex(findings->model()->index(0, 0));
    QCOMPARE(findings->currentIndex().data(FindingsModel::RuleRole).toString(), QStringLiteral("t4.group_total"));
    m_window->applySelectedFix();
    Report loaded;
    QVERIFY(m_store->load(m_agency, 2020, &loaded));
    QCOMPARE(loaded.cell("t4.review.total"), CellValue::integer(2));
    QCOMPARE(findings->model()->rowCount(), 0);
    QCOMPARE(m_window->undoGroup()->undoText(), QStringLiteral("修正 行政复议（总计）"));
}

void tst_MainWindow::chineseProseThroughInputMethod()
{
    m_window->tabs()->setCurrentIndex(MainWindow::OverviewTab);
    ProseEdit *edit = m_window->proseEdit("part1");
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    // keyClicks aborts on CJK: commit the text the way an input method does.
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("新增一句。"));
    QApplication::sendEvent(edit, &commit);
    const QString original = *TestSupport::expectedReport(m_registry, "changji-kejiju-2021").prose.part1;
    QCOMPARE(*stored().prose.part1, original + QStringLiteral("新增一句。"));
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(*stored().prose.part1, original);
    QCOMPARE(edit->toPlainText(), original);
}

void tst_MainWindow::detailsAreUndoable()
{
    m_window->tabs()->setCurrentIndex(MainWindow::DetailsTab);
    QLineEdit *phone = m_window->detailsForm()->phoneEdit();
    phone->setFocus();
    phone->selectAll();
    QTest::keyClicks(phone, "0994-0000000");
    enter(phone);
    QCOMPARE(*stored().contact.phone, QStringLiteral("0994-0000000"));
    m_window->undoGroup()->undo();
    QCOMPARE(*stored().contact.phone, QStringLiteral("0994-2345627"));
    QCOMPARE(phone->text(), QStringLiteral("0994-2345627"));
}

void tst_MainWindow::reopenSeesSameData()
{
    ReportTableView *view = TestSupport::showTable(m_window.get(), "t3");
    TestSupport::clickCell(view, "t3.unable_1.research");
    QTest::keyClicks(view, "6");
    enter(QApplication::focusWidget());
    m_window->close(); // saves the last open report and tab
    m_window.reset();
    m_store.reset();
    m_store = std::make_unique<SqliteReportStore>(m_registry);
    QVERIFY(m_store->openSqlite(m_path));
    m_window = std::make_unique<MainWindow>(m_registry, *m_store);
    // The last report comes after the window's first paint (start-up shows the window at once).
    QVERIFY(!m_window->document());
    m_window->show();
    QTRY_VERIFY(m_window->document());
    QCOMPARE(m_window->document()->report().cell("t3.unable_1.research"), CellValue::integer(6));
    QCOMPARE(m_window->document()->report().cell("t3.total.total"), CellValue::integer(6));
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::Table3Tab));
}

void tst_MainWindow::newReportCarriesOverAndDeleteUndoes()
{
    // Last year forwarded 2 applications by natural persons.
    QVERIFY(m_store->setCells(m_agency, 2021, {{"t3.forward.natural", CellValue::integer(2)}}));
    NewReportDialog dialog(m_registry, *m_store);
    dialog.findChild<QComboBox *>("agency")->setCurrentText(m_agency);
    dialog.findChild<QSpinBox *>("year")->setValue(2022);
    const Report next = dialog.report();
    QCOMPARE(next.formats.t2, QStringLiteral("2021"));
    QCOMPARE(next.cells.size(), 200);
    QCOMPARE(next.cell("t3.carry.natural"), CellValue::integer(2));
    QVERIFY(next.cell("t3.new.natural").isBlank());

    // Deleting is one step on the report list's undo stack, and comes back whole.
    QVERIFY(m_window->openReport(m_agency, 2021));
    const Report before = stored();
    QTimer::singleShot(0, [] {
        // The confirmation: answer Yes.
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w))
                box->button(QMessageBox::Yes)->click();
    });
    m_window->reports()->deleteReport();
    QVERIFY(!m_store->contains(m_agency, 2021));
    QVERIFY(!m_window->document());
    m_window->reportList()->setFocus();
    QCOMPARE(m_window->undoGroup()->undoText(), QStringLiteral("删除 昌吉州科学技术局 2021 年的报告"));
    m_window->undoGroup()->undo();
    QCOMPARE(stored(), before);
}

void tst_MainWindow::previewFollowsEdits()
{
    PreviewPane *preview = m_window->preview();
    QVERIFY(preview->reportLayout());
    QCOMPARE(preview->reportLayout()->pageCount(), 7);
    auto printed = [preview](const QString &text) {
        for (const LayoutPage &page : preview->reportLayout()->pages())
            for (const PlacedLine &line : page.lines)
                if (line.text() == text)
                    return true;
        return false;
    };
    QVERIFY(!printed("4321"));
    ReportTableView *view = TestSupport::showTable(m_window.get(), "t3");
    TestSupport::clickCell(view, "t3.new.research");
    QTest::keyClicks(view, "4"); // opens the editor with the first digit …
    QTest::keyClicks(QApplication::focusWidget(), "321"); // … which takes the rest
    enter(QApplication::focusWidget());
    // Typing does not wait for the layout: it comes after a pause …
    QVERIFY(preview->isPending());
    QVERIFY(!printed("4321"));
    // … and then the pages show the new number and its total.
    QTRY_VERIFY(!preview->isPending());
    QVERIFY(printed("4321"));
    const int page = preview->pageView()->currentPage(); // table 三's tab brought its page into view
    QVERIFY(page > 0);
    QTest::keyClick(preview->pageView(), Qt::Key_PageDown);
    QCOMPARE(preview->pageView()->currentPage(), page + 1);
}

void tst_MainWindow::signOffMakesReadOnly()
{
    ReportDocument *doc = m_window->document();
    QVERIFY(doc->sign(QStringLiteral("王主任")));
    QVERIFY(m_window->statusLabel()->text().contains(QStringLiteral("已签发（王主任）")));
    for (const LayoutPage &page : m_window->preview()->reportLayout()->pages())
        QVERIFY(!page.watermark);
    ReportTableView *view = TestSupport::showTable(m_window.get(), "t3");
    QVERIFY(!(view->reportModel()->flags(view->reportModel()->indexOfKey("t3.new.natural")) & Qt::ItemIsEditable));
    TestSupport::clickCell(view, "t3.new.natural");
    QTest::keyClicks(view, "9");
    QVERIFY(!qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QVERIFY(m_window->proseEdit("part5")->isReadOnly());
    QVERIFY(m_window->detailsForm()->phoneEdit()->isReadOnly());
    QApplication::clipboard()->setText("5\n");
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(storedCell("t3.new.natural"), CellValue::integer(0));
    // Reopening needs a reason; then editing works again and the draft mark is back.
    QVERIFY(!doc->reopen(QStringLiteral("王主任"), QString()));
    QVERIFY(doc->reopen(QStringLiteral("王主任"), QStringLiteral("补充第六部分")));
    QVERIFY(!m_window->proseEdit("part5")->isReadOnly());
    QVERIFY(m_window->preview()->reportLayout()->page(0).watermark);
    TestSupport::clickCell(view, "t3.new.natural");
    QTest::keyClicks(view, "9");
    enter(QApplication::focusWidget());
    QCOMPARE(storedCell("t3.new.natural"), CellValue::integer(9));
}

void tst_MainWindow::exportPdfFromWindow()
{
    const QString path = m_dir.filePath("window.pdf");
    QString error;
    QVERIFY2(m_window->exports()->exportPdf(path, false, &error), qPrintable(error));
    QProcess info;
    info.start("pdfinfo", {path});
    QVERIFY(info.waitForFinished());
    const QString out = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(out.contains(QRegularExpression("Pages:\\s+7\\n")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("昌吉州科学技术局2021年度政府信息公开工作年度报告")));
}

void tst_MainWindow::printsAPageRange()
{
    // 打印 once its dialog is accepted, into a QPrinter in PDF mode: pages 2–3 of 7, as the preview lays them out.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_dir.filePath("printed.pdf"));
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    printer.setPrintRange(QPrinter::PageRange);
    printer.setFromTo(2, 3);
    QString error;
    QVERIFY2(m_window->exports()->printPages(printer, &error), qPrintable(error));
    auto run = [](const QString &tool, const QStringList &args) {
        QProcess p;
        p.start(tool, args);
        p.waitForFinished();
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    const QString info = run("pdfinfo", {printer.outputFileName()});
    QVERIFY2(info.contains(QRegularExpression("Pages:\\s+2\\n")), qPrintable(info));
    QVERIFY(info.contains(QRegularExpression("Page size:\\s+595")));
    // Page 2 of the export is page 1 of the print: the same text.
    QVERIFY(m_window->exports()->exportPdf(m_dir.filePath("whole.pdf"), false, &error));
    const QString printedFirst = run("pdftotext", {"-f", "1", "-l", "1", printer.outputFileName(), "-"}).simplified().remove(' ');
    const QString exportedSecond = run("pdftotext", {"-f", "2", "-l", "2", m_dir.filePath("whole.pdf"), "-"}).simplified().remove(' ');
    QVERIFY(printedFirst.size() > 100);
    QCOMPARE(printedFirst, exportedSecond);
    // A range past the end prints nothing and says why.
    printer.setFromTo(9, 9);
    QVERIFY(!m_window->exports()->printPages(printer, &error));
    QVERIFY2(error.contains(QStringLiteral("7 页")), qPrintable(error));
}

void tst_MainWindow::sealImagesAreChecked()
{
    auto write = [this](const QString &name, const QByteArray &data) {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(data);
        return f.fileName();
    };
    QString error;
    const QString garbage = write("seal.png", "not an image");
    QVERIFY(!ReportActions::readSealImage(garbage, &error));
    QVERIFY2(error.contains(garbage) && error.contains(QStringLiteral("不是可用的 PNG 图片")), qPrintable(error));
    QImage huge(7000, 8, QImage::Format_RGB32);
    huge.fill(Qt::white);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    huge.save(&buffer, "PNG");
    const QString big = write("huge.png", png);
    QVERIFY(!ReportActions::readSealImage(big, &error));
    QVERIFY2(error.contains(QStringLiteral("7000 × 8 像素")), qPrintable(error));
    const QString svg = write("seal.svg", "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><circle cx='5' cy='5' r='4' fill='red'/></svg>");
    const auto ok = ReportActions::readSealImage(svg, &error);
    QVERIFY(ok);
    QCOMPARE(ok->mimeType, QStringLiteral("image/svg+xml"));
    // Stored, it shows on the last page when the seal box is ticked.
    QVERIFY(m_store->setAttachment(m_agency, 2021, "seal", *ok));
    m_window->preview()->sealBox()->setChecked(true);
    QVERIFY(m_window->preview()->reportLayout()->pages().last().seal);
}

void tst_MainWindow::importPublishedText()
{
    QString text = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/changji-kejiju-2021.txt"));
    QString error;
    // The same report again: reviewed, then asked whether to replace it; kept (No), nothing changed.
    QString asked;
    TestSupport::whenModal<ImportReviewDialog>([&asked](ImportReviewDialog *review) {
        TestSupport::whenModal<QMessageBox>([&asked](QMessageBox *box) {
            asked = box->text();
            box->button(QMessageBox::No)->click();
        });
        review->accept();
    });
    const Report before = stored();
    QVERIFY(!m_window->imports()->importText(text, "clipboard", &error));
    QVERIFY2(asked.contains(QStringLiteral("已有")), qPrintable(asked));
    QVERIFY(error.isEmpty());
    QCOMPARE(stored(), before);
    // As if it were last year's: reviewed against the source, imported, opened, checked.
    text.replace(QStringLiteral("2021年"), QStringLiteral("2020年")); // its title and its words
    TestSupport::whenModal<ImportReviewDialog>([](ImportReviewDialog *review) { review->accept(); });
    QVERIFY2(m_window->imports()->importText(text, "clipboard", &error), qPrintable(error));
    QCOMPARE(m_window->document()->report().year, 2020);
    const Report expected = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    QCOMPARE(m_window->document()->report().cells, expected.cells);
    QCOMPARE(m_window->document()->findings().size(), 0);
    QApplication::setActiveWindow(m_window.get()); // back from the review (a window manager does this)
    m_window->reportList()->setFocus(); // new and delete are undone from the report list
    QCOMPARE(m_window->undoGroup()->undoText(), QStringLiteral("新建 昌吉州科学技术局 2020 年的报告"));
}

void tst_MainWindow::cleanupTestCase()
{
    TestSupport::verifyPdfsWithQpdf(m_dir.path());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"

void tst_MainWindow::changeFormsKeepsSharedCells()
{
    // The seed: table 二 in the 2019 form, table 三 in the 2021 form; a seal and a number to keep.
    QVERIFY(m_store->setCells(m_agency, 2021, {{"t3.granted.natural", CellValue::integer(5)}, {"t3.other_2.natural", CellValue::integer(2)}}));
    QVERIFY(m_store->setAttachment(m_agency, 2021, "seal", {"image/svg+xml", QByteArray("<svg xmlns='http://www.w3.org/2000/svg'/>")}));
    QVERIFY(m_window->openReport(m_agency, 2021));
    const Report before = stored();
    QStringList dropped;
    const Report preview = ReportSchema::withForms(m_registry, before, {"2021", "2019", "2021"}, &dropped);
    // Table 三 2021 → 2019 loses nothing (report-formats.md §8): （六）其他处理 is the sum of the 2021 form's three rows.
    QVERIFY2(dropped.filter(QStringLiteral("缴纳费用")).isEmpty() && dropped.filter(QStringLiteral("（一）予以公开")).isEmpty(), qPrintable(dropped.join('\n')));
    QVERIFY(preview.cells.contains("t3.other.natural") && !preview.cells.contains("t3.other_2.natural"));
    qint64 others = 0;
    for (const char *row : {"other_1", "other_2", "other_3"})
        others += before.cell(QStringLiteral("t3.%1.natural").arg(QLatin1String(row))).toInteger();
    QVERIFY(others >= 2);
    QCOMPARE(preview.cell("t3.other.natural"), CellValue::integer(others));
    QVERIFY(preview.cells.contains("t2.normative_docs.issued") && !preview.cells.contains("t2.normative_docs.made"));

    // The dialog names what would go before anything changes; cancelled, nothing does.
    QString told;
    QTimer::singleShot(0, [&told] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const QList<QComboBox *> boxes = dialog->findChildren<QComboBox *>();
        QCOMPARE(boxes.size(), 2); // tables 二 and 三; table 四 has one form
        boxes.at(1)->setCurrentIndex(boxes.at(1)->findData(QStringLiteral("2019")));
        for (QLabel *label : dialog->findChildren<QLabel *>())
            told += label->text();
        for (QPlainTextEdit *list : dialog->findChildren<QPlainTextEdit *>())
            told += list->toPlainText();
        dialog->reject();
    });
    m_window->reports()->changeFormsDialog();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY2(told.contains(QStringLiteral("（六）其他处理 = ")) && told.contains(QStringLiteral("缴纳费用")) && !told.contains(QStringLiteral("行政强制")), qPrintable(told));
    QCOMPARE(stored(), before);

    QString error;
    QVERIFY2(m_window->reports()->changeForms({"2021", "2019", "2021"}, &error), qPrintable(error));
    // Stored and shown in the new forms; the shared cells, the prose and the seal kept.
    const Report after = stored();
    QCOMPARE(after.formats.t2, QStringLiteral("2021"));
    QCOMPARE(after.formats.t3, QStringLiteral("2019"));
    QCOMPARE(after.cell("t3.granted.natural"), CellValue::integer(5));
    QVERIFY(after.cell("t2.normative_docs.issued").isBlank());
    QVERIFY(!after.cells.contains("t3.other_2.natural"));
    QCOMPARE(after.cell("t3.other.natural"), CellValue::integer(others));
    QCOMPARE(after.prose.part1, before.prose.part1);
    QVERIFY(m_store->attachment(m_agency, 2021, "seal"));
    QCOMPARE(m_window->document()->report().formats.t3, QStringLiteral("2019"));
    QVERIFY(m_window->tableView("t3")->reportModel()->indexOfKey("t3.other.natural").isValid());
    QVERIFY(!m_window->tableView("t3")->reportModel()->indexOfKey("t3.other_2.natural").isValid());

    // One undo step on the report list brings the old forms and numbers back.
    m_window->reportList()->setFocus();
    QCOMPARE(m_window->undoGroup()->undoText(), QStringLiteral("更改 昌吉州科学技术局 2021 年报告的表式"));
    m_window->undoGroup()->undo();
    QCOMPARE(stored(), before);
    QCOMPARE(m_window->document()->report().formats.t3, QStringLiteral("2021"));
    QVERIFY(m_window->tableView("t3")->reportModel()->indexOfKey("t3.other_2.natural").isValid());

    // A signed report keeps its forms.
    QVERIFY(m_window->document()->sign(QStringLiteral("张三")));
    QVERIFY(!m_window->reports()->changeForms({"2021", "2019", "2021"}, &error));
    QVERIFY2(error.contains(QStringLiteral("已签发")), qPrintable(error));
    QCOMPARE(stored().formats.t3, QStringLiteral("2021"));
}
