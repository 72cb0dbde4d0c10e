#include "CommandLineRun.h"
#include "HtmlExporter.h"
#include "ReportDocument.h"
#include "SubCommand.h"
#include "ReportJson.h"
#include "SqliteReportStore.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QStandardPaths>
#include <QImage>
#include <algorithm>
#include <random>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QStringEncoder>
#include <QTest>

class tst_CommandLine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void importAndList();
    void badImportsWriteNothing_data();
    void badImportsWriteNothing();
    void eachFileItsOwnOutcome();
    void replace();
    void importPublishedText();
    void importTextWithLastYear();
    void importLinksACloseAgency();
    void importTextEncodings();
    void exportJson();
    void set();
    void setRefuses_data();
    void setRefuses();
    void checkExitsOneOnErrors();
    void checkJson();
    void checkUsesPreviousYear();
    void badArguments_data();
    void badArguments();
    void importJsonWithAgencyAndYear();
    void checkSaysWhatTheWindowShows();
    void checkReadsFiguresAndYearsAsWritten();
    void chart();
    void helpFromTheTable();

private:
    int run(const QStringList &args);
    QString write(const QString &name, const QByteArray &content);
    QByteArray dbDigest();
    Report stored(const QString &agency, int year);

    FormatRegistry m_registry;
    QTemporaryDir m_dir;
    QString m_db;
    QString m_out, m_err;
};

void tst_CommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true); // never touch the real default database
}

void tst_CommandLine::init()
{
    m_db = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()) + QString::fromLatin1(QTest::currentDataTag()).toUtf8().toHex());
    QFile::remove(m_db);
    QCOMPARE(run({"import", TestSupport::expectedPath("changji-kejiju-2021"), TestSupport::expectedPath("huaian-2024"), "--db", m_db}), 0);
}

int tst_CommandLine::run(const QStringList &args)
{
    return TestSupport::runCommandLine(m_registry, args, &m_out, &m_err);
}

QString tst_CommandLine::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

QByteArray tst_CommandLine::dbDigest()
{
    SqliteReportStore store(m_registry);
    if (!store.openSqlite(m_db))
        return QByteArray();
    QByteArray all;
    const auto entries = store.list();
    for (const auto &e : *entries) {
        Report r;
        store.load(e.agency, e.year, &r);
        all += ReportJson::write(r, m_registry);
    }
    return QCryptographicHash::hash(all, QCryptographicHash::Sha256);
}

Report tst_CommandLine::stored(const QString &agency, int year)
{
    SqliteReportStore store(m_registry);
    Report r;
    if (!store.openSqlite(m_db) || !store.load(agency, year, &r))
        qFatal("no report %s %d", qPrintable(agency), year);
    return r;
}

void tst_CommandLine::importAndList()
{
    QVERIFY(m_out.contains(QStringLiteral("已导入 淮安市人民政府 2024 年的报告（0 个错误，0 个警告）")));
    QCOMPARE(run({"import", TestSupport::expectedPath("shanghai-szfbgt-2019"), "--db", m_db}), 0);
    QVERIFY2(m_out.contains(QStringLiteral("135 个警告")), qPrintable(m_out));
    QCOMPARE(run({"list", "--db", m_db}), 0);
    QCOMPARE(m_out, QStringLiteral("上海市人民政府办公厅\t2019\t草稿\n昌吉州科学技术局\t2021\t草稿\n淮安市人民政府\t2024\t草稿\n"));
}

