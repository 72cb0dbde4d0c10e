// Batches: every report of a database checked or exported on a worker per core, with progress, stopped
// cleanly by Ctrl+C or the progress dialog's 停止 with only whole files left, and a summary of what was done. The
// command line is the real executable on a real SQLite file; the window's 批量导出/批量检查 are driven through its menus.
#include "BatchDialog.h"
#include "BatchRunner.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ToolWindows.h"
#include "ReportCheck.h"
#include "ReportChecker.h"
#include "ReportDocument.h"
#include "ReportJson.h"
#include "SqliteReportStore.h"
#include "TestSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <csignal>

// A store that tells, when it closes, how many statements it sent.
class CountingStore : public SqliteReportStore
{
public:
    CountingStore(const FormatRegistry &registry, qint64 *statements)
        : SqliteReportStore(registry)
        , m_statements(statements)
    {
    }
    ~CountingStore() override { *m_statements = statements(); }

private:
    qint64 *m_statements;
};

class tst_Batch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void runnerStopsBetweenItems();
    void runnerFailsWhatNoWorkerCouldStart();
    void checkAllListsEveryReport();
    void checkAllReadsAChunkAtOnce();
    void exportAllWritesOneFileEach();
    void ctrlCLeavesOnlyWholeFiles();
    void importReadsInParallelAsOneReaderWould();
    void ctrlCWhileReadingImportsNothing();
    void windowExportsTheSelection();
    void windowStopsABatch();
    void windowChecksAndOpens();

private:
    QProcess *start(const QStringList &args);
    int run(const QStringList &args, QString *out = nullptr, QString *err = nullptr);
    // Every file in `dir` is a PDF qpdf reads whole; their names.
    QStringList wholePdfs(const QString &dir);
    // The stored reports of `db` as report JSON, by agency and year.
    QMap<QString, QByteArray> stored(const QString &db);
    // m_reports' first `count` as published texts (one cell per line) in `dir`, in the list's order.
    QStringList writeTexts(const QString &dir, int count);

    FormatRegistry m_registry;
    QTemporaryDir m_dir;
    QString m_db;
    QVector<Report> m_reports; // what m_db holds
    QString m_broken;          // the agency whose 2024 report fails a rule
};

void tst_Batch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("office.sqlite"));
    // 120 reports: the fixtures' expected reports under 40 agencies' names, three years each.
    const QStringList fixtures = TestSupport::expectedFixtures();
    QVERIFY(!fixtures.isEmpty());
    for (int a = 0; a < 40; ++a)
        for (int year : {2022, 2023, 2024}) {
            Report r = TestSupport::expectedReport(m_registry, fixtures.at(a % fixtures.size()));
            r.agency = QStringLiteral("测试县第%1局").arg(a + 1, 2, 10, QLatin1Char('0'));
            r.year = year;
            r.title.reset();
            r.doubts.clear();
            m_reports.append(r);
        }
    m_broken = QStringLiteral("测试县第07局");
    for (Report &r : m_reports)
        if (r.agency == m_broken && r.year == 2024)
            r.cells.insert(QStringLiteral("t3.new.total"), CellValue::integer(r.cell(QStringLiteral("t3.new.total")).toInteger() + 1));
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(m_db));
    QVERIFY2(store.save(m_reports, false), qPrintable(store.lastError()));
}

QProcess *tst_Batch::start(const QStringList &args)
{
    auto *p = new QProcess(this);
    p->setProgram(QStringLiteral(DR_CLI));
    p->setArguments(args + QStringList{QStringLiteral("--db"), m_db});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN")); // the default interface, whatever the test's locale
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
    p->setProcessEnvironment(env);
    p->start();
    return p;
}

int tst_Batch::run(const QStringList &args, QString *out, QString *err)
{
    QProcess *p = start(args);
    [&] { QVERIFY2(p->waitForFinished(120000), qPrintable(args.join(' '))); }();
    if (out)
        *out = QString::fromUtf8(p->readAllStandardOutput());
    const QString errors = QString::fromUtf8(p->readAllStandardError());
    if (err)
        *err = errors;
    const int code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    p->deleteLater();
    return code;
}

QStringList tst_Batch::wholePdfs(const QString &dir)
{
    QStringList names;
    for (const QFileInfo &f : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden)) {
        [&] { QVERIFY2(f.suffix() == QLatin1String("pdf"), qPrintable(f.fileName())); }(); // no temporary file left
        names.append(f.fileName());
    }
    TestSupport::verifyPdfsWithQpdf(dir);
    return names;
}

