// The office's rules are the server's own: every attack a login could try with psql beside the program — as the
// agency's clerk, another agency's clerk, the region's reviewer, a role never added — is refused by the database and
// leaves the data as it was. Run through psql itself (the path a clerk with a login has), never as a superuser, on
// the throwaway server tests/pg_server.sh starts.
#include "Fingerprint.h"
#include "ReportStore.h"
#include "TestSupport.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

class tst_ServerRules : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void attacksAreRefused_data();
    void attacksAreRefused();
    void readingIsScoped_data();
    void readingIsScoped();
    void strangersReadNothing();
    void whoDidItIsTheLogin();
    void changesThroughSqlAreStampedAndAnnounced();
    void checksAreRecordedByTheReviewer();
    void ownerNeedsCreateRole();

private:
    struct Psql
    {
        bool ok = false;
        QString out, err;
    };
    // One statement through psql as `role` (the socket's trust stands in for each login's password).
    Psql psql(const QString &role, const QString &sql) const;
    // Every row of every table of the office's database, as its owner sees them: what an attack must not change.
    QString snapshot() const;
    // {submitted} {approved} {signed} {draft} {other} … replaced by the ids of the reports set up below.
    QString withIds(QString sql) const;

    FormatRegistry m_registry;
    QString m_owner;   // the database's owner's address
    QString m_psql;    // psql's path
    QString m_socket;  // the server's socket folder
    QString m_database;
    QHash<QString, qint64> m_ids;
};

tst_ServerRules::Psql tst_ServerRules::psql(const QString &role, const QString &sql) const
{
    QProcess p;
    p.start(m_psql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                     QStringLiteral("-h"), m_socket, QStringLiteral("-U"), role, QStringLiteral("-d"), m_database, QStringLiteral("-c"), sql});
    Psql r;
    if (!p.waitForFinished(30000))
        return r;
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    r.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return r;
}

QString tst_ServerRules::snapshot() const
{
    const Psql r = psql(QStringLiteral("dr_owner"),
                        QStringLiteral("SELECT md5(string_agg(x, '|' ORDER BY x)) FROM ("
                                       "SELECT 'r' || row(t.*)::text AS x FROM report t UNION ALL SELECT 'c' || row(t.*)::text FROM cell t "
                                       "UNION ALL SELECT 'p' || row(t.*)::text FROM prose t UNION ALL SELECT 'a' || row(t.*)::text FROM attachment t "
                                       "UNION ALL SELECT 'e' || row(t.*)::text FROM signoff_event t UNION ALL SELECT 'g' || row(t.*)::text FROM agency t "
                                       "UNION ALL SELECT 'w' || row(t.*)::text FROM agency_writer t UNION ALL SELECT 'v' || row(t.*)::text FROM agency_reviewer t "
                                       "UNION ALL SELECT 'k' || row(t.*)::text FROM report_check t) s"));
    return r.ok ? r.out : QStringLiteral("(snapshot failed: %1)").arg(r.err);
}

QString tst_ServerRules::withIds(QString sql) const
{
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
        sql.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), QString::number(it.value()));
    return sql;
}