void tst_CommandLine::badImportsWriteNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QByteArray good = TestSupport::readFile(TestSupport::expectedPath("hongze-2024"));
    auto variant = [&good](const QByteArray &from, const QByteArray &to) {
        QByteArray b = good;
        Q_ASSERT(b.contains(from));
        return b.replace(from, to);
    };
    QTest::newRow("missing file") << "" << QByteArray() << QStringLiteral("文件不存在");
    QTest::newRow("truncated") << "truncated.json" << good.left(good.size() / 3) << QStringLiteral("不是有效的 JSON");
    QTest::newRow("empty") << "empty.json" << QByteArray() << QStringLiteral("不是有效的 JSON");
    QTest::newRow("wrong type") << "type.json" << variant("\"t3.new.natural\": 95", "\"t3.new.natural\": \"95\"")
                                << QStringLiteral("cells.t3.new.natural：应为整数");
    QTest::newRow("unknown member") << "member.json" << variant("\"schema\"", "\"colour\": 1, \"schema\"") << QStringLiteral("colour：未知的成员");
    QTest::newRow("unknown key") << "key.json" << variant("\"t3.new.natural\"", "\"t3.new.naturel\"") << QStringLiteral("t3.new.naturel：未知的单元格");
    QTest::newRow("beyond 2^53") << "big.json" << variant("\"t3.new.natural\": 95", "\"t3.new.natural\": 9007199254740993")
                                 << QStringLiteral("整数超出范围");
    QTest::newRow("not a report") << "report.txt" << QByteArray("一、总体情况") << QStringLiteral("找不到“二、主动公开政府信息情况”");
    QTest::newRow("binary text") << "binary.txt" << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << QStringLiteral("不是文本文件");
    QTest::newRow("unknown kind") << "report.xls" << QByteArray("x") << QStringLiteral("只能导入报告 JSON");
    {
        // The seed's text cut before its tables. (Cut later, or shuffled, it imports what it has, the rest marked:
        // tst_textimporter and tst_importvariants.)
        const QByteArray seed = TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/changji-kejiju-2021.txt");
        QTest::newRow("truncated text") << "truncated.txt" << seed.left(seed.indexOf("二、主动公开")) << QStringLiteral("找不到“二、主动公开政府信息情况”");
    }
}

// import --each FOLDER: a county's downloads, each file its own transaction and its own line — imported (with the
// cells to confirm), or not and why — the good ones saved whatever the others are; exit 4 when one was not.
void tst_CommandLine::eachFileItsOwnOutcome()
{
    QDir folder(m_dir.filePath(QStringLiteral("county")));
    folder.removeRecursively();
    QVERIFY(folder.mkpath(QStringLiteral(".")));
    QVERIFY(QFile::copy(TestSupport::sharedDir() + QStringLiteral("/fixtures/hongze-2024.txt"), folder.filePath(QStringLiteral("a-hongze.txt"))));
    QVERIFY(QFile::copy(TestSupport::expectedPath("huaian-2024"), folder.filePath(QStringLiteral("b-huaian.json"))));
    QFile junk(folder.filePath(QStringLiteral("c-junk.txt")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("这不是年报。\n");
    junk.close();
    QVERIFY(QFile::copy(TestSupport::expectedPath("huaian-2024"), folder.filePath(QStringLiteral("d-again.json"))));
    const QString db = m_dir.filePath(QStringLiteral("county.sqlite"));
    QFile::remove(db);
    QCOMPARE(run({"import", "--each", folder.path(), "--db", db}), 4);
    const QStringList lines = m_out.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines.at(0).contains(QStringLiteral("a-hongze.txt")) && lines.at(0).contains(QStringLiteral("已导入")) && lines.at(0).contains(QStringLiteral("待确认")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("已导入 淮安市人民政府 2024")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("未导入")) && lines.at(2).contains(QStringLiteral("c-junk.txt")), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).startsWith(QStringLiteral("未导入")) && lines.at(3).contains(QStringLiteral("两次")), qPrintable(lines.at(3)));
    QVERIFY2(lines.at(4).contains(QStringLiteral("导入 2 份，未导入 2 份")), qPrintable(lines.at(4)));
    QCOMPARE(run({"list", "--db", db}), 0);
    QCOMPARE(m_out.count('\n'), 2); // the two imported, each saved on its own
}

// Unusable input: exit 2, one message naming the file and what is wrong, and the store as it was — even when
// good files come first in the same command.
void tst_CommandLine::badImportsWriteNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = name.isEmpty() ? m_dir.filePath("does-not-exist.json") : write(name, content);
    const QByteArray before = dbDigest();
    QCOMPARE(run({"import", TestSupport::expectedPath("hongze-2024"), path, "--db", m_db}), 2);
    QVERIFY2(m_err.contains(message), qPrintable(m_err));
    QVERIFY2(m_err.contains(path), qPrintable(m_err));
    QCOMPARE(m_err.count('\n'), 1);
    QVERIFY(m_out.isEmpty());
    QCOMPARE(dbDigest(), before);
}

