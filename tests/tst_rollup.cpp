// 汇总: a region's figures as the cell-wise sum of the reports below it in the agency tree, checked by
// the same rules, with every agency below listed — which have no report, which are unsigned, which fail their checks.
// On a real SQLite file; the command line as a script would run it.
#include "CommandLineRun.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "ReportDocument.h"
#include "RollUpDialog.h"
#include "UiLanguage.h"
#include "WindowHost.h"
#include "ReportCheck.h"
#include "ReportChecker.h"
#include "ReportJson.h"
#include "ReportSchema.h"
#include "RollUp.h"
#include "SqliteReportStore.h"
#include "TestSupport.h"
#include "Totals.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QTemporaryDir>
#include <QTest>

class tst_RollUp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sumsTheRegionAndNamesWhatIsMissing();
    void checksAreKeptAndMadeAgain();
    void commandLine();
    void refusals();
    void windowView();

private:
    int run(const QStringList &args);
    QString writeCsv(const QString &name, const QByteArray &content); // a file in the test's folder
    Report child(const QString &agency, qint64 natural, const QString &fees) const;

    FormatRegistry m_registry;
    QTemporaryDir m_dir;
    QString m_db;
    QString m_out, m_err;
    Report m_base;
};

Report tst_RollUp::child(const QString &agency, qint64 natural, const QString &fees) const
{
    Report r = m_base;
    r.agency = agency;
    r.year = 2021;
    r.title.reset();
    r.cells.insert(QStringLiteral("t4.review.upheld"), CellValue::integer(natural));
    r.cells.insert(QStringLiteral("t2.fees.amount"), fees.isEmpty() ? CellValue() : CellValue::decimal(*Decimal::fromString(fees)));
    Totals::recomputeDependents(r, ReportSchema::forReport(m_registry, r), {QStringLiteral("t4.review.upheld")});
    return r;
}

void tst_RollUp::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_base = TestSupport::specExample(m_registry); // the 2021 forms, every rule holding
    QVERIFY(ReportChecker::count(ReportChecker(m_registry).check(m_base), Severity::Error) == 0);
    QVERIFY(m_base.cells.contains(QStringLiteral("t2.fees.amount")));
    m_db = m_dir.filePath(QStringLiteral("region.sqlite"));
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(m_db));
    // 某市 → 某县 → {县科技局, 县教育局}; 某市 → {市科技局 (fails its check), 市财政局 (no report)}.
    Report failing = child(QStringLiteral("市科技局"), 5, QString());
    failing.cells.insert(QStringLiteral("t3.new.total"), CellValue::integer(failing.cell(QStringLiteral("t3.new.total")).toInteger() + 1));
    QVERIFY(store.save({child(QStringLiteral("县科技局"), 3, QStringLiteral("1.5")), child(QStringLiteral("县教育局"), 10, QStringLiteral("2.25")), failing},
                       false));
    QVERIFY(store.setAgencyParents({{QStringLiteral("某市"), QString()},
                                    {QStringLiteral("某县"), QStringLiteral("某市")},
                                    {QStringLiteral("县科技局"), QStringLiteral("某县")},
                                    {QStringLiteral("县教育局"), QStringLiteral("某县")},
                                    {QStringLiteral("市科技局"), QStringLiteral("某市")},
                                    {QStringLiteral("市财政局"), QStringLiteral("某市")}}));
    QVERIFY2(store.sign(QStringLiteral("县科技局"), 2021, QStringLiteral("局长")), qPrintable(store.lastError()));
}

