// 文件 ▸ 批量导入 in the window, on a real SQLite file: a folder of published reports and report JSON, a file that is
// no report, a path that is not there — each source's outcome listed (imported, with the cells to confirm as the
// single import marks them; or not and why), each imported report in the database and the window's list, opened by
// Enter on its row; a report already there left alone unless replacing was asked for.
#include "BatchImportDialog.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "ReportDocument.h"
#include "ReportImport.h"
#include "SqliteReportStore.h"
#include "TestSupport.h"
#include "UiLanguage.h"
#include "WindowHost.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

class tst_BatchImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void folderOfReports();

private:
    FormatRegistry m_registry;
    QTemporaryDir m_dir;
};

void tst_BatchImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QStringLiteral("disclosure-report"), QStringLiteral("disclosure-report")).clear();
    Preferences().setLanguageChoice(QStringLiteral("zh_CN"));
    UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
}

void tst_BatchImport::folderOfReports()
{
    // A county's downloads: two published texts, a report JSON, and a note that is no report.
    const QString folder = m_dir.filePath(QStringLiteral("downloads"));
    QVERIFY(QDir().mkpath(folder));
    const QString shared = TestSupport::sharedDir();
    QVERIFY(QFile::copy(shared + QStringLiteral("/fixtures/huaian-2024.txt"), folder + QStringLiteral("/huaian-2024.txt")));
    QVERIFY(QFile::copy(shared + QStringLiteral("/fixtures/changji-kejiju-2021.txt"), folder + QStringLiteral("/changji.txt")));
    QVERIFY(QFile::copy(shared + QStringLiteral("/fixtures/expected/hongze-2024.json"), folder + QStringLiteral("/hongze.json")));
    {
        QFile note(folder + QStringLiteral("/readme.txt"));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("下载于 2025 年 1 月，见各单位网站。\n");
    }
    const QString missing = m_dir.filePath(QStringLiteral("没有这个文件.pdf"));
    // What a single import makes of each text: the cells it marks.
    ReportImport single(m_registry, [] { return nullptr; });
    QString error;
    const auto huaian = single.readFile(folder + QStringLiteral("/huaian-2024.txt"), {}, &error);
    QVERIFY2(huaian, qPrintable(error));

    const QString db = m_dir.filePath(QStringLiteral("office.sqlite"));
    {
        // 洪泽 is there already, with a figure the JSON does not have: kept unless replacing is asked for.
        SqliteReportStore store(m_registry);
        QVERIFY(store.openSqlite(db));
        Report kept = TestSupport::expectedReport(m_registry, QStringLiteral("hongze-2024"));
        kept.cells[QStringLiteral("t3.new.natural")] = CellValue::integer(kept.cell(QStringLiteral("t3.new.natural")).toInteger() + 1);
        QVERIFY(store.save({kept}, false));
    }
    WindowHost workspace(m_registry);
    QVERIFY2(workspace.start(db, &error), qPrintable(error));
    MainWindow *w = workspace.window();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QAction *action = TestSupport::menuAction(w->menuBar(), QStringLiteral("批量导入"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    auto *dialog = w->findChild<BatchImportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    // Nothing listed: said, nothing run.
    TestSupport::whenModal<QMessageBox>([](QMessageBox *box) {
        QVERIFY(box->text().contains(QStringLiteral("请先列出")));
        box->accept();
    });
    dialog->startButton()->click();
    QVERIFY(!dialog->isRunning());
    QApplication::setActiveWindow(dialog);

    // Typed as a clerk would: the folder, then a path that is not there (pasted: QTest types Latin-1 only).
    dialog->sourcesEdit()->setFocus();
    QTest::keyClicks(dialog->sourcesEdit(), QDir::toNativeSeparators(folder));
    QTest::keyClick(dialog->sourcesEdit(), Qt::Key_Return);
    dialog->sourcesEdit()->insertPlainText(missing);
    QSignalSpy ended(dialog, &BatchImportDialog::finished);
    dialog->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), 60000);

    QTreeWidget *results = dialog->results();
    QCOMPARE(results->topLevelItemCount(), 5);
    QHash<QString, QTreeWidgetItem *> row;
    for (int i = 0; i < results->topLevelItemCount(); ++i)
        row.insert(QFileInfo(results->topLevelItem(i)->text(0)).fileName(), results->topLevelItem(i));
    QTreeWidgetItem *one = row.value(QStringLiteral("huaian-2024.txt"));
    QVERIFY(one);
    QCOMPARE(one->text(1), QStringLiteral("已导入"));
    QCOMPARE(one->text(2), huaian->report.agency);
    QCOMPARE(one->data(3, Qt::DisplayRole).toInt(), huaian->report.year);
    QCOMPARE(one->data(6, Qt::DisplayRole).toInt(), int(huaian->report.doubts.size())); // as many to confirm as one import marks
    QCOMPARE(row.value(QStringLiteral("changji.txt"))->text(1), QStringLiteral("已导入"));
    QTreeWidgetItem *hongze = row.value(QStringLiteral("hongze.json"));
    QCOMPARE(hongze->text(1), QStringLiteral("未导入"));
    QVERIFY2(hongze->text(7).contains(QStringLiteral("已有")), qPrintable(hongze->text(7)));
    QCOMPARE(row.value(QStringLiteral("readme.txt"))->text(1), QStringLiteral("未导入"));
    QVERIFY(!row.value(QStringLiteral("readme.txt"))->text(7).isEmpty());
    QTreeWidgetItem *gone = row.value(QFileInfo(missing).fileName());
    QCOMPARE(gone->text(1), QStringLiteral("未导入"));
    QVERIFY2(gone->text(7).contains(QStringLiteral("不存在")) || gone->text(7).contains(QStringLiteral("无法")), qPrintable(gone->text(7)));
    QVERIFY2(dialog->summary()->text().contains(QStringLiteral("导入 2 份")) && dialog->summary()->text().contains(QStringLiteral("未导入 3 份")),
             qPrintable(dialog->summary()->text()));

    // In the database and in the window's list; the one there before unchanged.
    SqliteReportStore check(m_registry);
    QVERIFY(check.openSqlite(db));
    Report stored;
    QVERIFY(check.load(huaian->report.agency, huaian->report.year, &stored));
    QCOMPARE(stored.doubts.size(), huaian->report.doubts.size());
    const Report json = TestSupport::expectedReport(m_registry, QStringLiteral("hongze-2024"));
    QVERIFY(check.load(json.agency, json.year, &stored));
    QCOMPARE(stored.cell(QStringLiteral("t3.new.natural")).toInteger(), json.cell(QStringLiteral("t3.new.natural")).toInteger() + 1);
    QTRY_VERIFY(!w->reportList()->model()->match(w->reportList()->model()->index(0, 0), Qt::DisplayRole, huaian->report.agency, 1, Qt::MatchExactly | Qt::MatchRecursive).isEmpty());

    // Enter on an imported row opens that report; on a refused one nothing.
    QSignalSpy asked(dialog, &BatchImportDialog::openRequested);
    results->setFocus();
    results->setCurrentItem(gone);
    QTest::keyClick(results, Qt::Key_Return);
    QCOMPARE(asked.size(), 0);
    results->setCurrentItem(one);
    QTest::keyClick(results, Qt::Key_Return);
    QCOMPARE(asked.size(), 1);
    QTRY_COMPARE(w->document()->report().agency, huaian->report.agency);

    // Again with replacing asked for: 洪泽 is replaced by the JSON's figures; the others were there now too.
    QApplication::setActiveWindow(dialog);
    dialog->replaceBox()->setChecked(true);
    dialog->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(ended.size() == 2, 60000);
    QVERIFY(check.load(json.agency, json.year, &stored));
    QCOMPARE(stored.cell(QStringLiteral("t3.new.natural")), json.cell(QStringLiteral("t3.new.natural")));
    QVERIFY2(dialog->summary()->text().contains(QStringLiteral("导入 3 份")), qPrintable(dialog->summary()->text()));
}

QTEST_MAIN(tst_BatchImport)
#include "tst_batchimport.moc"
