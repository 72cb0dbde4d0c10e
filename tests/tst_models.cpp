// Every model under QAbstractItemModelTester, through edits that change data and reset the findings.
#include "FindingsModel.h"
#include "ReportDocument.h"
#include "ReportListModel.h"
#include "SqliteReportStore.h"
#include "ReportTableModel.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_Models : public QObject
{
    Q_OBJECT
private slots:
    void tableModels_data();
    void tableModels();
    void findingsModel();
    void reportListModel();
    void reportListModelReadsAsShown();
    void documentWritesThrough();

private:
    FormatRegistry m_registry;
    QTemporaryDir m_dir;
};

void tst_Models::tableModels_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("values");
    QTest::newRow("seed t2 2019 without （九）") << "changji-kejiju-2021" << "t2" << 15 << 20;
    QTest::newRow("shanghai t2 2019 with （九）") << "shanghai-szfbgt-2019" << "t2" << 18 << 22;
    QTest::newRow("huaian t2 2021") << "huaian-2024" << "t2" << 14 << 10;
    QTest::newRow("seed t3 2021") << "changji-kejiju-2021" << "t3" << 25 << 175;
    QTest::newRow("hongze t3 2019") << "hongze-2024" << "t3" << 23 << 161;
    QTest::newRow("t4") << "huaian-2024" << "t4" << 1 << 15;
}

void tst_Models::tableModels()
{
    QFETCH(QString, fixture);
    QFETCH(QString, table);
    QFETCH(int, rows);
    QFETCH(int, values);
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(m_dir.filePath(fixture + table + ".sqlite")));
    const Report r = TestSupport::expectedReport(m_registry, fixture);
    QVERIFY(store.save({r}, true));
    ReportDocument document(m_registry, store, r);
    ReportTableModel model(&document, table);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), rows);
    int found = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        for (int c = 0; c < model.columnCount(); ++c)
            if (model.isValueCell(model.index(row, c))) {
                ++found;
                const QString key = model.keyAt(model.index(row, c));
                QCOMPARE(model.indexOfKey(key), model.index(row, c));
                QCOMPARE(model.index(row, c).data(Qt::EditRole).toString(), r.cell(key).toString());
            }
    QCOMPARE(found, values);
    // An edit through the model: a command on the document's stack, dataChanged for the cell and its totals.
    QModelIndex editable;
    for (int row = 0; row < model.rowCount() && !editable.isValid(); ++row)
        for (int c = 0; c < model.columnCount() && !editable.isValid(); ++c)
            if ((model.flags(model.index(row, c)) & Qt::ItemIsEditable) && !model.keyAt(model.index(row, c)).contains("amount"))
                editable = model.index(row, c);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(editable, "12"));
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(editable.data().toString(), QStringLiteral("12"));
    QVERIFY(!model.setData(editable, "x"));
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(editable.data(Qt::EditRole).toString(), r.cell(model.keyAt(editable)).toString());
}

void tst_Models::findingsModel()
{
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(m_dir.filePath("findings.sqlite")));
    const Report r = TestSupport::expectedReport(m_registry, "shanghai-szfbgt-2019");
    QVERIFY(store.save({r}, true));
    ReportDocument document(m_registry, store, r);
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(&document);
    // The blank cells summarised per table; their count is the children's.
    auto blanks = [&model] {
        int n = 0;
        for (int i = 0; i < model.rowCount(); ++i)
            n += model.rowCount(model.index(i, 0));
        return n;
    };
    const int before = blanks();
    QVERIFY(before > 100);
    QVERIFY(model.rowCount() < before / 2); // the blank cells are children, not rows
    document.editCells({{"t3.new.research", CellValue::integer(0)}}, "fill");
    QCOMPARE(blanks(), before - 1);
    // A broken rule: an error, listed first.
    document.editCells({{"t4.review.upheld", CellValue::integer(-3)}}, "break"); // a negative count
    QCOMPARE(model.index(0, 0).data(FindingsModel::SeverityRole).toInt(), int(Severity::Error));
    QVERIFY(model.finding(model.index(0, 0)));
    model.setDocument(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void tst_Models::reportListModel()
{
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(m_dir.filePath("list.sqlite")));
    ReportListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    QVERIFY(model.refresh(store, &error));
    QCOMPARE(model.rowCount(), 0);
    Report a = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    Report b = a;
    b.year = 2022;
    QVERIFY(store.save({a, b, TestSupport::expectedReport(m_registry, "huaian-2024")}, false));
    QVERIFY(model.refresh(store, &error));
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex i = model.indexOf(a.agency, 2022);
    QVERIFY(i.isValid());
    QCOMPARE(i.data(ReportListModel::YearRole).toInt(), 2022);
    QCOMPARE(i.parent().data().toString(), a.agency);
    QVERIFY(model.isSmall()); // a desktop's few: every year read at once, so the window shows them expanded
    QCOMPARE(model.rowCount(model.index(0, 0)), int(model.reportsOf(model.index(0, 0)).size()));
}

