#pragma once

#include "ReadRevisions.h"
#include "ReportStore.h"

#include <QCoreApplication>

class SqlConnection;
class SqlReports;

// The office's review and sign-off of a stored report: 提交审核, 审核通过, 退回, 签发, 撤回签发, and the history of
// every step. On a server the database takes each step itself (report_step, resources/sql/postgresql/008: it checks
// who may, records the login and the time); in a file the program does, and the file's triggers (sqlite/008) keep
// the same transitions and an append-only history. Either way the program checks first, to say why in words.
class SqlReview
{
    Q_DECLARE_TR_FUNCTIONS(SqlReview)
public:
    SqlReview(SqlConnection &connection, const FormatRegistry &registry, ReadRevisions &seen, SqlReports &reports);

    bool review(const QString &agency, int year, const QString &action, const QString &who, const QString &reason);
    bool sign(const QString &agency, int year, const QString &who);
    bool reopen(const QString &agency, int year, const QString &who, const QString &reason);
    QVector<ReportStore::SignOffEvent> history(const QString &agency, int year);

private:
    // A step in a file: the state written (only from `from`) and the history row, in one transaction.
    bool stepInFile(qint64 id, const QString &action, const QString &from, const QString &to, const QString &who, const QString &reason);
    // A step on a server: report_step(), the database's own.
    bool stepOnServer(qint64 id, const QString &action, const QString &who, const QString &reason, const QString &digest, qint64 seenRevision,
                      const QString &seenState);
    void remember(qint64 id, const QString &state); // this store's own step: its view stays current

    SqlConnection &m_c;
    const FormatRegistry &m_registry;
    ReadRevisions &m_seen;
    SqlReports &m_reports;
};