void tst_CommandLine::importPublishedText()
{
    // The seed report as its web page gave it: imported, checked, stored — the same cells as its expected JSON.
    const QString txt = TestSupport::sharedDir() + "/fixtures/changji-kejiju-2021.txt";
    QCOMPARE(run({"import", txt, "--db", m_db}), 2); // the JSON of the same report is there already
    QVERIFY(m_err.contains("--replace"));
    QCOMPARE(run({"import", txt, "--replace", "--db", m_db}), 0);
    QVERIFY2(m_out.contains(QStringLiteral("已导入 昌吉州科学技术局 2021 年的报告（0 个错误，0 个警告）")), qPrintable(m_out));
    const Report expected = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    QCOMPARE(stored(expected.agency, 2021), expected);
    // A table the text does not let us read is left blank, named, and the rest imported; with no table read at all
    // the text is refused whole and the database is unchanged.
    QString seed = QString::fromUtf8(TestSupport::readFile(txt));
    const int from = seed.indexOf(QStringLiteral("第二十条"));
    const int to = seed.indexOf(QStringLiteral("三、收到和处理"));
    const QString noTable = write("no-table.txt", QString(seed.left(from) + seed.mid(to)).replace(QStringLiteral("2021年度"), QStringLiteral("2020年度")).toUtf8());
    QCOMPARE(run({"import", noTable, "--db", m_db}), 3); // imported, with table 二's cells to confirm
    QVERIFY2(m_err.contains(QStringLiteral("二、主动公开政府信息情况：一行也没有读出来")), qPrintable(m_err));
    const Report partial = stored(expected.agency, 2020);
    QVERIFY(partial.cell("t2.normative_docs.made").isBlank());
    QCOMPARE(partial.cell("t3.total.total"), expected.cell("t3.total.total"));
    QCOMPARE(partial.prose.part1, expected.prose.part1);
    const QByteArray before = dbDigest();
    QString bare = seed.left(from);
    for (const char *part : {"三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
                             "六、其他需要报告的事项"})
        bare += QString::fromUtf8(part) + QStringLiteral("\n表格略。\n");
    const QString noTables = write("no-tables.txt", bare.replace(QStringLiteral("2021年度"), QStringLiteral("2019年度")).toUtf8());
    QCOMPARE(run({"import", noTables, "--db", m_db}), 2);
    QVERIFY2(m_err.contains(QStringLiteral("三张表格一行也没有读出来")), qPrintable(m_err));
    QCOMPARE(dbDigest(), before);
}

// Notepad on Chinese Windows saves GBK ("ANSI") or UTF-16 with a BOM ("Unicode"); both read as the same report.
void tst_CommandLine::importTextEncodings()
{
    const QString seed = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/changji-kejiju-2021.txt"));
    const Report expected = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    QStringEncoder gbk("GB18030");
    QVERIFY(gbk.isValid());
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray gbkBytes = gbk(seed), utf16Bytes = utf16(seed);
    const QByteArray bomUtf8 = QByteArray("\xEF\xBB\xBF") + seed.toUtf8();
    for (const QByteArray &bytes : {gbkBytes, utf16Bytes, bomUtf8}) {
        const QString db = m_dir.filePath(QStringLiteral("enc-%1.sqlite").arg(bytes.size()));
        QCOMPARE(run({"import", write(QStringLiteral("enc-%1.txt").arg(bytes.size()), bytes), "--db", db}), 0);
        SqliteReportStore store(m_registry);
        Report r;
        QVERIFY(store.openSqlite(db) && store.load(expected.agency, 2021, &r));
        QCOMPARE(r.cells, expected.cells);
        QCOMPARE(r.prose.part1, expected.prose.part1);
    }
    // A web page, saved from the site in GBK (its <meta> says so): its tables read as tables.
    const QString page = QString::fromUtf8(HtmlExporter::write(expected, m_registry)).replace(QLatin1String("charset=\"utf-8\""), QLatin1String("charset=\"gbk\""));
    const QString db = m_dir.filePath(QStringLiteral("page.sqlite"));
    QCOMPARE(run({"import", write(QStringLiteral("report.htm"), gbk(page)), "--db", db}), 0);
    SqliteReportStore store(m_registry);
    Report r;
    QVERIFY(store.openSqlite(db) && store.load(expected.agency, 2021, &r));
    QCOMPARE(r.cells, expected.cells);
}