void tst_Batch::runnerStopsBetweenItems()
{
    BatchRunner batch;
    std::atomic<int> begun{0};
    batch.start(
        50,
        [&](QString *) -> BatchRunner::Work {
            return [&](int) {
                ++begun;
                QThread::msleep(20);
                BatchRunner::Outcome o;
                o.status = BatchRunner::Outcome::Done;
                return o;
            };
        },
        2);
    QTRY_VERIFY(batch.done() >= 3);
    batch.cancel();
    QVERIFY(batch.wait(5000));
    // Every item begun was finished; the rest never began.
    QCOMPARE(batch.count(BatchRunner::Outcome::Done), begun.load());
    QCOMPARE(batch.count(BatchRunner::Outcome::Skipped), 50 - begun.load());
    QVERIFY(batch.count(BatchRunner::Outcome::Skipped) > 0);
}

void tst_Batch::runnerFailsWhatNoWorkerCouldStart()
{
    BatchRunner batch;
    batch.start(5, [](QString *error) -> BatchRunner::Work {
        *error = QStringLiteral("no connection");
        return {};
    });
    QVERIFY(batch.wait(5000));
    QCOMPARE(batch.count(BatchRunner::Outcome::Failed), 5);
    QCOMPARE(batch.outcomes().front().message, QStringLiteral("no connection"));
}

void tst_Batch::checkAllListsEveryReport()
{
    QString out, err;
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--all"), QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--jobs"),
                  QStringLiteral("2")},
                 &out, &err),
             1); // one report has an error
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 41); // 40 reports and the count
    int withErrors = 0;
    for (const QString &line : lines.mid(0, 40)) {
        const QStringList cols = line.split(QLatin1Char('\t'));
        QCOMPARE(cols.value(1), QStringLiteral("2024"));
        if (!cols.value(2).startsWith(QLatin1String("0 "))) {
            ++withErrors;
            QCOMPARE(cols.value(0), m_broken);
            QVERIFY2(!cols.value(4).isEmpty(), qPrintable(line)); // its first error said
        }
    }
    QCOMPARE(withErrors, 1);
    QVERIFY2(lines.last().contains(QStringLiteral("1 份有错误")), qPrintable(lines.last()));
    QVERIFY2(err.contains(QStringLiteral("完成 40 份，跳过 0 份（未开始），失败 0 份")), qPrintable(err));
    // Without errors the exit status is 0; JSON for scripts.
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--all"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--json")}, &out), 0);
    const QJsonArray array = QJsonDocument::fromJson(out.toUtf8()).array();
    QCOMPARE(array.size(), 40);
    QCOMPARE(array.first().toObject().value(QStringLiteral("agency")).toString(), QStringLiteral("测试县第01局"));
    // The counts are the checker's own.
    Report first = m_reports.at(0);
    for (const Report &r : m_reports)
        if (r.agency == QStringLiteral("测试县第01局") && r.year == 2023)
            first = r;
    Report previous;
    for (const Report &r : m_reports)
        if (r.agency == first.agency && r.year == 2022)
            previous = r;
    const auto findings = ReportCheck(m_registry).run(first, &previous); // the window's check, the same for check --all
    QCOMPARE(array.first().toObject().value(QStringLiteral("warnings")).toInt(), ReportChecker::count(findings, Severity::Warning));
    // Refusals say what is wrong.
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--all"), QStringLiteral("--year"), QStringLiteral("1999")}, nullptr, &err), 2);
    QVERIFY2(err.contains(QStringLiteral("没有 1999 年的报告")), qPrintable(err));
    QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--all")}, nullptr, &err), 2);
}

