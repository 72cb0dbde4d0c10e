#include "SqlSchema.h"
#include "ReportSchema.h"
#include "PostgresReportStore.h"
#include "SqliteReportStore.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <sys/stat.h>
#include <unistd.h>

// A store on the engine under test, named `name`, as the interface every caller sees.
#define OPEN_STORE(name, location)                                                                                          \
    const auto name##Owner = openStore(location);                                                                          \
    QVERIFY2(name##Owner, qPrintable(m_openError));                                                                        \
    ReportStore &name = *name##Owner

namespace {

QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(TestSupport::readFile(path), QCryptographicHash::Sha256);
}

// mount/umount for the tests that need a file system of their own (as root): true when it ran and succeeded.
bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished() && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// A raw connection beside the store's, to look at what is really in the file.
class RawDb
{
public:
    explicit RawDb(const QString &location)
        : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = TestSupport::addConnection(location, m_name);
        if (!db.open())
            qWarning() << location << db.lastError().text();
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql) || !q.next())
            return QVariant();
        return q.value(0);
    }
    bool exec(const QString &sql, const QVariantList &args = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        bool ok = false;
        if (args.isEmpty()) { // DDL cannot be prepared on PostgreSQL
            ok = q.exec(sql);
        } else {
            q.prepare(sql);
            for (const QVariant &a : args)
                q.addBindValue(a);
            ok = q.exec();
        }
        if (!ok)
            qWarning() << sql << q.lastError().text();
        return ok;
    }

private:
    QString m_name;
};

} // namespace

class tst_ReportStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void replaceNeedsConsent();
    void saveIsAllOrNothing();
    void setCells();
    void doubtsKeptUntilConfirmed();
    void renameAndMergeAgencies();
    void removeCascades();
    void attachments();
    void hostileNames();
    void migratesFromVersion1();
    void refusesWhatItCannotUse_data();
    void refusesWhatItCannotUse();
    void defaultPathIsAppData();
    void signedReportIsReadOnly();
    void setFormsReplacesCellsOnly();
    void dailyBackupBeforeTheFirstChange();
    void filesAreTheOwnersOnly();
    void backupAndRestore();
    void lockedByAnotherProgram();
    void readOnlyFileOpensForReading();
    void writesNeverOverwriteAChangeMadeElsewhere();
    void signedReportRefusedByTheDatabase();
    void departmentRoleWritesOnlyItsAgency();
    void serverAddressIsNeverAFile();
    void reviewStepsAreRecorded();
    void reviewerRoleReviewsItsRegionOnly();
    void agencyTree();
    void regionReadInAFixedNumberOfStatements();
    void regionReadAsEachRole();
    void damagedPagesAreRefusedAndABackupStandsIn();
    void diskFullRefusesTheEditWhole();

private:
    QString freshPath() { return m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_count)); }
    // A new database on the engine under test: a file, or a database on the test server.
    QString freshLocation()
    {
        return m_engine == QLatin1String("sqlite") ? freshPath() : TestSupport::newPostgresDatabase(QStringLiteral("t_%1").arg(++m_count));
    }
    std::unique_ptr<ReportStore> openStore(const QString &location)
    {
        m_openError.clear();
        return ReportStore::open(m_registry, location, &m_openError);
    }
    const QString m_engine = TestSupport::testEngine();
    // A store that writes as `user`: on a server a clerk's login that writes `agencies` (made there by the owner if
    // need be), the login name on a desktop.
    std::unique_ptr<ReportStore> openAs(const QString &location, const QString &user, const QStringList &agencies)
    {
        if (m_engine == QLatin1String("sqlite")) {
            const QByteArray was = qgetenv("USER");
            qputenv("USER", user.toUtf8());
            auto store = openStore(location);
            qputenv("USER", was);
            return store;
        }
        if (!ensureAgencies(location, agencies))
            return nullptr;
        const QString url = TestSupport::officeAccount(location, user, QStringLiteral("clerk"), QStringLiteral("write"), agencies);
        return url.isEmpty() ? nullptr : openStore(url);
    }
    // On a server agencies are the owner's to add.
    bool ensureAgencies(const QString &location, const QStringList &agencies)
    {
        auto owner = openStore(location);
        QVector<ReportStore::AgencyNode> nodes;
        const QStringList known = owner ? owner->agencies() : QStringList();
        for (const QString &a : agencies)
            if (!known.contains(a))
                nodes.append({a, QString()});
        return owner && (nodes.isEmpty() || owner->setAgencyParents(nodes));
    }
    // Who takes the review's steps: on a server the agency's clerk and its region's reviewer, each its own login made
    // through the access functions (the database's owner takes no step); in a file one user does everything.
    struct Office
    {
        std::unique_ptr<ReportStore> clerk, reviewer;
    };
    Office office(const QString &location, const QString &agency)
    {
        if (m_engine == QLatin1String("sqlite"))
            return {openStore(location), openStore(location)};
        if (!ensureAgencies(location, {agency}))
            return {};
        const QString clerk = TestSupport::officeAccount(location, QStringLiteral("dr_clerk"), QStringLiteral("clerk"), QStringLiteral("write"), {agency});
        const QString reviewer = TestSupport::officeAccount(location, QStringLiteral("dr_reviewer"), QStringLiteral("reviewer"), QStringLiteral("review"), {agency});
        if (clerk.isEmpty() || reviewer.isEmpty())
            return {};
        return {openStore(clerk), openStore(reviewer)};
    }
    // Signed as an office signs: in a file at once; on a server submitted by the clerk, approved by the reviewer, then
    // signed by the clerk. The office is returned (its clerk withdraws a signature); empty when a step failed.
    Office signIt(const QString &location, const QString &agency, int year, const QString &who)
    {
        Office o = office(location, agency);
        if (!o.clerk || !o.reviewer)
            return {};
        if (m_engine != QLatin1String("sqlite")
            && !(o.clerk->review(agency, year, QStringLiteral("submit"), QString()) && o.reviewer->review(agency, year, QStringLiteral("approve"), QString()))) {
            qWarning() << o.clerk->lastError() << o.reviewer->lastError();
            return {};
        }
        if (!o.clerk->sign(agency, year, who)) {
            qWarning() << o.clerk->lastError();
            return {};
        }
        return o;
    }
    QString m_openError;
    FormatRegistry m_registry;
    QTemporaryDir m_dir;
    int m_count = 0;
};

void tst_ReportStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(SqlSchema::latestVersion(), 12);
    // One migration history for both engines: the same versions, each in its own dialect.
    for (const char *engine : {"sqlite", "postgresql"})
        QCOMPARE(QDir(QStringLiteral(":/sql/") + QLatin1String(engine)).entryList({"*.sql"}).size(), SqlSchema::latestVersion());
    qInfo("engine: %s", qPrintable(m_engine));
    if (m_engine != QLatin1String("sqlite"))
        QVERIFY2(!TestSupport::newPostgresDatabase(QStringLiteral("t_probe")).isEmpty(), "the test server (tests/pg_server.sh) is not reachable");
}

void tst_ReportStore::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &n : TestSupport::expectedFixtures())
        QTest::newRow(qPrintable(n)) << n;
}

void tst_ReportStore::roundTrip()
{
    QFETCH(QString, name);
    const Report report = TestSupport::expectedReport(m_registry, name);
    const QString path = freshLocation();
    {
        OPEN_STORE(store, path);
        QCOMPARE(store.schemaVersion(), SqlSchema::latestVersion());
        QVERIFY2(store.save({report}, false), qPrintable(store.lastError()));
    }
    OPEN_STORE(reopened, path);
    Report loaded;
    QVERIFY2(reopened.load(report.agency, report.year, &loaded), qPrintable(reopened.lastError()));
    QCOMPARE(loaded, report);
    QCOMPARE(loaded.cells.size(), report.cells.size());
    const auto entries = reopened.list();
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->at(0).agency, report.agency);
    QVERIFY(!reopened.load(report.agency, report.year + 1, &loaded));
    QVERIFY(reopened.lastError().isEmpty()); // not found is not an error

    if (m_engine == QLatin1String("sqlite")) {
        RawDb raw(path);
        QCOMPARE(raw.value("PRAGMA journal_mode").toString(), QStringLiteral("wal"));
    }
}

void tst_ReportStore::replaceNeedsConsent()
{
    Report r = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    OPEN_STORE(store, freshLocation());
    QVERIFY(store.save({r}, false));
    r.cells["t3.new.natural"] = CellValue::integer(9);
    QVERIFY(!store.save({r}, false));
    QVERIFY2(store.lastError().contains(QStringLiteral("已在数据库中")), qPrintable(store.lastError()));
    Report loaded;
    QVERIFY(store.load(r.agency, r.year, &loaded));
    QCOMPARE(loaded.cell("t3.new.natural"), CellValue::integer(0));
    QVERIFY(store.save({r}, true));
    QVERIFY(store.load(r.agency, r.year, &loaded));
    QCOMPARE(loaded.cell("t3.new.natural"), CellValue::integer(9));
    QCOMPARE(store.list()->size(), 1);
}

void tst_ReportStore::saveIsAllOrNothing()
{
    const Report a = TestSupport::expectedReport(m_registry, "huaian-2024");
    const Report b = TestSupport::expectedReport(m_registry, "hongze-2024");
    OPEN_STORE(store, freshLocation());
    QVERIFY(store.save({b}, false));
    QVERIFY(!store.save({a, b}, false)); // b exists: a must not be written either
    QCOMPARE(store.list()->size(), 1);
    QVERIFY(!store.contains(a.agency, a.year));
}