void tst_RollUp::sumsTheRegionAndNamesWhatIsMissing()
{
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(m_db));
    QString error;
    const auto result = RollUp::compute(store, m_registry, QStringLiteral("某市"), 2021, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->summed, 3);
    const Report &sum = result->report;
    QCOMPARE(sum.agency, QStringLiteral("某市"));
    QCOMPARE(sum.formats, m_base.formats);
    // Known sums: 3 + 10 + 5 for 行政复议 维持; every other figure three times the example's; the amounts to the most
    // precise part.
    QCOMPARE(sum.cell(QStringLiteral("t4.review.upheld")), CellValue::integer(18));
    QCOMPARE(sum.cell(QStringLiteral("t2.fees.amount")).toString(), QStringLiteral("3.75"));
    for (const QString &key : {QStringLiteral("t3.new.legal"), QStringLiteral("t3.new.natural"), QStringLiteral("t3.carry.natural")}) {
        const CellValue seed = m_base.cell(key);
        QCOMPARE(sum.cell(key), seed.isBlank() ? CellValue() : CellValue::integer(3 * seed.toInteger()));
    }
    // Totals computed again from the summed cells (the failing child's wrong total does not carry over).
    qint64 row = 0;
    for (const char *column : {"natural", "commercial", "research", "nonprofit", "legal", "other_org"})
        row += sum.cell(QStringLiteral("t3.new.") + QLatin1String(column)).isInteger() ? sum.cell(QStringLiteral("t3.new.") + QLatin1String(column)).toInteger() : 0;
    QCOMPARE(sum.cell(QStringLiteral("t3.new.total")), CellValue::integer(row));
    QCOMPARE(ReportChecker::count(result->findings, Severity::Error), ReportChecker::count(ReportChecker(m_registry).check(sum), Severity::Error));

    // Every agency below, as the tree reads, with what needs a look.
    QStringList rows;
    for (const RollUp::Child &c : result->children)
        rows << QStringLiteral("%1%2|%3|%4").arg(QString(c.depth - 1, QLatin1Char('-')), c.agency, RollUp::stateName(c), c.note);
    const RollUp::Child &failing = result->children.at(0);
    QVERIFY(failing.errors >= 1);
    QCOMPARE(rows, QStringList({QStringLiteral("市科技局|草稿|检查有 %1 个错误").arg(failing.errors), QStringLiteral("市财政局|缺报告|没有 2021 年的报告"),
                                QStringLiteral("某县|缺报告|"), QStringLiteral("-县教育局|草稿|尚未签发"), QStringLiteral("-县科技局|已签发|")}));
    QCOMPARE(failing.received, CellValue::integer(m_base.cell(QStringLiteral("t3.new.total")).toInteger() + 1)); // as it stands in its report
    QVERIFY(!result->children.at(2).expected); // a grouping with agencies below it is not expected to report itself
}

