// The services both front ends call, linked alone (no window, no command line): the open report's edits as undo
// steps that write the store, the review through ReviewSteps, backups, the office's administration on a file, the
// one check, and an export ending with the chart.
#include "Backups.h"
#include "FigureHistory.h"
#include "OfficeAdmin.h"
#include "ReportBatch.h"
#include "ReportDocument.h"
#include "ReportExport.h"
#include "ReviewSteps.h"
#include "SqliteReportStore.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_Services : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void editsAreUndoStepsThatWrite();
    void refusedEditChangesNothing();
    void reviewStepsFromTheDocument();
    void backupAndRestore();
    void officeAdminOnAFile();
    void oneCheck();
    void htmlEndsWithTheChart();

private:
    QString freshDb() { return m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_count)); }

    FormatRegistry m_registry;
    QTemporaryDir m_dir;
    Report m_base;
    int m_count = 0;
};

void tst_Services::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    m_base = TestSupport::expectedReport(m_registry, QStringLiteral("huaian-2024"));
}

void tst_Services::editsAreUndoStepsThatWrite()
{
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(freshDb()));
    QVERIFY(store.save({m_base}, false));
    ReportDocument document(m_registry, store, m_base);
    const CellValue before = m_base.cell(QStringLiteral("t3.new.natural"));
    document.editCells({{QStringLiteral("t3.new.natural"), CellValue::integer(before.toInteger() + 5)}}, QStringLiteral("test"));
    QCOMPARE(document.undoStack()->count(), 1);
    Report stored;
    QVERIFY(store.load(m_base.agency, m_base.year, &stored));
    QCOMPARE(stored.cell(QStringLiteral("t3.new.natural")), CellValue::integer(before.toInteger() + 5));
    // The row's total follows in the store and in the document alike.
    QCOMPARE(stored.cell(QStringLiteral("t3.new.total")), document.report().cell(QStringLiteral("t3.new.total")));
    QCOMPARE(stored.cell(QStringLiteral("t3.new.total")).toInteger(), m_base.cell(QStringLiteral("t3.new.total")).toInteger() + 5);
    document.undoStack()->undo();
    QVERIFY(store.load(m_base.agency, m_base.year, &stored));
    QCOMPARE(stored.cell(QStringLiteral("t3.new.natural")), before);
    document.editProse(QStringLiteral("part6"), QStringLiteral("无。"));
    QVERIFY(store.load(m_base.agency, m_base.year, &stored));
    QCOMPARE(stored.prose.get(QStringLiteral("part6")), std::optional<QString>(QStringLiteral("无。")));
}

void tst_Services::refusedEditChangesNothing()
{
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(freshDb()));
    QVERIFY(store.save({m_base}, false));
    ReportDocument document(m_registry, store, m_base);
    QVERIFY(document.review(QStringLiteral("submit")));
    QVERIFY(document.isReadOnly());
    QSignalSpy failed(&document, &ReportDocument::storeFailed);
    document.editCells({{QStringLiteral("t3.new.natural"), CellValue::integer(777)}}, QStringLiteral("test"));
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("待审核")), qPrintable(failed.first().first().toString()));
    QCOMPARE(document.report().cell(QStringLiteral("t3.new.natural")), m_base.cell(QStringLiteral("t3.new.natural")));
    QCOMPARE(document.undoStack()->count(), 0); // a refused edit is not an undo step
}

void tst_Services::reviewStepsFromTheDocument()
{
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(freshDb()));
    QVERIFY(store.save({m_base}, false));
    ReportDocument document(m_registry, store, m_base);
    QVERIFY(document.review(QStringLiteral("submit")));
    QVERIFY(document.review(QStringLiteral("approve")));
    QVERIFY(document.sign(QStringLiteral("局长")));
    QVERIFY(document.isSigned());
    QString error;
    QVERIFY(!ReviewSteps::take(store, m_base.agency, m_base.year, QStringLiteral("approve"), QString(), QString(), &error));
    QVERIFY2(error.contains(QStringLiteral("已签发")), qPrintable(error));
    QVERIFY(!ReviewSteps::take(store, m_base.agency, m_base.year, QStringLiteral("frobnicate"), QString(), QString(), &error));
    QVERIFY(document.reopen(QString(), QStringLiteral("数字有误")));
    QStringList steps;
    for (const auto &e : document.signOffHistory())
        steps << e.action + QLatin1Char('/') + e.role;
    QCOMPARE(steps, QStringList({QStringLiteral("submit/") + store.user(), QStringLiteral("approve/") + store.user(), QStringLiteral("sign/") + store.user(),
                                 QStringLiteral("reopen/") + store.user()}));
}