void tst_ReportStore::setCells()
{
    const Report r = TestSupport::expectedReport(m_registry, "huaian-2024");
    const QString path = freshLocation();
    OPEN_STORE(store, path);
    QVERIFY(store.save({r}, false));
    QVERIFY(store.setCells(r.agency, r.year, {{"t3.new.natural", CellValue::integer(5)}, {"t2.fees.amount", CellValue::decimal(*Decimal::fromString("1.230000"))}, {"t3.carry.legal", CellValue()}}));
    Report loaded;
    QVERIFY(store.load(r.agency, r.year, &loaded));
    QCOMPARE(loaded.cell("t3.new.natural"), CellValue::integer(5));
    QCOMPARE(loaded.cell("t2.fees.amount").toString(), QStringLiteral("1.230000"));
    QVERIFY(loaded.cell("t3.carry.legal").isBlank());
    // One bad key: nothing of the batch is written.
    QVERIFY(!store.setCells(r.agency, r.year, {{"t3.new.commercial", CellValue::integer(77)}, {"t3.zzz.natural", CellValue::integer(1)}}));
    QVERIFY(store.lastError().contains("t3.zzz.natural"));
    QVERIFY(store.load(r.agency, r.year, &loaded));
    QCOMPARE(loaded.cell("t3.new.commercial"), r.cell("t3.new.commercial"));
    QVERIFY(!store.setCells(QStringLiteral("无此机关"), 2024, {{"t3.new.natural", CellValue::integer(1)}}));
}

void tst_ReportStore::doubtsKeptUntilConfirmed()
{
    Report r = TestSupport::expectedReport(m_registry, "huaian-2024");
    r.doubts.insert("t3.new.natural", QStringLiteral("行的名称不完全一致"));
    r.doubts.insert("t4.review.upheld", QStringLiteral("按位置"));
    const QString path = freshLocation();
    {
        OPEN_STORE(store, path);
        QVERIFY(store.save({r}, false));
    }
    OPEN_STORE(store, path);
    Report loaded;
    QVERIFY(store.load(r.agency, r.year, &loaded));
    QCOMPARE(loaded.doubts, r.doubts);
    // Writing a cell without a doubt confirms it; the other mark stays; a doubt can be written back (undo).
    QVERIFY(store.setCells(r.agency, r.year, {{"t3.new.natural", r.cell("t3.new.natural")}}));
    QVERIFY(store.load(r.agency, r.year, &loaded));
    QCOMPARE(loaded.doubts.keys(), QStringList{"t4.review.upheld"});
    QVERIFY(store.setCells(r.agency, r.year, {{"t3.new.natural", CellValue::integer(9)}}, {{"t3.new.natural", QStringLiteral("x")}}));
    QVERIFY(store.load(r.agency, r.year, &loaded));
    QCOMPARE(loaded.doubts.value("t3.new.natural"), QStringLiteral("x"));
    QCOMPARE(loaded.cell("t3.new.natural"), CellValue::integer(9));
}

void tst_ReportStore::renameAndMergeAgencies()
{
    Report a = TestSupport::expectedReport(m_registry, "hongze-2024");
    a.agency = QStringLiteral("洪泽区人民政府");
    a.year = 2023;
    Report b = TestSupport::expectedReport(m_registry, "hongze-2024"); // 淮安市洪泽区人民政府 2024
    const QString location = freshLocation();
    OPEN_STORE(store, location);
    QVERIFY(store.save({a, b}, false));
    // Merge: 2023 joins the other name; the old name goes; moved years are told (for undo).
    QList<int> moved;
    QVERIFY2(store.renameAgency(a.agency, b.agency, {}, &moved), qPrintable(store.lastError()));
    QCOMPARE(moved, QList<int>{2023});
    QCOMPARE(store.agencies(), QStringList{b.agency});
    QVERIFY(store.contains(b.agency, 2023) && store.contains(b.agency, 2024));
    // Undo of the merge: the same years back under the old name.
    QVERIFY(store.renameAgency(b.agency, a.agency, moved));
    QVERIFY(store.contains(a.agency, 2023) && store.contains(b.agency, 2024) && !store.contains(b.agency, 2023));
    // A plain rename.
    QVERIFY(store.renameAgency(a.agency, QStringLiteral("淮安市洪泽区人民政府办公室")));
    QCOMPARE(store.agencies(), QStringList({QStringLiteral("淮安市洪泽区人民政府"), QStringLiteral("淮安市洪泽区人民政府办公室")}));
    // Refused: both have the year; a signed report; an empty name. Nothing changes.
    QVERIFY(store.save({a}, false));
    QVERIFY(!store.renameAgency(a.agency, QStringLiteral("淮安市洪泽区人民政府办公室")));
    QVERIFY2(store.lastError().contains(QStringLiteral("都有 2023 年的报告")), qPrintable(store.lastError()));
    QVERIFY(store.contains(a.agency, 2023));
    QVERIFY(signIt(location, b.agency, 2024, QStringLiteral("张三")).clerk);
    QVERIFY(!store.renameAgency(b.agency, QStringLiteral("别的名字")));
    QVERIFY2(store.lastError().contains(QStringLiteral("已签发")), qPrintable(store.lastError()));
    QVERIFY(store.contains(b.agency, 2024));
    QVERIFY(!store.renameAgency(a.agency, QStringLiteral("  ")));
    QCOMPARE(store.agencies().size(), 3);
}

void tst_ReportStore::removeCascades()
{
    const Report r = TestSupport::expectedReport(m_registry, "pingtan-2021");
    const QString path = freshLocation();
    OPEN_STORE(store, path);
    QVERIFY(store.save({r}, false));
    QVERIFY(store.setAttachment(r.agency, r.year, "seal", {"image/png", QByteArray("png")}));
    QVERIFY(store.remove(r.agency, r.year));
    QVERIFY(!store.contains(r.agency, r.year));
    RawDb raw(path);
    QCOMPARE(raw.value("SELECT count(*) FROM cell").toInt(), 0);
    QCOMPARE(raw.value("SELECT count(*) FROM prose").toInt(), 0);
    QCOMPARE(raw.value("SELECT count(*) FROM attachment").toInt(), 0);
    QVERIFY(!store.remove(r.agency, r.year));
}

void tst_ReportStore::attachments()
{
    const Report r = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    QByteArray png(4096, '\0');
    for (int i = 0; i < png.size(); ++i)
        png[i] = char(i * 7);
    const QString path = freshLocation();
    {
        OPEN_STORE(store, path);
        QVERIFY(store.save({r}, false));
        QVERIFY(!store.attachment(r.agency, r.year, "seal"));
        QVERIFY(store.setAttachment(r.agency, r.year, "seal", {"image/png", png}));
        QVERIFY(store.setAttachment(r.agency, r.year, "seal", {"image/png", png})); // replaces
    }
    OPEN_STORE(store, path);
    const auto a = store.attachment(r.agency, r.year, "seal");
    QVERIFY(a);
    QCOMPARE(a->mimeType, QStringLiteral("image/png"));
    QCOMPARE(a->data, png);
}

void tst_ReportStore::hostileNames()
{
    Report r = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    r.agency = QStringLiteral("O'Brien\"); DROP TABLE report; --");
    r.prose.part6 = QStringLiteral("'; DELETE FROM cell; --");
    OPEN_STORE(store, freshLocation());
    QVERIFY(store.save({r}, false));
    Report loaded;
    QVERIFY(store.load(r.agency, r.year, &loaded));
    QCOMPARE(loaded, r);
}

// A file written by the first released schema: the store upgrades it in place and keeps every report.
void tst_ReportStore::migratesFromVersion1()
{
    const Report r = TestSupport::expectedReport(m_registry, "shanghai-szfbgt-2019");
    const QString path = freshLocation();
    {
        RawDb raw(path);
        QFile v1(QStringLiteral(":/sql/%1/001-initial.sql").arg(m_engine));
        QVERIFY(v1.open(QIODevice::ReadOnly));
        QString script;
        for (const QString &line : QString::fromUtf8(v1.readAll()).split('\n'))
            if (!line.trimmed().startsWith("--"))
                script += line + '\n';
        for (const QString &statement : script.split(';'))
            if (!statement.trimmed().isEmpty())
                QVERIFY(raw.exec(statement));
        QVERIFY(raw.exec("INSERT INTO meta (key, value) VALUES ('schema_version', '1')"));
        QVERIFY(raw.exec("INSERT INTO agency (id, name) VALUES (1, ?)", {r.agency}));
        QVERIFY(raw.exec("INSERT INTO report (id, agency_id, year, t2_form, t3_form, t4_form, title) VALUES (1, 1, ?, ?, ?, ?, ?)",
                         {r.year, r.formats.t2, r.formats.t3, r.formats.t4, *r.title}));
        for (auto it = r.cells.begin(); it != r.cells.end(); ++it)
            QVERIFY(raw.exec("INSERT INTO cell (report_id, key, int_value, text_value) VALUES (1, ?, ?, ?)",
                             {it.key(), it->isInteger() ? QVariant(it->toInteger()) : QVariant(QMetaType::fromType<qlonglong>()),
                              it->kind() == CellValue::Kind::Text ? QVariant(it->toString()) : QVariant(QMetaType::fromType<QString>())}));
        for (const QString &part : Prose::parts())
            if (r.prose.get(part))
                QVERIFY(raw.exec("INSERT INTO prose (report_id, part, body) VALUES (1, ?, ?)", {part, *r.prose.get(part)}));
        QVERIFY(!raw.value("SELECT count(*) FROM attachment").isValid());
    }
    OPEN_STORE(store, path);
    QCOMPARE(store.schemaVersion(), SqlSchema::latestVersion());
    Report loaded;
    QVERIFY2(store.load(r.agency, r.year, &loaded), qPrintable(store.lastError()));
    QCOMPARE(loaded, r);
    QVERIFY(store.setAttachment(r.agency, r.year, "seal", {"image/svg+xml", "<svg/>"}));
    QVERIFY(store.setCells(r.agency, r.year, {{"t3.new.natural", CellValue::integer(1)}})); // writes modified_at (v2)
}

