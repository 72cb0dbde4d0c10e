#include "SqlChangeWatch.h"

#include "SqlConnection.h"
#include "SqlReports.h"

SqlChangeWatch::SqlChangeWatch(SqlConnection &connection, ReadRevisions &seen, SqlReports &reports)
    : m_c(connection)
    , m_seen(seen)
    , m_reports(reports)
{
}

qint64 SqlChangeWatch::dataVersion()
{
    // SQLite counts commits by other connections to the file (this connection's own do not move it); a server keeps
    // a committed counter that its triggers raise on every change, whoever makes it.
    const QVariant v = m_c.isServer() ? m_c.value(QStringLiteral("SELECT n FROM data_change")) : m_c.value(QStringLiteral("PRAGMA data_version"));
    return v.isValid() ? v.toLongLong() : -1;
}

bool SqlChangeWatch::changedElsewhere(const QString &agency, int year)
{
    const SqlReports::Found f = m_reports.find(agency, year);
    if (f.id <= 0)
        return true;
    const auto seen = m_seen.constFind(f.id);
    const QString state = f.entry.isSigned() ? QStringLiteral("signed") : f.entry.review;
    return seen != m_seen.cend() && (seen->revision != f.revision || seen->review != state);
}