// The county printed without its city one year: filed under the agency the database knows, with a note and exit 3;
// --agency files it as named.
void tst_CommandLine::importLinksACloseAgency()
{
    const QString db = m_dir.filePath("agencies.sqlite");
    QCOMPARE(run({"import", TestSupport::expectedPath("hongze-2024"), "--db", db}), 0);
    QString text = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/hongze-2024.txt"));
    text = text.mid(text.indexOf('\n') + 1); // without the # source: line
    text.replace(QStringLiteral("淮安市洪泽区人民政府\n"), QStringLiteral("洪泽区人民政府\n")).replace(QStringLiteral("2024 年政府信息公开工作年度报告"), QStringLiteral("2023 年政府信息公开工作年度报告"));
    const QString file = write("hongze-2023.txt", text.toUtf8());
    QCOMPARE(run({"import", file, "--db", db}), 3);
    QVERIFY2(m_err.contains(QStringLiteral("机关“洪泽区人民政府”与已有的“淮安市洪泽区人民政府”相近")), qPrintable(m_err));
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(db));
    Report r;
    QVERIFY(store.load(QStringLiteral("淮安市洪泽区人民政府"), 2023, &r));
    QCOMPARE(r.displayTitle(), QStringLiteral("洪泽区人民政府2023年政府信息公开工作年度报告")); // as printed
    QCOMPARE(store.agencies(), QStringList{QStringLiteral("淮安市洪泽区人民政府")});
    QCOMPARE(run({"import", file, "--agency", QStringLiteral("洪泽区人民政府"), "--db", db}), 3); // hongze's typo row is marked
    QVERIFY2(!m_err.contains(QStringLiteral("相近")), qPrintable(m_err));
    QVERIFY(store.contains(QStringLiteral("洪泽区人民政府"), 2023));
}

void tst_CommandLine::importTextWithLastYear()
{
    // pingtan's 行政规范性文件693665 splits several ways; last year's 现行有效件数 (599) picks 69/3/665 — whether last
    // year is in the database or given before it in the same command.
    Report lastYear = TestSupport::expectedReport(m_registry, "pingtan-2021");
    lastYear.year = 2020;
    lastYear.cells["t2.normative_docs.in_force"] = CellValue::integer(599);
    const QString lastYearFile = write("pingtan-2020.json", ReportJson::write(lastYear, m_registry));
    const QString txt = TestSupport::sharedDir() + "/fixtures/pingtan-2021.txt";
    const QString settled = QStringLiteral("按上年（2020 年）报告的数字拆分为 69/3/665");
    // Without last year: a guess, named, and the exit status says there is something to confirm.
    QCOMPARE(run({"import", txt, "--db", m_db}), 3);
    QVERIFY2(m_err.contains(QStringLiteral("种拆分都说得通")) && !m_err.contains(settled), qPrintable(m_err));
    QVERIFY2(m_err.contains(QStringLiteral("t2.normative_docs.in_force")), qPrintable(m_err));
    QCOMPARE(stored(QStringLiteral("平潭综合实验区"), 2021).doubts.keys(),
             QStringList({"t2.normative_docs.in_force", "t2.normative_docs.issued", "t2.normative_docs.repealed"}));
    QCOMPARE(run({"import", lastYearFile, "--db", m_db}), 0);
    QCOMPARE(run({"import", txt, "--replace", "--db", m_db}), 3); // settled by last year: still for the clerk to confirm
    QVERIFY2(m_err.contains(settled), qPrintable(m_err));
    QCOMPARE(stored(QStringLiteral("平潭综合实验区"), 2021).cell("t2.normative_docs.in_force"), CellValue::integer(665));
    const QString fresh = m_dir.filePath("fresh.sqlite");
    QCOMPARE(run({"import", lastYearFile, txt, "--db", fresh}), 3);
    QVERIFY2(m_err.contains(settled), qPrintable(m_err));
}

void tst_CommandLine::replace()
{
    QByteArray text = TestSupport::readFile(TestSupport::expectedPath("huaian-2024"));
    QVERIFY(text.contains("\"t3.new.natural\": 3001,"));
    const QString changed = write("changed.json", text.replace("\"t3.new.natural\": 3001,", "\"t3.new.natural\": 3002,"));
    const QByteArray before = dbDigest();
    QCOMPARE(run({"import", changed, "--db", m_db}), 2);
    QVERIFY2(m_err.contains("--replace"), qPrintable(m_err));
    QCOMPARE(dbDigest(), before);
    QCOMPARE(run({"import", changed, "--replace", "--db", m_db}), 0);
    QCOMPARE(stored(QStringLiteral("淮安市人民政府"), 2024).cell("t3.new.natural"), CellValue::integer(3002));
}