void tst_ReportStore::refusesWhatItCannotUse_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("garbage") << "garbage" << QStringLiteral("不是可用的数据库文件");
    QTest::newRow("truncated sqlite") << "truncated" << QStringLiteral("不是可用的数据库文件");
    QTest::newRow("another program's database") << "foreign" << QStringLiteral("不是本程序的数据库");
    QTest::newRow("newer schema") << "newer" << QStringLiteral("由更新版本的程序创建");
    QTest::newRow("a directory") << "directory" << QStringLiteral("不是文件");
}

void tst_ReportStore::refusesWhatItCannotUse()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const bool sqlite = m_engine == QLatin1String("sqlite");
    if (!sqlite && kind != QLatin1String("foreign") && kind != QLatin1String("newer"))
        QSKIP("a file's own damage");
    QString path = sqlite ? freshPath() : freshLocation();
    if (kind == QLatin1String("garbage")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    } else if (kind == QLatin1String("truncated")) {
        {
            OPEN_STORE(store, path);
            QVERIFY(store.save({TestSupport::expectedReport(m_registry, "huaian-2024")}, false));
        }
        QFile::remove(path + "-wal");
        QFile::remove(path + "-shm");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const QByteArray head = f.read(60);
        f.resize(0);
        f.seek(0);
        f.write(head); // the header survives, the pages do not
    } else if (kind == QLatin1String("foreign")) {
        RawDb raw(path);
        QVERIFY(raw.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"));
    } else if (kind == QLatin1String("newer")) {
        QVERIFY2(openStore(path), qPrintable(m_openError)); // a database of ours, made and closed
        RawDb raw(path);
        QVERIFY(raw.exec("UPDATE meta SET value = '99' WHERE key = 'schema_version'"));
    } else {
        QVERIFY(QDir().mkpath(path));
    }
    const QByteArray before = QFileInfo(path).isFile() ? digest(path) : QByteArray();
    const QVariant tables = sqlite ? QVariant() : TestSupport::querySql(path, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'");
    QVERIFY(!openStore(path));
    QVERIFY2(m_openError.contains(message), qPrintable(m_openError));
    QVERIFY2(m_openError.contains(sqlite ? path : PostgresReportStore::displayUrl(path)), qPrintable(m_openError));
    if (!before.isEmpty())
        QCOMPARE(digest(path), before); // nothing written
    if (!sqlite)
        QCOMPARE(TestSupport::querySql(path, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"), tables);
}

void tst_ReportStore::defaultPathIsAppData()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName("disclosure-report");
    const QString path = ReportStore::defaultLocation();
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(path.endsWith("reports.sqlite"));
}

void tst_ReportStore::signedReportIsReadOnly()
{
    const Report r = TestSupport::expectedReport(m_registry, "huaian-2024");
    const QString location = freshLocation();
    OPEN_STORE(store, location);
    QVERIFY(store.save({r}, false));
    QVERIFY(!store.signOff(r.agency, r.year));
    QVERIFY(!store.sign(r.agency, r.year, "  "));
    QVERIFY(store.lastError().contains(QStringLiteral("签发人")));
    const Office o = signIt(location, r.agency, r.year, QStringLiteral("王主任"));
    QVERIFY(o.clerk);
    const auto signedOff = store.signOff(r.agency, r.year);
    QVERIFY(signedOff);
    QCOMPARE(signedOff->who, QStringLiteral("王主任"));
    QCOMPARE(signedOff->role, o.clerk->user()); // the login beside the name typed
    QVERIFY(qAbs(signedOff->at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    // Every write refuses, and says why.
    QVERIFY(!store.setCells(r.agency, r.year, {{"t3.new.natural", CellValue::integer(1)}}));
    QVERIFY(store.lastError().contains(QStringLiteral("已签发")));
    QVERIFY(!store.setProse(r.agency, r.year, "part6", QStringLiteral("x")));
    QVERIFY(!store.setDetails(r));
    QVERIFY(!store.remove(r.agency, r.year));
    QVERIFY(!store.save({r}, true));
    QVERIFY(!store.setAttachment(r.agency, r.year, "seal", {"image/png", "x"}));
    QVERIFY(!store.setForms(ReportSchema::withForms(m_registry, r, {"2019", "2019", "2021"}, nullptr)));
    QVERIFY(!store.sign(r.agency, r.year, QStringLiteral("王主任")));
    Report loaded;
    QVERIFY(store.load(r.agency, r.year, &loaded));
    QCOMPARE(loaded, r);
    // Reopening needs a reason and is recorded.
    QVERIFY(!o.clerk->reopen(r.agency, r.year, QStringLiteral("王主任"), " "));
    QVERIFY2(o.clerk->reopen(r.agency, r.year, QStringLiteral("王主任"), QStringLiteral("表三数字有误")), qPrintable(o.clerk->lastError()));
    QVERIFY(!store.signOff(r.agency, r.year));
    QVERIFY(store.setCells(r.agency, r.year, {{"t3.new.natural", CellValue::integer(1)}}));
    const auto history = store.signOffHistory(r.agency, r.year);
    QCOMPARE(history.size(), m_engine == QLatin1String("sqlite") ? 2 : 4); // on a server the review came first
    QCOMPARE(history[history.size() - 2].action, QStringLiteral("sign"));
    QCOMPARE(history.last().action, QStringLiteral("reopen"));
    QCOMPARE(history.last().reason, QStringLiteral("表三数字有误"));
    QCOMPARE(history.last().role, o.clerk->user());
}

void tst_ReportStore::setFormsReplacesCellsOnly()
{
    const Report r = TestSupport::expectedReport(m_registry, "huaian-2024");
    OPEN_STORE(store, freshLocation());
    QVERIFY(store.save({r}, false));
    QVERIFY(store.setAttachment(r.agency, r.year, "seal", {"image/png", "png"}));
    const Report other = ReportSchema::withForms(m_registry, r, {"2019", "2019", "2021"}, nullptr);
    QVERIFY2(store.setForms(other), qPrintable(store.lastError()));
    Report loaded;
    QVERIFY(store.load(r.agency, r.year, &loaded));
    QCOMPARE(loaded, other);
    QCOMPARE(loaded.cell("t3.new.natural"), r.cell("t3.new.natural"));
    QVERIFY(loaded.cell("t2.normative_docs.made").isBlank());
    QCOMPARE(store.attachment(r.agency, r.year, "seal")->data, QByteArray("png"));
    QVERIFY(store.setForms(r));
    QVERIFY(store.load(r.agency, r.year, &loaded));
    QCOMPARE(loaded, r);
    Report missing = other;
    missing.year = 1999;
    QVERIFY(!store.setForms(missing));
}

void tst_ReportStore::dailyBackupBeforeTheFirstChange()
{
    if (m_engine != QLatin1String("sqlite"))
        QSKIP("a SQLite file's own: a server's files are its administrator's");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    const Report report = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(path));
    QCOMPARE(store.backupFolder(), dir.filePath(QStringLiteral("backups")));
    // Older copies, as earlier days would have left them: only the newest three of all stay.
    QVERIFY(QDir().mkpath(store.backupFolder()));
    for (const QString &day : {QStringLiteral("2026-01-01"), QStringLiteral("2026-01-02"), QStringLiteral("2026-01-03")}) {
        QFile old(QDir(store.backupFolder()).filePath(QStringLiteral("office-%1.sqlite").arg(day)));
        QVERIFY(old.open(QIODevice::WriteOnly));
    }
    store.setBackups(QString(), 3);
    QVERIFY(store.save({report}, false)); // the first change of the day: the copy is of the database before it
    const QString today = QDir(store.backupFolder()).filePath(QStringLiteral("office-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate)));
    QVERIFY2(QFileInfo::exists(today), qPrintable(store.backupWarning()));
    QCOMPARE(QFileInfo(today).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther), QFileDevice::Permissions());
    QCOMPARE(QDir(store.backupFolder()).entryList(QDir::Files, QDir::Name),
             (QStringList{"office-2026-01-02.sqlite", "office-2026-01-03.sqlite", QFileInfo(today).fileName()}));
    {
        SqliteReportStore copy(m_registry);
        QVERIFY(copy.openSqlite(today));
        QVERIFY(!copy.contains(report.agency, report.year));
    }
    // Later changes that day take no second copy: today's stays the morning's.
    const QByteArray morning = TestSupport::readFile(today);
    QVERIFY(store.setCells(report.agency, report.year, {{"t3.new.natural", CellValue::integer(9)}}));
    QVERIFY(store.remove(report.agency, report.year));
    QCOMPARE(TestSupport::readFile(today), morning);
    QVERIFY(store.backupWarning().isEmpty());
    // A folder that cannot be made: the change still happens, and the warning says why.
    store.setBackups(dir.filePath(QStringLiteral("office.sqlite/backups")), 3);
    QVERIFY(store.save({report}, false));
    QVERIFY2(store.backupWarning().contains(QStringLiteral("office.sqlite/backups")), qPrintable(store.backupWarning()));
    // Scratch databases and keep = 0 take none.
    SqliteReportStore scratch(m_registry);
    QVERIFY(scratch.openSqlite(QStringLiteral(":memory:")));
    QVERIFY(scratch.save({report}, false));
    QVERIFY(scratch.backupWarning().isEmpty());
}

void tst_ReportStore::filesAreTheOwnersOnly()
{
    if (m_engine != QLatin1String("sqlite"))
        QSKIP("a SQLite file's own: a server's files are its administrator's");
    QTemporaryDir dir;
    const mode_t previous = umask(022); // a usual desktop umask: new files world-readable
    const QString path = dir.filePath(QStringLiteral("private.sqlite"));
    {
        SqliteReportStore store(m_registry);
        QVERIFY(store.openSqlite(path));
        QVERIFY(store.save({TestSupport::expectedReport(m_registry, "changji-kejiju-2021")}, false));
        for (const QString &f : QStringList{path, path + "-wal", path + "-shm", store.backups().value(0).path}) {
            QVERIFY2(QFileInfo::exists(f), qPrintable(f));
            QCOMPARE(QFileInfo(f).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ReadOwner | QFileDevice::WriteOwner),
                     QFileDevice::Permissions());
        }
    }
    // One made world-readable by an older version is tightened once it is known to be ours.
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther | QFileDevice::ReadGroup));
    {
        SqliteReportStore store(m_registry);
        QVERIFY(store.openSqlite(path));
    }
    QVERIFY(!(QFileInfo(path).permissions() & QFileDevice::ReadOther));
    umask(previous);
}

void tst_ReportStore::backupAndRestore()
{
    if (m_engine != QLatin1String("sqlite"))
        QSKIP("a SQLite file's own: a server's files are its administrator's");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    const Report report = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(path));
    store.setBackups(QString(), 0); // only the copies made here
    QVERIFY(store.save({report}, false));
    const QString morning = dir.filePath(QStringLiteral("backups/office-morning.sqlite"));
    QVERIFY2(store.backupTo(morning), qPrintable(store.lastError()));
    QVERIFY(!store.backupTo(morning)); // never over a file
    QVERIFY(store.lastError().contains(QStringLiteral("已经存在")));
    // The afternoon's mistake: a cell changed and the report deleted.
    QVERIFY(store.setCells(report.agency, report.year, {{"t3.new.natural", CellValue::integer(999)}}));
    Report changed;
    QVERIFY(store.load(report.agency, report.year, &changed));
    QVERIFY(store.remove(report.agency, report.year));
    // Listed with what it holds, then restored: the morning's report is back, and what was there is kept.
    const auto listed = store.backups();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).reports.size(), 1);
    QCOMPARE(listed.at(0).reports.at(0).agency, report.agency);
    QString kept;
    QVERIFY2(store.restoreFrom(morning, &kept), qPrintable(store.lastError()));
    Report back;
    QVERIFY(store.load(report.agency, report.year, &back));
    QCOMPARE(back, report);
    QVERIFY(store.setCells(report.agency, report.year, {{"t3.new.natural", CellValue::integer(4)}})); // and it is writable
    QVERIFY(QFileInfo::exists(kept));
    QString error;
    QCOMPARE(SqliteReportStore::peek(kept, &error)->size(), 0); // the state before the restore: report deleted
    QCOMPARE(store.backups().size(), 2);
    {
        RawDb raw(path);
        QCOMPARE(raw.value("PRAGMA integrity_check").toString(), QStringLiteral("ok"));
        QCOMPARE(raw.value("PRAGMA journal_mode").toString(), QStringLiteral("wal"));
    }
    // What is not a backup of ours is refused, and both files stay as they were.
    const QString text = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
    }
    QVERIFY(!store.restoreFrom(text, &kept));
    QVERIFY2(store.lastError().contains(QStringLiteral("不是可用的数据库文件")), qPrintable(store.lastError()));
    QVERIFY(!store.restoreFrom(path, &kept));
    QVERIFY(!store.restoreFrom(dir.filePath(QStringLiteral("missing.sqlite")), &kept));
    QCOMPARE(TestSupport::readFile(text), QByteArray("not a database"));
    QVERIFY(store.contains(report.agency, report.year));
    // A backup from a newer version: refused.
    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    QVERIFY(store.backupTo(newer));
    {
        RawDb raw(newer);
        QVERIFY(raw.exec("UPDATE meta SET value = '99' WHERE key = 'schema_version'"));
    }
    QVERIFY(!store.restoreFrom(newer, &kept));
    QVERIFY2(store.lastError().contains(QStringLiteral("更新版本")), qPrintable(store.lastError()));
}

