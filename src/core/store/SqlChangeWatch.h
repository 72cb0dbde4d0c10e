#pragma once

#include "ReadRevisions.h"
#include "ReportStore.h"

#include <QString>

class SqlConnection;
class SqlReports;

// How a window learns that another program or clerk changed the database: on a file, a number that moves with every
// commit of another connection (SQLite's data_version; a server announces its changes instead, see
// PostgresReportStore::listen), whether one report changed since this store read it, and what changed in it.
class SqlChangeWatch
{
public:
    SqlChangeWatch(SqlConnection &connection, ReadRevisions &seen, SqlReports &reports);

    qint64 dataVersion();
    // The report's content or review moved since this store read it, or it is gone (whoever shows it looks again).
    bool changedElsewhere(const QString &agency, int year);
    // ReportStore::takeChanges.
    std::optional<ReportStore::Changes> take(const QString &agency, int year);

private:
    SqlConnection &m_c;
    ReadRevisions &m_seen;
    SqlReports &m_reports;
};
