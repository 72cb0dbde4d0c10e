// An import checked against its source before saving, driven as a clerk drives it: the review dialog with its marked
// cells (click one, its source line shows; Enter confirms it; 导入 saves; 取消 writes nothing), the question asked
// when the agency is close to one in the database, marks confirmed in the main window (and undone), and an agency
// renamed or merged in one undo step.
#include "ImportReviewDialog.h"
#include "ExportActions.h"
#include "FindingsModel.h"
#include "HtmlExporter.h"
#include "ImportActions.h"
#include "MainWindow.h"
#include "ReportDocument.h"
#include "SqliteReportStore.h"
#include "ReportTableModel.h"
#include "ReportTableView.h"
#include "GuiTestSupport.h"
#include "ScanPageView.h"
#include "ScannedPdf.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoGroup>
#include <QTreeView>
#include <QUndoStack>

namespace {

QPushButton *button(QWidget *dialog, const QString &text)
{
    for (QPushButton *b : dialog->findChildren<QPushButton *>())
        if (b->text().remove('&') == text)
            return b;
    return nullptr;
}

} // namespace

class tst_ImportReview : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void confirmACellAndImport();
    void cancelWritesNothing();
    void closeAgencyIsAsked();
    void confirmInTheWindowIsUndoable();
    void renameAgencyIsOneUndoStep();
    void browserCopyReadAsTables();
    void markStaysOverError();
    void scanReviewedBesideItsPage();
    void cellNotFoundOutlinesNothing();

private:
    QByteArray digest() const;

    FormatRegistry m_registry;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SqliteReportStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ImportReview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_ImportReview::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
    m_store = std::make_unique<SqliteReportStore>(m_registry);
    QVERIFY(m_store->openSqlite(m_path));
    m_window = std::make_unique<MainWindow>(m_registry, *m_store);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_ImportReview::cleanup()
{
    m_window.reset();
    m_store.reset();
}

QByteArray tst_ImportReview::digest() const
{
    SqliteReportStore other(m_registry);
    if (!other.openSqlite(m_path))
        return {};
    QByteArray all;
    for (const ReportStore::Entry &e : other.list().value_or(QVector<ReportStore::Entry>())) {
        Report r;
        other.load(e.agency, e.year, &r);
        all += e.agency.toUtf8() + QByteArray::number(e.year) + QStringList(r.doubts.keys()).join(',').toUtf8();
        for (auto it = r.cells.cbegin(); it != r.cells.cend(); ++it)
            all += it.key().toUtf8() + it.value().toString().toUtf8();
    }
    return QCryptographicHash::hash(all, QCryptographicHash::Sha256);
}