void tst_ReportStore::lockedByAnotherProgram()
{
    if (m_engine != QLatin1String("sqlite"))
        QSKIP("a SQLite file's own: a server's files are its administrator's");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
    const Report report = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(path));
    QVERIFY(store.save({report}, false));
    // Another program takes the file for itself (an exclusive transaction it does not end).
    RawDb other(path);
    QVERIFY(other.exec("BEGIN EXCLUSIVE"));
    QElapsedTimer waited;
    waited.start();
    QVERIFY(!store.setCells(report.agency, report.year, {{"t3.new.natural", CellValue::integer(5)}}));
    QVERIFY(waited.elapsed() < 20000); // bounded, not forever
    QVERIFY2(store.lastError().contains(QStringLiteral("另一个程序锁定")) && store.lastError().contains(path), qPrintable(store.lastError()));
    // Opened meanwhile by a second copy: reading goes on (WAL readers do not wait), writing says the same.
    SqliteReportStore second(m_registry);
    QVERIFY2(second.openSqlite(path), qPrintable(second.lastError()));
    QVERIFY(second.contains(report.agency, report.year));
    QVERIFY(!second.setProse(report.agency, report.year, QStringLiteral("part5"), QStringLiteral("改")));
    QVERIFY2(second.lastError().contains(QStringLiteral("另一个程序锁定")), qPrintable(second.lastError()));
    QVERIFY(other.exec("ROLLBACK"));
    QVERIFY(store.setCells(report.agency, report.year, {{"t3.new.natural", CellValue::integer(5)}}));
}

void tst_ReportStore::readOnlyFileOpensForReading()
{
    if (m_engine != QLatin1String("sqlite"))
        QSKIP("a SQLite file's own: a server's files are its administrator's");
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("share"));
    QVERIFY(QDir().mkpath(folder));
    // Root may write any file: a read-only file system stands in for a colleague's share (a remounted tmpfs).
    const bool root = geteuid() == 0;
    if (root && !run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("tmpfs"), folder}))
        QSKIP("root without the right to mount a tmpfs: cannot make a file read-only here");
    const QString path = QDir(folder).filePath(QStringLiteral("colleague.sqlite"));
    const Report report = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    {
        SqliteReportStore store(m_registry);
        QVERIFY(store.openSqlite(path));
        store.setBackups(QString(), 0);
        QVERIFY(store.save({report}, false));
    }
    if (root)
        QVERIFY(run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), folder}));
    else
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner) && QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const QByteArray before = TestSupport::readFile(path);
    {
        SqliteReportStore store(m_registry);
        QVERIFY2(store.openSqlite(path), qPrintable(store.lastError()));
        QVERIFY(store.isReadOnly());
        Report loaded;
        QVERIFY(store.load(report.agency, report.year, &loaded));
        QCOMPARE(loaded, report);
        QVERIFY(!store.setCells(report.agency, report.year, {{"t3.new.natural", CellValue::integer(1)}}));
        QVERIFY2(store.lastError().contains(QStringLiteral("只读")) && store.lastError().contains(path), qPrintable(store.lastError()));
        QVERIFY(!store.remove(report.agency, report.year));
        QVERIFY(!store.sign(report.agency, report.year, QStringLiteral("王主任")));
        QString kept;
        QVERIFY(!store.restoreFrom(dir.filePath(QStringLiteral("none.sqlite")), &kept));
    }
    QCOMPARE(TestSupport::readFile(path), before);
    if (root)
        QVERIFY(run(QStringLiteral("umount"), {folder}));
    else
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

