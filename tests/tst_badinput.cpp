// Bad input at every entry point, as one table: the entry, the input, and the words its message must have.
// Nothing crashes, every refusal says what and where, and a refused input leaves the database as it was.
#include "CellValue.h"
#include "CliContext.h"
#include "CommandLine.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ReportActions.h"
#include "ProseEdit.h"
#include "ReportDocument.h"
#include "ReportJson.h"
#include "SqliteReportStore.h"
#include "TextImporter.h"

#include <QBuffer>
#include <QClipboard>
#include <QCryptographicHash>
#include <QImage>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>

class tst_BadInput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void refused_data();
    void refused();
    void fullWidthDigitsAccepted();

private:
    QString file(const QString &name, const QByteArray &bytes);
    QByteArray dbDigest();

    FormatRegistry m_registry;
    QTemporaryDir m_dir;
    QString m_db;
    Report m_report;
    int m_rows = 0;
};

void tst_BadInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_report = TestSupport::expectedReport(m_registry, QStringLiteral("changji-kejiju-2021"));
    m_db = m_dir.filePath(QStringLiteral("reports.sqlite"));
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(m_db));
    QVERIFY(store.save({m_report}, false));
}

void tst_BadInput::cleanupTestCase()
{
    qInfo("bad-input table: %d inputs refused with their messages, the database unchanged by each", m_rows);
}