// pingtan's 行政规范性文件693665 splits three ways: the review opens on those marked cells, shows the source line of
// the one selected, Enter confirms it, 导入 saves what was reviewed.
void tst_ImportReview::confirmACellAndImport()
{
    const QString text = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/pingtan-2021.txt"));
    const int sourceLine = int(text.left(text.indexOf(QStringLiteral("行政规范性文件693665"))).count('\n')) + 1;
    bool reviewed = false;
    TestSupport::whenModal<ImportReviewDialog>([&](ImportReviewDialog *review) {
        reviewed = true;
        QCOMPARE(review->tabs()->currentIndex(), 0); // opened on table 二, where the marks are
        ReportTableView *view = review->tableView(0);
        const QModelIndex inForce = view->reportModel()->indexOfKey("t2.normative_docs.in_force");
        QVERIFY(!inForce.data(ReportTableModel::DoubtRole).toString().isEmpty());
        QVERIFY(inForce.data(Qt::ToolTipRole).toString().contains(QStringLiteral("导入时未能确定")));
        TestSupport::clickCell(view, "t2.normative_docs.in_force");
        QCOMPARE(review->shownSourceLine(), sourceLine);
        QCOMPARE(review->sourceView()->textCursor().blockNumber(), sourceLine - 1);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return); // confirm: the mark goes, the dialog stays
        QVERIFY(review->isVisible());
        QVERIFY(!review->document()->isDoubtful("t2.normative_docs.in_force"));
        QVERIFY(inForce.data(ReportTableModel::DoubtRole).toString().isEmpty());
        QCOMPARE(review->document()->undoStack()->count(), 1);
        QPushButton *import = button(review, QStringLiteral("导入"));
        QVERIFY(import);
        QTest::mouseClick(import, Qt::LeftButton);
    });
    QString error;
    QVERIFY2(m_window->imports()->importText(text, QStringLiteral("clipboard"), &error), qPrintable(error));
    QVERIFY(reviewed);
    Report stored;
    QVERIFY(m_store->load(QStringLiteral("平潭综合实验区"), 2021, &stored));
    QCOMPARE(stored.doubts.keys(), QStringList({"t2.normative_docs.issued", "t2.normative_docs.repealed"}));
    const Report expected = TestSupport::expectedReport(m_registry, "pingtan-2021");
    QCOMPARE(stored.cell("t3.total.total"), expected.cell("t3.total.total"));
    // The window shows the report with its remaining marks.
    QCOMPARE(m_window->document()->report().doubts.size(), 2);
}

void tst_ImportReview::cancelWritesNothing()
{
    QVERIFY(m_store->save({TestSupport::expectedReport(m_registry, "huaian-2024")}, false));
    const QByteArray before = digest();
    QString text = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/changji-kejiju-2021.txt"));
    text.replace(QStringLiteral("4.保护第三方合法权益"), QStringLiteral("4.保护第三方合法全益")); // one marked row
    bool reviewed = false;
    TestSupport::whenModal<ImportReviewDialog>([&](ImportReviewDialog *review) {
        reviewed = true;
        QCOMPARE(review->document()->report().doubts.size(), 7);
        // Edits in the review are only the review's.
        review->document()->confirmCells(review->document()->report().doubts.keys());
        QTest::mouseClick(button(review, QStringLiteral("取消")), Qt::LeftButton);
    });
    QString error;
    QVERIFY(!m_window->imports()->importText(text, QStringLiteral("clipboard"), &error));
    QVERIFY(reviewed);
    QVERIFY2(error.isEmpty(), qPrintable(error)); // the clerk cancelled: no error
    QCOMPARE(digest(), before);
    QVERIFY(!m_store->contains(QStringLiteral("昌吉州科学技术局"), 2021));
}

// 洪泽区人民政府 one year, 淮安市洪泽区人民政府 the next: the clerk is asked, and yes files it under the known name with
// the title as printed; no keeps a second agency.
void tst_ImportReview::closeAgencyIsAsked()
{
    Report lastYear = TestSupport::expectedReport(m_registry, "hongze-2024");
    lastYear.year = 2023;
    QVERIFY(m_store->save({lastYear}, false));
    QString text = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/hongze-2024.txt"));
    const int title = text.indexOf(QStringLiteral("淮安市洪泽区人民政府"), text.indexOf('\n')); // after the # source: line
    QVERIFY(title >= 0);
    text.replace(title, 3, QString()); // the title without 淮安市
    for (const bool yes : {true, false}) {
        bool asked = false;
        TestSupport::whenModal<QMessageBox>([&](QMessageBox *box) {
            asked = true;
            QVERIFY(box->text().contains(QStringLiteral("淮安市洪泽区人民政府")));
            QTest::mouseClick(box->button(yes ? QMessageBox::Yes : QMessageBox::No), Qt::LeftButton);
            TestSupport::whenModal<ImportReviewDialog>([](ImportReviewDialog *review) { QTest::mouseClick(button(review, QStringLiteral("导入")), Qt::LeftButton); });
        });
        QString error;
        QVERIFY2(m_window->imports()->importText(text, QStringLiteral("clipboard"), &error), qPrintable(error));
        QVERIFY(asked);
        if (yes) {
            Report r;
            QVERIFY(m_store->load(QStringLiteral("淮安市洪泽区人民政府"), 2024, &r));
            QVERIFY(r.title && r.title->startsWith(QStringLiteral("洪泽区人民政府2024")));
            QVERIFY(m_store->remove(r.agency, 2024));
        } else {
            QVERIFY(m_store->contains(QStringLiteral("洪泽区人民政府"), 2024));
            QCOMPARE(m_store->agencies().size(), 2);
        }
    }
}