// A province's list is read as the view asks: a page of agencies, more as it scrolls, an agency's years when it is
// expanded — never every report at once.
void tst_Models::reportListModelReadsAsShown()
{
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(m_dir.filePath("province-list.sqlite")));
    QVector<Report> reports;
    const int agencies = 2 * ReportListModel::pageSize + 100;
    for (int i = 0; i < agencies; ++i)
        for (int year : {2023, 2024}) {
            Report r;
            r.agency = QStringLiteral("部门%1").arg(i, 5, 10, QLatin1Char('0'));
            r.year = year;
            reports.append(r);
        }
    QVERIFY2(store.save(reports, false), qPrintable(store.lastError()));
    // (No QAbstractItemModelTester here: it reads every agency's years to check them, which is what this model avoids;
    // reportListModel() runs it on a small list.)
    ReportListModel model;
    QString error;
    const qint64 before = store.statements();
    QVERIFY(model.refresh(store, &error));
    QCOMPARE(store.statements() - before, 1); // one page of agencies, no year
    QCOMPARE(model.rowCount(), ReportListModel::pageSize);
    QVERIFY(!model.isSmall());
    const QModelIndex first = model.index(0, 0);
    QVERIFY(model.hasChildren(first));
    QCOMPARE(model.rowCount(first), 0);
    QVERIFY(model.canFetchMore(first));
    model.fetchMore(first); // expanded
    QCOMPARE(model.rowCount(first), 2);
    QCOMPARE(model.index(1, 0, first).data(ReportListModel::YearRole).toInt(), 2024);
    QVERIFY(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex()); // scrolled to the end
    QCOMPARE(model.rowCount(), 2 * ReportListModel::pageSize);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), agencies);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QCOMPARE(model.index(agencies - 1, 0).data().toString(), QStringLiteral("部门%1").arg(agencies - 1, 5, 10, QLatin1Char('0')));

    // Read again: as many pages as were shown, the expanded agency's years with them; a report far down is found by
    // reading on to it.
    QVERIFY(model.refresh(store, &error));
    QCOMPARE(model.rowCount(), agencies);
    QCOMPARE(model.rowCount(model.index(0, 0)), 2);
    ReportListModel fresh;
    QVERIFY(fresh.refresh(store, &error));
    const QString last = QStringLiteral("部门%1").arg(agencies - 1, 5, 10, QLatin1Char('0'));
    const QModelIndex found = fresh.indexOf(last, 2023);
    QVERIFY(found.isValid());
    QCOMPARE(found.data(ReportListModel::AgencyRole).toString(), last);
    QCOMPARE(found.data(ReportListModel::YearRole).toInt(), 2023);
    QVERIFY(!fresh.indexOf(last, 2019).isValid());
    QVERIFY(!fresh.indexOf(QStringLiteral("没有的机关"), 2023).isValid());
    QCOMPARE(fresh.reportsOf(fresh.index(3, 0)).size(), 2);
}

void tst_Models::documentWritesThrough()
{
    const QString path = m_dir.filePath("through.sqlite");
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(path));
    const Report r = TestSupport::expectedReport(m_registry, "huaian-2024");
    QVERIFY(store.save({r}, true));
    ReportDocument document(m_registry, store, r);
    document.editCells({{"t3.granted.legal", CellValue::integer(100)}}, "edit");
    document.editProse("part6", QStringLiteral("无。"));
    SqliteReportStore other(m_registry);
    QVERIFY(other.openSqlite(path));
    Report loaded;
    QVERIFY(other.load(r.agency, r.year, &loaded));
    QCOMPARE(loaded.cell("t3.granted.legal"), CellValue::integer(100));
    QCOMPARE(loaded.cell("t3.granted.total"), CellValue::integer(r.cell("t3.granted.total").toInteger() - r.cell("t3.granted.legal").toInteger() + 100));
    QCOMPARE(*loaded.prose.part6, QStringLiteral("无。"));
    // A database that refuses: nothing changes, the command does not stay on the stack.
    QSignalSpy failed(&document, &ReportDocument::storeFailed);
    QVERIFY(other.remove(r.agency, r.year));
    const int before = document.undoStack()->count();
    document.editCells({{"t3.granted.legal", CellValue::integer(5)}}, "edit");
    QCOMPARE(failed.size(), 1);
    QCOMPARE(document.report().cell("t3.granted.legal"), CellValue::integer(100));
    QCOMPARE(document.undoStack()->count(), before);
}

QTEST_MAIN(tst_Models)
#include "tst_models.moc"