void tst_ServerRules::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("DR_TEST_POSTGRES").isEmpty(), "needs the server tests/pg_server.sh starts (ctest runs it)");
    m_psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    QVERIFY2(!m_psql.isEmpty(), "psql (Debian package postgresql-client) is not installed");
    m_owner = TestSupport::newPostgresDatabase(QStringLiteral("server_rules"));
    QVERIFY(!m_owner.isEmpty());
    const QUrl url(m_owner);
    m_socket = QUrlQuery(url).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    m_database = url.path().mid(1);

    // A county: 县政府 above 科技局 and 教育局. 科技局's reports of five years, one in each state; one of 教育局.
    const QString county = QStringLiteral("某县人民政府"), kejiju = QStringLiteral("某县科学技术局"), jiaoyuju = QStringLiteral("某县教育局");
    QString error;
    {
        auto admin = ReportStore::open(m_registry, m_owner, &error);
        QVERIFY2(admin, qPrintable(error));
        QVERIFY(admin->setAgencyParents({{county, QString()}, {kejiju, county}, {jiaoyuju, county}}));
    }
    const QString clerk = TestSupport::officeAccount(m_owner, QStringLiteral("kj_clerk"), QStringLiteral("clerk"), QStringLiteral("write"), {kejiju});
    const QString other = TestSupport::officeAccount(m_owner, QStringLiteral("jy_clerk"), QStringLiteral("clerk"), QStringLiteral("write"), {jiaoyuju});
    const QString office = TestSupport::officeAccount(m_owner, QStringLiteral("county_office"), QStringLiteral("reviewer"), QStringLiteral("review"), {county});
    QVERIFY(!clerk.isEmpty() && !other.isEmpty() && !office.isEmpty());
    const QString admin = qEnvironmentVariable("DR_TEST_POSTGRES");
    // Never added: a plain login, and one a database administrator gave CONNECT by hand (the old README's way).
    for (const char *role : {"stranger", "connect_only"})
        if (TestSupport::querySql(admin, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {QLatin1String(role)}).toInt() == 0)
            QVERIFY(TestSupport::execSql(admin, QStringLiteral("CREATE ROLE ") + QLatin1String(role) + QStringLiteral(" LOGIN")));
    QVERIFY(TestSupport::execSql(m_owner, QStringLiteral("GRANT CONNECT ON DATABASE server_rules TO connect_only")));

    auto clerkStore = ReportStore::open(m_registry, clerk, &error);
    auto otherStore = ReportStore::open(m_registry, other, &error);
    auto officeStore = ReportStore::open(m_registry, office, &error);
    QVERIFY2(clerkStore && otherStore && officeStore, qPrintable(error));
    const Report seed = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    QVector<Report> reports;
    for (int year : {2020, 2021, 2022, 2023, 2024}) {
        Report r = seed;
        r.agency = kejiju;
        r.year = year;
        reports.append(r);
    }
    QVERIFY2(clerkStore->save(reports, false), qPrintable(clerkStore->lastError()));
    Report theirs = seed;
    theirs.agency = jiaoyuju;
    theirs.year = 2024;
    QVERIFY(otherStore->save({theirs}, false));
    for (int year : {2021, 2022, 2023})
        QVERIFY(clerkStore->setAttachment(kejiju, year, QStringLiteral("seal"), {QStringLiteral("image/png"), QByteArray("seal")}));
    // 2021 submitted; 2022 approved; 2023 signed; 2024 a draft; 2020 returned.
    for (int year : {2020, 2021, 2022, 2023})
        QVERIFY2(clerkStore->review(kejiju, year, QStringLiteral("submit"), QStringLiteral("张三")), qPrintable(clerkStore->lastError()));
    for (int year : {2022, 2023})
        QVERIFY2(officeStore->review(kejiju, year, QStringLiteral("approve"), QStringLiteral("王科长")), qPrintable(officeStore->lastError()));
    QVERIFY(officeStore->review(kejiju, 2020, QStringLiteral("return"), QStringLiteral("王科长"), QStringLiteral("补充第五部分")));
    QVERIFY2(clerkStore->sign(kejiju, 2023, QStringLiteral("局长")), qPrintable(clerkStore->lastError()));
    const auto id = [&](const QString &agency, int year) {
        return TestSupport::querySql(m_owner, QStringLiteral("SELECT r.id FROM report r JOIN agency a ON a.id = r.agency_id WHERE a.name = ? AND r.year = ?"),
                                     {agency, year})
            .toLongLong();
    };
    m_ids = {{QStringLiteral("returned"), id(kejiju, 2020)}, {QStringLiteral("submitted"), id(kejiju, 2021)}, {QStringLiteral("approved"), id(kejiju, 2022)},
             {QStringLiteral("signed"), id(kejiju, 2023)}, {QStringLiteral("draft"), id(kejiju, 2024)}, {QStringLiteral("other"), id(jiaoyuju, 2024)}};
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
        QVERIFY2(it.value() > 0, qPrintable(it.key()));
}