void tst_ImportReview::confirmInTheWindowIsUndoable()
{
    Report r = TestSupport::expectedReport(m_registry, "huaian-2024");
    r.doubts.insert("t3.new.natural", QStringLiteral("按顺序"));
    r.doubts.insert("t3.new.commercial", QStringLiteral("按顺序"));
    r.doubts.insert("t3.total.total", QStringLiteral("按顺序")); // a computed cell can be confirmed too
    QVERIFY(m_store->save({r}, false));
    QVERIFY(m_window->openReport(r.agency, r.year));
    QVERIFY2(m_window->statusLabel()->text().contains(QStringLiteral("3 个导入的单元格待确认")), qPrintable(m_window->statusLabel()->text()));
    // Each is listed in the findings panel (not only coloured), and activating it goes to its cell.
    auto *findings = qobject_cast<FindingsModel *>(m_window->findingsView()->model());
    QStringList listed;
    QModelIndex natural;
    for (int i = 0; i < findings->rowCount(); ++i) {
        const QModelIndex at = findings->index(i, 0);
        if (at.data(FindingsModel::RuleRole).toString() == QLatin1String("cell.unconfirmed")) {
            listed << at.data(FindingsModel::AnchorRole).toString();
            if (listed.constLast() == QLatin1String("t3.new.natural"))
                natural = at;
        }
    }
    QCOMPARE(listed, (QStringList{"t3.new.natural", "t3.new.commercial", "t3.total.total"}));
    QVERIFY(natural.isValid() && natural.data().toString().contains(QStringLiteral("按顺序")));
    m_window->findingsView()->setFocus();
    m_window->findingsView()->setCurrentIndex(natural);
    QTest::keyClick(m_window->findingsView(), Qt::Key_Return);
    QCOMPARE(m_window->tableView("t3")->currentIndex(), m_window->tableView("t3")->reportModel()->indexOfKey("t3.new.natural"));
    // 签发 with marks left: asked, 否 the default, and nothing signed on 否.
    bool asked = false;
    TestSupport::whenModal<QMessageBox>([&asked](QMessageBox *box) {
        asked = box->text().contains(QStringLiteral("3 个导入时未能确定"));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
        QTest::keyClick(box, Qt::Key_Return);
    });
    QAction *sign = TestSupport::menuAction(m_window->menuBar(), QStringLiteral("签发"));
    QVERIFY(sign);
    sign->trigger();
    QVERIFY(asked);
    QVERIFY(!m_window->document()->isSigned());
    QApplication::setActiveWindow(m_window.get()); // back from the question (a window manager does this)
    m_window->tabs()->setCurrentIndex(MainWindow::Table2Tab + 1);
    ReportTableView *view = m_window->tableView("t3");
    view->setFocus();
    TestSupport::clickCell(view, "t3.new.natural");
    QTest::keyClick(view, Qt::Key_Return);
    Report stored;
    QVERIFY(m_store->load(r.agency, r.year, &stored));
    QCOMPARE(stored.doubts.keys(), QStringList({"t3.new.commercial", "t3.total.total"}));
    QCOMPARE(stored.cell("t3.new.natural"), r.cell("t3.new.natural")); // confirming changes no value
    QCOMPARE(view->currentIndex(), view->reportModel()->indexOfKey("t3.new.commercial")); // and goes to the next marked cell
    QVERIFY(m_window->undoGroup()->undoText().contains(QStringLiteral("确认")));
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(m_store->load(r.agency, r.year, &stored));
    QCOMPARE(stored.doubts.size(), 3);
    // Typing into a marked cell confirms it with the new value.
    TestSupport::clickCell(view, "t3.new.commercial");
    QTest::keyClicks(view, "5"); // typing replaces: opens the editor with the keystroke
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QTest::keyClicks(editor, "4");
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    QVERIFY(m_store->load(r.agency, r.year, &stored));
    QCOMPARE(stored.cell("t3.new.commercial"), CellValue::integer(54));
    QVERIFY(!stored.doubts.contains("t3.new.commercial"));
    // 编辑 ▸ 全部确认导入的单元格.
    QAction *all = TestSupport::menuAction(m_window->menuBar(), QStringLiteral("全部确认"));
    QVERIFY(all);
    all->trigger();
    QVERIFY(m_store->load(r.agency, r.year, &stored));
    QVERIFY(stored.doubts.isEmpty());
}