void tst_CommandLine::exportJson()
{
    const QString out = m_dir.filePath("out.json");
    QCOMPARE(run({"export", "--agency", QStringLiteral("昌吉州科学技术局"), "--year", "2021", "--to", out, "--db", m_db}), 0);
    const Report original = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    QCOMPARE(TestSupport::readFile(out), ReportJson::write(original, m_registry));
    // From a file, without the store.
    const QString out2 = m_dir.filePath("out2.json");
    QCOMPARE(run({"export", TestSupport::expectedPath("pingtan-2021"), "--to", out2, "--db", m_db}), 0);
    QCOMPARE(TestSupport::readFile(out2), ReportJson::write(TestSupport::expectedReport(m_registry, "pingtan-2021"), m_registry));

    const QString none = m_dir.filePath("none.json");
    QCOMPARE(run({"export", "--agency", QStringLiteral("无此机关"), "--year", "2021", "--to", none, "--db", m_db}), 2);
    QVERIFY(m_err.contains(QStringLiteral("数据库中没有 无此机关 2021 年的报告")));
    QVERIFY(!QFile::exists(none));
    QCOMPARE(run({"export", "--agency", QStringLiteral("昌吉州科学技术局"), "--year", "2021", "--to", m_dir.filePath("x.xls"), "--db", m_db}), 2);
    QVERIFY(m_err.contains("xls"));
}

void tst_CommandLine::set()
{
    const QString agency = QStringLiteral("昌吉州科学技术局");
    QCOMPARE(run({"set", "--agency", agency, "--year", "2021", "t3.granted.natural=2", "t3.new.natural=2", "t3.denied_3.legal=1",
                  "t2.licensing.change=-3", "--db", m_db}), 0);
    const Report r = stored(agency, 2021);
    QCOMPARE(r.cell("t3.granted.natural"), CellValue::integer(2));
    QCOMPARE(r.cell("t2.licensing.change"), CellValue::integer(-3));
    // Totals that depend on the edited cells follow; the rest stay.
    QCOMPARE(r.cell("t3.granted.total"), CellValue::integer(2));
    QCOMPARE(r.cell("t3.denied_3.total"), CellValue::integer(1));
    QCOMPARE(r.cell("t3.total.natural"), CellValue::integer(2));
    QCOMPARE(r.cell("t3.total.legal"), CellValue::integer(1));
    QCOMPARE(r.cell("t3.total.total"), CellValue::integer(3));
    QCOMPARE(r.cell("t3.new.total"), CellValue::integer(2));
    QCOMPARE(r.cell("t3.forward.natural"), CellValue::integer(0));
    // Blank with an empty value.
    QCOMPARE(run({"set", "--agency", agency, "--year", "2021", "t3.denied_3.legal=", "--db", m_db}), 0);
    QVERIFY(stored(agency, 2021).cell("t3.denied_3.legal").isBlank());
}

void tst_CommandLine::setRefuses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative count") << QStringList{"t3.new.natural=-1"} << QStringLiteral("t3.new.natural（一、本年新收政府信息公开申请数量（自然人））：件数不能为负数");
    QTest::newRow("letter") << QStringList{"t3.new.natural=1a"} << QStringLiteral("不是件数");
    QTest::newRow("computed") << QStringList{"t3.total.natural=3"} << QStringLiteral("是自动计算的合计");
    QTest::newRow("unknown key") << QStringList{"t3.new.alien=3"} << QStringLiteral("t3.new.alien：该报告没有这个单元格");
    QTest::newRow("other form") << QStringList{"t2.regulations.issued=3"} << QStringLiteral("该报告没有这个单元格");
    QTest::newRow("no equals") << QStringList{"t3.new.natural"} << QStringLiteral("不是 键=值 的形式");
    QTest::newRow("good then bad") << QStringList{"t3.granted.natural=4", "t3.new.natural=x"} << QStringLiteral("t3.new.natural");
    QTest::newRow("nothing to set") << QStringList{} << QStringLiteral("至少一个");
    QTest::newRow("unknown agency") << QStringList{"--agency", QStringLiteral("无此机关"), "t3.new.natural=1"} << QStringLiteral("数据库中没有 无此机关");
}

void tst_CommandLine::setRefuses()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QByteArray before = dbDigest();
    QStringList all{"set", "--agency", QStringLiteral("昌吉州科学技术局"), "--year", "2021", "--db", m_db};
    all += args; // a second --agency overrides the first
    QCOMPARE(run(all), 2);
    QVERIFY2(m_err.contains(message), qPrintable(m_err));
    QCOMPARE(dbDigest(), before);
}