// Each report's check is kept with the revisions it was made at: the next roll-up reads the kept ones (the same
// children), checks again only a report changed since, and never takes a check kept for another revision or rules.
void tst_RollUp::checksAreKeptAndMadeAgain()
{
    const QString db = m_dir.filePath(QStringLiteral("kept.sqlite"));
    QVERIFY(QFile::copy(m_db, db));
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(db));
    const auto rows = [](const RollUp::Result &r) {
        QStringList out;
        for (const RollUp::Child &c : r.children) {
            QStringList moves;
            for (const RollUp::Child::Move &m : c.moves)
                moves << QStringLiteral("%1 %2 %3→%4").arg(m.key, m.name).arg(m.before).arg(m.now);
            out << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9").arg(c.agency, RollUp::stateName(c)).arg(c.errors).arg(c.warnings)
                       .arg(c.received.toString(), c.carried.toString(), c.concluded.toString(), c.reviewTotal.toString(), moves.join(QLatin1Char(',')));
        }
        return out;
    };
    const auto kept = [&db](const QString &sql) {
        QSqlDatabase raw = TestSupport::addConnection(db, QStringLiteral("kept"));
        raw.open();
        QSqlQuery q(raw);
        const bool ok = q.exec(sql);
        const QString out = ok && q.next() ? q.value(0).toString() : QStringLiteral("(%1)").arg(q.lastError().text());
        q.finish();
        raw.close();
        return out;
    };
    QString error;
    const auto first = RollUp::compute(store, m_registry, QStringLiteral("某市"), 2021, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(kept(QStringLiteral("SELECT count(*) FROM report_check")), QStringLiteral("3"));
    // A kept check stands for its report: made up ones, kept for this revision, show as they are…
    QVERIFY(kept(QStringLiteral("UPDATE report_check SET result = replace(result, '\"errors\":0', '\"errors\":7') "
                                "WHERE report_id = (SELECT r.id FROM report r JOIN agency a ON a.id = r.agency_id WHERE a.name = '县教育局') RETURNING 1"))
                == QStringLiteral("1"));
    auto again = RollUp::compute(store, m_registry, QStringLiteral("某市"), 2021, &error);
    QVERIFY2(again, qPrintable(error));
    QStringList expected = rows(*first);
    QCOMPARE(expected.at(3).section(QLatin1Char('|'), 0, 2), QStringLiteral("县教育局|草稿|0"));
    expected[3].replace(QStringLiteral("县教育局|草稿|0|"), QStringLiteral("县教育局|草稿|7|"));
    QCOMPARE(rows(*again), expected); // …which is how the kept ones were read, not checked again
    QCOMPARE(again->report.cells, first->report.cells);
    // …until the report changes: checked again, its own figures as they now are.
    QVERIFY2(store.setCells(QStringLiteral("县教育局"), 2021, {{QStringLiteral("t3.new.legal"), CellValue::integer(1000)}}), qPrintable(store.lastError()));
    again = RollUp::compute(store, m_registry, QStringLiteral("某市"), 2021, &error);
    QVERIFY2(again, qPrintable(error));
    const RollUp::Child &changed = again->children.at(3);
    QCOMPARE(changed.agency, QStringLiteral("县教育局"));
    Report stored;
    QVERIFY(store.load(QStringLiteral("县教育局"), 2021, &stored));
    QCOMPARE(changed.errors, ReportChecker::count(ReportCheck::listed(ReportCheck(m_registry).run(stored, nullptr), ReportSchema::forReport(m_registry, stored)), Severity::Error));
    QVERIFY(changed.errors != 7);
    QCOMPARE(changed.received, CellValue::integer(first->children.at(3).received.toInteger() + 1000 - m_base.cell(QStringLiteral("t3.new.legal")).toInteger()));
    QCOMPARE(again->report.cell(QStringLiteral("t3.new.legal")).toInteger(),
             first->report.cell(QStringLiteral("t3.new.legal")).toInteger() + 1000 - m_base.cell(QStringLiteral("t3.new.legal")).toInteger());
    // Checks kept with other rules are not taken.
    QVERIFY(kept(QStringLiteral("UPDATE report_check SET rules = 'other', result = replace(result, '\"errors\":0', '\"errors\":9') RETURNING 1")) == QStringLiteral("1"));
    again = RollUp::compute(store, m_registry, QStringLiteral("某市"), 2021, &error);
    QVERIFY2(again, qPrintable(error));
    for (const RollUp::Child &c : again->children)
        QVERIFY2(c.errors != 9, qPrintable(c.agency));
    QCOMPARE(kept(QStringLiteral("SELECT count(*) FROM report_check WHERE rules = 'other'")), QStringLiteral("0"));
}