// Each row: who tries, what, with psql. Every one must leave every table as it was.
void tst_ServerRules::attacksAreRefused_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("unseen"); // the rows are not the role's to see: nothing matches (PostgreSQL's way), no error
    const QString clerk = QStringLiteral("kj_clerk"), other = QStringLiteral("jy_clerk"), office = QStringLiteral("county_office");
    // The clerk, on its own agency's reports under review, approved and signed.
    for (const char *state : {"submitted", "approved", "signed"}) {
        const QString s = QLatin1String(state);
        QTest::addRow("clerk changes a cell of the %s report", state) << clerk << QStringLiteral("UPDATE cell SET int_value = 999 WHERE report_id = {%1} AND key = 't3.new.natural'").arg(s) << false;
        QTest::addRow("clerk deletes a cell of the %s report", state) << clerk << QStringLiteral("DELETE FROM cell WHERE report_id = {%1}").arg(s) << false;
        QTest::addRow("clerk changes the prose of the %s report", state) << clerk << QStringLiteral("UPDATE prose SET body = 'x' WHERE report_id = {%1}").arg(s) << false;
        QTest::addRow("clerk adds prose to the %s report", state) << clerk << QStringLiteral("INSERT INTO prose (report_id, part, body) VALUES ({%1}, 'extra', 'x')").arg(s) << false;
        QTest::addRow("clerk changes a field of the %s report", state) << clerk << QStringLiteral("UPDATE report SET title = 'x', contact_phone = '110' WHERE id = {%1}").arg(s) << false;
        QTest::addRow("clerk changes the forms of the %s report", state) << clerk << QStringLiteral("UPDATE report SET t3_form = '2019' WHERE id = {%1}").arg(s) << false;
        QTest::addRow("clerk replaces the seal of the %s report", state) << clerk << QStringLiteral("INSERT INTO attachment (report_id, kind, mime_type, data) VALUES ({%1}, 'seal2', 'image/png', 'x')").arg(s) << false;
        QTest::addRow("clerk deletes the seal of the %s report", state) << clerk << QStringLiteral("DELETE FROM attachment WHERE report_id = {%1}").arg(s) << false;
        QTest::addRow("clerk deletes the %s report", state) << clerk << QStringLiteral("DELETE FROM report WHERE id = {%1}").arg(s) << false;
        QTest::addRow("clerk moves the %s report back to draft", state) << clerk << QStringLiteral("UPDATE report SET review_state = 'draft' WHERE id = {%1}").arg(s) << false;
    }
    // The review undone around the program.
    QTest::newRow("clerk clears the signature and fingerprint") << clerk << QStringLiteral("UPDATE report SET signed_by = NULL, signed_sha256 = NULL WHERE id = {signed}") << false;
    QTest::newRow("clerk clears only the fingerprint") << clerk << QStringLiteral("UPDATE report SET signed_sha256 = NULL WHERE id = {signed}") << false;
    QTest::newRow("clerk forges a fingerprint") << clerk << QStringLiteral("UPDATE report SET signed_sha256 = repeat('0', 64) WHERE id = {signed}") << false;
    QTest::newRow("clerk signs its approved report by hand") << clerk << QStringLiteral("UPDATE report SET signed_by = '局长', signed_sha256 = repeat('0', 64) WHERE id = {approved}") << false;
    QTest::newRow("clerk approves its own report by hand") << clerk << QStringLiteral("UPDATE report SET review_state = 'approved' WHERE id = {submitted}") << false;
    QTest::newRow("clerk approves its own report through the step") << clerk << QStringLiteral("SELECT report_step({submitted}, 'approve', '王科长', NULL, NULL, NULL, NULL)") << false;
    QTest::newRow("clerk signs a draft through the step") << clerk << QStringLiteral("SELECT report_step({draft}, 'sign', '局长', NULL, repeat('0', 64), NULL, NULL)") << false;
    QTest::newRow("clerk inserts a new report already signed") << clerk
        << QStringLiteral("INSERT INTO report (agency_id, year, t2_form, t3_form, t4_form, review_state, signed_by, signed_sha256) "
                          "SELECT agency_id, 2019, t2_form, t3_form, t4_form, 'approved', '局长', repeat('0', 64) FROM report WHERE id = {draft}") << false;
    QTest::newRow("clerk winds a revision back") << clerk << QStringLiteral("UPDATE report SET revision = revision - 1 WHERE id = {draft}") << false;
    // The history.
    QTest::newRow("clerk forges the reviewer's return") << clerk
        << QStringLiteral("INSERT INTO signoff_event (report_id, action, who, role_name, at, reason) VALUES ({draft}, 'return', 'county_office', 'county_office', '2026-01-01T00:00:00Z', 'x')") << false;
    QTest::newRow("clerk rewrites the history") << clerk << QStringLiteral("UPDATE signoff_event SET who = 'x', role_name = 'county_office'") << false;
    QTest::newRow("clerk deletes the history") << clerk << QStringLiteral("DELETE FROM signoff_event") << false;
    QTest::newRow("clerk empties the history") << clerk << QStringLiteral("TRUNCATE signoff_event") << false;
    QTest::newRow("clerk makes itself a reviewer") << clerk << QStringLiteral("INSERT INTO agency_reviewer (agency_id, role_name) SELECT id, 'kj_clerk' FROM agency") << false;
    QTest::newRow("clerk makes itself a writer of another agency") << clerk << QStringLiteral("INSERT INTO agency_writer (agency_id, role_name) SELECT id, 'kj_clerk' FROM agency") << false;
    QTest::newRow("clerk adds an agency") << clerk << QStringLiteral("INSERT INTO agency (name) VALUES ('自己加的机关')") << false;
    QTest::newRow("clerk makes itself an administrator") << clerk << QStringLiteral("SELECT office_account_add('kj_clerk', NULL, 'admin')") << false;
    QTest::newRow("clerk grants itself another agency") << clerk << QStringLiteral("SELECT office_right('kj_clerk', '某县教育局', 'write', true)") << false;
    // A roll-up's recorded check of its own report, which the office's dashboard shows.
    QTest::newRow("clerk records its report as checked") << clerk
        << QStringLiteral("INSERT INTO report_check (report_id, revision, last_year_revision, rules, result) SELECT id, revision, -1, 'x', '{\"errors\":0}' FROM report WHERE id = {draft}") << false;
    QTest::newRow("clerk rewrites a recorded check") << clerk << QStringLiteral("UPDATE report_check SET result = '{\"errors\":0}'") << false;
    QTest::newRow("clerk deletes the recorded checks") << clerk << QStringLiteral("DELETE FROM report_check") << false;
    // Another agency's clerk.
    QTest::newRow("other clerk changes a draft not its own") << other << QStringLiteral("UPDATE cell SET int_value = 999 WHERE report_id = {draft}") << true;
    QTest::newRow("other clerk deletes a draft not its own") << other << QStringLiteral("DELETE FROM report WHERE id = {draft}") << true;
    QTest::newRow("other clerk submits a report not its own") << other << QStringLiteral("SELECT report_step({draft}, 'submit', NULL, NULL, NULL, NULL, NULL)") << false;
    QTest::newRow("other clerk withdraws a signature not its own") << other << QStringLiteral("SELECT report_step({signed}, 'reopen', NULL, '不对', NULL, NULL, NULL)") << false;
    QTest::newRow("other clerk moves its report under another agency") << other
        << QStringLiteral("UPDATE report SET agency_id = (SELECT agency_id FROM report WHERE id = {signed}) WHERE id = {other}") << false;
    // The region's reviewer: reviews, changes nothing else.
    QTest::newRow("reviewer changes a cell under review") << office << QStringLiteral("UPDATE cell SET int_value = 999 WHERE report_id = {submitted}") << false;
    QTest::newRow("reviewer changes a draft") << office << QStringLiteral("UPDATE cell SET int_value = 999 WHERE report_id = {draft}") << false;
    QTest::newRow("reviewer rewrites who changed a report") << office << QStringLiteral("UPDATE report SET modified_by = 'kj_clerk', revision = 0 WHERE id = {draft}") << false;
    QTest::newRow("reviewer approves by hand") << office << QStringLiteral("UPDATE report SET review_state = 'approved' WHERE id = {submitted}") << false;
    QTest::newRow("reviewer returns without a reason") << office << QStringLiteral("SELECT report_step({submitted}, 'return', NULL, ' ', NULL, NULL, NULL)") << false;
    QTest::newRow("reviewer submits for the clerk") << office << QStringLiteral("SELECT report_step({draft}, 'submit', NULL, NULL, NULL, NULL, NULL)") << false;
    QTest::newRow("reviewer signs") << office << QStringLiteral("SELECT report_step({approved}, 'sign', '王科长', NULL, repeat('0', 64), NULL, NULL)") << false;
    QTest::newRow("reviewer writes history") << office << QStringLiteral("INSERT INTO signoff_event (report_id, action, who, at) VALUES ({draft}, 'approve', 'x', 'x')") << false;
    QTest::newRow("reviewer deletes history") << office << QStringLiteral("DELETE FROM signoff_event WHERE report_id = {submitted}") << false;
    QTest::newRow("reviewer adds an account") << office << QStringLiteral("SELECT office_account_add('mole', NULL, 'clerk')") << false;
    // Never added.
    QTest::newRow("stranger changes a cell") << QStringLiteral("stranger") << QStringLiteral("UPDATE cell SET int_value = 999") << false;
    QTest::newRow("connect-only role changes a cell") << QStringLiteral("connect_only") << QStringLiteral("UPDATE cell SET int_value = 999") << false;
    QTest::newRow("connect-only role takes a step") << QStringLiteral("connect_only") << QStringLiteral("SELECT report_step({submitted}, 'approve', NULL, NULL, NULL, NULL, NULL)") << false;
}