void tst_ImportReview::renameAgencyIsOneUndoStep()
{
    Report a = TestSupport::expectedReport(m_registry, "hongze-2024");
    a.agency = QStringLiteral("洪泽区人民政府");
    a.year = 2023;
    const Report b = TestSupport::expectedReport(m_registry, "hongze-2024");
    QVERIFY(m_store->save({a, b}, false));
    QVERIFY(m_window->openReport(a.agency, 2023));
    TestSupport::whenModal<QInputDialog>([](QInputDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>();
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QStringLiteral("淮安市洪泽区人民政府"), Qt::NoModifier);
        QTest::keyClick(edit, Qt::Key_Return);
    });
    QAction *rename = TestSupport::menuAction(m_window->menuBar(), QStringLiteral("重命名或合并机关"));
    QVERIFY(rename);
    rename->trigger();
    QCOMPARE(m_store->agencies(), QStringList{b.agency});
    QVERIFY(m_store->contains(b.agency, 2023));
    QCOMPARE(m_window->document()->report().agency, b.agency); // the open report follows
    QApplication::setActiveWindow(m_window.get());
    m_window->reportList()->setFocus();
    QVERIFY(m_window->undoGroup()->undoText().contains(QStringLiteral("洪泽区人民政府")));
    m_window->undoGroup()->undo();
    QVERIFY(m_store->contains(a.agency, 2023) && !m_store->contains(b.agency, 2023) && m_store->contains(b.agency, 2024));
}

// A page copied in a browser: the clipboard holds its HTML beside a plain text in which the tables have lost their
// rows. 从剪贴板导入 reads the HTML; the review shows every cell as published, and 导入 saves them.
void tst_ImportReview::browserCopyReadAsTables()
{
    const Report published = TestSupport::expectedReport(m_registry, "huaian-2024");
    auto *copied = new QMimeData;
    copied->setHtml(QString::fromUtf8(HtmlExporter::write(published, m_registry)));
    copied->setText(QStringLiteral("淮安市人民政府2024年政府信息公开工作年度报告 一、总体情况 …")); // what the plain flavour keeps
    QApplication::clipboard()->setMimeData(copied); // the clipboard owns it
    QStringList wrong;
    TestSupport::whenModal<ImportReviewDialog>([&](ImportReviewDialog *review) {
        const Report read = review->report();
        for (auto it = published.cells.cbegin(); it != published.cells.cend(); ++it)
            if (read.cell(it.key()) != it.value() || read.doubts.contains(it.key()))
                wrong << it.key();
        QMetaObject::invokeMethod(review, "accept", Qt::QueuedConnection);
    });
    TestSupport::menuAction(m_window->menuBar(), QStringLiteral("从剪贴板导入"))->trigger();
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(' ')));
    SqliteReportStore check(m_registry);
    Report stored;
    QVERIFY(check.openSqlite(m_path) && check.load(published.agency, published.year, &stored));
    QCOMPARE(stored.cells, published.cells);
}