// Two clerks (or the window and `set`) on one report: edits of different cells, prose parts and fields both stand; an
// edit of something the other changed since it was read is refused with their name and value, and writes nothing.
void tst_ReportStore::writesNeverOverwriteAChangeMadeElsewhere()
{
    const Report report = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    const QString location = freshLocation();
    const auto zhangOwner = openAs(location, QStringLiteral("zhangsan"), {report.agency});
    const auto liOwner = openAs(location, QStringLiteral("lisi"), {report.agency});
    QVERIFY(zhangOwner && liOwner);
    ReportStore &zhang = *zhangOwner;
    ReportStore &li = *liOwner;
    QVERIFY(zhang.save({report}, false));
    Report seen;
    QVERIFY(zhang.load(report.agency, report.year, &seen));
    QVERIFY(li.load(report.agency, report.year, &seen));
    const qint64 quiet = zhang.dataVersion();
    QVERIFY(!zhang.changedElsewhere(report.agency, report.year));

    QVERIFY(li.setCells(report.agency, report.year, {{"t3.new.natural", CellValue::integer(41)}}));
    if (m_engine == QLatin1String("sqlite"))
        QVERIFY(zhang.dataVersion() != quiet); // the window's poll notices (a server announces it: tst_liveserver)
    QVERIFY(zhang.changedElsewhere(report.agency, report.year));
    QVERIFY(!li.changedElsewhere(report.agency, report.year));
    // What changed, and who: the cell and the total computed again, taken into 张三's view (his edits compare with
    // it from now on; that cell is no longer another's change to him).
    {
        const auto taken = zhang.takeChanges(report.agency, report.year);
        QVERIFY2(taken, qPrintable(zhang.lastError()));
        QVERIFY(!taken->gone && !taken->reshaped && !taken->details && taken->prose.isEmpty());
        QCOMPARE(QSet<QString>(taken->cells.begin(), taken->cells.end()), (QSet<QString>{"t3.new.natural", "t3.new.total"}));
        QCOMPARE(taken->by.value("t3.new.natural"), QStringLiteral("lisi"));
        QCOMPARE(taken->report.cell("t3.new.natural"), CellValue::integer(41));
        QVERIFY(!zhang.changedElsewhere(report.agency, report.year));
        QVERIFY(zhang.takeChanges(report.agency, report.year)->isEmpty());
        QVERIFY(li.setCells(report.agency, report.year, {{"t3.new.natural", CellValue::integer(41)}})); // again, for what follows
    }

    // Different cells, parts and fields: both clerks' edits stand.
    QVERIFY2(zhang.setCells(report.agency, report.year, {{"t3.new.commercial", CellValue::integer(3)}}), qPrintable(zhang.lastError()));
    QVERIFY(li.setProse(report.agency, report.year, "part6", QStringLiteral("李四写的")));
    QVERIFY2(zhang.setProse(report.agency, report.year, "part5", QStringLiteral("张三写的")), qPrintable(zhang.lastError()));
    Report merged;
    QVERIFY(li.load(report.agency, report.year, &merged));
    QCOMPARE(merged.cell("t3.new.natural"), CellValue::integer(41));
    QCOMPARE(merged.cell("t3.new.commercial"), CellValue::integer(3));
    QCOMPARE(merged.prose.get("part5"), std::optional<QString>(QStringLiteral("张三写的")));
    QCOMPARE(merged.prose.get("part6"), std::optional<QString>(QStringLiteral("李四写的")));
    // The row's 总计, which each clerk's view computed without the other's edit, is the sum of both.
    qint64 sum = 0;
    for (const char *column : {"natural", "commercial", "research", "nonprofit", "legal", "other_org"})
        sum += merged.cell(QStringLiteral("t3.new.") + QLatin1String(column)).isInteger() ? merged.cell(QStringLiteral("t3.new.") + QLatin1String(column)).toInteger() : 0;
    QCOMPARE(merged.cell("t3.new.total"), CellValue::integer(sum));
    QVERIFY(sum >= 44);

    // The same cell: refused with the other clerk's name, the cell in words and the value they wrote.
    QVERIFY(!zhang.setCells(report.agency, report.year, {{"t3.new.natural", CellValue::integer(7)}}));
    const QString error = zhang.lastError();
    QVERIFY2(error.contains(QStringLiteral("lisi")) && error.contains(QStringLiteral("41")) && error.contains(report.agency)
                 && error.contains(QStringLiteral("本年新收政府信息公开申请数量")),
             qPrintable(error));
    QVERIFY(!zhang.setProse(report.agency, report.year, "part6", QStringLiteral("张三改的")));
    QVERIFY2(zhang.lastError().contains(QStringLiteral("lisi")), qPrintable(zhang.lastError()));
    Report details = report;
    details.title = QStringLiteral("李四改的标题");
    QVERIFY(li.setDetails(details));
    QVERIFY(!zhang.setDetails(report));
    QVERIFY2(zhang.lastError().contains(QStringLiteral("基本信息")), qPrintable(zhang.lastError()));
    // Whole-report acts need the whole report as it is.
    QVERIFY(!zhang.sign(report.agency, report.year, QStringLiteral("王主任")));
    QVERIFY(!zhang.remove(report.agency, report.year));
    Report now;
    QVERIFY(li.load(report.agency, report.year, &now));
    QCOMPARE(now.cell("t3.new.natural"), CellValue::integer(41));
    QCOMPARE(now.prose.get("part6"), std::optional<QString>(QStringLiteral("李四写的")));
    QCOMPARE(now.title, details.title);
    QVERIFY(!li.signOff(report.agency, report.year));

    // Read again, 张三 writes; now 李四's view of that cell is the older one, and his own edits do not stale him.
    QVERIFY(zhang.load(report.agency, report.year, &seen));
    QVERIFY(!zhang.changedElsewhere(report.agency, report.year));
    QVERIFY(zhang.setCells(report.agency, report.year, {{"t3.new.natural", CellValue::integer(42)}}));
    QVERIFY(zhang.setCells(report.agency, report.year, {{"t3.new.natural", CellValue::integer(43)}}));
    QVERIFY(!zhang.changedElsewhere(report.agency, report.year));
    QVERIFY(!li.setCells(report.agency, report.year, {{"t3.new.natural", CellValue::integer(44)}}));
    QVERIFY2(li.lastError().contains(QStringLiteral("zhangsan")) && li.lastError().contains(QStringLiteral("43")), qPrintable(li.lastError()));
    // A store that never read the report (an import with --replace, a fresh `set`) is not second-guessing anyone.
    OPEN_STORE(fresh, location);
    QVERIFY(fresh.setCells(report.agency, report.year, {{"t3.new.natural", CellValue::integer(45)}}));
    // A replaced report is a change of everything: whoever read the old one is told.
    QVERIFY(zhang.load(report.agency, report.year, &seen));
    QVERIFY(fresh.save({report}, true));
    QVERIFY(zhang.changedElsewhere(report.agency, report.year));
    QVERIFY(!zhang.setCells(report.agency, report.year, {{"t3.new.natural", CellValue::integer(46)}}));
}

// The database itself refuses a change to a signed report, whoever sends it (psql, the sqlite3 shell, a script).
void tst_ReportStore::signedReportRefusedByTheDatabase()
{
    const Report report = TestSupport::expectedReport(m_registry, "huaian-2024");
    const QString location = freshLocation();
    OPEN_STORE(store, location);
    QVERIFY(store.save({report}, false));
    const Office o = signIt(location, report.agency, report.year, QStringLiteral("王主任"));
    QVERIFY(o.clerk);
    const QString natural = QStringLiteral("SELECT int_value FROM cell WHERE key = 't3.new.natural'");
    const QVariant before = TestSupport::querySql(location, natural);
    const QVariant prose = TestSupport::querySql(location, "SELECT count(*) FROM prose");
    QVERIFY(prose.toInt() > 0);
    QVERIFY(!TestSupport::execSql(location, "UPDATE cell SET int_value = 999 WHERE key = 't3.new.natural'"));
    QVERIFY(!TestSupport::execSql(location, "DELETE FROM prose"));
    QVERIFY(!TestSupport::execSql(location, "UPDATE report SET title = 'x'"));
    QVERIFY(!TestSupport::execSql(location, "DELETE FROM report"));
    QVERIFY(!TestSupport::execSql(location, "INSERT INTO attachment (report_id, kind, mime_type, data) VALUES ((SELECT id FROM report), 'seal', 'image/png', ?)",
                                  {QByteArray("png")}));
    QCOMPARE(TestSupport::querySql(location, "SELECT count(*) FROM attachment").toInt(), 0);
    QCOMPARE(TestSupport::querySql(location, natural), before);
    QCOMPARE(TestSupport::querySql(location, "SELECT count(*) FROM prose"), prose);
    // Reopened with a reason, it can be changed again.
    QVERIFY(o.clerk->reopen(report.agency, report.year, QStringLiteral("王主任"), QStringLiteral("表三有误")));
    QVERIFY(TestSupport::execSql(location, "UPDATE cell SET int_value = 999 WHERE key = 't3.new.natural'"));
}