void tst_ServerRules::attacksAreRefused()
{
    QFETCH(QString, role);
    QFETCH(QString, sql);
    QFETCH(bool, unseen);
    const QString before = snapshot();
    QVERIFY2(before.size() == 32, qPrintable(before));
    const Psql r = psql(role, withIds(sql));
    QCOMPARE(snapshot(), before);
    if (unseen) // row security: the rows are not there for this role
        return;
    // Refused outright, with the database's reason.
    QVERIFY2(!r.ok, qPrintable(QStringLiteral("psql accepted it: %1").arg(r.out)));
    QVERIFY2(r.err.contains(QLatin1String("ERROR")) || r.err.contains(QLatin1String("FATAL")), qPrintable(r.err));
}

// What each role may read, through psql: a clerk its agency's reports and others' signed ones; a reviewer its region,
// drafts included; never a draft of another agency.
void tst_ServerRules::readingIsScoped_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    const QString clerk = QStringLiteral("kj_clerk"), other = QStringLiteral("jy_clerk"), office = QStringLiteral("county_office");
    QTest::newRow("clerk reads its drafts") << clerk << QStringLiteral("SELECT count(*) FROM report") << QStringLiteral("5");
    QTest::newRow("clerk reads its cells") << clerk << QStringLiteral("SELECT count(DISTINCT report_id) FROM cell") << QStringLiteral("5");
    QTest::newRow("other clerk reads its own and the signed one") << other << QStringLiteral("SELECT count(*) FROM report") << QStringLiteral("2");
    QTest::newRow("other clerk reads no draft's cells") << other << QStringLiteral("SELECT count(*) FROM cell WHERE report_id = {draft}") << QStringLiteral("0");
    QTest::newRow("other clerk reads no draft's prose") << other << QStringLiteral("SELECT count(*) FROM prose WHERE report_id = {submitted}") << QStringLiteral("0");
    QTest::newRow("other clerk reads no draft's contact") << other << QStringLiteral("SELECT count(*) FROM report WHERE id = {draft}") << QStringLiteral("0");
    QTest::newRow("other clerk reads no draft's history") << other << QStringLiteral("SELECT count(*) FROM signoff_event WHERE report_id = {returned}") << QStringLiteral("0");
    QTest::newRow("other clerk reads no unsigned report's seal") << other << QStringLiteral("SELECT count(*) FROM attachment WHERE report_id IN ({submitted}, {approved})") << QStringLiteral("0");
    QTest::newRow("other clerk reads the signed report") << other << QStringLiteral("SELECT count(*) FROM cell WHERE report_id = {signed}") << QStringLiteral("as owner");
    QTest::newRow("reviewer reads its region, drafts included") << office << QStringLiteral("SELECT count(*) FROM report") << QStringLiteral("6");
    QTest::newRow("reviewer reads a draft's cells") << office << QStringLiteral("SELECT count(*) FROM cell WHERE report_id = {draft}") << QStringLiteral("as owner");
    QTest::newRow("clerk sees no accounts") << clerk << QStringLiteral("SELECT count(*) FROM office_accounts()") << QStringLiteral("0");
}