void tst_Services::backupAndRestore()
{
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(freshDb()));
    QVERIFY(store.save({m_base}, false));
    QString error;
    const QString copy = Backups::backup(store, QString(), &error);
    QVERIFY2(!copy.isEmpty() && QFile::exists(copy), qPrintable(error));
    QVERIFY(copy.startsWith(store.backupFolder()));
    QVERIFY(store.remove(m_base.agency, m_base.year));
    QString kept;
    QVERIFY2(Backups::restore(store, copy, &kept, &error), qPrintable(error));
    QVERIFY(store.contains(m_base.agency, m_base.year));
    QVERIFY(QFile::exists(kept));
    QVERIFY(!Backups::restore(store, m_dir.filePath(QStringLiteral("none.sqlite")), &kept, &error));
    QVERIFY(!error.isEmpty());
}

void tst_Services::officeAdminOnAFile()
{
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(freshDb()));
    const QString csv = m_dir.filePath(QStringLiteral("tree.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("某县,\n县科技局,某县\n");
    f.close();
    QString error;
    QCOMPARE(OfficeAdmin::importTree(store, csv, &error), 2);
    QVERIFY(OfficeAdmin::setParent(store, QStringLiteral("县教育局"), QStringLiteral("某县"), &error));
    QCOMPARE(store.agencyTree().size(), 3);
    // A file has no accounts: refused, saying where they are.
    QVERIFY(!OfficeAdmin::addAccount(store, QStringLiteral("clerk"), QStringLiteral("zhangsan"), QStringLiteral("password-1"), {QStringLiteral("县科技局")}, &error));
    QVERIFY2(error.contains(QStringLiteral("服务器")), qPrintable(error));
    QCOMPARE(OfficeAdmin::importTree(store, m_dir.filePath(QStringLiteral("none.csv")), &error), -1);
}

// The window's findings and the command line's are the same call.
void tst_Services::oneCheck()
{
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(freshDb()));
    Report r = m_base;
    r.prose.set(QStringLiteral("part1"), QStringLiteral("本年度共收到政府信息公开申请12345件。"));
    QVERIFY(store.save({r}, false));
    const ReportDocument document(m_registry, store, r);
    const QVector<Finding> batch = ReportBatch::findings(ReportCheck(m_registry), m_registry, &store, r, true);
    QCOMPARE(batch.size(), document.findings().size());
    for (int i = 0; i < batch.size(); ++i)
        QCOMPARE(batch[i].rule + batch[i].anchor(), document.findings()[i].rule + document.findings()[i].anchor());
    QVERIFY(std::any_of(batch.cbegin(), batch.cend(), [](const Finding &f) { return f.rule == QLatin1String("prose.figure"); }));
}

void tst_Services::htmlEndsWithTheChart()
{
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(freshDb()));
    Report earlier = m_base;
    earlier.year = 2023;
    earlier.cells.insert(QStringLiteral("t3.new.natural"), CellValue::integer(m_base.cell(QStringLiteral("t3.new.natural")).toInteger() + 3430
                                                                              - m_base.cell(QStringLiteral("t3.new.total")).toInteger()));
    earlier.cells.insert(QStringLiteral("t3.new.total"), CellValue::integer(3430));
    QVERIFY(store.save({earlier, m_base}, false));
    ReportExport::Options options;
    const QString path = m_dir.filePath(QStringLiteral("report.html"));
    QString error;
    QVERIFY(ReportExport::write(m_base, m_registry, path, options, &error));
    QVERIFY(!TestSupport::readFile(path).contains("<svg"));
    options.chart = FigureHistory::load(store, m_registry, m_base.agency, m_base.year, &m_base);
    QVERIFY2(ReportExport::write(m_base, m_registry, path, options, &error), qPrintable(error));
    const QByteArray html = TestSupport::readFile(path);
    const int article = int(html.indexOf("</article>")), svg = int(html.indexOf("<svg"));
    QVERIFY(article > 0 && svg > article); // after the report, not inside the official text
    QVERIFY(!html.contains("<?xml"));
    QVERIFY(html.contains(">3430<") || html.contains(">3430\n"));
    // One year only: no chart.
    options.chart = FigureHistory::of({m_base}, m_registry);
    QVERIFY(ReportExport::write(m_base, m_registry, path, options, &error));
    QVERIFY(!TestSupport::readFile(path).contains("<svg"));
}


QTEST_MAIN(tst_Services)
#include "tst_services.moc"
