// 汇总 ▸ 一览: a region's year at a glance on a real SQLite file — the steps counted, each agency's figures among its
// peers (quartiles computed independently here), the figures that moved most against last year, written as CSV and
// as a PDF read back with poppler; in the window, sorted by a click on a column's header and opened by a double-click.
#include "CommandLineRun.h"
#include "DashboardView.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "OfficeDashboard.h"
#include "Preferences.h"
#include "ReportDocument.h"
#include "ReportSchema.h"
#include "RollUp.h"
#include "RollUpDialog.h"
#include "SqliteReportStore.h"
#include "TestSupport.h"
#include "Totals.h"
#include "UiLanguage.h"
#include "WindowHost.h"

#include <QHeaderView>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

namespace {

QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class tst_Dashboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void figuresAmongPeers();
    void exportedAsCsvAndPdf();
    void windowSortsAndOpens();

private:
    Report report(const QString &agency, int year, qint64 requests, qint64 upheld, qint64 corrected) const;

    FormatRegistry m_registry;
    QTemporaryDir m_dir;
    QString m_db;
    Report m_base;
    // The four departments' 申请数 (t3 本年新收 总计), as their reports hold them.
    QHash<QString, qint64> m_requests;
};

Report tst_Dashboard::report(const QString &agency, int year, qint64 requests, qint64 upheld, qint64 corrected) const
{
    Report r = m_base;
    r.agency = agency;
    r.year = year;
    r.title.reset();
    // As many more granted as received: 本年新收 + 上年结转 = 办结 + 结转下年度 still holds.
    const qint64 more = requests - m_base.cell(QStringLiteral("t3.new.natural")).toInteger();
    r.cells.insert(QStringLiteral("t3.new.natural"), CellValue::integer(requests));
    r.cells.insert(QStringLiteral("t3.granted.natural"), CellValue::integer(m_base.cell(QStringLiteral("t3.granted.natural")).toInteger() + more));
    r.cells.insert(QStringLiteral("t4.review.upheld"), CellValue::integer(upheld));
    r.cells.insert(QStringLiteral("t4.review.corrected"), CellValue::integer(corrected));
    Totals::computeAll(r, ReportSchema::forReport(m_registry, r));
    return r;
}

void tst_Dashboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_base = TestSupport::specExample(m_registry);
    m_db = m_dir.filePath(QStringLiteral("office.sqlite"));
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(m_db));
    // 某市 → 甲县 → 局一…局四 (2024; 局一 also 2023, with 行政复议 维持 1 against this year's 300), 局五 (no report).
    QVector<Report> reports{report(QStringLiteral("局一"), 2024, 40, 300, 2), report(QStringLiteral("局二"), 2024, 10, 4, 0),
                            report(QStringLiteral("局三"), 2024, 25, 2, 2), report(QStringLiteral("局四"), 2024, 3, 0, 0),
                            report(QStringLiteral("局一"), 2023, 38, 1, 1)};
    QVERIFY2(store.save(reports, false), qPrintable(store.lastError()));
    for (const Report &r : reports)
        if (r.year == 2024)
            m_requests.insert(r.agency, r.cell(QStringLiteral("t3.new.total")).toInteger());
    QVERIFY(store.setAgencyParents({{QStringLiteral("甲县"), QStringLiteral("某市")},
                                    {QStringLiteral("局一"), QStringLiteral("甲县")},
                                    {QStringLiteral("局二"), QStringLiteral("甲县")},
                                    {QStringLiteral("局三"), QStringLiteral("甲县")},
                                    {QStringLiteral("局四"), QStringLiteral("甲县")},
                                    {QStringLiteral("局五"), QStringLiteral("甲县")}}));
    // 局二 submitted, 局三 submitted and returned, 局四 approved: one at each step.
    QVERIFY(store.review(QStringLiteral("局二"), 2024, QStringLiteral("submit"), QString()));
    QVERIFY(store.review(QStringLiteral("局三"), 2024, QStringLiteral("submit"), QString()));
    QVERIFY(store.review(QStringLiteral("局三"), 2024, QStringLiteral("return"), QString(), QStringLiteral("补充说明")));
    QVERIFY(store.review(QStringLiteral("局四"), 2024, QStringLiteral("submit"), QString()));
    QVERIFY2(store.review(QStringLiteral("局四"), 2024, QStringLiteral("approve"), QString()), qPrintable(store.lastError()));
}

