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

    // LISTEN disclosure_report_changed (resources/sql/postgresql/009): every change another connection commits.
    bool listen(const std::function<void(const QString &what)> &changed) override;
    bool ping() override;
    bool connectionLost() const override { return m_lost || !isOpen(); }
    bool reconnect() override;

private:
    // Connects to m_location (with m_password) and brings the schema up to date; what this store had read is kept.
    bool connectServer(bool *needsPassword);
    bool subscribe();
    QString why(const QSqlError &error) const; // libpq's words where they would puzzle a clerk, and the office's rules
    // The connection itself failed (the server stopped, restarted, or cannot be reached), not a statement.
    static bool isLost(const QSqlError &error);

    QString m_location;
    QString m_password; // given for this session (a prompt's answer): kept in memory only, to reconnect
    bool m_lost = false;
    std::function<void(const QString &)> m_changed;
};