// On a server, a department's role writes only its own agency's reports — enforced by the server's row security,
// whether the write comes through the program or straight through SQL; the database's owner is not bound.
void tst_ReportStore::departmentRoleWritesOnlyItsAgency()
{
    if (m_engine != QLatin1String("postgresql"))
        QSKIP("row security is the server's");
    const Report own = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    const Report other = TestSupport::expectedReport(m_registry, "huaian-2024");
    const QString admin = freshLocation();
    {
        OPEN_STORE(store, admin);
        QVERIFY(store.save({own, other}, false));
    }
    // What the README tells an administrator to do for a new clerk (disclosure-report access add-clerk).
    const QString clerk = TestSupport::officeAccount(admin, QStringLiteral("kejiju_clerk"), QStringLiteral("clerk"), QStringLiteral("write"), {own.agency});
    QVERIFY(!clerk.isEmpty());
    const QString otherId = TestSupport::querySql(admin, "SELECT r.id FROM report r JOIN agency a ON a.id = r.agency_id WHERE a.name = ?", {other.agency}).toString();
    const QString ownId = TestSupport::querySql(admin, "SELECT r.id FROM report r JOIN agency a ON a.id = r.agency_id WHERE a.name = ?", {own.agency}).toString();
    auto natural = [&](const QString &id) {
        return TestSupport::querySql(admin, "SELECT int_value FROM cell WHERE key = 't3.new.natural' AND report_id = ?", {id.toLongLong()});
    };
    const QVariant otherBefore = natural(otherId);
    const int otherProse = TestSupport::querySql(admin, "SELECT count(*) FROM prose WHERE report_id = ?", {otherId.toLongLong()}).toInt();

    // Straight through SQL as the clerk: the other agency's rows are not there to change; its own are.
    TestSupport::execSql(clerk, "UPDATE cell SET int_value = 999 WHERE key = 't3.new.natural' AND report_id = ?", {otherId.toLongLong()});
    TestSupport::execSql(clerk, "DELETE FROM prose WHERE report_id = ?", {otherId.toLongLong()});
    QVERIFY(!TestSupport::execSql(clerk, "INSERT INTO prose (report_id, part, body) VALUES (?, 'extra', 'x')", {otherId.toLongLong()}));
    QVERIFY(!TestSupport::execSql(clerk, "INSERT INTO agency (name) VALUES ('自己加的机关')"));
    QVERIFY(!TestSupport::execSql(clerk, "INSERT INTO agency_writer (agency_id, role_name) SELECT id, 'kejiju_clerk' FROM agency"));
    QCOMPARE(natural(otherId), otherBefore);
    QCOMPARE(TestSupport::querySql(admin, "SELECT count(*) FROM prose WHERE report_id = ?", {otherId.toLongLong()}).toInt(), otherProse);
    QVERIFY(TestSupport::execSql(clerk, "UPDATE cell SET int_value = 5 WHERE key = 't3.new.natural' AND report_id = ?", {ownId.toLongLong()}));
    QCOMPARE(natural(ownId).toInt(), 5);

    // Through the program as the clerk: the same, with a message that names the role.
    OPEN_STORE(store, clerk);
    QVERIFY(!store.setCells(other.agency, other.year, {{"t3.new.natural", CellValue::integer(999)}}));
    QVERIFY2(store.lastError().contains(QStringLiteral("kejiju_clerk")) && store.lastError().contains(QStringLiteral("权限")), qPrintable(store.lastError()));
    QVERIFY(!store.save({other}, true));
    QCOMPARE(natural(otherId), otherBefore);
    QVERIFY2(store.setCells(own.agency, own.year, {{"t3.new.natural", CellValue::integer(6)}}), qPrintable(store.lastError()));
    QVERIFY2(store.save({own}, true), qPrintable(store.lastError()));
    QVERIFY2(store.review(own.agency, own.year, "submit", QString()), qPrintable(store.lastError()));
    {
        OPEN_STORE(owner, admin); // the database's owner administers; it takes no review step
        QVERIFY(!owner.review(own.agency, own.year, "approve", QStringLiteral("政务公开办")));
        QVERIFY2(owner.lastError().contains(QStringLiteral("审核人")), qPrintable(owner.lastError()));
        const QString reviewer = TestSupport::officeAccount(admin, QStringLiteral("changji_office"), QStringLiteral("reviewer"), QStringLiteral("review"), {own.agency});
        OPEN_STORE(office, reviewer);
        QVERIFY2(office.review(own.agency, own.year, "approve", QStringLiteral("政务公开办")), qPrintable(office.lastError()));
    }
    QVERIFY2(store.sign(own.agency, own.year, QStringLiteral("科技局局长")), qPrintable(store.lastError()));
    QCOMPARE(store.signOffHistory(own.agency, own.year).size(), 3);
    // Signed: not even its own clerk's SQL reaches it.
    QVERIFY(!TestSupport::execSql(clerk, "UPDATE cell SET int_value = 7 WHERE key = 't3.new.natural' AND report_id = ?", {ownId.toLongLong()}));
}