void tst_CommandLine::checkExitsOneOnErrors()
{
    const QString agency = QStringLiteral("昌吉州科学技术局");
    QCOMPARE(run({"check", "--agency", agency, "--year", "2021", "--db", m_db}), 0);
    QVERIFY(m_out.contains(QStringLiteral("0 个错误，0 个警告")));
    QCOMPARE(run({"set", "--agency", agency, "--year", "2021", "t3.new.natural=3", "--db", m_db}), 0);
    QCOMPARE(run({"check", "--agency", agency, "--year", "2021", "--db", m_db}), 1);
    QVERIFY2(m_out.contains(QStringLiteral("错误  t3.balance  t3.forward.natural  自然人列：第一项加第二项之和为 3，第三项加第四项之和为 0")), qPrintable(m_out));
}

void tst_CommandLine::checkJson()
{
    QCOMPARE(run({"check", TestSupport::expectedPath("shanghai-szfbgt-2019"), "--json", "--db", m_db}), 0);
    QJsonParseError pe;
    const QJsonArray findings = QJsonDocument::fromJson(m_out.toUtf8(), &pe).array();
    QCOMPARE(pe.error, QJsonParseError::NoError);
    QCOMPARE(findings.size(), 135);
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        QCOMPARE(f.keys(), QStringList({"cells", "message", "rule", "severity"}));
        QCOMPARE(f.value("rule").toString(), QStringLiteral("cell.blank"));
        QCOMPARE(f.value("severity").toString(), QStringLiteral("warning"));
        QVERIFY(f.value("message").toString().endsWith(QStringLiteral("未填写")) || f.value("message").toString().contains(QStringLiteral("未填写，应为")));
    }
}

void tst_CommandLine::checkUsesPreviousYear()
{
    // The same agency's next year, carrying over 2 where last year forwarded 0.
    Report next = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    next.year = 2022;
    next.cells["t3.carry.natural"] = CellValue::integer(2);
    next.cells["t3.carry.total"] = CellValue::integer(2);
    next.cells["t3.granted.natural"] = CellValue::integer(2);
    next.cells["t3.granted.total"] = CellValue::integer(2);
    next.cells["t3.total.natural"] = CellValue::integer(2);
    next.cells["t3.total.total"] = CellValue::integer(2);
    const QString file = write("next.json", ReportJson::write(next, m_registry));
    const auto rulesOf = [this] {
        QStringList rules;
        for (const QJsonValue &v : QJsonDocument::fromJson(m_out.toUtf8()).array())
            rules.append(v.toObject().value("rule").toString() + '@' + v.toObject().value("cells").toArray().at(0).toString());
        return rules;
    };
    // Narrowed to report-formats.md §7's rules: the cross-year rule, per column.
    QCOMPARE(run({"check", file, "--json", "--rules-only", "--db", m_db}), 0);
    QCOMPARE(rulesOf(), QStringList({"t3.carry_over@t3.carry.natural", "t3.carry_over@t3.carry.total"}));
    // Everything the window shows: also the parts still last year's word for word (this one copies them whole), and
    // last year's 统计期限 in its 导语.
    QCOMPARE(run({"check", file, "--json", "--db", m_db}), 0);
    const QStringList all = rulesOf();
    QVERIFY2(all.size() > 2 && all.startsWith(QStringLiteral("t3.carry_over@t3.carry.natural")) && all.contains(QStringLiteral("prose.unchanged@prose.part5"))
                 && all.contains(QStringLiteral("prose.year@prose.preamble")),
             qPrintable(all.join(' ')));
}

void tst_CommandLine::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << QStringLiteral("未知的子命令");
    QTest::newRow("unknown option") << QStringList{"list", "--colour"} << QStringLiteral("未知的选项“--colour”");
    QTest::newRow("year letters") << QStringList{"check", "--agency", "x", "--year", "abc"} << QStringLiteral("--year：“abc”不是四位年份");
    QTest::newRow("year missing value") << QStringList{"check", "--agency", "x", "--year"} << QStringLiteral("--year 后面缺少值");
    QTest::newRow("missing db") << QStringList{"list", "--db", "/nonexistent/dir/x.sqlite"} << QStringLiteral("数据库文件 /nonexistent/dir/x.sqlite 不存在");
    QTest::newRow("check both") << QStringList{"check", "a.json", "--agency", "x", "--year", "2021"} << QStringLiteral("请给出一个报告文件");
    QTest::newRow("check agency only") << QStringList{"check", "--agency", "x"} << QStringLiteral("缺少 --year");
    QTest::newRow("export no --to") << QStringList{"export", "a.json"} << QStringLiteral("--to");
    QTest::newRow("import nothing") << QStringList{"import"} << QStringLiteral("至少一个报告文件");
}