QString tst_BadInput::file(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray tst_BadInput::dbDigest()
{
    SqliteReportStore store(m_registry);
    Report r;
    if (!store.openSqlite(m_db) || !store.load(m_report.agency, m_report.year, &r))
        return QByteArray();
    const auto seal = store.attachment(m_report.agency, m_report.year, QStringLiteral("seal"));
    const QByteArray all = ReportJson::write(r, m_registry) + (seal ? seal->data : QByteArray());
    return QCryptographicHash::hash(all, QCryptographicHash::Sha256);
}

void tst_BadInput::refused_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");

    // Cells, as typed into the editor or given to `set`.
    QTest::newRow("cell: letters") << "cell" << QByteArray("12a") << QStringLiteral("数字");
    QTest::newRow("cell: negative") << "cell" << QByteArray("-5") << QStringLiteral("负数");
    QTest::newRow("cell: 20 digits") << "cell" << QByteArray("99999999999999999999") << QStringLiteral("太大");
    QTest::newRow("cell: fraction in a count") << "cell" << QByteArray("1.5") << QStringLiteral("件数");
    // Prose: a 10 MB paste into the editor, and the same through the store.
    QTest::newRow("prose: 10 MB paste") << "paste" << QByteArray(10 * 1024 * 1024, 'x') << QStringLiteral("太长");
    QTest::newRow("prose: 200 000 characters stored") << "prose" << QByteArray(200000, 'x') << QStringLiteral("太长");
    // The seal image.
    QTest::newRow("seal: over 8 MB") << "seal" << QByteArray(9 * 1024 * 1024, '\x89') << QStringLiteral("太大");
    QTest::newRow("seal: not an image") << "seal" << QByteArray("<html>not a png</html>") << QStringLiteral("不是可用的 PNG");
    QTest::newRow("seal: 7000 pixels across") << "seal" << QByteArray("wide") << QStringLiteral("像素");
    QTest::newRow("seal: a bomb (header of 60000 × 60000)") << "seal" << QByteArray("bomb") << QStringLiteral("像素");
    QTest::newRow("seal: data cut short") << "seal" << QByteArray("cut") << QStringLiteral("不是可用的 PNG");
    // Report JSON: each member of the wrong type, an unknown form, a repeated member.
    const QByteArray good = ReportJson::write(m_report, m_registry);
    auto swapped = [&good](const char *member, const char *value) {
        QJsonObject o = QJsonDocument::fromJson(good).object();
        o.insert(QLatin1String(member), QJsonDocument::fromJson(QByteArray("[") + value + "]").array().at(0));
        return QJsonDocument(o).toJson();
    };
    for (const auto &[member, value] : QList<QPair<const char *, const char *>>{
             {"schema", "1"}, {"agency", "[]"}, {"year", "\"2021\""}, {"formats", "\"2021\""}, {"date", "20220118"}, {"title", "{}"},
             {"contact", "\"张三\""}, {"prose", "[]"}, {"cells", "[]"}, {"annotations", "1"}})
        QTest::newRow(qPrintable(QStringLiteral("json: %1 of the wrong type").arg(QLatin1String(member)))) << "json" << swapped(member, value)
                                                                                                     << QString::fromLatin1(member);
    {
        QJsonObject o = QJsonDocument::fromJson(good).object();
        QJsonObject formats = o.value(QStringLiteral("formats")).toObject();
        formats.insert(QStringLiteral("t3"), QStringLiteral("1999"));
        o.insert(QStringLiteral("formats"), formats);
        QTest::newRow("json: unknown form") << "json" << QJsonDocument(o).toJson() << QStringLiteral("1999");
    }
    QByteArray twice = good;
    twice.replace("\"agency\": ", "\"agency\": \"另一个机关\", \"agency\": ");
    QTest::newRow("json: repeated member") << "json" << twice << QStringLiteral("重复");
    QTest::newRow("json: not JSON") << "json" << QByteArray("{\"schema\": ") << QStringLiteral("不是有效的 JSON");
    // A published report's text.
    QTest::newRow("text: binary") << "text" << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("不是文本文件");
    QTest::newRow("text: empty") << "text" << QByteArray("  \n\n") << QStringLiteral("空");
    QTest::newRow("text: 50 MB") << "text" << QByteArray(50 * 1024 * 1024, 'a') << QStringLiteral("太大");
    QTest::newRow("text: 3 million characters") << "pasted" << QByteArray(3 * 1024 * 1024, 'a') << QStringLiteral("太长");
    QTest::newRow("text: no report in it") << "text" << QByteArray("今天天气很好。\n明天也是。\n") << QStringLiteral("不像一份政府信息公开工作年度报告");
    // The command line.
    QTest::newRow("cli: unknown sub-command") << "cli" << QByteArray("frobnicate") << QStringLiteral("未知的子命令");
    QTest::newRow("cli: unknown option") << "cli" << QByteArray("list --colour") << QStringLiteral("--colour");
    QTest::newRow("cli: year not a year") << "cli" << QByteArray("check --agency X --year 20x1") << QStringLiteral("20x1");
    QTest::newRow("cli: option without its value") << "cli" << QByteArray("export --to") << QStringLiteral("--to");
    QTest::newRow("cli: set a computed total") << "cli" << QByteArray("set --agency 昌吉州科学技术局 --year 2021 t3.new.total=5")
                                               << QStringLiteral("自动计算");
    QTest::newRow("cli: set letters") << "cli" << QByteArray("set --agency 昌吉州科学技术局 --year 2021 t3.new.natural=五") << QStringLiteral("t3.new.natural");
    // Database paths.
    QTest::newRow("db: a folder") << "db" << QByteArray("folder") << QStringLiteral("不是文件");
    QTest::newRow("db: not a database") << "db" << QByteArray("notes") << QStringLiteral("不是可用的数据库文件");
    QTest::newRow("db: a server's address") << "db" << QByteArray("postgresql://clerk@server/reports") << QStringLiteral("服务器");
    QTest::newRow("db: where nothing can be made") << "db" << QByteArray("/proc/no/reports.sqlite") << QStringLiteral("/proc/no");
}