// A cell the import marked that also breaks a rule (the balance of table 三): its violet mark stays, the error shows in
// its text (red) — the clerk still sees it was never confirmed; a marked cell with no error keeps its own text colour.
void tst_ImportReview::markStaysOverError()
{
    Report r = TestSupport::expectedReport(m_registry, "huaian-2024");
    r.cells["t3.forward.natural"] = CellValue::integer(r.cell("t3.forward.natural").toInteger() + 5);
    r.doubts.insert("t3.forward.natural", QStringLiteral("数字连在一起"));
    r.doubts.insert("t3.new.commercial", QStringLiteral("数字连在一起"));
    QVERIFY(m_store->save({r}, false));
    QVERIFY(m_window->openReport(r.agency, r.year));
    ReportTableModel *model = m_window->tableView("t3")->reportModel();
    const QModelIndex wrong = model->indexOfKey("t3.forward.natural");
    bool error = false;
    for (const Finding &f : m_window->document()->findingsFor("t3.forward.natural"))
        error = error || f.severity == Severity::Error;
    QVERIFY(error);
    const QColor violet(0xdf, 0xd8, 0xfb);
    QCOMPARE(wrong.data(Qt::BackgroundRole).value<QBrush>().color(), violet);
    QCOMPARE(wrong.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb0, 0x00, 0x00));
    const QModelIndex fine = model->indexOfKey("t3.new.commercial"); // its column balances
    QCOMPARE(fine.data(Qt::BackgroundRole).value<QBrush>().color(), violet);
    QVERIFY(!fine.data(Qt::ForegroundRole).isValid());
}

// A scanned report (a PDF of page images) imported in the window: read on a thread of its own behind a progress box,
// then reviewed beside its page — the selected cell outlined on the page it was read from — its unconfirmed
// figures marked; 导入 saves them marked.
void tst_ImportReview::scanReviewedBesideItsPage()
{
    const Report printed = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    const QString scan = TestSupport::scannedPdf(m_registry, printed, m_dir.path(), 200, 0, 0, QStringLiteral("window-scan"));
    QVERIFY(!scan.isEmpty());
    bool reviewed = false;
    int marked = 0;
    QStringList unseen; // cells whose box the pane could not show
    TestSupport::whenModal<ImportReviewDialog>(
        [&](ImportReviewDialog *review) {
            reviewed = true;
            ScanPageView *page = review->scanView();
            QVERIFY(page);
            QVERIFY(page->isVisible()); // the page image is what is shown first
            marked = int(review->document()->report().doubts.size());
            review->tabs()->setCurrentIndex(1);
            ReportTableView *view = review->tableView(1);
            TestSupport::clickCell(view, "t3.new.natural");
            QVERIFY(review->shownSourceLine() > 0);
            // The figure's own cell outlined: on the page, a column wide, about one row high, and painted where it
            // is; the row's total in the cell to its right on the same row.
            const QRect natural = page->box();
            QVERIFY2(natural.width() > 30 && natural.width() < 400 && natural.height() > 20 && natural.height() < 200,
                     qPrintable(QStringLiteral("%1×%2").arg(natural.width()).arg(natural.height())));
            QVERIFY(page->rect().intersects(page->shownBox()));
            TestSupport::clickCell(view, "t3.new.total");
            const QRect total = page->box();
            QVERIFY2(total.left() >= natural.right() - 2 && std::abs(total.center().y() - natural.center().y()) < 10,
                     qPrintable(QStringLiteral("%1,%2 after %3,%4").arg(total.left()).arg(total.top()).arg(natural.right()).arg(natural.top())));
            // The whole page can be scrolled to (its height follows its width), and a figure low on it is scrolled into
            // the pane's view — in a window wide enough that the page is taller than its pane.
            review->resize(1500, 700);
            QTest::qWait(50);
            QVERIFY(page->heightForWidth(page->width()) > page->parentWidget()->height());
            for (const char *low : {"t3.total.total", "t3.forward.natural", "t3.new.natural"}) {
                TestSupport::clickCell(view, low);
                if (page->box().isEmpty())
                    continue; // not read from a cell of the page: nothing to show
                const QWidget *pane = page->parentWidget(); // the scroll area's viewport
                const QPoint centre = page->mapTo(pane, page->shownBox().center());
                if (page->height() < page->heightForWidth(page->width()) - 2 || !pane->rect().contains(centre))
                    unseen << QStringLiteral("%1: the page %2×%3 (%4 high at its width), the box's centre at %5,%6 in the pane's %7×%8")
                                  .arg(QLatin1String(low)).arg(page->width()).arg(page->height()).arg(page->heightForWidth(page->width()))
                                  .arg(centre.x()).arg(centre.y()).arg(pane->width()).arg(pane->height());
            }
            QTest::mouseClick(button(review, QStringLiteral("导入")), Qt::LeftButton);
        },
        4800); // OCR of seven pages: up to 4 minutes on a busy machine
    m_window->imports()->importTextFromFile(scan);
    QVERIFY(reviewed);
    QVERIFY2(unseen.isEmpty(), qPrintable(unseen.join(QLatin1Char('\n'))));
    Report stored;
    QVERIFY(m_store->load(printed.agency, printed.year, &stored));
    QCOMPARE(int(stored.doubts.size()), marked);
    QVERIFY(marked > 0);
    QVERIFY(std::any_of(stored.doubts.cbegin(), stored.doubts.cend(), [](const QString &why) { return why.contains(QStringLiteral("扫描件")); }));
}