void tst_CommandLine::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QCOMPARE(run(args), 2);
    QVERIFY2(m_err.contains(message), qPrintable(m_err));
}

// import FILE.json --agency/--year: the agency is applied (the report filed under it, its printed title kept); a year
// that is not the report's is refused and nothing is written.
void tst_CommandLine::importJsonWithAgencyAndYear()
{
    const QString json = TestSupport::expectedPath("huaian-2024");
    const QByteArray before = dbDigest();
    QCOMPARE(run({"import", json, "--year", "2023", "--db", m_db}), 2);
    QVERIFY2(m_err.contains(QStringLiteral("--year 2023 与文件中的年份 2024 不符")), qPrintable(m_err));
    QCOMPARE(dbDigest(), before);
    QCOMPARE(run({"import", json, "--agency", "淮安市政府办公室", "--year", "2024", "--db", m_db}), 0);
    QVERIFY2(m_out.contains(QStringLiteral("已导入 淮安市政府办公室 2024 年的报告")), qPrintable(m_out));
    const Report filed = stored(QStringLiteral("淮安市政府办公室"), 2024);
    const Report original = stored(QStringLiteral("淮安市人民政府"), 2024);
    QCOMPARE(filed.cells, original.cells);
    QCOMPARE(filed.displayTitle(), original.displayTitle()); // printed as the report printed it
}

// One checker: `check` prints exactly the findings the window's panel lists (ReportDocument), prose included — a
// prose figure that contradicts its table is a finding on the command line too.
void tst_CommandLine::checkSaysWhatTheWindowShows()
{
    Report r = stored(QStringLiteral("昌吉州科学技术局"), 2021);
    const qint64 received = r.cell(QStringLiteral("t3.new.total")).toInteger();
    r.prose.set(QStringLiteral("part1"), QStringLiteral("本年度共收到政府信息公开申请%1件。").arg(received + 72));
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(m_db));
    QVERIFY(store.save({r}, true));
    QCOMPARE(run({"check", "--agency", "昌吉州科学技术局", "--year", "2021", "--json", "--db", m_db}), 0);
    QStringList printed;
    for (const QJsonValue &v : QJsonDocument::fromJson(m_out.toUtf8()).array())
        printed << v.toObject().value("rule").toString() + '@' + v.toObject().value("cells").toArray().at(0).toString();
    Report loaded;
    QVERIFY(store.load(r.agency, r.year, &loaded));
    const ReportDocument window(m_registry, store, loaded);
    QStringList shown;
    for (const Finding &f : window.findings())
        shown << f.rule + '@' + f.anchor();
    QCOMPARE(printed, shown);
    QVERIFY2(!printed.filter(QStringLiteral("prose.figure@prose.part1")).isEmpty(), qPrintable(printed.join(' ')));
    // --rules-only: report-formats.md §7 alone.
    QCOMPARE(run({"check", "--agency", "昌吉州科学技术局", "--year", "2021", "--json", "--rules-only", "--db", m_db}), 0);
    QVERIFY(!m_out.contains(QStringLiteral("prose.")));
    // The kinds are listed, each with what it means.
    QCOMPARE(run({"check", "--kinds"}), 0);
    for (const char *kind : {"t3.balance", "cell.blank", "signature.mismatch", "prose.figure", "prose.copied", "cell.jump"})
        QVERIFY2(m_out.contains(QLatin1String(kind) + QLatin1Char('\t')), kind);
}

// "申请 3191 件" against a table's 3119, and last year's 统计期限 in a 2024 report's 导语: each a finding of `check`,
// with where it stands and what it should say.
void tst_CommandLine::checkReadsFiguresAndYearsAsWritten()
{
    Report r = TestSupport::expectedReport(m_registry, "huaian-2024");
    QCOMPARE(r.year, 2024);
    r.cells["t3.new.natural"] = CellValue::integer(r.cell("t3.new.natural").toInteger() + 3119 - r.cell("t3.new.total").toInteger());
    r.cells["t3.new.total"] = CellValue::integer(3119);
    r.prose.part1 = QStringLiteral("本年度共收到政府信息公开申请 3191 件。");
    r.prose.preamble = QStringLiteral("本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。");
    const QString file = write("spaced.json", ReportJson::write(r, m_registry));
    run({"check", file, "--json", "--db", m_db});
    QStringList found;
    for (const QJsonValue &v : QJsonDocument::fromJson(m_out.toUtf8()).array())
        found << v.toObject().value("rule").toString() + '@' + v.toObject().value("cells").toArray().at(0).toString();
    QVERIFY2(found.contains(QStringLiteral("prose.figure@prose.part1")) && found.contains(QStringLiteral("prose.year@prose.preamble")),
             qPrintable(found.join(' ')));
    run({"check", file, "--db", m_db});
    QVERIFY2(m_out.contains(QStringLiteral("3191")) && m_out.contains(QStringLiteral("3119")), qPrintable(m_out));
    QVERIFY2(m_out.contains(QStringLiteral("统计期限")) && m_out.contains(QStringLiteral("2023")), qPrintable(m_out));
}

