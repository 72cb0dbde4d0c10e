// Signed means signed: 签发 records the SHA-256 of the report's canonical JSON; a signed report changed in
// the file afterwards is an error when it is opened, checked or exported, its PDF is written as a draft, and
// `verify` tells whether a PDF is the signed report in the database.
#include "SqlSchema.h"
#include "CommandLineRun.h"
#include "Fingerprint.h"
#include "ReportDocument.h"
#include "ReportJson.h"
#include "SqliteReportStore.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

class tst_Signature : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void signingRecordsTheDigest();
    void tamperedReportIsAnError();
    void verifyTellsWhichReport();
    void upgradeFingerprintsSignedReports();

private:
    int run(const QStringList &args);
    static QByteArray identifier(const QString &pdf); // the urn:sha256 of a PDF's XMP, or empty
    // What a tool bent on changing a signed report does first: drops the database's triggers that refuse it.
    // Another tool that edits the file without our triggers (sqlite3, say): every guard the schema put there goes.
    void removeGuards()
    {
        QStringList triggers;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("guards"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'")));
            while (q.next())
                triggers << q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("guards"));
        QVERIFY(!triggers.isEmpty());
        for (const QString &t : triggers)
            QVERIFY(TestSupport::execSql(m_db, QStringLiteral("DROP TRIGGER ") + t));
    }

    FormatRegistry m_registry;
    QTemporaryDir m_dir;
    QString m_db;
    Report m_report;
    QString m_out, m_err;
};

void tst_Signature::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_report = TestSupport::expectedReport(m_registry, QStringLiteral("changji-kejiju-2021"));
}

void tst_Signature::init()
{
    m_db = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
    SqliteReportStore store(m_registry);
    QVERIFY2(store.openSqlite(m_db), qPrintable(store.lastError()));
    QVERIFY(store.save({m_report}, false));
}

void tst_Signature::cleanupTestCase()
{
    TestSupport::verifyPdfsWithQpdf(m_dir.path());
}

int tst_Signature::run(const QStringList &args)
{
    return TestSupport::runCommandLine(m_registry, args, &m_out, &m_err);
}

QByteArray tst_Signature::identifier(const QString &pdf)
{
    const QByteArray bytes = TestSupport::readFile(pdf);
    const QByteArray marker("<dc:identifier>urn:sha256:");
    const int at = bytes.indexOf(marker);
    return at < 0 ? QByteArray() : bytes.mid(at + marker.size(), 64);
}

