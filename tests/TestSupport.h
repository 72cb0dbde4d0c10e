#pragma once

#include "FormatRegistry.h"
#include "Report.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

// Paths to ../shared (spec and fixtures) and readers for the fixture oracles; links the core only.
namespace TestSupport {

QString sharedDir();
QString fixtureNames(); // for messages
QStringList expectedFixtures(); // base names of shared/fixtures/expected/*.json
QString expectedPath(const QString &name);
QByteArray readFile(const QString &path);
QJsonObject readJsonObject(const QString &path);
// The fixture's expected report (its `_` members ignored). Fails the test on error.
Report expectedReport(const FormatRegistry &registry, const QString &name);
// A report wholly in the 2021 form where every rule holds: the complete example of report-json.md §10.
Report specExample(const FormatRegistry &registry);
// A report as a web page's text saved from the browser: one cell per line, a blank cell an empty line.
QString cellPerLineText(const FormatRegistry &registry, const Report &report);

// An imported report against the published one, cell by cell: exact, marked for the clerk (a doubt, or left out), or
// wrong and unmarked (each named in `silent`) — the measure of every import test.
struct CellCounts
{
    int cells = 0, exact = 0, marked = 0, wrong = 0;
    int markedRight = 0; // of the marked, those holding the printed figure: the clerk confirms them, types none
    QStringList silent;
    QStringList markedKeys; // with their doubts
};
CellCounts compareCells(const Report &expected, const Report &read);
// Every PDF under `dir` checked by qpdf (a checker that is not ours and does not repair): the test fails unless each
// passes `qpdf --check` with no warning; the count is printed. For a test's cleanupTestCase().
void verifyPdfsWithQpdf(const QString &dir);
// One statement on a SQLite file (or a postgresql:// database) through a connection of its own, beside the program's:
// what another tool (or a hand with the sqlite3 shell or psql) would do. False, with the reason printed, when it fails.
bool execSql(const QString &location, const QString &sql, const QVariantList &args = {});
// A connection (not opened) of its own, named `name`, to a SQLite file or a postgresql:// database: QSQLITE or QPSQL.
QSqlDatabase addConnection(const QString &location, const QString &name);
// The first column of the first row a query gives on such a connection; invalid when it fails.
QVariant querySql(const QString &location, const QString &sql, const QVariantList &args = {});
// The engine a store test runs on: "sqlite" (the default) or "postgresql" (DR_TEST_ENGINE=postgresql, the server
// that tests/pg_server.sh started, its administrator's address in DR_TEST_POSTGRES).
QString testEngine();
// A new empty database on the test server, owned as an office's would be by a role that is not a superuser
// (dr_owner, with CREATEROLE); its address, connecting as `user` (default: that owner). The server's superuser
// (DR_TEST_POSTGRES) only makes roles and databases: a superuser is bound by no rule of the office.
QString newPostgresDatabase(const QString &name, const QString &user = QString());
// On the test server: `account` made an account of the office at `owner` (its owner's address) of `kind` ("clerk",
// "reviewer", "admin"), with `right` ("write" or "review") of each of `agencies`, through the program's own access
// functions; the address to connect as it ("" when refused: the reason printed).
QString officeAccount(const QString &owner, const QString &account, const QString &kind, const QString &right, const QStringList &agencies,
                      const QString &password = QStringLiteral("test-password"));
// The same database's address for another role.
QString asUser(const QString &url, const QString &user);
} // namespace TestSupport