// The usage and each sub-command's --help come from the table of sub-commands: every one is listed, and its own
// help names its options.
void tst_CommandLine::helpFromTheTable()
{
    QCOMPARE(run({"--help"}), 0);
    const QString usage = m_out;
    for (const auto &command : SubCommand::all())
        QVERIFY2(usage.contains(QStringLiteral("disclosure-report ") + command->synopsis().section(QLatin1Char('\n'), 0, 0)), qPrintable(command->name()));
    QCOMPARE(run({"import", "--help"}), 0);
    QVERIFY2(m_out.contains(QStringLiteral("--replace")) && m_out.contains(QStringLiteral("--agency")) && !m_out.contains(QStringLiteral("rollup")),
             qPrintable(m_out));
    QCOMPARE(run({"access", "list", "--db", m_db}), 2); // a file has no accounts
    QVERIFY2(m_err.contains(QStringLiteral("服务器")), qPrintable(m_err));
}

// `chart` and `export --chart`: the figures over the years the database holds for an agency.
void tst_CommandLine::chart()
{
    // Four years of one agency (huaian's report as 2021 … 2024), user text in its name that must be escaped.
    Report base = TestSupport::expectedReport(m_registry, "huaian-2024");
    base.agency = QStringLiteral("淮安市<测试>&人民政府");
    QVector<Report> years;
    for (int y : {2021, 2022, 2023, 2024}) {
        Report r = base;
        r.year = y;
        years.append(r);
    }
    {
        SqliteReportStore store(m_registry);
        QVERIFY(store.openSqlite(m_db));
        QVERIFY(store.save(years, false));
    }
    const Report m_base = base;
    const QString png = m_dir.filePath(QStringLiteral("cli.png")), svg = m_dir.filePath(QStringLiteral("cli.svg"));
    QCOMPARE(run({"chart", "--agency", m_base.agency, "--to", png, "--db", m_db}), 0);
    QVERIFY(!QImage(png).isNull());
    QCOMPARE(run({"chart", "--agency", m_base.agency, "--year", "2022", "--to", svg, "--db", m_db}), 0);
    const QByteArray upTo2022 = TestSupport::readFile(svg);
    QVERIFY(upTo2022.contains("2022年") && !upTo2022.contains("2023年"));
    // What it refuses, and says why.
    QCOMPARE(run({"chart", "--agency", "无此机关", "--to", png, "--db", m_db}), 2);
    QVERIFY2(m_err.contains(QStringLiteral("无此机关")), qPrintable(m_err));
    QCOMPARE(run({"chart", "--agency", m_base.agency, "--year", "2021", "--to", png, "--db", m_db}), 2);
    QVERIFY2(m_err.contains(QStringLiteral("两年")), qPrintable(m_err));
    QCOMPARE(run({"chart", "--agency", m_base.agency, "--to", m_dir.filePath(QStringLiteral("x.pdf")), "--db", m_db}), 2);
    QCOMPARE(run({"chart", "--to", png, "--db", m_db}), 2);
    // export --chart: HTML only; the chart up to the report's year.
    const QString html = m_dir.filePath(QStringLiteral("cli.html"));
    QCOMPARE(run({"export", "--agency", m_base.agency, "--year", "2023", "--to", html, "--chart", "--db", m_db}), 0);
    const QByteArray page = TestSupport::readFile(html);
    const QByteArray chart = page.mid(page.indexOf("<svg"));
    QVERIFY(page.contains("<svg") && chart.contains("2023年") && !chart.contains("2024年"));
    QCOMPARE(run({"export", "--agency", m_base.agency, "--year", "2023", "--to", m_dir.filePath(QStringLiteral("x.docx")), "--chart", "--db", m_db}), 2);
    QVERIFY2(m_err.contains(QStringLiteral(".html")), qPrintable(m_err));
}


QTEST_MAIN(tst_CommandLine) // chart draws with fonts: a QGuiApplication
#include "tst_commandline.moc"
