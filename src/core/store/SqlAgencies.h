#pragma once

#include "ReportStore.h"

#include <QCoreApplication>

class SqlConnection;

// The agencies of a SQL store, their tree (省 → 市 → 县/区 → 部门), and on a server the office's accounts: who writes
// which agency's reports and who reviews which region. Accounts are managed through functions the server's database
// owns (resources/sql/postgresql/008), which check that the login administers the office; a file has no accounts.
class SqlAgencies
{
    Q_DECLARE_TR_FUNCTIONS(SqlAgencies)
public:
    explicit SqlAgencies(SqlConnection &connection);

    QStringList names();
    // In a write's transaction: the agency, inserted when new (on a server only an administrator may).
    bool ensure(const QString &name);
    // In a write's transaction: the agency removed once it names no report (skipped where the login may not).
    bool removeIfUnused(const QString &name);
    QVector<ReportStore::AgencyNode> tree();
    QVector<ReportStore::AgencyNode> tree(const QString &root);
    bool setParents(const QVector<ReportStore::AgencyNode> &nodes);

    ReportStore::Rights rights(const QString &agency);
    std::optional<QVector<ReportStore::Account>> accounts();
    bool addAccount(const QString &name, const QString &password, const QString &kind);
    bool setRight(const QString &name, const QString &agency, const QString &right, bool granted);
    bool removeAccount(const QString &name);

    // The password as PostgreSQL stores it (SCRAM-SHA-256$4096:salt$StoredKey:ServerKey), made here so that the
    // password itself never reaches the server, its logs or pg_stat_activity.
    static QString scramVerifier(const QString &password, const QByteArray &salt);

private:
    bool refuseOnFile();
    bool administers();

    SqlConnection &m_c;
};