// A server's address is never taken for a file name: it reaches the server or fails saying so.
void tst_ReportStore::serverAddressIsNeverAFile()
{
    QTemporaryDir cwd;
    QVERIFY(cwd.isValid());
    const QString before = QDir::currentPath();
    QDir::setCurrent(cwd.path());
    const std::unique_ptr<ReportStore> store = openStore(QStringLiteral("postgresql://nobody@127.0.0.1:1/reports"));
    QDir::setCurrent(before);
    QVERIFY(!store);
    QVERIFY2(m_openError.contains(QStringLiteral("无法连接数据库服务器")) && m_openError.contains(QStringLiteral("127.0.0.1:1")), qPrintable(m_openError));
    QVERIFY(QDir(cwd.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    QVERIFY(!openStore(QStringLiteral("postgresql://nobody@127.0.0.1:1/")));
    QVERIFY2(m_openError.contains(QStringLiteral("缺少数据库名")), qPrintable(m_openError));
    QVERIFY(!openStore(QStringLiteral("mysql://nobody@127.0.0.1/reports")));
    QVERIFY2(m_openError.contains(QStringLiteral("postgresql://")), qPrintable(m_openError));
    QVERIFY(QDir(cwd.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    // A server's backups are its administrator's: said, not attempted.
    if (m_engine == QLatin1String("postgresql")) {
        OPEN_STORE(server, freshLocation());
        QVERIFY(!server.backupTo(cwd.filePath(QStringLiteral("copy.sqlite"))));
        QVERIFY2(server.lastError().contains(QStringLiteral("pg_dump")), qPrintable(server.lastError()));
        QVERIFY(server.backups().isEmpty());
    }
}

// A file whose pages are damaged (a disk error, a copy cut short): refused on opening, byte for byte untouched,
// and its newest backup can stand in while the file is kept aside.
void tst_ReportStore::damagedPagesAreRefusedAndABackupStandsIn()
{
    if (m_engine != QLatin1String("sqlite"))
        QSKIP("a SQLite file's own: a server's files are its administrator's");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    const Report report = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    {
        SqliteReportStore store(m_registry);
        QVERIFY(store.openSqlite(path));
        store.setBackups(QString(), 0);
        QVERIFY(store.save({report, TestSupport::expectedReport(m_registry, "huaian-2024")}, false));
        QVERIFY(store.backupTo(QDir(store.backupFolder()).filePath(QStringLiteral("damaged-2026-12-01.sqlite"))));
    }
    QVERIFY(!QFileInfo::exists(path + "-wal") || QFileInfo(path + "-wal").size() == 0);
    {
        // Page 3 onwards holds the tables' rows: a run of garbage over the middle of the file.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8 * 4096);
        f.seek(f.size() / 2 - (f.size() / 2) % 4096);
        f.write(QByteArray(4096 * 2, char(0x5a)));
    }
    const QByteArray before = digest(path);
    SqliteReportStore store(m_registry);
    QVERIFY(!store.openSqlite(path));
    QVERIFY(store.fileUnusable());
    QVERIFY2(store.lastError().contains(QStringLiteral("已损坏")) && store.lastError().contains(path), qPrintable(store.lastError()));
    QCOMPARE(digest(path), before);
    QString error;
    bool unusable = false;
    QVERIFY(!ReportStore::open(m_registry, path, &error, &unusable));
    QVERIFY(unusable);

    // The window's offer: the newest backup in its place, the damaged file renamed, not changed.
    const QString backup = ReportStore::newestBackup(path, QString());
    QVERIFY(backup.endsWith(QStringLiteral("damaged-2026-12-01.sqlite")));
    QString aside;
    QVERIFY2(ReportStore::replaceWithBackup(path, backup, &aside, &error), qPrintable(error));
    QCOMPARE(digest(aside), before);
    QVERIFY2(store.openSqlite(path), qPrintable(store.lastError()));
    Report loaded;
    QVERIFY(store.load(report.agency, report.year, &loaded));
    QCOMPARE(loaded, report);
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    // A file another program is writing is not damaged: it opens (WAL readers do not wait) and nothing is offered.
    RawDb other(path);
    QVERIFY(other.exec("BEGIN EXCLUSIVE"));
    QVERIFY2(ReportStore::open(m_registry, path, &error, &unusable), qPrintable(error));
    QVERIFY(other.exec("ROLLBACK"));
}

// The disk fills up during an edit: the edit is refused whole with a message that says so, the database as before.
void tst_ReportStore::diskFullRefusesTheEditWhole()
{
    if (m_engine != QLatin1String("sqlite"))
        QSKIP("a SQLite file's own: a server's files are its administrator's");
    if (geteuid() != 0)
        QSKIP("needs root to mount a small tmpfs that can be filled");
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(folder));
    if (!run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=4m"), QStringLiteral("tmpfs"), folder}))
        QSKIP("root without the right to mount a tmpfs");
    struct Unmount // also when a check fails
    {
        QString folder;
        ~Unmount() { run(QStringLiteral("umount"), {folder}); }
    } unmount{folder};
    const QString path = QDir(folder).filePath(QStringLiteral("reports.sqlite"));
    const Report report = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    bool refused = false;
    {
        SqliteReportStore store(m_registry);
        QVERIFY(store.openSqlite(path));
        store.setBackups(QString(), 0);
        QVERIFY(store.save({report}, false));
        Report seen;
        QVERIFY(store.load(report.agency, report.year, &seen));
        {
            QFile filler(QDir(folder).filePath(QStringLiteral("filler")));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(64 * 1024, 'f');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
        }
        const QString big(90000, QChar(0x5b57)); // 字 × 90 000: about 270 KB that will not fit
        refused = !store.setProse(report.agency, report.year, "part6", big);
        QVERIFY2(refused && store.lastError().contains(QStringLiteral("磁盘已满")), qPrintable(store.lastError()));
        Report after;
        QVERIFY(store.load(report.agency, report.year, &after));
        QCOMPARE(after, report);
        QFile::remove(QDir(folder).filePath(QStringLiteral("filler")));
        QVERIFY2(store.setProse(report.agency, report.year, "part6", QStringLiteral("腾出空间之后")), qPrintable(store.lastError()));
    }
    {
        RawDb raw(path);
        QCOMPARE(raw.value("PRAGMA integrity_check").toString(), QStringLiteral("ok"));
    }
}

QTEST_GUILESS_MAIN(tst_ReportStore)
#include "tst_reportstore.moc"

// The office's review: 草稿 → 待审核 → 退回 (with the reason) → 待审核 → 审核通过 → 签发, each step recorded with who and
// when; a report under review or approved refuses edits; a step that does not follow is refused.
void tst_ReportStore::reviewStepsAreRecorded()
{
    const Report r = TestSupport::expectedReport(m_registry, "huaian-2024");
    const QString location = freshLocation();
    OPEN_STORE(store, location);
    QVERIFY(store.save({r}, false));
    const Office o = office(location, r.agency);
    QVERIFY(o.clerk && o.reviewer);
    ReportStore &clerk = *o.clerk;
    ReportStore &reviewer = *o.reviewer;
    QCOMPARE(store.reviewState(r.agency, r.year), QStringLiteral("draft"));
    QCOMPARE(store.list()->constFirst().review, QStringLiteral("draft"));
    QVERIFY(!reviewer.review(r.agency, r.year, "approve", QStringLiteral("政务公开办王科长")));
    QVERIFY2(reviewer.lastError().contains(QStringLiteral("草稿")), qPrintable(reviewer.lastError()));
    QVERIFY(clerk.review(r.agency, r.year, "submit", QStringLiteral("李四")));
    QCOMPARE(store.list()->constFirst().review, QStringLiteral("submitted"));
    // Under review: the clerk's edits are refused, and the report is not signed before it passes.
    QVERIFY(!clerk.setCells(r.agency, r.year, {{"t3.new.natural", CellValue::integer(1)}}));
    QVERIFY2(clerk.lastError().contains(QStringLiteral("待审核")), qPrintable(clerk.lastError()));
    QVERIFY(!clerk.setProse(r.agency, r.year, "part6", QStringLiteral("x")));
    QVERIFY(!clerk.sign(r.agency, r.year, QStringLiteral("局长")));
    QVERIFY(!reviewer.review(r.agency, r.year, "return", QStringLiteral("政务公开办王科长"), QStringLiteral("  ")));
    QVERIFY2(reviewer.lastError().contains(QStringLiteral("原因")), qPrintable(reviewer.lastError()));
    QVERIFY(reviewer.review(r.agency, r.year, "return", QStringLiteral("政务公开办王科长"), QStringLiteral("表三办结数与正文不一致")));
    QCOMPARE(store.reviewState(r.agency, r.year), QStringLiteral("returned"));
    QVERIFY(!clerk.sign(r.agency, r.year, QStringLiteral("局长")));
    QVERIFY2(clerk.setCells(r.agency, r.year, {{"t3.new.natural", CellValue::integer(1)}}), qPrintable(clerk.lastError())); // returned: edited again
    QVERIFY(clerk.review(r.agency, r.year, "submit", QStringLiteral("李四")));
    QVERIFY(reviewer.review(r.agency, r.year, "approve", QStringLiteral("政务公开办王科长")));
    QVERIFY(!clerk.setCells(r.agency, r.year, {{"t3.new.natural", CellValue::integer(2)}}));
    QVERIFY2(clerk.sign(r.agency, r.year, QStringLiteral("局长")), qPrintable(clerk.lastError()));
    QVERIFY(!reviewer.review(r.agency, r.year, "return", QStringLiteral("政务公开办王科长"), QStringLiteral("晚了")));
    QVERIFY(clerk.reopen(r.agency, r.year, QStringLiteral("局长"), QStringLiteral("数字有误")));
    QCOMPARE(store.reviewState(r.agency, r.year), QStringLiteral("draft"));

    // The typed names, and the logins the database recorded beside them.
    const auto history = store.signOffHistory(r.agency, r.year);
    QStringList steps;
    for (const auto &e : history)
        steps << e.action + QLatin1Char(':') + e.who + (e.reason.isEmpty() ? QString() : QLatin1Char(':') + e.reason);
    QCOMPARE(steps, QStringList({QStringLiteral("submit:李四"), QStringLiteral("return:政务公开办王科长:表三办结数与正文不一致"),
                                 QStringLiteral("submit:李四"), QStringLiteral("approve:政务公开办王科长"), QStringLiteral("sign:局长"),
                                 QStringLiteral("reopen:局长:数字有误")}));
    QStringList roles;
    for (const auto &e : history)
        roles << e.role;
    QCOMPARE(roles, QStringList({clerk.user(), reviewer.user(), clerk.user(), reviewer.user(), clerk.user(), clerk.user()}));
    for (const auto &e : history)
        QVERIFY(qAbs(e.at.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    Report loaded;
    QVERIFY(store.load(r.agency, r.year, &loaded));
    QCOMPARE(loaded.cell("t3.new.natural"), CellValue::integer(1));
}

// On a server, the 政务公开办's role reviews the reports of its region (its agency and every agency below) and
// nothing else; it changes no figure; a clerk cannot pass its own report; a server report is signed once approved.
void tst_ReportStore::reviewerRoleReviewsItsRegionOnly()
{
    if (m_engine != QLatin1String("postgresql"))
        QSKIP("roles are the server's");
    Report inside = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    Report outside = TestSupport::expectedReport(m_registry, "huaian-2024");
    const QString admin = freshLocation();
    {
        OPEN_STORE(store, admin);
        QVERIFY(store.save({inside, outside}, false));
        QVERIFY(store.setAgencyParents({{QStringLiteral("昌吉州人民政府"), QString()}, {inside.agency, QStringLiteral("昌吉州人民政府")}}));
    }
    const QString clerkUrl = TestSupport::officeAccount(admin, QStringLiteral("kejiju_clerk"), QStringLiteral("clerk"), QStringLiteral("write"), {inside.agency});
    const QString officeUrl = TestSupport::officeAccount(admin, QStringLiteral("changji_office"), QStringLiteral("reviewer"), QStringLiteral("review"),
                                                         {QStringLiteral("昌吉州人民政府")});
    OPEN_STORE(clerk, clerkUrl);
    OPEN_STORE(office, officeUrl);
    QVERIFY(!clerk.sign(inside.agency, inside.year, QStringLiteral("局长"))); // a draft on a server: review first
    QVERIFY2(clerk.lastError().contains(QStringLiteral("审核通过后才能签发")), qPrintable(clerk.lastError()));
    QVERIFY2(clerk.review(inside.agency, inside.year, "submit", clerk.user()), qPrintable(clerk.lastError()));
    QVERIFY(!clerk.review(inside.agency, inside.year, "approve", clerk.user())); // not its own reviewer
    QVERIFY2(clerk.lastError().contains(QStringLiteral("审核人")), qPrintable(clerk.lastError()));
    // The office reviews its region's report, and cannot touch its figures or another region's report.
    QVERIFY(!office.setCells(inside.agency, inside.year, {{"t3.new.natural", CellValue::integer(9)}})); // under review, and not its own
    QVERIFY(!TestSupport::execSql(officeUrl, "UPDATE report SET title = 'x' WHERE year = 2021"));
    QVERIFY(!office.review(outside.agency, outside.year, "submit", office.user()));
    QVERIFY2(office.review(inside.agency, inside.year, "return", office.user(), QStringLiteral("补充第五部分")), qPrintable(office.lastError()));
    QVERIFY(clerk.review(inside.agency, inside.year, "submit", clerk.user()));
    QVERIFY2(office.review(inside.agency, inside.year, "approve", office.user()), qPrintable(office.lastError()));
    QVERIFY(!office.sign(inside.agency, inside.year, QStringLiteral("政务公开办"))); // signing is the agency's
    QVERIFY2(clerk.sign(inside.agency, inside.year, QStringLiteral("局长")), qPrintable(clerk.lastError()));
    QStringList who;
    for (const auto &e : clerk.signOffHistory(inside.agency, inside.year))
        who << e.action + QLatin1Char(':') + e.who;
    QCOMPARE(who, QStringList({"submit:kejiju_clerk", "return:changji_office", "submit:kejiju_clerk", "approve:changji_office", "sign:局长"}));
    QCOMPARE(TestSupport::querySql(admin, "SELECT title IS NULL FROM report WHERE year = 2021").toBool(), !inside.title.has_value());
}

// Agencies form a tree, set from name/parent pairs; a cycle is refused whole.
void tst_ReportStore::regionReadInAFixedNumberOfStatements()
{
    // 某市 ← 某县 ← departments; 另一县 beside it. The county's reports of two years, however many, come in four
    // statements, an agency at a time with its years in order, equal to what load() reads.
    OPEN_STORE(store, freshLocation());
    const Report base = TestSupport::expectedReport(m_registry, "huaian-2024");
    QVector<ReportStore::AgencyNode> tree{{QStringLiteral("某县"), QStringLiteral("某市")}, {QStringLiteral("另一县"), QStringLiteral("某市")},
                                          {QStringLiteral("另一县部门"), QStringLiteral("另一县")}};
    QVector<Report> reports;
    const auto add = [&](const QString &agency, int year, int received) {
        Report r = base;
        r.agency = agency;
        r.year = year;
        r.cells[QStringLiteral("t3.new.natural")] = CellValue::integer(received);
        reports.append(r);
    };
    for (int i = 1; i <= 6; ++i) {
        const QString department = QStringLiteral("县部门%1").arg(i);
        tree.append({department, QStringLiteral("某县")});
        add(department, 2024, i);
        if (i % 2)
            add(department, 2023, 100 + i);
    }
    add(QStringLiteral("某县"), 2024, 50);
    add(QStringLiteral("另一县部门"), 2024, 7);
    add(QStringLiteral("县部门1"), 2022, 9); // outside the years asked
    QVERIFY2(store.setAgencyParents(tree), qPrintable(store.lastError()));
    QVERIFY2(store.save(reports, false), qPrintable(store.lastError()));

    const auto readCounty = [&](QVector<ReportStore::Stored> *out) {
        const qint64 before = store.statements();
        const bool ok = store.region(QStringLiteral("某县"), 2023, 2024, [&](ReportStore::Stored &&s) {
            out->append(std::move(s));
            return true;
        });
        return ok ? store.statements() - before : qint64(-1);
    };
    QVector<ReportStore::Stored> got;
    const qint64 statements = readCounty(&got);
    QVERIFY2(statements > 0, qPrintable(store.lastError()));
    QVERIFY2(statements <= 4, qPrintable(QString::number(statements)));
    QStringList seen;
    for (const ReportStore::Stored &s : got) {
        seen.append(QStringLiteral("%1 %2").arg(s.entry.agency).arg(s.entry.year));
        Report loaded;
        QVERIFY(store.load(s.report.agency, s.report.year, &loaded));
        QCOMPARE(s.report, loaded);
        QCOMPARE(s.entry.review, QStringLiteral("draft"));
    }
    // An agency's years together and in order (agencies in the database's order).
    for (int i = 1; i < got.size(); ++i)
        if (got[i].entry.agency == got[i - 1].entry.agency)
            QVERIFY(got[i].entry.year > got[i - 1].entry.year);
        else
            QVERIFY(std::none_of(got.cbegin(), got.cbegin() + i, [&](const ReportStore::Stored &s) { return s.entry.agency == got[i].entry.agency; }));
    seen.sort();
    QCOMPARE(seen, QStringList({"县部门1 2023", "县部门1 2024", "县部门2 2024", "县部门3 2023", "县部门3 2024", "县部门4 2024",
                                "县部门5 2023", "县部门5 2024", "县部门6 2024", "某县 2024"}));

    // Twelve departments more: the same number of statements.
    reports.clear();
    tree.clear();
    for (int i = 7; i <= 18; ++i) {
        tree.append({QStringLiteral("县部门%1").arg(i), QStringLiteral("某县")});
        add(QStringLiteral("县部门%1").arg(i), 2024, i);
    }
    QVERIFY(store.setAgencyParents(tree));
    QVERIFY(store.save(reports, false));
    got.clear();
    QCOMPARE(readCounty(&got), statements);
    QCOMPARE(got.size(), 22);

    // `each` stops the read.
    int calls = 0;
    QVERIFY(!store.region(QStringLiteral("某市"), 2024, 2024, [&](ReportStore::Stored &&) { return ++calls < 3; }));
    QCOMPARE(calls, 3);
    QVERIFY(store.lastError().isEmpty());
}

// On a server a region is read through the login's own rights: the database's row security leaves out what the login
// may not read, whatever region is asked for — a county's reviewer sees its county's reports even when asking for the
// city, another county's reviewer none of them, a department's clerk its own reports only.
void tst_ReportStore::regionReadAsEachRole()
{
    if (m_engine != QLatin1String("postgresql"))
        QSKIP("roles are the server's");
    const QString admin = freshLocation();
    const Report base = TestSupport::expectedReport(m_registry, "huaian-2024");
    QVector<Report> reports;
    for (const QString &agency : {QStringLiteral("某县"), QStringLiteral("县部门1"), QStringLiteral("县部门2"), QStringLiteral("另一县部门")})
        for (int year : {2023, 2024}) {
            Report r = base;
            r.agency = agency;
            r.year = year;
            reports.append(r);
        }
    {
        OPEN_STORE(store, admin);
        QVERIFY(store.setAgencyParents({{QStringLiteral("某县"), QStringLiteral("某市")}, {QStringLiteral("另一县"), QStringLiteral("某市")},
                                        {QStringLiteral("县部门1"), QStringLiteral("某县")}, {QStringLiteral("县部门2"), QStringLiteral("某县")},
                                        {QStringLiteral("另一县部门"), QStringLiteral("另一县")}}));
        QVERIFY2(store.save(reports, false), qPrintable(store.lastError()));
    }
    const auto read = [&](const QString &url, const QString &region) {
        const auto owner = openStore(url);
        QStringList seen;
        if (!owner)
            return QStringList{QStringLiteral("open failed: ") + m_openError};
        const bool ok = owner->region(region, 2023, 2024, [&](ReportStore::Stored &&s) {
            seen.append(QStringLiteral("%1 %2").arg(s.report.agency).arg(s.report.year));
            return true;
        });
        if (!ok)
            return QStringList{QStringLiteral("failed: ") + owner->lastError()};
        seen.sort();
        return seen;
    };
    const QString countyReviewer = TestSupport::officeAccount(admin, QStringLiteral("county_office"), QStringLiteral("reviewer"), QStringLiteral("review"),
                                                              {QStringLiteral("某县")});
    const QString otherReviewer = TestSupport::officeAccount(admin, QStringLiteral("other_office"), QStringLiteral("reviewer"), QStringLiteral("review"),
                                                             {QStringLiteral("另一县")});
    const QString clerk = TestSupport::officeAccount(admin, QStringLiteral("dept1_clerk"), QStringLiteral("clerk"), QStringLiteral("write"),
                                                     {QStringLiteral("县部门1")});
    const QStringList county{"县部门1 2023", "县部门1 2024", "县部门2 2023", "县部门2 2024", "某县 2023", "某县 2024"};
    QCOMPARE(read(admin, QStringLiteral("某县")), county);
    QCOMPARE(read(countyReviewer, QStringLiteral("某县")), county);
    QCOMPARE(read(countyReviewer, QStringLiteral("某市")), county);
    QCOMPARE(read(otherReviewer, QStringLiteral("某县")), QStringList());
    QCOMPARE(read(otherReviewer, QStringLiteral("某市")), QStringList({"另一县部门 2023", "另一县部门 2024"}));
    QCOMPARE(read(clerk, QStringLiteral("某县")), QStringList({"县部门1 2023", "县部门1 2024"}));
    // And the same through a raw connection as that login: psql cannot read more than the program shows.
    QCOMPARE(TestSupport::querySql(clerk, "SELECT count(*) FROM report").toInt(), 2);
    QCOMPARE(TestSupport::querySql(clerk, "SELECT count(*) FROM cell c JOIN report r ON r.id = c.report_id WHERE r.year = 2024")
                 .toInt(),
             TestSupport::querySql(admin, "SELECT count(*) FROM cell c JOIN report r ON r.id = c.report_id JOIN agency a ON a.id = r.agency_id "
                                          "WHERE r.year = 2024 AND a.name = '县部门1'")
                 .toInt());
}

void tst_ReportStore::agencyTree()
{
    OPEN_STORE(store, freshLocation());
    QVERIFY(store.setAgencyParents({{QStringLiteral("某县"), QStringLiteral("某市")}, {QStringLiteral("县科技局"), QStringLiteral("某县")},
                                    {QStringLiteral("某市"), QString()}}));
    QHash<QString, QString> parent;
    for (const auto &n : store.agencyTree())
        parent.insert(n.name, n.parent);
    QCOMPARE(parent.value(QStringLiteral("县科技局")), QStringLiteral("某县"));
    QCOMPARE(parent.value(QStringLiteral("某县")), QStringLiteral("某市"));
    QVERIFY(parent.contains(QStringLiteral("某市")) && parent.value(QStringLiteral("某市")).isEmpty());
    QVERIFY(!store.setAgencyParents({{QStringLiteral("某市"), QStringLiteral("县科技局")}, {QStringLiteral("新机关"), QStringLiteral("某市")}}));
    QVERIFY2(store.lastError().contains(QStringLiteral("成环")), qPrintable(store.lastError()));
    QVERIFY(!store.agencies().contains(QStringLiteral("新机关"))); // refused whole
    QVERIFY(!store.setAgencyParents({{QStringLiteral("某市"), QStringLiteral("某市")}}));
}