QString tst_RollUp::writeCsv(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

int tst_RollUp::run(const QStringList &args)
{
    return TestSupport::runCommandLine(m_registry, args, &m_out, &m_err);
}

void tst_RollUp::commandLine()
{
    const QString json = m_dir.filePath(QStringLiteral("sum.json"));
    QCOMPARE(run({"rollup", "--agency", "某市", "--year", "2021", "--to", json, "--db", m_db}), 0);
    QVERIFY2(m_out.contains(QStringLiteral("市财政局\t缺报告")) && m_out.contains(QStringLiteral("  县教育局\t草稿")) && m_out.contains(QStringLiteral("汇总 3 份报告")),
             qPrintable(m_out));
    QString error;
    const auto written = ReportJson::read(TestSupport::readFile(json), m_registry, &error);
    QVERIFY2(written, qPrintable(error));
    QCOMPARE(written->cell(QStringLiteral("t4.review.upheld")), CellValue::integer(18));
    QCOMPARE(written->agency, QStringLiteral("某市"));
    // A region below: only its own two.
    QCOMPARE(run({"rollup", "--agency", "某县", "--year", "2021", "--db", m_db}), 0);
    QVERIFY2(m_out.contains(QStringLiteral("汇总 2 份报告")) && !m_out.contains(QStringLiteral("市财政局")), qPrintable(m_out));

    // The tree from a CSV, and the review steps with `list` showing them.
    const QString csv = writeCsv(QStringLiteral("tree.csv"), "\xef\xbb\xbf机关,上级机关\n市教育局,某市\n");
    QCOMPARE(run({"agencies", "--import", csv, "--db", m_db}), 0);
    QVERIFY2(m_out.contains(QStringLiteral("市教育局\t某市")), qPrintable(m_out));
    QCOMPARE(run({"review", "--agency", "县教育局", "--year", "2021", "submit", "--who", "李四", "--db", m_db}), 0);
    QCOMPARE(run({"review", "--agency", "县教育局", "--year", "2021", "return", "--who", "王科长", "--db", m_db}), 2);
    QVERIFY2(m_err.contains(QStringLiteral("原因")), qPrintable(m_err));
    QCOMPARE(run({"review", "--agency", "县教育局", "--year", "2021", "return", "--who", "王科长", "--reason", "补充说明", "--db", m_db}), 0);
    QCOMPARE(run({"list", "--db", m_db}), 0);
    // Signed: the name typed, and the login that signed beside it.
    const QString login = SqliteReportStore(m_registry).user();
    QVERIFY2(m_out.contains(QStringLiteral("县教育局\t2021\t退回")) && m_out.contains(QStringLiteral("县科技局\t2021\t已签发（局长，登录名 %1）").arg(login)),
             qPrintable(m_out));
}

void tst_RollUp::refusals()
{
    QCOMPARE(run({"rollup", "--agency", "县科技局", "--year", "2021", "--db", m_db}), 2);
    QVERIFY2(m_err.contains(QStringLiteral("之下没有机关")), qPrintable(m_err));
    QCOMPARE(run({"rollup", "--agency", "无此机关", "--year", "2021", "--db", m_db}), 2);
    QVERIFY2(m_err.contains(QStringLiteral("没有机关")), qPrintable(m_err));
    const QString csv = writeCsv(QStringLiteral("bad.csv"), "某市,县科技局\n");
    QCOMPARE(run({"agencies", "--import", csv, "--db", m_db}), 2);
    QVERIFY2(m_err.contains(QStringLiteral("成环")), qPrintable(m_err));
}

// 视图 ▸ 汇总 in the window: the region of the open report, one row per agency below as the tree reads, a double-click
// opening that agency's report; the tree set from a CSV; the sum exported as a PDF that reads back.
void tst_RollUp::windowView()
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
    QVERIFY(w->openReport(QStringLiteral("县科技局"), 2021));
    QAction *action = TestSupport::menuAction(w->menuBar(), QStringLiteral("汇总"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F10));
    action->trigger();
    auto *dialog = w->findChild<RollUpDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->regionBox()->currentText(), QStringLiteral("某市")); // the open report's topmost region
    QCOMPARE(dialog->yearBox()->value(), 2021);
    QTreeWidget *tree = dialog->tree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *sum = tree->topLevelItem(0);
    QVERIFY(sum->text(0).contains(QStringLiteral("某市")));
    QStringList rows;
    for (int i = 0; i < sum->childCount(); ++i)
        rows << sum->child(i)->text(0) + QLatin1Char('|') + sum->child(i)->text(1);
    QVERIFY2(rows.contains(QStringLiteral("市财政局|缺报告")) && rows.contains(QStringLiteral("某县|缺报告")), qPrintable(rows.join(QLatin1Char(','))));
    QTreeWidgetItem *county = nullptr;
    for (int i = 0; i < sum->childCount(); ++i)
        if (sum->child(i)->text(0) == QStringLiteral("某县"))
            county = sum->child(i);
    QVERIFY(county && county->childCount() == 2);
    auto missing = [dialog] {
        int n = 0;
        for (const RollUp::Child &c : dialog->result()->children)
            n += c.expected && !c.present;
        return n;
    };
    const int missingBefore = missing();
    QVERIFY(missingBefore >= 1);
    QVERIFY2(dialog->summary()->text().contains(QStringLiteral("缺报告 %1 个机关").arg(missingBefore)), qPrintable(dialog->summary()->text()));
    // A double-click opens the agency's report in the window.
    QTreeWidgetItem *education = county->child(0);
    QCOMPARE(education->text(0), QStringLiteral("县教育局"));
    tree->scrollToItem(education);
    const QRect rect = tree->visualItemRect(education);
    QSignalSpy asked(dialog, &RollUpDialog::openRequested);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center()); // the press a double-click follows
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY2(!asked.isEmpty(), qPrintable(QStringLiteral("%1,%2 %3x%4 current %5").arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height()).arg(tree->currentItem() ? tree->currentItem()->text(0) : QString())));
    QTRY_COMPARE(w->document()->report().agency, QStringLiteral("县教育局"));

    // The review from 报告's menu: 提交审核 makes it read-only, 审核通过 lets it be signed, 退回修改 asks why.
    QCOMPARE(w->document()->reviewState(), QStringLiteral("returned"));
    QVERIFY(!w->document()->isReadOnly());
    QAction *submit = TestSupport::menuAction(w->menuBar(), QStringLiteral("提交审核"));
    QAction *approve = TestSupport::menuAction(w->menuBar(), QStringLiteral("审核通过"));
    QAction *sendBack = TestSupport::menuAction(w->menuBar(), QStringLiteral("退回修改"));
    QAction *sign = TestSupport::menuAction(w->menuBar(), QStringLiteral("签发"));
    QVERIFY(submit && approve && sendBack && sign);
    QVERIFY(submit->isEnabled() && !approve->isEnabled() && !sign->isEnabled());
    submit->trigger();
    QCOMPARE(w->document()->reviewState(), QStringLiteral("submitted"));
    QVERIFY(w->document()->isReadOnly());
    QVERIFY(!submit->isEnabled() && approve->isEnabled() && sendBack->isEnabled() && !sign->isEnabled());
    approve->trigger();
    QCOMPARE(w->document()->reviewState(), QStringLiteral("approved"));
    QVERIFY(sign->isEnabled());
    TestSupport::whenModal<QInputDialog>([](QInputDialog *ask) {
        ask->setTextValue(QStringLiteral("第五部分与上年相同"));
        ask->accept();
    });
    sendBack->trigger();
    QCOMPARE(w->document()->reviewState(), QStringLiteral("returned"));
    QVERIFY(!w->document()->isReadOnly());
    const auto history = w->document()->signOffHistory();
    QCOMPARE(history.constLast().action, QStringLiteral("return"));
    QCOMPARE(history.constLast().reason, QStringLiteral("第五部分与上年相同"));

    // The tree from a CSV: a new agency below 某市 is listed as one whose report is missing.
    const QString csv = writeCsv(QStringLiteral("window-tree.csv"), "市审计局,某市\n");
    QVERIFY2(dialog->importTree(csv, &error), qPrintable(error));
    QCOMPARE(missing(), missingBefore + 1);
    QVERIFY2(dialog->summary()->text().contains(QStringLiteral("缺报告 %1 个机关").arg(missingBefore + 1)), qPrintable(dialog->summary()->text()));
    // The sum as a PDF, read back.
    const QString pdf = m_dir.filePath(QStringLiteral("sum.pdf"));
    QVERIFY2(dialog->exportSum(pdf, &error), qPrintable(error));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished());
    QVERIFY2(QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("汇总")), "the PDF does not read back");
}

QTEST_MAIN(tst_RollUp)
#include "tst_rollup.moc"
