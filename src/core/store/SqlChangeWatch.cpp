#include "SqlChangeWatch.h"

#include "SqlConnection.h"
#include "SqlReports.h"

#include <algorithm>

SqlChangeWatch::SqlChangeWatch(SqlConnection &connection, ReadRevisions &seen, SqlReports &reports)
    : m_c(connection)
    , m_seen(seen)
    , m_reports(reports)
{
}

qint64 SqlChangeWatch::dataVersion()
{
    // SQLite counts commits by other connections to the file (this connection's own do not move it). A server is not
    // polled: it announces each change.
    if (m_c.isServer())
        return -1;
    const QVariant v = m_c.value(QStringLiteral("PRAGMA data_version"));
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

std::optional<ReportStore::Changes> SqlChangeWatch::take(const QString &agency, int year)
{
    m_c.error.clear();
    ReportStore::Changes c;
    const SqlReports::Found f = m_reports.find(agency, year);
    if (f.id < 0)
        return std::nullopt;
    if (f.id == 0) {
        c.gone = true;
        return c;
    }
    const QString state = f.entry.isSigned() ? QStringLiteral("signed") : f.entry.review;
    auto seen = m_seen.find(f.id);
    if (seen != m_seen.end() && seen->revision == f.revision && seen->review == state)
        return c;
    ReadRevision now;
    if (!m_reports.read(f.id, agency, year, &c.report, &now))
        return std::nullopt;
    if (seen == m_seen.end()) { // never read here: all of it is news
        m_seen.insert(f.id, now);
        c.reshaped = true;
        return c;
    }
    c.review = seen->review != now.review;
    c.details = seen->details != now.details;
    for (auto it = now.cells.cbegin(); it != now.cells.cend(); ++it)
        if (seen->cells.value(it.key(), -1) != it.value())
            c.cells.append(it.key());
    c.reshaped = now.cells.size() != seen->cells.size() || std::any_of(now.cells.keyBegin(), now.cells.keyEnd(), [&](const QString &k) { return !seen->cells.contains(k); });
    for (auto it = now.prose.cbegin(); it != now.prose.cend(); ++it)
        if (seen->prose.value(it.key(), -1) != it.value())
            c.prose.append(it.key());
    // Who: every part changed since this store last saw the whole report carries a later revision.
    if (!c.cells.isEmpty() || !c.prose.isEmpty()) {
        for (const QString &table : {QStringLiteral("cell"), QStringLiteral("prose")}) {
            auto q = m_c.query(table == QLatin1String("cell") ? QStringLiteral("SELECT key, modified_by FROM cell WHERE report_id = ? AND revision > ?")
                                                              : QStringLiteral("SELECT part, modified_by FROM prose WHERE report_id = ? AND revision > ?"),
                               {f.id, seen->revision});
            if (!q)
                return std::nullopt;
            while (q->next())
                c.by.insert(q->value(0).toString(), q->value(1).toString());
        }
    }
    *seen = now;
    return c;
}
