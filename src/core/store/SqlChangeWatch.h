#pragma once

#include "ReadRevisions.h"

#include <QString>

class SqlConnection;
class SqlReports;

// How a window learns that another program or clerk changed the database: a number that moves with every change made
// by another connection (a file: SQLite's data_version; a server: the committed counter its triggers raise), and
// whether one report changed since this store read it.
class SqlChangeWatch
{
public:
    SqlChangeWatch(SqlConnection &connection, ReadRevisions &seen, SqlReports &reports);

    qint64 dataVersion();
    // The report's content or review moved since this store read it, or it is gone (whoever shows it looks again).
    bool changedElsewhere(const QString &agency, int year);

private:
    SqlConnection &m_c;
    ReadRevisions &m_seen;
    SqlReports &m_reports;
};