void tst_BadInput::refused()
{
    QFETCH(QString, entry);
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const QByteArray before = dbDigest();
    QVERIFY(!before.isEmpty());
    QString said;
    bool refusedIt = false;
    const QString tag = QString::fromUtf8(QTest::currentDataTag()).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));

    if (entry == QLatin1String("cell")) {
        CellValue v;
        refusedIt = !CellValue::parse(ValueType::Count, QString::fromUtf8(input), &v, &said);
    } else if (entry == QLatin1String("paste") || entry == QLatin1String("prose")) {
        SqliteReportStore store(m_registry);
        QVERIFY(store.openSqlite(m_db));
        if (entry == QLatin1String("prose")) {
            refusedIt = !store.setProse(m_report.agency, m_report.year, QStringLiteral("part6"), QString::fromUtf8(input));
            said = store.lastError();
        } else {
            ReportDocument document(m_registry, store, m_report);
            ProseEdit edit(QStringLiteral("part6"));
            edit.setDocument(&document);
            connect(&edit, &ProseEdit::pasteRefused, this, [&said](const QString &m) { said = m; });
            const QString was = edit.toPlainText();
            QApplication::clipboard()->setText(QString::fromUtf8(input));
            edit.paste();
            refusedIt = !said.isEmpty() && edit.toPlainText() == was;
        }
    } else if (entry == QLatin1String("seal")) {
        QByteArray bytes = input;
        if (input == "wide" || input == "cut" || input == "bomb") {
            QImage image(input == "wide" ? QSize(7000, 4) : QSize(400, 400), QImage::Format_ARGB32);
            image.fill(Qt::red);
            QBuffer buffer(&bytes);
            bytes.clear();
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            if (input == "cut")
                bytes.truncate(bytes.size() / 2);
            if (input == "bomb") { // the header's size rewritten, its CRC made to match: what a crafted file does
                for (int i = 0; i < 2; ++i) {
                    const quint32 side = 60000;
                    for (int b = 0; b < 4; ++b)
                        bytes[16 + 4 * i + b] = char((side >> (24 - 8 * b)) & 0xff);
                }
                const quint32 crc = [](const QByteArray &chunk) {
                    quint32 c = 0xffffffffu;
                    for (const char ch : chunk) {
                        c ^= quint8(ch);
                        for (int k = 0; k < 8; ++k)
                            c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1u)));
                    }
                    return ~c;
                }(bytes.mid(12, 17));
                for (int b = 0; b < 4; ++b)
                    bytes[29 + b] = char((crc >> (24 - 8 * b)) & 0xff);
            }
        }
        refusedIt = !ReportActions::readSealImage(file(tag + QStringLiteral(".png"), bytes), &said);
    } else if (entry == QLatin1String("json")) {
        refusedIt = !ReportJson::read(input, m_registry, &said);
    } else if (entry == QLatin1String("text") || entry == QLatin1String("pasted")) {
        const auto text = entry == QLatin1String("pasted") ? std::optional<QString>(QString::fromLatin1(input)) : TextImporter::decode(input, &said);
        refusedIt = !text || !TextImporter::read(*text, m_registry, {}, &said);
    } else if (entry == QLatin1String("cli")) {
        QString out;
        QTextStream o(&out), e(&said);
        QStringList args{QStringLiteral("disclosure-report")};
        args += QString::fromUtf8(input).split(QLatin1Char(' '));
        args += {QStringLiteral("--db"), m_db};
        if (input.startsWith("export --to"))
            args.removeLast(), args.removeLast(); // the value missing at the very end
        refusedIt = CommandLine(m_registry, o, e).run(args) == CliContext::BadInput;
        e.flush();
    } else if (entry == QLatin1String("db")) {
        QString path = QString::fromUtf8(input);
        if (input == "folder")
            QDir().mkpath(path = m_dir.filePath(QStringLiteral("a-folder.sqlite")));
        else if (input == "notes")
            path = file(QStringLiteral("notes.sqlite"), "这是笔记，不是数据库\n");
        const QByteArray fileBefore = QFileInfo(path).isFile() ? TestSupport::readFile(path) : QByteArray();
        refusedIt = !ReportStore::open(m_registry, path, &said);
        if (QFileInfo(path).isFile())
            QCOMPARE(TestSupport::readFile(path), fileBefore);
        QVERIFY(!QFileInfo::exists(QStringLiteral("postgresql:")));
    }
    QVERIFY2(refusedIt, qPrintable(QStringLiteral("accepted: ") + said));
    QVERIFY2(!said.trimmed().isEmpty(), "refused without a word");
    QVERIFY2(said.contains(message), qPrintable(said));
    QCOMPARE(dbDigest(), before);
    ++m_rows;
}

// What a clerk's Chinese input method types: full-width digits are numbers, not letters.
void tst_BadInput::fullWidthDigitsAccepted()
{
    CellValue v;
    QString error;
    QVERIFY2(CellValue::parse(ValueType::Count, QStringLiteral("１２３"), &v, &error), qPrintable(error));
    QCOMPARE(v, CellValue::integer(123));
}

QTEST_MAIN(tst_BadInput)
#include "tst_badinput.moc"