// A worker reads its chunk of reports (and their last years) at once: a few statements for 64 reports instead of a
// handful each (a round trip each to a server); the findings are those of reading each alone; a report the chunk's
// read cannot take (damaged) fails alone, with why, and the rest of its chunk is checked.
void tst_Batch::checkAllReadsAChunkAtOnce()
{
    const QString db = m_dir.filePath(QStringLiteral("chunks.sqlite"));
    QVERIFY(QFile::copy(m_db, db));
    QVERIFY(TestSupport::execSql(db, QStringLiteral("INSERT INTO cell (report_id, key, int_value) SELECT r.id, 't3.no.such.cell', 1 FROM report r "
                                                    "JOIN agency a ON a.id = r.agency_id WHERE a.name = '测试县第30局' AND r.year = 2023")));
    SqliteReportStore lister(m_registry);
    QVERIFY(lister.openSqlite(db));
    const QVector<ReportBatch::Item> items = ReportBatch::items(*lister.list()); // 120: two chunks of 64 and 56
    QCOMPARE(items.size(), 120);
    // One worker, whose store says on closing how many statements it sent.
    qint64 statements = -1;
    const ReportBatch::StoreOpener open = [&](QString *error) -> std::unique_ptr<ReportStore> {
        auto store = std::make_unique<CountingStore>(m_registry, &statements);
        if (!store->openSqlite(db)) {
            *error = store->lastError();
            return nullptr;
        }
        return store;
    };
    auto batch = std::make_unique<BatchRunner>();
    batch->start(int(items.size()), ReportBatch::check(m_registry, open, items), 1, ReportBatch::readAhead);
    QVERIFY(batch->wait(60000));
    // Read one at a time: ~960 (8 a report); a chunk at a time: 12 — the store opening, 3 a chunk, the damaged one alone.
    QVERIFY2(statements > 0 && statements < 20, qPrintable(QString::number(statements)));
    const ReportCheck check(m_registry);
    for (int i = 0; i < items.size(); ++i) {
        const BatchRunner::Outcome &o = batch->outcomes().at(size_t(i));
        if (items.at(i).agency == QStringLiteral("测试县第30局") && items.at(i).year == 2023) {
            QCOMPARE(o.status, BatchRunner::Outcome::Failed);
            QVERIFY2(o.message.contains(QStringLiteral("t3.no.such.cell")), qPrintable(o.message));
            continue;
        }
        QCOMPARE(o.status, BatchRunner::Outcome::Done);
        Report report;
        QVERIFY(lister.load(items.at(i).agency, items.at(i).year, &report));
        const QVector<Finding> alone = ReportBatch::findings(check, m_registry, &lister, report, true);
        QCOMPARE(o.errors, ReportChecker::count(alone, Severity::Error));
        QCOMPARE(o.warnings, ReportChecker::count(alone, Severity::Warning));
    }
}

void tst_Batch::exportAllWritesOneFileEach()
{
    const QString dir = m_dir.filePath(QStringLiteral("html"));
    QString err;
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--format"),
                  QStringLiteral("html"), QStringLiteral("--to"), dir},
                 nullptr, &err),
             0);
    const QStringList files = QDir(dir).entryList(QDir::Files);
    QCOMPARE(files.size(), 40);
    QVERIFY(files.contains(QStringLiteral("测试县第01局-2023.html")));
    QVERIFY(TestSupport::readFile(QDir(dir).filePath(QStringLiteral("测试县第13局-2023.html"))).contains("测试县第13局"));
    // Not a terminal: plain progress lines, then the summary.
    QVERIFY2(err.contains(QStringLiteral("导出 40/40")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("完成 40 份")), qPrintable(err));
    // PDF by default: the text searchable, the agency in it.
    const QString pdfs = m_dir.filePath(QStringLiteral("pdf"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--to"), pdfs}), 0);
    QCOMPARE(wholePdfs(pdfs).size(), 40);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QDir(pdfs).filePath(QStringLiteral("测试县第02局-2022.pdf")), QStringLiteral("-")});
    QVERIFY(text.waitForFinished());
    QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("测试县第02局")));
    // Refusals say what is wrong and write nothing.
    QString said;
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("xls"), QStringLiteral("--to"), dir},
                 nullptr, &said),
             2);
    QVERIFY2(said.contains(QStringLiteral("不支持的格式“xls”")), qPrintable(said));
    const QString file = QDir(dir).filePath(QStringLiteral("测试县第01局-2023.html"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--to"), file},
                 nullptr, &said),
             2);
    QVERIFY2(said.contains(QStringLiteral("不是文件夹")), qPrintable(said));
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--all"), QStringLiteral("--jobs"), QStringLiteral("0")}, nullptr, &said), 2);
    QVERIFY2(said.contains(QStringLiteral("--jobs：“0”不是 1 到 256 之间的整数")), qPrintable(said));
    QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 40);
}

