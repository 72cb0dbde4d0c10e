#include "TestSupport.h"

#include "ReportJson.h"
#include "ReportSchema.h"
#include "ReportStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

namespace TestSupport {

QString sharedDir()
{
    const QString dir = qEnvironmentVariable("DR_SHARED_DIR");
    return dir.isEmpty() ? QStringLiteral(DR_SHARED_DIR_DEFAULT) : dir;
}

QStringList expectedFixtures()
{
    QStringList names = QDir(sharedDir() + QStringLiteral("/fixtures/expected")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (QString &n : names)
        n.chop(5);
    return names;
}

QString expectedPath(const QString &name)
{
    return sharedDir() + QStringLiteral("/fixtures/expected/") + name + QStringLiteral(".json");
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QJsonObject readJsonObject(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

Report expectedReport(const FormatRegistry &registry, const QString &name)
{
    QString error;
    const auto r = ReportJson::read(readFile(expectedPath(name)), registry, &error);
    if (!r)
        qFatal("%s: %s", qPrintable(name), qPrintable(error));
    return *r;
}

Report specExample(const FormatRegistry &registry)
{
    const QString spec = QString::fromUtf8(readFile(sharedDir() + QStringLiteral("/spec/report-json.md")));
    const int section = spec.indexOf(QStringLiteral("## 10."));
    static const QRegularExpression block(QStringLiteral("```json\\n(.*?)```"), QRegularExpression::DotMatchesEverythingOption);
    const auto m = block.match(spec, section);
    if (section < 0 || !m.hasMatch())
        qFatal("report-json.md has no example in section 10");
    QString error;
    const auto r = ReportJson::read(m.captured(1).toUtf8(), registry, &error);
    if (!r)
        qFatal("spec example: %s", qPrintable(error));
    return *r;
}

QString cellPerLineText(const FormatRegistry &registry, const Report &report)
{
    const ReportSchema schema = ReportSchema::forReport(registry, report);
    QStringList lines{report.displayTitle(), QString(), QStringLiteral("一、总体情况"), report.prose.part1.value_or(QStringLiteral("本机关……。"))};
    for (const TableFormat *t : schema.tables()) {
        lines.append(t->heading);
        for (const QVector<GridRow> *rows : {&t->header, &t->body})
            for (const GridRow &row : *rows) {
                if (!row.optionalBlock.isEmpty() && !schema.hasBlock(row.optionalBlock))
                    continue;
                for (const GridCell &c : row.cells) {
                    if (!c.text.isEmpty())
                        lines.append(c.text);
                    if (!c.valueKey.isEmpty())
                        lines.append(report.cell(c.valueKey).toString()); // a blank cell: an empty line
                }
            }
    }
    lines += {QStringLiteral("五、存在的主要问题及改进情况"), report.prose.part5.value_or(QStringLiteral("无。")), QStringLiteral("六、其他需要报告的事项"),
              report.prose.part6.value_or(QStringLiteral("无。"))};
    return lines.join(QLatin1Char('\n'));
}

} // namespace TestSupport

void TestSupport::verifyPdfsWithQpdf(const QString &dir)
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty(), "qpdf is not installed (packaging/install-deps.sh --tests)");
    int count = 0;
    QString problems;
    QDirIterator it(dir, {QStringLiteral("*.pdf")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString pdf = it.next();
        QProcess qpdf;
        qpdf.start(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
        qpdf.waitForFinished(60000);
        const QString said = QString::fromUtf8(qpdf.readAllStandardOutput() + qpdf.readAllStandardError());
        ++count;
        // Exit 0 is clean, 3 is "warnings", 2 "errors"; a warning is a repair poppler would have made silently.
        if (qpdf.exitStatus() != QProcess::NormalExit || qpdf.exitCode() != 0 || said.contains(QLatin1String("WARNING")))
            problems += pdf + QStringLiteral(":\n") + said + QLatin1Char('\n');
    }
    qInfo("qpdf --check: %d PDFs", count);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

QSqlDatabase TestSupport::addConnection(const QString &location, const QString &name)
{
    const bool server = location.startsWith(QLatin1String("postgresql://"));
    QSqlDatabase db = QSqlDatabase::addDatabase(server ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    if (server) {
        const QUrl url(location);
        db.setDatabaseName(url.path().mid(1));
        db.setHostName(QUrlQuery(url).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded));
        db.setUserName(url.userName());
    } else {
        db.setDatabaseName(location);
    }
    return db;
}

namespace {
// One connection of its own for one statement: QSQLITE for a file, QPSQL for a postgresql:// address.
QVariant runSql(const QString &location, const QString &sql, const QVariantList &args, bool *ok)
{
    const QString name = QStringLiteral("test-support-raw");
    QVariant first;
    {
        QSqlDatabase db = TestSupport::addConnection(location, name);
        QSqlQuery q(db);
        if (args.isEmpty()) { // DDL cannot be prepared on PostgreSQL
            *ok = db.open() && q.exec(sql);
        } else {
            *ok = db.open() && q.prepare(sql);
            for (const QVariant &a : args)
                q.addBindValue(a);
            *ok = *ok && q.exec();
        }
        if (!*ok)
            qWarning() << sql << q.lastError().text() << db.lastError().text();
        else if (q.isSelect() && q.next())
            first = q.value(0);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return first;
}
} // namespace

bool TestSupport::execSql(const QString &location, const QString &sql, const QVariantList &args)
{
    bool ok = false;
    runSql(location, sql, args, &ok);
    return ok;
}

QVariant TestSupport::querySql(const QString &location, const QString &sql, const QVariantList &args)
{
    bool ok = false;
    const QVariant v = runSql(location, sql, args, &ok);
    return ok ? v : QVariant();
}

QString TestSupport::testEngine()
{
    return qEnvironmentVariable("DR_TEST_ENGINE", QStringLiteral("sqlite"));
}

QString TestSupport::asUser(const QString &url, const QString &user)
{
    QUrl u(url);
    u.setUserName(user);
    return u.toString();
}

QString TestSupport::newPostgresDatabase(const QString &name, const QString &user)
{
    const QString admin = qEnvironmentVariable("DR_TEST_POSTGRES");
    if (admin.isEmpty()) {
        qWarning("DR_TEST_POSTGRES is not set: the PostgreSQL tests need the server tests/pg_server.sh starts");
        return QString();
    }
    // A database name cannot be bound: the tests' own names, checked to be plain identifiers.
    if (!QRegularExpression(QStringLiteral("^[a-z_][a-z0-9_]*$")).match(name).hasMatch())
        return QString();
    // Roles are the server's, shared by the tests ctest runs in parallel: another may make the owner between this
    // one's look and its CREATE, which then fails although the role is there.
    const auto ownerExists = [&] { return querySql(admin, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'dr_owner'")).toInt() > 0; };
    if (!ownerExists() && !execSql(admin, QStringLiteral("CREATE ROLE dr_owner LOGIN CREATEROLE")) && !ownerExists())
        return QString();
    execSql(admin, QStringLiteral("DROP DATABASE IF EXISTS ") + name);
    if (!execSql(admin, QStringLiteral("CREATE DATABASE ") + name + QStringLiteral(" OWNER dr_owner")))
        return QString();
    QUrl url(admin);
    url.setPath(QLatin1Char('/') + name);
    url.setUserName(user.isEmpty() ? QStringLiteral("dr_owner") : user);
    return url.toString();
}

QString TestSupport::officeAccount(const QString &owner, const QString &account, const QString &kind, const QString &right, const QStringList &agencies,
                                   const QString &password)
{
    const FormatRegistry registry;
    QString error;
    auto store = ReportStore::open(registry, owner, &error);
    if (!store) {
        qWarning() << error;
        return QString();
    }
    bool ok = store->addAccount(account, password, kind);
    for (const QString &agency : agencies)
        ok = ok && store->setRight(account, agency, right, true);
    if (!ok) {
        qWarning() << store->lastError();
        return QString();
    }
    return asUser(owner, account);
}

TestSupport::CellCounts TestSupport::compareCells(const Report &expected, const Report &read)
{
    CellCounts c;
    for (auto it = expected.cells.cbegin(); it != expected.cells.cend(); ++it) {
        ++c.cells;
        if (read.doubts.contains(it.key()) || !read.cells.contains(it.key())) {
            ++c.marked;
            c.markedRight += read.cells.contains(it.key()) && read.cell(it.key()) == it.value();
            c.markedKeys << QStringLiteral("%1 “%2”: %3").arg(it.key(), read.cell(it.key()).toString(), read.doubts.value(it.key()));
        } else if (read.cell(it.key()) == it.value()) {
            ++c.exact;
        } else {
            ++c.wrong;
            c.silent << QStringLiteral("%1 read “%2”, printed “%3”").arg(it.key(), read.cell(it.key()).toString(), it.value().toString());
        }
    }
    return c;
}
