// An office's administrator without SQL (`disclosure-report access`): accounts made with the password given (in the
// server only as a SCRAM verifier the program made, and the login works with it and no other), agencies and regions
// granted and revoked, who may do what listed; refused to a clerk, and on a file. On the throwaway server.
#include "CliContext.h"
#include "CommandLineRun.h"
#include "FormatRegistry.h"
#include "ReportStore.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

class tst_OfficeAccess : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void addGrantListRevoke();
    void passwordIsTheLogins();
    void clerksCannotAdminister();

private:
    int run(const QStringList &args);
    QString passwordFile(const QString &password);

    FormatRegistry m_registry;
    QTemporaryDir m_dir;
    QString m_owner;
    QString m_out, m_err;
};

int tst_OfficeAccess::run(const QStringList &args)
{
    return TestSupport::runCommandLine(m_registry, args, &m_out, &m_err);
}

QString tst_OfficeAccess::passwordFile(const QString &password)
{
    const QString path = m_dir.filePath(QStringLiteral("password-%1").arg(qHash(password)));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(password.toUtf8() + '\n') < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void tst_OfficeAccess::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariable("DR_TEST_POSTGRES").isEmpty(), "needs the server tests/pg_server.sh starts (ctest runs it)");
    qunsetenv("PGPASSWORD");
    m_owner = TestSupport::newPostgresDatabase(QStringLiteral("office_access"));
    QVERIFY(!m_owner.isEmpty());
    const QString csv = m_dir.filePath(QStringLiteral("tree.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("机关,上级机关\n某县人民政府,\n某县科学技术局,某县人民政府\n某县教育局,某县人民政府\n");
    f.close();
    QCOMPARE(run({"agencies", "--import", csv, "--db", m_owner}), 0);
}

void tst_OfficeAccess::addGrantListRevoke()
{
    QCOMPARE(run({"access", "add-clerk", "kj_zhang", "--agency", "某县科学技术局", "--password-file", passwordFile("zhang-secret-1"), "--db", m_owner}), 0);
    QCOMPARE(run({"access", "add-reviewer", "county_wang", "--agency", "某县人民政府", "--password-file", passwordFile("wang-secret-1"), "--db", m_owner}), 0);
    QCOMPARE(run({"access", "grant", "kj_zhang", "--writes", "某县教育局", "--db", m_owner}), 0);
    QCOMPARE(run({"access", "list", "--db", m_owner}), 0);
    QVERIFY2(m_out.contains(QStringLiteral("kj_zhang\t填报人\t填报：某县教育局、某县科学技术局\t审核：")), qPrintable(m_out));
    QVERIFY2(m_out.contains(QStringLiteral("county_wang\t审核人\t填报：\t审核：某县人民政府")), qPrintable(m_out));
    // What was granted is what the login may do: the clerk writes both agencies' reports, the reviewer reads its region.
    QString error;
    auto owner = ReportStore::open(m_registry, m_owner, &error);
    QVERIFY2(owner, qPrintable(error));
    QVERIFY(owner->rights(QStringLiteral("某县教育局")).administers);
    auto clerk = ReportStore::open(m_registry, TestSupport::asUser(m_owner, QStringLiteral("kj_zhang")), &error);
    QVERIFY2(clerk, qPrintable(error));
    QVERIFY(clerk->rights(QStringLiteral("某县教育局")).writes && !clerk->rights(QStringLiteral("某县教育局")).reviews);
    QVERIFY(!clerk->rights(QStringLiteral("某县人民政府")).writes && !clerk->rights(QStringLiteral("某县人民政府")).administers);
    QCOMPARE(run({"access", "revoke", "kj_zhang", "--writes", "某县教育局", "--db", m_owner}), 0);
    QVERIFY(!clerk->rights(QStringLiteral("某县教育局")).writes && clerk->rights(QStringLiteral("某县科学技术局")).writes);
    // Refusals say what and where: no agency, no password, an unknown action, an account name that cannot be one.
    QCOMPARE(run({"access", "add-clerk", "x_clerk", "--password-file", passwordFile("x-secret-12"), "--db", m_owner}), 2);
    QVERIFY2(m_err.contains(QStringLiteral("--agency")), qPrintable(m_err));
    QCOMPARE(run({"access", "grant", "kj_zhang", "--writes", "无此机关", "--db", m_owner}), 2);
    QVERIFY2(m_err.contains(QStringLiteral("没有这个机关")), qPrintable(m_err));
    QCOMPARE(run({"access", "add-clerk", "bad name", "--agency", "某县教育局", "--password-file", passwordFile("x-secret-12"), "--db", m_owner}), 2);
    QVERIFY2(m_err.contains(QStringLiteral("不能用作账号名")), qPrintable(m_err));
    QCOMPARE(run({"access", "add-clerk", "short_pw", "--agency", "某县教育局", "--password-file", passwordFile("short"), "--db", m_owner}), 2);
    QVERIFY2(m_err.contains(QStringLiteral("至少 8 个字符")), qPrintable(m_err));
    QCOMPARE(run({"access", "frobnicate", "--db", m_owner}), 2);
    // Removed: every right in this database goes; the login itself stays, as the history names it.
    QCOMPARE(run({"access", "remove", "county_wang", "--db", m_owner}), 0);
    QCOMPARE(run({"access", "list", "--db", m_owner}), 0);
    QVERIFY2(!m_out.contains(QStringLiteral("county_wang")), qPrintable(m_out));
    QString refused;
    QVERIFY(!ReportStore::open(m_registry, TestSupport::asUser(m_owner, QStringLiteral("county_wang")), &refused));
    QVERIFY2(refused.contains(QStringLiteral("开通账号")), qPrintable(refused));
}

// The password reaches the server only as the verifier the program made; logging in with it works, with another not.
void tst_OfficeAccess::passwordIsTheLogins()
{
    QCOMPARE(run({"access", "add-clerk", "dr_new_clerk", "--agency", "某县教育局", "--password-file", passwordFile("教育局 口令 2026"), "--db", m_owner}), 0);
    QCOMPARE(TestSupport::querySql(qEnvironmentVariable("DR_TEST_POSTGRES"), QStringLiteral("SELECT left(rolpassword, 14) FROM pg_authid WHERE rolname = 'dr_new_clerk'")).toString(),
             QStringLiteral("SCRAM-SHA-256$"));
    const QString url = TestSupport::asUser(m_owner, QStringLiteral("dr_new_clerk"));
    QString error;
    auto wrong = ReportStore::open(m_registry, url, &error, nullptr, [](const QString &) { return std::optional<QString>(QStringLiteral("not it")); });
    QVERIFY(!wrong);
    QVERIFY2(error.contains(QStringLiteral("password")), qPrintable(error));
    auto right = ReportStore::open(m_registry, url, &error, nullptr, [](const QString &) { return std::optional<QString>(QStringLiteral("教育局 口令 2026")); });
    QVERIFY2(right, qPrintable(error));
    QVERIFY(right->rights(QStringLiteral("某县教育局")).writes);
    // A new password replaces it.
    QCOMPARE(run({"access", "password", "dr_new_clerk", "--password-file", passwordFile("second-password"), "--db", m_owner}), 0);
    QVERIFY(ReportStore::open(m_registry, url, &error, nullptr, [](const QString &) { return std::optional<QString>(QStringLiteral("second-password")); }));
}

// A clerk's login is refused every administrator's step, by the database as well as the program.
void tst_OfficeAccess::clerksCannotAdminister()
{
    QCOMPARE(run({"access", "add-clerk", "jy_li", "--agency", "某县教育局", "--password-file", passwordFile("li-secret-12"), "--db", m_owner}), 0);
    const QString clerk = TestSupport::asUser(m_owner, QStringLiteral("jy_li"));
    QCOMPARE(run({"access", "list", "--db", clerk}), 2);
    QVERIFY2(m_err.contains(QStringLiteral("管理员")), qPrintable(m_err));
    QCOMPARE(run({"access", "grant", "jy_li", "--writes", "某县科学技术局", "--db", clerk}), 2);
    QVERIFY2(m_err.contains(QStringLiteral("管理员")), qPrintable(m_err));
    QCOMPARE(run({"agencies", "--import", m_dir.filePath(QStringLiteral("tree.csv")), "--db", clerk}), 2);
    QVERIFY2(m_err.contains(QStringLiteral("管理员")), qPrintable(m_err));
}

QTEST_GUILESS_MAIN(tst_OfficeAccess)
#include "tst_officeaccess.moc"