void tst_Batch::ctrlCLeavesOnlyWholeFiles()
{
    const QString dir = m_dir.filePath(QStringLiteral("interrupted"));
    QProcess *p = start({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--jobs"),
                         QStringLiteral("2"), QStringLiteral("--to"), dir});
    QVERIFY(p->waitForStarted());
    // Interrupted as soon as the first few files are there, as a clerk's Ctrl+C would.
    QTRY_VERIFY_WITH_TIMEOUT(QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files).size() >= 3, 60000);
    ::kill(pid_t(p->processId()), SIGINT);
    QVERIFY(p->waitForFinished(60000));
    const QString err = QString::fromUtf8(p->readAllStandardError());
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QCOMPARE(p->exitCode(), 130);
    const QStringList files = wholePdfs(dir);
    QVERIFY2(files.size() >= 3 && files.size() < m_reports.size(), qPrintable(QString::number(files.size())));
    // The summary counts what is there and what never began.
    QVERIFY2(err.contains(QStringLiteral("已中断（Ctrl+C）：完成 %1 份，跳过 %2 份").arg(files.size()).arg(m_reports.size() - files.size())),
             qPrintable(err));
}

QMap<QString, QByteArray> tst_Batch::stored(const QString &db)
{
    QMap<QString, QByteArray> out;
    SqliteReportStore store(m_registry);
    [&] { QVERIFY(store.openSqlite(db)); }();
    for (const ReportStore::Entry &e : store.list().value_or(QVector<ReportStore::Entry>())) {
        Report r;
        [&] { QVERIFY(store.load(e.agency, e.year, &r)); }();
        out.insert(QStringLiteral("%1 %2").arg(e.agency).arg(e.year), ReportJson::write(r, m_registry));
    }
    return out;
}

QStringList tst_Batch::writeTexts(const QString &dir, int count)
{
    QDir().mkpath(dir);
    QStringList files;
    for (int i = 0; i < count; ++i) {
        const Report &r = m_reports.at(i % m_reports.size());
        Report text = r;
        text.agency = QStringLiteral("%1%2").arg(r.agency).arg(i / m_reports.size() == 0 ? QString() : QString::number(i / m_reports.size()));
        const QString path = QStringLiteral("%1/%2.txt").arg(dir).arg(i, 4, 10, QLatin1Char('0'));
        QFile f(path);
        [&] { QVERIFY(f.open(QIODevice::WriteOnly)); }();
        f.write(TestSupport::cellPerLineText(m_registry, text).toUtf8());
        files.append(path);
    }
    return files;
}

void tst_Batch::importReadsInParallelAsOneReaderWould()
{
    // Three years of 20 agencies as published texts: a later year's text is read with the earlier one (given before
    // it in the same import) at hand, which the parallel reading must not lose.
    const QStringList files = writeTexts(m_dir.filePath(QStringLiteral("texts")), 60);
    const QString together = m_dir.filePath(QStringLiteral("together.sqlite"));
    const QString oneByOne = m_dir.filePath(QStringLiteral("one-by-one.sqlite"));
    QString err;
    const QString db = m_db;
    m_db = together;
    const int status = run(QStringList{QStringLiteral("import"), QStringLiteral("--jobs"), QStringLiteral("2")} + files, nullptr, &err);
    QVERIFY2(status == 0 || status == 3, qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("读取 60/60")), qPrintable(err)); // its progress
    // The same files, each in a command of its own, in order: one reader, last year from the database.
    m_db = oneByOne;
    for (const QString &file : files) {
        const int one = run({QStringLiteral("import"), file}, nullptr, &err);
        QVERIFY2(one == 0 || one == 3, qPrintable(err));
    }
    m_db = db;
    const QMap<QString, QByteArray> a = stored(together), b = stored(oneByOne);
    QCOMPARE(a.size(), 60);
    QCOMPARE(a.keys(), b.keys());
    for (const QString &key : a.keys())
        QVERIFY2(a.value(key) == b.value(key), qPrintable(key));
}

void tst_Batch::ctrlCWhileReadingImportsNothing()
{
    const QStringList files = writeTexts(m_dir.filePath(QStringLiteral("many-texts")), 480);
    const QString db = m_db;
    m_db = m_dir.filePath(QStringLiteral("interrupted-import.sqlite"));
    QVERIFY(run({QStringLiteral("import"), files.first()}) != 2); // a database with one report already
    QProcess *p = start(QStringList{QStringLiteral("import"), QStringLiteral("--replace")} + files.mid(1));
    m_db = db;
    QVERIFY(p->waitForStarted());
    // Interrupted after its first progress line (a tenth read).
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += p->readAllStandardError()).contains("读取"), 60000);
    ::kill(pid_t(p->processId()), SIGINT);
    QVERIFY(p->waitForFinished(60000));
    err += p->readAllStandardError();
    QCOMPARE(p->exitCode(), 130);
    QVERIFY2(QString::fromUtf8(err).contains(QStringLiteral("已中断（Ctrl+C）：没有导入任何报告")), err.constData());
    QCOMPARE(stored(m_dir.filePath(QStringLiteral("interrupted-import.sqlite"))).size(), 1);
}