void tst_Dashboard::figuresAmongPeers()
{
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(m_db));
    QString error;
    const auto result = RollUp::compute(store, m_registry, QStringLiteral("某市"), 2024, &error);
    QVERIFY2(result, qPrintable(error));
    const OfficeDashboard d = OfficeDashboard::from(*result, 2024);

    QVector<QPair<QString, int>> expected{{"未开始", 1}, {"草稿", 1}, {"待审核", 1}, {"退回", 1}, {"审核通过", 1}, {"已签发", 0}};
    QCOMPARE(d.states, expected);
    QStringList agencies;
    for (const OfficeDashboard::Row &r : d.rows)
        agencies << r.agency;
    QStringList byName{"局一", "局二", "局三", "局四", "局五"};
    byName.sort();
    QCOMPARE(agencies, byName); // as the tree reads; 甲县 has agencies below: not expected to report

    // 申请数 among the four peers at level 2: quartiles by linear interpolation, as a spreadsheet's PERCENTILE.
    QVector<double> v;
    for (qint64 n : qAsConst(m_requests))
        v.append(double(n));
    std::sort(v.begin(), v.end());
    const OfficeDashboard::Quartiles q = d.peers(2, OfficeDashboard::Requests);
    QCOMPARE(q.count, 4);
    QCOMPARE(q.p50, (v[1] + v[2]) / 2);
    QCOMPARE(q.p25, v[0] + 0.75 * (v[1] - v[0]));
    QCOMPARE(q.p75, v[2] + 0.25 * (v[3] - v[2]));
    const auto row = [&d](const QString &agency) { return *std::find_if(d.rows.cbegin(), d.rows.cend(), [&](const OfficeDashboard::Row &r) { return r.agency == agency; }); };
    const OfficeDashboard::Row first = row(QStringLiteral("局一")), fourth = row(QStringLiteral("局四")), none = row(QStringLiteral("局五"));
    QCOMPARE(*first.measures[OfficeDashboard::Requests], double(m_requests.value(QStringLiteral("局一"))));
    QCOMPARE(d.position(first, OfficeDashboard::Requests), QStringLiteral("P75以上")); // the largest of four
    QCOMPARE(d.position(fourth, OfficeDashboard::Requests), QStringLiteral("P25以下")); // the smallest
    QVERIFY(!none.measures[OfficeDashboard::Requests]);
    QVERIFY(d.position(none, OfficeDashboard::Requests).isEmpty());
    QCOMPARE(first.errors, 0);
    // 行政复议纠错率: 纠正 of the group's 总计; none where there was no review.
    const Report mine = report(QStringLiteral("局一"), 2024, 40, 300, 2);
    QCOMPARE(*first.measures[OfficeDashboard::CorrectionRate],
             double(2) / double(mine.cell(QStringLiteral("t4.review.total")).toInteger()));
    QVERIFY(!fourth.measures[OfficeDashboard::CorrectionRate] || mine.cell(QStringLiteral("t4.review.total")).toInteger() > 0);
    // 办结率: 办结 of 新收 + 上年结转, as the report holds them.
    const double concluded = double(mine.cell(QStringLiteral("t3.total.total")).toInteger())
                           / double(mine.cell(QStringLiteral("t3.new.total")).toInteger() + mine.cell(QStringLiteral("t3.carry.total")).toInteger());
    QCOMPARE(*first.measures[OfficeDashboard::ConcludedRate], concluded);

    // 局一's 维持 went from 1 to 300: the move the region's office sees first; nobody else has a last year.
    QVERIFY(!d.moves.isEmpty());
    QCOMPARE(d.moves.first().agency, QStringLiteral("局一"));
    QCOMPARE(d.moves.first().key, QStringLiteral("t4.review.upheld"));
    QCOMPARE(d.moves.first().before, qint64(1));
    QCOMPARE(d.moves.first().now, qint64(300));
    for (const OfficeDashboard::Move &m : d.moves)
        QCOMPARE(m.agency, QStringLiteral("局一"));
}