void tst_ServerRules::readingIsScoped()
{
    QFETCH(QString, role);
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    const Psql r = psql(role, withIds(sql));
    QVERIFY2(r.ok, qPrintable(r.err));
    if (expected == QLatin1String("as owner")) {
        expected = psql(QStringLiteral("dr_owner"), withIds(sql)).out;
        QVERIFY(expected.toInt() > 0);
    }
    QCOMPARE(r.out, expected);
}

// A role the office never added cannot connect; one given CONNECT by hand reads nothing.
void tst_ServerRules::strangersReadNothing()
{
    Psql r = psql(QStringLiteral("stranger"), QStringLiteral("SELECT count(*) FROM report"));
    QVERIFY(!r.ok);
    QVERIFY2(r.err.contains(QLatin1String("CONNECT")), qPrintable(r.err));
    for (const char *table : {"report", "cell", "prose", "agency", "signoff_event", "agency_writer", "meta"}) {
        r = psql(QStringLiteral("connect_only"), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        // Not even the schema is there for it to look in.
        QVERIFY2(!r.ok && (r.err.contains(QLatin1String("permission denied")) || r.err.contains(QLatin1String("does not exist"))),
                 qPrintable(QLatin1String(table) + QStringLiteral(": ") + r.out + r.err));
    }
    // Through the program: refused with a message that says what to do.
    QUrl url(m_owner);
    url.setUserName(QStringLiteral("stranger"));
    QString error;
    QVERIFY(!ReportStore::open(m_registry, url.toString(), &error));
    QVERIFY2(error.contains(QStringLiteral("还没有为它开通账号")), qPrintable(error));
}

// Who took a step is the login the database saw, whatever name was typed beside it; who changed a cell too.
void tst_ServerRules::whoDidItIsTheLogin()
{
    const Psql r = psql(QStringLiteral("kj_clerk"), withIds(QStringLiteral("SELECT report_step({returned}, 'submit', 'county_office', NULL, NULL, NULL, NULL)")));
    QVERIFY2(r.ok, qPrintable(r.err));
    QCOMPARE(psql(QStringLiteral("dr_owner"), withIds(QStringLiteral("SELECT role_name || '/' || who FROM signoff_event WHERE report_id = {returned} ORDER BY id DESC LIMIT 1"))).out,
             QStringLiteral("kj_clerk/county_office"));
    QVERIFY(psql(QStringLiteral("kj_clerk"), withIds(QStringLiteral("UPDATE cell SET int_value = 3, modified_by = 'county_office' WHERE report_id = {draft} AND key = 't3.new.legal'"))).ok);
    QCOMPARE(psql(QStringLiteral("dr_owner"), withIds(QStringLiteral("SELECT modified_by FROM cell WHERE report_id = {draft} AND key = 't3.new.legal'"))).out,
             QStringLiteral("kj_clerk"));
    QCOMPARE(psql(QStringLiteral("dr_owner"), withIds(QStringLiteral("SELECT modified_by FROM report WHERE id = {draft}"))).out, QStringLiteral("kj_clerk"));
    // The program shows both.
    QString error;
    auto store = ReportStore::open(m_registry, m_owner, &error);
    QVERIFY2(store, qPrintable(error));
    const auto history = store->signOffHistory(QStringLiteral("某县科学技术局"), 2023);
    QVERIFY(!history.isEmpty());
    QCOMPARE(history.last().action, QStringLiteral("sign"));
    QCOMPARE(history.last().who, QStringLiteral("局长"));
    QCOMPARE(history.last().role, QStringLiteral("kj_clerk"));
}

// A change made through psql, which raises no revision and announces nothing of itself, is stamped by the server — the
// report's revision raised once per transaction, the part given it — and announced to whoever listens: so open windows
// see it and no store overwrites it unawares. Claiming the row without raising its revision does not hide a change.
void tst_ServerRules::changesThroughSqlAreStampedAndAnnounced()
{
    // A reviewer's program listening, as its window does.
    QSqlDatabase listener = TestSupport::addConnection(TestSupport::asUser(m_owner, QStringLiteral("county_office")), QStringLiteral("listener"));
    QVERIFY2(listener.open(), qPrintable(listener.lastError().text()));
    QStringList heard;
    QVERIFY(listener.driver()->subscribeToNotification(QStringLiteral("disclosure_report_changed")));
    connect(listener.driver(), &QSqlDriver::notification, this,
            [&heard](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) { heard << payload.toString(); });
    const auto revision = [this] { return psql(QStringLiteral("dr_owner"), withIds(QStringLiteral("SELECT revision FROM report WHERE id = {draft}"))).out.toLongLong(); };
    const auto cell = [this](const char *key) {
        return psql(QStringLiteral("dr_owner"), withIds(QStringLiteral("SELECT revision || '/' || modified_by FROM cell WHERE report_id = {draft} AND key = '%1'")
                                                            .arg(QLatin1String(key))))
            .out;
    };
    const qint64 before = revision();
    QString error;
    auto program = ReportStore::open(m_registry, TestSupport::asUser(m_owner, QStringLiteral("kj_clerk")), &error);
    QVERIFY2(program, qPrintable(error));
    Report read;
    QVERIFY(program->load(QStringLiteral("某县科学技术局"), 2024, &read));
    // Two cells in one transaction, the revision set by hand lower: one raise, both stamped with it.
    const Psql r = psql(QStringLiteral("kj_clerk"), withIds(QStringLiteral("BEGIN; UPDATE cell SET int_value = 8, revision = 0 WHERE report_id = {draft} AND key = 't3.new.natural'; "
                                                                          "UPDATE cell SET int_value = 9 WHERE report_id = {draft} AND key = 't3.new.legal'; COMMIT;")));
    QVERIFY2(r.ok, qPrintable(r.err));
    QCOMPARE(revision(), before + 1);
    QCOMPARE(cell("t3.new.natural"), QStringLiteral("%1/kj_clerk").arg(before + 1));
    QCOMPARE(cell("t3.new.legal"), QStringLiteral("%1/kj_clerk").arg(before + 1));
    QTRY_VERIFY_WITH_TIMEOUT(heard.contains(withIds(QStringLiteral("report {draft}"))), 2000);
    // Touching the report's row first (which claims it for the transaction) raises the revision too.
    QVERIFY(psql(QStringLiteral("kj_clerk"), withIds(QStringLiteral("BEGIN; UPDATE report SET title = title WHERE id = {draft}; "
                                                                    "UPDATE cell SET int_value = 10 WHERE report_id = {draft} AND key = 't3.new.legal'; COMMIT;")))
                .ok);
    QCOMPARE(revision(), before + 2);
    QCOMPARE(cell("t3.new.legal"), QStringLiteral("%1/kj_clerk").arg(before + 2));
    // Rows inserted through SQL with stamps of their own choosing (guarded once per statement): the report claimed,
    // every row given its revision and the login, whatever was written.
    QVERIFY(psql(QStringLiteral("kj_clerk"), withIds(QStringLiteral("INSERT INTO cell (report_id, key, int_value, revision, modified_by) VALUES "
                                                                    "({draft}, 't9.a', 1, 0, 'county_office'), ({draft}, 't9.b', 2, 999, NULL)")))
                .ok);
    QCOMPARE(revision(), before + 3);
    QCOMPARE(cell("t9.a"), QStringLiteral("%1/kj_clerk").arg(before + 3));
    QCOMPARE(cell("t9.b"), QStringLiteral("%1/kj_clerk").arg(before + 3));
    QVERIFY(psql(QStringLiteral("kj_clerk"), withIds(QStringLiteral("INSERT INTO prose (report_id, part, body, revision, modified_by) VALUES ({draft}, 't9', 'x', 0, 'x')"))).ok);
    QCOMPARE(psql(QStringLiteral("dr_owner"), withIds(QStringLiteral("SELECT revision || '/' || modified_by FROM prose WHERE report_id = {draft} AND part = 't9'"))).out,
             QStringLiteral("%1/kj_clerk").arg(before + 4));
    QVERIFY(psql(QStringLiteral("kj_clerk"), withIds(QStringLiteral("BEGIN; DELETE FROM cell WHERE report_id = {draft} AND key LIKE 't9.%'; "
                                                                    "DELETE FROM prose WHERE report_id = {draft} AND part = 't9'; COMMIT;")))
                .ok);
    QCOMPARE(revision(), before + 5);
    // The report's own fields: a new details revision with the raise.
    heard.clear();
    QVERIFY(psql(QStringLiteral("kj_clerk"), withIds(QStringLiteral("UPDATE report SET contact_phone = '0000' WHERE id = {draft}"))).ok);
    QCOMPARE(revision(), before + 6);
    QCOMPARE(psql(QStringLiteral("dr_owner"), withIds(QStringLiteral("SELECT details_revision FROM report WHERE id = {draft}"))).out.toLongLong(), before + 6);
    QTRY_VERIFY_WITH_TIMEOUT(heard.contains(withIds(QStringLiteral("report {draft}"))), 2000);
    // A store that read the report before refuses to write over the change, saying what is there now.
    QVERIFY(!program->setCells(QStringLiteral("某县科学技术局"), 2024, {{QStringLiteral("t3.new.natural"), CellValue::integer(1)}}));
    QVERIFY2(program->lastError().contains(QStringLiteral("对方填的是 8")), qPrintable(program->lastError()));
    // Claiming a report under review or signed is refused like any change of it.
    const QString signedBefore = snapshot();
    QVERIFY(!psql(QStringLiteral("kj_clerk"), withIds(QStringLiteral("UPDATE report SET title = title WHERE id = {signed}"))).ok);
    QCOMPARE(snapshot(), signedBefore);
    listener.close();
}

// A roll-up's check of a report is kept for the next one by the region's reviewer, for the report as it stands only,
// with the login; its clerk cannot record it (attacksAreRefused), nor can anyone for a revision it does not have.
void tst_ServerRules::checksAreRecordedByTheReviewer()
{
    const QString insert = QStringLiteral("INSERT INTO report_check (report_id, revision, last_year_revision, rules, result) "
                                          "SELECT r.id, r.revision%1, coalesce((SELECT p.revision FROM report p WHERE p.agency_id = r.agency_id AND p.year = r.year - 1), -1), "
                                          "'t', '{}' FROM report r WHERE r.id = {draft} ON CONFLICT (report_id) DO UPDATE SET result = excluded.result");
    const auto kept = [this] {
        return psql(QStringLiteral("dr_owner"), withIds(QStringLiteral("SELECT count(*) || '/' || coalesce(max(checked_by), '') FROM report_check WHERE report_id = {draft}"))).out;
    };
    QVERIFY(psql(QStringLiteral("dr_owner"), QStringLiteral("DELETE FROM report_check")).ok);
    // A revision ahead of the report's (a check made up in advance) is not kept.
    Psql r = psql(QStringLiteral("county_office"), withIds(insert.arg(QStringLiteral(" + 1"))));
    QVERIFY2(r.ok, qPrintable(r.err));
    QCOMPARE(kept(), QStringLiteral("0/"));
    r = psql(QStringLiteral("county_office"), withIds(insert.arg(QString())));
    QVERIFY2(r.ok, qPrintable(r.err));
    QCOMPARE(kept(), QStringLiteral("1/county_office"));
    // Readable by the report's clerk, as the report is.
    QCOMPARE(psql(QStringLiteral("kj_clerk"), withIds(QStringLiteral("SELECT count(*) FROM report_check WHERE report_id = {draft}"))).out, QStringLiteral("1"));
    // Once the report changes, the check no longer matches it, and cannot be brought up to date by hand.
    QVERIFY(psql(QStringLiteral("kj_clerk"), withIds(QStringLiteral("UPDATE cell SET int_value = 4 WHERE report_id = {draft} AND key = 't3.new.legal'"))).ok);
    QCOMPARE(psql(QStringLiteral("dr_owner"), withIds(QStringLiteral("SELECT count(*) FROM report_check k JOIN report r ON r.id = k.report_id AND r.revision = k.revision "
                                                                    "WHERE k.report_id = {draft}"))).out,
             QStringLiteral("0"));
    QVERIFY(psql(QStringLiteral("county_office"), withIds(QStringLiteral("UPDATE report_check SET revision = revision + 5 WHERE report_id = {draft}"))).ok);
    QCOMPARE(psql(QStringLiteral("dr_owner"), withIds(QStringLiteral("SELECT count(*) FROM report_check k JOIN report r ON r.id = k.report_id AND r.revision = k.revision "
                                                                    "WHERE k.report_id = {draft}"))).out,
             QStringLiteral("0"));
    QVERIFY(psql(QStringLiteral("dr_owner"), QStringLiteral("DELETE FROM report_check")).ok);
}

// The administrator's database owner without CREATEROLE: refused at set-up with what to ask for, nothing made.
void tst_ServerRules::ownerNeedsCreateRole()
{
    const QString admin = qEnvironmentVariable("DR_TEST_POSTGRES");
    if (TestSupport::querySql(admin, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'dr_plain_owner'")).toInt() == 0)
        QVERIFY(TestSupport::execSql(admin, QStringLiteral("CREATE ROLE dr_plain_owner LOGIN")));
    TestSupport::execSql(admin, QStringLiteral("DROP DATABASE IF EXISTS plain_office"));
    QVERIFY(TestSupport::execSql(admin, QStringLiteral("CREATE DATABASE plain_office OWNER dr_plain_owner")));
    QUrl url(admin);
    url.setPath(QStringLiteral("/plain_office"));
    url.setUserName(QStringLiteral("dr_plain_owner"));
    QString error;
    QVERIFY(!ReportStore::open(m_registry, url.toString(), &error));
    QVERIFY2(error.contains(QStringLiteral("CREATEROLE")), qPrintable(error));
    QCOMPARE(TestSupport::querySql(url.toString(), QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_ServerRules)
#include "tst_serverrules.moc"