void tst_Batch::windowExportsTheSelection()
{
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(m_db));
    MainWindow window(m_registry, store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Two agencies' rows selected (all their years), as with Ctrl+click.
    auto *list = window.findChild<QTreeView *>();
    QVERIFY(list);
    QAbstractItemModel *model = list->model();
    QModelIndex first, second;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString name = model->index(r, 0).data().toString();
        if (name == QStringLiteral("测试县第03局"))
            first = model->index(r, 0);
        if (name == QStringLiteral("测试县第04局"))
            second = model->index(r, 0);
    }
    QVERIFY(first.isValid() && second.isValid());
    list->selectionModel()->select(first, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    list->selectionModel()->select(second, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(window.tools()->selectedReports().size(), 6);
    TestSupport::menuAction(window.menuBar(), QStringLiteral("批量导出"))->trigger();
    auto *dialog = window.findChild<BatchDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->scopeBox()->currentText().contains(QStringLiteral("选定的 6 份")));
    const QString dir = m_dir.filePath(QStringLiteral("window"));
    dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(QStringLiteral("docx")));
    dialog->folderEdit()->setText(dir);
    QSignalSpy finished(dialog, &BatchDialog::finished);
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QStringList files = QDir(dir).entryList(QDir::Files);
    QCOMPARE(files.size(), 6);
    QVERIFY(files.contains(QStringLiteral("测试县第04局-2023.docx")));
    QVERIFY2(dialog->summary()->text().startsWith(QStringLiteral("已导出 6 份报告")), qPrintable(dialog->summary()->text()));
    dialog->close();
}

void tst_Batch::windowStopsABatch()
{
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(m_db));
    MainWindow window(m_registry, store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    BatchDialog *dialog = window.tools()->showBatch(true);
    QVERIFY(dialog);
    dialog->scopeBox()->setCurrentIndex(dialog->scopeBox()->findData(0)); // every report
    const QString dir = m_dir.filePath(QStringLiteral("window-stopped"));
    dialog->folderEdit()->setText(dir);
    QSignalSpy finished(dialog, &BatchDialog::finished);
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    QVERIFY(dialog->isRunning());
    // The window answers while the batch runs: its event loop turns (the timer below fires) and the list can move.
    QTRY_VERIFY_WITH_TIMEOUT(QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files).size() >= 2, 60000);
    QVERIFY(dialog->isRunning());
    QVERIFY(dialog->progress());
    auto *stop = dialog->progress()->findChild<QPushButton *>();
    QVERIFY(stop);
    QCOMPARE(stop->text(), QStringLiteral("停止(&T)"));
    QTest::mouseClick(stop, Qt::LeftButton); // 停止
    QVERIFY(finished.wait(60000));
    const QStringList files = wholePdfs(dir);
    QVERIFY2(files.size() >= 2 && files.size() < m_reports.size(), qPrintable(QString::number(files.size())));
    QVERIFY2(dialog->summary()->text().contains(QStringLiteral("已停止，%1 份未开始").arg(m_reports.size() - files.size())),
             qPrintable(dialog->summary()->text()));
    dialog->close();
}

void tst_Batch::windowChecksAndOpens()
{
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(m_db));
    MainWindow window(m_registry, store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TestSupport::menuAction(window.menuBar(), QStringLiteral("批量检查"))->trigger();
    auto *dialog = window.findChild<BatchDialog *>();
    QVERIFY(dialog);
    dialog->scopeBox()->setCurrentIndex(dialog->scopeBox()->findData(2024));
    QSignalSpy finished(dialog, &BatchDialog::finished);
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QTreeWidget *results = dialog->results();
    QCOMPARE(results->topLevelItemCount(), 40);
    // Errors first: the broken report on top; Enter on it opens it in the window.
    QTreeWidgetItem *top = results->topLevelItem(0);
    QCOMPARE(top->text(0), m_broken);
    QVERIFY(top->data(2, Qt::DisplayRole).toInt() > 0);
    QVERIFY2(dialog->summary()->text().contains(QStringLiteral("其中 1 份有错误")), qPrintable(dialog->summary()->text()));
    results->setCurrentItem(top);
    results->setFocus();
    QTest::keyClick(results, Qt::Key_Return);
    QVERIFY(window.document());
    QCOMPARE(window.document()->report().agency, m_broken);
    QCOMPARE(window.document()->report().year, 2024);
    dialog->close();
}

QTEST_MAIN(tst_Batch)
#include "tst_batch.moc"
