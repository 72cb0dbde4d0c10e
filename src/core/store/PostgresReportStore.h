#pragma once

#include "SqlReportStore.h"

#include <QUrl>
#include <functional>

// An office's shared store: a PostgreSQL server through Qt's QPSQL driver (libpq). Same reports, schema versions and
// rules as the embedded store; in addition the server enforces who may write what (row security by agency, see
// resources/sql/postgresql/006) and refuses changes to signed reports whoever sends them. The password comes from
// libpq (~/.pgpass, PGPASSWORD) or the caller's prompt, and is never kept by us. Backups are the server
// administrator's (pg_dump), not the program's.
class PostgresReportStore : public SqlReportStore
{
    Q_DECLARE_TR_FUNCTIONS(PostgresReportStore)
public:
    explicit PostgresReportStore(const FormatRegistry &registry);

    // postgresql://USER@HOST[:PORT]/DBNAME (also postgres://; ?host=/socket/dir as libpq reads it).
    static bool isUrl(const QString &location);
    // The address without a password, as messages and settings show it; "" when `location` is not a usable URL
    // (*error says why).
    static QString displayUrl(const QString &location, QString *error = nullptr);

    // Connects and brings the schema up to date. *needsPassword: the server asked for a password libpq did not have.
    bool openUrl(const QString &location, const QString &password = QString(), bool *needsPassword = nullptr);

    void setBackups(const QString &, int) override {}
    QString backupFolder() const override { return QString(); }
    QString backupWarning() const override { return QString(); }
    QVector<BackupFile> backups() override { return {}; }
    bool backupTo(const QString &file) override;
    bool restoreFrom(const QString &file, QString *kept) override;

private:
    QString why(const QSqlError &error) const; // libpq's words where they would puzzle a clerk, and the office's rules
};