// A figure whose row the source does not have: the page stays, nothing outlined — not the cell selected before it.
void tst_ImportReview::cellNotFoundOutlinesNothing()
{
    QString text = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/changji-kejiju-2021.txt"));
    QStringList lines = text.split(QLatin1Char('\n'));
    const int dropped = int(std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) { return l.startsWith(QStringLiteral("5.属于三类内部事务信息")); })
                            - lines.cbegin());
    QVERIFY(dropped < lines.size());
    lines.removeAt(dropped);
    text = lines.join(QLatin1Char('\n'));
    QString error;
    const auto result = TextImporter::read(text, m_registry, {}, &error);
    QVERIFY2(result, qPrintable(error));
    QVERIFY(!result->sourceLines.contains(QStringLiteral("t3.denied_5.natural")));
    // Its "pages": two, each line of the text a band on the first.
    SourcePages pages;
    for (int i = 0; i < 2; ++i) {
        QImage page(800, 1200, QImage::Format_Grayscale8);
        page.fill(255);
        pages.pages.append(page);
    }
    for (int i = 0; i < lines.size(); ++i) {
        pages.lines.append({0, QRect(40, 10 + (i % 100) * 11, 700, 10)});
        pages.cells.append(QVector<QRect>());
    }
    ImportReviewDialog review(m_registry, text, *result, std::nullopt, m_window.get(), pages);
    review.show();
    QVERIFY(QTest::qWaitForWindowExposed(&review));
    review.tabs()->setCurrentIndex(1);
    ReportTableView *view = review.tableView(1);
    TestSupport::clickCell(view, "t3.denied_4.natural");
    QVERIFY(review.shownSourceLine() > 0);
    QVERIFY(!review.scanView()->box().isEmpty());
    TestSupport::clickCell(view, "t3.denied_5.natural");
    QCOMPARE(review.shownSourceLine(), 0);
    QVERIFY2(review.scanView()->box().isEmpty(), "the cell before's box still outlined");
}

QTEST_MAIN(tst_ImportReview)
#include "tst_importreview.moc"
