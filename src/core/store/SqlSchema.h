#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>

class SqlConnection;

// The schema and its migrations: resources/sql/<engine>/NNN-*.sql, the same numbered versions for every engine, each
// spelled in its engine's dialect. The version a database is at lives in its meta table.
class SqlSchema
{
    Q_DECLARE_TR_FUNCTIONS(SqlSchema)
public:
    // The version this program writes: the number of migrations.
    static int latestVersion();
    // 0 an empty database, -1 not ours.
    static int versionOf(const QSqlDatabase &db);
    // Why the database at `location` of this version is not used ("" when it is; -1: not ours).
    static QString refusal(const QString &location, int version);
    // A migration script's statements: split at a line ending in ";", except inside a PostgreSQL body ($$ … $$) or a
    // SQLite trigger (CREATE TRIGGER … END;). Comment lines between statements are dropped.
    static QStringList statements(const QString &script);
    // Brings the connection's database up to date, one transaction per version; *refused when it is from a newer
    // program or not ours (left as it was). `ours` runs first, on every writable database of ours.
    static bool migrate(SqlConnection &connection, bool *refused = nullptr, const std::function<bool()> &ours = {});
};