void tst_Signature::signingRecordsTheDigest()
{
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(m_db));
    QVERIFY(store.sign(m_report.agency, m_report.year, QStringLiteral("王主任")));
    Report loaded;
    QVERIFY(store.load(m_report.agency, m_report.year, &loaded));
    const QString digest = Fingerprint::sha256(loaded, m_registry);
    QCOMPARE(digest.size(), 64);
    // The digest is of the canonical JSON: the same as hashing what `export --to x.json` writes.
    QCOMPARE(digest, QString::fromLatin1(QCryptographicHash::hash(ReportJson::write(loaded, m_registry), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(store.signOff(m_report.agency, m_report.year)->sha256, digest);
    QCOMPARE(store.signOffHistory(m_report.agency, m_report.year).constLast().sha256, digest);
    QVERIFY(!Fingerprint::verify(store, loaded, m_registry));
    // Withdrawn: no fingerprint stands; signed again after an edit: the new content's.
    QVERIFY(store.reopen(m_report.agency, m_report.year, QStringLiteral("王主任"), QStringLiteral("改一个数")));
    QVERIFY(store.setCells(m_report.agency, m_report.year, {{QStringLiteral("t3.new.natural"), CellValue::integer(1)}}));
    QVERIFY(store.sign(m_report.agency, m_report.year, QStringLiteral("王主任")));
    QVERIFY(store.load(m_report.agency, m_report.year, &loaded));
    QVERIFY(store.signOff(m_report.agency, m_report.year)->sha256 != digest);
    QCOMPARE(store.signOff(m_report.agency, m_report.year)->sha256, Fingerprint::sha256(loaded, m_registry));
}

void tst_Signature::tamperedReportIsAnError()
{
    const QString agency = m_report.agency;
    const QString year = QString::number(m_report.year);
    {
        SqliteReportStore store(m_registry);
        QVERIFY(store.openSqlite(m_db));
        QVERIFY(store.sign(m_report.agency, m_report.year, QStringLiteral("王主任")));
    }
    const QString signedPdf = m_dir.filePath(QStringLiteral("signed.pdf"));
    QCOMPARE(run({"export", "--agency", agency, "--year", year, "--to", signedPdf, "--db", m_db}), 0);
    QVERIFY(!identifier(signedPdf).isEmpty());
    QCOMPARE(run({"check", "--agency", agency, "--year", year, "--db", m_db}), 0);
    QVERIFY2(!m_out.contains(QLatin1String(Fingerprint::mismatchRule)), qPrintable(m_out));

    // The database refuses the change itself; another tool that removes that guard changes one figure of the signed
    // report in the file.
    QVERIFY(!TestSupport::execSql(m_db, QStringLiteral("UPDATE cell SET int_value = 5 WHERE key = 't3.new.natural'")));
    removeGuards();
    QVERIFY(TestSupport::execSql(m_db, QStringLiteral("UPDATE cell SET int_value = coalesce(int_value, 0) + 1 WHERE key = 't3.new.natural'")));

    // Checking: an error naming the signature, the first finding; exit 1.
    QCOMPARE(run({"check", "--agency", agency, "--year", year, "--db", m_db}), 1);
    QVERIFY2(m_out.contains(QLatin1String(Fingerprint::mismatchRule)) && m_out.contains(QStringLiteral("王主任")), qPrintable(m_out));
    QCOMPARE(run({"check", "--agency", agency, "--year", year, "--json", "--db", m_db}), 1);
    QVERIFY2(m_out.contains(QStringLiteral("\"rule\": \"signature.mismatch\"")) && m_out.contains(QStringLiteral("\"severity\": \"error\"")),
             qPrintable(m_out));

    // Exporting: a draft (the mark's form drawn, no fingerprint), and said so.
    const QString tamperedPdf = m_dir.filePath(QStringLiteral("tampered.pdf"));
    QCOMPARE(run({"export", "--agency", agency, "--year", year, "--to", tamperedPdf, "--db", m_db}), 0);
    QVERIFY2(m_err.contains(QStringLiteral("按草稿导出")), qPrintable(m_err));
    QVERIFY(identifier(tamperedPdf).isEmpty());
    QVERIFY(TestSupport::readFile(tamperedPdf).contains("/Subtype /Form"));
    QVERIFY(!TestSupport::readFile(signedPdf).contains("/Subtype /Form"));

    // Opening (the window's document): the finding, and the preview prints it as a draft.
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(m_db));
    Report loaded;
    QVERIFY(store.load(m_report.agency, m_report.year, &loaded));
    ReportDocument document(m_registry, store, loaded);
    QVERIFY(document.isSigned());
    QVERIFY(document.signature().isEmpty());
    QVERIFY(!document.findings().isEmpty());
    QCOMPARE(document.findings().constFirst().rule, QLatin1String(Fingerprint::mismatchRule));
    QCOMPARE(document.findings().constFirst().severity, Severity::Error);
    QCOMPARE(document.findings().constFirst().anchor(), QLatin1String(Fingerprint::anchor));
}

void tst_Signature::verifyTellsWhichReport()
{
    const QString agency = m_report.agency;
    const QString year = QString::number(m_report.year);
    const QString draft = m_dir.filePath(QStringLiteral("draft.pdf"));
    QCOMPARE(run({"export", "--agency", agency, "--year", year, "--to", draft, "--db", m_db}), 0);
    QVERIFY(identifier(draft).isEmpty());
    QCOMPARE(run({"verify", draft, "--db", m_db}), 1);
    QVERIFY2(m_out.contains(QStringLiteral("草稿")), qPrintable(m_out));

    {
        SqliteReportStore store(m_registry);
        QVERIFY(store.openSqlite(m_db));
        QVERIFY(store.sign(m_report.agency, m_report.year, QStringLiteral("王主任")));
    }
    const QString pdf = m_dir.filePath(QStringLiteral("verify-signed.pdf"));
    const QString pdfa = m_dir.filePath(QStringLiteral("verify-signed-a.pdf"));
    QCOMPARE(run({"export", "--agency", agency, "--year", year, "--to", pdf, "--db", m_db}), 0);
    QCOMPARE(run({"export", "--agency", agency, "--year", year, "--to", pdfa, "--pdfa", "--db", m_db}), 0);
    for (const QString &file : {pdf, pdfa}) {
        QCOMPARE(run({"verify", file, "--db", m_db}), 0);
        QVERIFY2(m_out.contains(agency) && m_out.contains(year) && m_out.contains(QStringLiteral("王主任")) && m_out.contains(QStringLiteral("一致")),
                 qPrintable(m_out));
    }

    // Another database knows no such report.
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    QCOMPARE(run({"import", TestSupport::expectedPath(QStringLiteral("huaian-2024")), "--db", other}), 0);
    QCOMPARE(run({"verify", pdf, "--db", other}), 1);
    QVERIFY2(m_out.contains(QStringLiteral("没有与")), qPrintable(m_out));

    // The database's copy changed behind the signature (by a tool that removed the database's guard): the PDF is what
    // was signed, the database no longer is.
    removeGuards();
    QVERIFY(TestSupport::execSql(m_db, QStringLiteral("UPDATE prose SET body = body || '。' WHERE part = 'part1'")));
    QCOMPARE(run({"verify", pdf, "--db", m_db}), 1);
    QVERIFY2(m_out.contains(QStringLiteral("改动过")), qPrintable(m_out));
    QVERIFY(TestSupport::execSql(m_db, QStringLiteral("UPDATE prose SET body = substr(body, 1, length(body) - 1) WHERE part = 'part1'")));
    QCOMPARE(run({"verify", pdf, "--db", m_db}), 0);

    // Withdrawn: the PDF is a version that no longer stands.
    {
        SqliteReportStore store(m_registry);
        QVERIFY(store.openSqlite(m_db));
        QVERIFY(store.reopen(m_report.agency, m_report.year, QStringLiteral("王主任"), QStringLiteral("重新核对")));
    }
    QCOMPARE(run({"verify", pdf, "--db", m_db}), 1);
    QVERIFY2(m_out.contains(QStringLiteral("撤回")), qPrintable(m_out));

    // Not a PDF we can read at all.
    QCOMPARE(run({"verify", m_dir.filePath(QStringLiteral("none.pdf")), "--db", m_db}), 2);
    QVERIFY2(m_err.contains(QStringLiteral("none.pdf")), qPrintable(m_err));
}

// A database signed before fingerprints were recorded (schema 4): the upgrade takes each signed report's fingerprint.
void tst_Signature::upgradeFingerprintsSignedReports()
{
    {
        SqliteReportStore store(m_registry);
        QVERIFY(store.openSqlite(m_db));
        QVERIFY(store.sign(m_report.agency, m_report.year, QStringLiteral("王主任")));
    }
    removeGuards();
    for (const char *sql : {"ALTER TABLE report DROP COLUMN review_state", "CREATE TABLE agency_v4 (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
                            "INSERT INTO agency_v4 SELECT id, name FROM agency", "DROP TABLE agency", "ALTER TABLE agency_v4 RENAME TO agency",
                            "ALTER TABLE cell DROP COLUMN revision", "ALTER TABLE cell DROP COLUMN modified_by", "ALTER TABLE prose DROP COLUMN revision",
                            "ALTER TABLE prose DROP COLUMN modified_by", "ALTER TABLE report DROP COLUMN details_revision",
                            "ALTER TABLE report DROP COLUMN modified_by", "ALTER TABLE report DROP COLUMN revision", "ALTER TABLE report DROP COLUMN signed_sha256",
                            "ALTER TABLE signoff_event DROP COLUMN sha256", "ALTER TABLE report DROP COLUMN signed_role",
                            "ALTER TABLE signoff_event DROP COLUMN role_name", "DROP TABLE report_check", "UPDATE meta SET value = '4' WHERE key = 'schema_version'"})
        QVERIFY(TestSupport::execSql(m_db, QString::fromLatin1(sql)));
    SqliteReportStore store(m_registry);
    QVERIFY2(store.openSqlite(m_db), qPrintable(store.lastError()));
    QCOMPARE(store.schemaVersion(), SqlSchema::latestVersion());
    Report loaded;
    QVERIFY(store.load(m_report.agency, m_report.year, &loaded));
    QCOMPARE(store.signOff(m_report.agency, m_report.year)->sha256, Fingerprint::sha256(loaded, m_registry));
    QVERIFY(!Fingerprint::verify(store, loaded, m_registry));
}

QTEST_MAIN(tst_Signature)
#include "tst_signature.moc"