void tst_Dashboard::exportedAsCsvAndPdf()
{
    const QString csv = m_dir.filePath(QStringLiteral("一览.csv")), pdf = m_dir.filePath(QStringLiteral("一览.pdf"));
    QString out, err;
    QCOMPARE(TestSupport::runCommandLine(m_registry, {"rollup", "--agency", "某市", "--year", "2024", "--dashboard", csv, "--db", m_db}, &out, &err), 0);
    const QByteArray bytes = TestSupport::readFile(csv);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("机关,层级,状态,错误,警告,申请数,申请数在同级中,办结率")), qPrintable(lines.at(0)));
    const QString first = *std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) { return l.startsWith(QStringLiteral("局一,")); });
    QVERIFY2(first.startsWith(QStringLiteral("局一,2,草稿,0,")), qPrintable(first));
    QCOMPARE(first.split(QLatin1Char(',')).at(5), QString::number(m_requests.value(QStringLiteral("局一"))));
    QCOMPARE(first.split(QLatin1Char(',')).at(6), QStringLiteral("P75以上"));
    QVERIFY(lines.contains(QStringLiteral("局五,2,未开始,,,,,,,,")));
    QVERIFY2(std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) { return l.startsWith(QStringLiteral("局一,")) && l.endsWith(QStringLiteral(",1,300")); }),
             qPrintable(lines.join(QLatin1Char('\n'))));

    QCOMPARE(TestSupport::runCommandLine(m_registry, {"rollup", "--agency", "某市", "--year", "2024", "--dashboard", pdf, "--db", m_db}, &out, &err), 0);
    const QString text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    for (const QString &s : {QStringLiteral("某市2024年度报告一览"), QStringLiteral("局四"), QStringLiteral("审核通过"), QStringLiteral("行政复议纠错率"),
                             QStringLiteral("与上年相比变化最大的数字")})
        QVERIFY2(text.contains(s), qPrintable(s + QLatin1Char('\n') + text));
    const QStringList fonts = runTool(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fonts.isEmpty());
    for (const QString &f : fonts)
        QVERIFY2(f.contains(QStringLiteral(" yes ")), qPrintable(f)); // every face embedded

    QCOMPARE(TestSupport::runCommandLine(m_registry, {"rollup", "--agency", "某市", "--year", "2024", "--dashboard", m_dir.filePath("x.xls"), "--db", m_db}, &out, &err),
             2);
    QVERIFY2(err.contains(QStringLiteral(".csv、.pdf、.html")), qPrintable(err));
}

void tst_Dashboard::windowSortsAndOpens()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QStringLiteral("disclosure-report"), QStringLiteral("disclosure-report")).clear();
    Preferences().setLanguageChoice(QStringLiteral("zh_CN"));
    UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    WindowHost workspace(m_registry);
    QString error;
    QVERIFY2(workspace.start(m_db, &error), qPrintable(error));
    MainWindow *w = workspace.window();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QVERIFY(w->openReport(QStringLiteral("局二"), 2024));
    QTest::keyClick(w, Qt::Key_F10); // 视图 ▸ 汇总
    auto *dialog = w->findChild<RollUpDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClick(dialog->tabs(), Qt::Key_L, Qt::AltModifier); // 一览(&L)
    QTRY_COMPARE(dialog->tabs()->currentWidget(), static_cast<QWidget *>(dialog->dashboard()));
    QTableWidget *table = dialog->dashboard()->agencies();
    QTRY_VERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 5);
    QVERIFY2(dialog->dashboard()->states()->text().contains(QStringLiteral("未开始1个")), qPrintable(dialog->dashboard()->states()->text()));

    // A click on 申请数's header sorts by the number (not the text: 3 < 10 < 25 < 40), a second click the other way.
    const int column = 5;
    QCOMPARE(table->horizontalHeaderItem(column)->text(), QStringLiteral("申请数"));
    const QHeaderView *header = table->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    const auto order = [table] {
        QStringList names;
        for (int r = 0; r < table->rowCount(); ++r)
            names << table->item(r, 0)->text();
        return names;
    };
    QStringList byRequests = m_requests.keys();
    std::sort(byRequests.begin(), byRequests.end(), [this](const QString &a, const QString &b) { return m_requests.value(a) < m_requests.value(b); });
    const QStringList ascending = QStringList{QStringLiteral("局五")} + byRequests; // none is lowest
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QVERIFY2(order() == ascending || order() == descending, qPrintable(order().join(QLatin1Char(','))));
    const QStringList firstOrder = order();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(order(), firstOrder == ascending ? descending : ascending);

    // Enter on 局三's row opens its report in the window.
    int row = 0;
    while (table->item(row, 0)->text() != QStringLiteral("局三"))
        ++row;
    table->setFocus();
    table->setCurrentCell(row, 0);
    QSignalSpy asked(dialog, &RollUpDialog::openRequested);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(asked.size(), 1);
    QTRY_COMPARE(w->document()->report().agency, QStringLiteral("局三"));
    // 局五 has no report: nothing to open.
    row = 0;
    while (table->item(row, 0)->text() != QStringLiteral("局五"))
        ++row;
    table->setCurrentCell(row, 0);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(asked.size(), 1);
}

QTEST_MAIN(tst_Dashboard)
#include "tst_dashboard.moc"
