#include "SqlReports.h"

#include "ReportSchema.h"
#include "SqlAgencies.h"
#include "SqlConnection.h"
#include "Totals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

SqlReports::SqlReports(SqlConnection &connection, const FormatRegistry &registry, ReadRevisions &seen, SqlAgencies &agencies)
    : m_c(connection)
    , m_registry(registry)
    , m_seen(seen)
    , m_agencies(agencies)
{
}

SqlReports::Found SqlReports::find(const QString &agency, int year)
{
    Found f;
    auto q = m_c.query(QStringLiteral("SELECT r.id, r.revision, r.review_state, r.signed_by, r.signed_role, r.signed_at, r.signed_sha256 "
                                      "FROM report r WHERE r.agency_id = (SELECT id FROM agency WHERE name = ?) AND r.year = ?"),
                       {agency, year});
    if (!q) {
        f.id = -1;
        return f;
    }
    f.entry.agency = agency;
    f.entry.year = year;
    if (!q->next())
        return f;
    f.id = q->value(0).toLongLong();
    f.revision = q->value(1).toLongLong();
    f.entry.review = q->value(2).toString();
    f.entry.signedBy = q->value(3).toString();
    f.entry.signedRole = q->value(4).toString();
    f.entry.signedAt = QDateTime::fromString(q->value(5).toString(), Qt::ISODate);
    f.entry.sha256 = q->value(6).toString();
    return f;
}

SqlReports::Found SqlReports::editable(const QString &agency, int year, bool toSign)
{
    Found f = find(agency, year);
    if (f.id == 0) {
        // On a server a report this login may not read is not there for it either.
        m_c.fail(m_c.isServer() ? tr("数据库中没有 %1 %2 年的报告，或数据库用户 %3 无权查看它（权限由办公室的管理员授予）").arg(agency).arg(year).arg(m_c.user)
                                : tr("数据库中没有 %1 %2 年的报告").arg(agency).arg(year));
    } else if (f.id > 0 && f.entry.isSigned()) {
        m_c.fail(tr("%1 %2 年的报告已签发，只能查看；如需修改，请先撤回签发并说明原因").arg(agency).arg(year));
        f.id = 0;
    } else if (f.id > 0 && (f.entry.review == QLatin1String("submitted") || (f.entry.review == QLatin1String("approved") && !toSign))) {
        m_c.fail(tr("%1 %2 年的报告%3，不能修改；需要修改时请审核人退回").arg(agency).arg(year).arg(ReportStore::reviewStateName(f.entry.review)));
        f.id = 0;
    }
    return f;
}

std::optional<QVector<ReportStore::Entry>> SqlReports::entries(QSqlDatabase &db, int version, QString *error)
{
    // An older backup lacks the later columns: read as what they meant then (no review: a draft; the signer typed
    // was the only record of who signed).
    QString sql;
    if (version >= 8)
        sql = QStringLiteral("SELECT a.name, r.year, r.signed_by, r.signed_at, r.review_state, r.signed_role, r.signed_sha256 "
                             "FROM report r JOIN agency a ON a.id = r.agency_id ORDER BY a.name, r.year");
    else if (version >= 7)
        sql = QStringLiteral("SELECT a.name, r.year, r.signed_by, r.signed_at, r.review_state, r.signed_by, r.signed_sha256 "
                             "FROM report r JOIN agency a ON a.id = r.agency_id ORDER BY a.name, r.year");
    else if (version >= 5)
        sql = QStringLiteral("SELECT a.name, r.year, r.signed_by, r.signed_at, 'draft', r.signed_by, r.signed_sha256 "
                             "FROM report r JOIN agency a ON a.id = r.agency_id ORDER BY a.name, r.year");
    else
        sql = QStringLiteral("SELECT a.name, r.year, r.signed_by, r.signed_at, 'draft', r.signed_by, NULL "
                             "FROM report r JOIN agency a ON a.id = r.agency_id ORDER BY a.name, r.year");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QVector<ReportStore::Entry> out;
    while (q.next())
        out.append(entryOf(q));
    return out;
}

ReportStore::Entry SqlReports::entryOf(const QSqlQuery &q, int first)
{
    ReportStore::Entry e;
    e.agency = q.value(first).toString();
    e.year = q.value(first + 1).toInt();
    e.signedBy = q.value(first + 2).toString();
    e.signedAt = QDateTime::fromString(q.value(first + 3).toString(), Qt::ISODate);
    e.review = q.value(first + 4).toString();
    e.signedRole = q.value(first + 5).toString();
    e.sha256 = q.value(first + 6).toString();
    return e;
}

std::optional<QVector<ReportStore::Entry>> SqlReports::list()
{
    QVector<ReportStore::Entry> out;
    if (!eachEntry([&out](const ReportStore::Entry &e) {
            out.append(e);
            return true;
        }))
        return std::nullopt;
    return out;
}

bool SqlReports::eachEntry(const std::function<bool(const ReportStore::Entry &)> &each)
{
    m_c.error.clear();
    auto q = m_c.query(QStringLiteral("SELECT a.name, r.year, r.signed_by, r.signed_at, r.review_state, r.signed_role, r.signed_sha256 "
                                      "FROM report r JOIN agency a ON a.id = r.agency_id ORDER BY a.name, r.year"),
                       {}, true);
    if (!q)
        return false;
    while (q->next())
        if (!each(entryOf(*q)))
            return false;
    return true;
}

std::optional<QVector<ReportStore::Entry>> SqlReports::list(const QString &agency)
{
    m_c.error.clear();
    auto q = m_c.query(QStringLiteral("SELECT a.name, r.year, r.signed_by, r.signed_at, r.review_state, r.signed_role, r.signed_sha256 "
                                      "FROM report r JOIN agency a ON a.id = r.agency_id WHERE a.name = ? ORDER BY r.year"),
                       {agency});
    if (!q)
        return std::nullopt;
    QVector<ReportStore::Entry> out;
    while (q->next())
        out.append(entryOf(*q));
    return out;
}

std::optional<QVector<ReportStore::AgencyReports>> SqlReports::agenciesWithReports(const QString &after, int limit)
{
    m_c.error.clear();
    // Keyset paging (name > the last one shown) in the database's own order of names, the order list() gives.
    auto q = after.isEmpty() ? m_c.query(QStringLiteral("SELECT a.name, count(*) FROM report r JOIN agency a ON a.id = r.agency_id "
                                                        "GROUP BY a.name ORDER BY a.name LIMIT ?"),
                                         {limit})
                             : m_c.query(QStringLiteral("SELECT a.name, count(*) FROM report r JOIN agency a ON a.id = r.agency_id "
                                                        "WHERE a.name > ? GROUP BY a.name ORDER BY a.name LIMIT ?"),
                                         {after, limit});
    if (!q)
        return std::nullopt;
    QVector<ReportStore::AgencyReports> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toInt()});
    return out;
}

QString SqlReports::conflict(const QString &agency, int year, const QString &what, const QString &who) const
{
    const QString by = who.isEmpty() ? tr("别处（命令行、另一个窗口或另一位同事）") : who;
    return tr("%1 %2 年报告的%3在您读取之后已被%4改动：这次修改没有保存，以免覆盖对方的修改。请看过对方的改动后再改")
        .arg(agency)
        .arg(year)
        .arg(what, by);
}

bool SqlReports::claim(qint64 id, const QString &agency, int year, qint64 *revision, Report *head)
{
    // With `head`, the report's own row comes back with the claim (readHead's columns): one round trip, not two.
    auto q = m_c.query(head ? QStringLiteral("UPDATE report SET revision = revision + 1, modified_at = ?, modified_by = ? WHERE id = ? RETURNING revision, "
                                             "t2_form, t3_form, t4_form, title, issue_date, contact_person, contact_phone, contact_fax, contact_address")
                            : QStringLiteral("UPDATE report SET revision = revision + 1, modified_at = ?, modified_by = ? WHERE id = ? RETURNING revision"),
                       {SqlConnection::now(), m_c.user, id});
    if (!q)
        return false;
    if (!q->next()) {
        if (find(agency, year).id != id)
            return m_c.fail(tr("%1 %2 年的报告刚被别处删除，未作任何改动").arg(agency).arg(year));
        // The row is there: the server's row security kept it from this role.
        return m_c.fail(tr("数据库用户 %1 没有写入 %2 %3 年报告的权限（由管理员在“机关与账号”中授予），未作任何改动").arg(m_c.user, agency).arg(year));
    }
    *revision = q->value(0).toLongLong();
    if (head) {
        head->agency = agency;
        head->year = year;
        readDetails(*q, 1, head);
    }
    const auto seen = m_seen.find(id);
    if (seen != m_seen.end() && seen->revision == *revision - 1)
        seen->revision = *revision; // nobody else wrote since this store's view: it is still the whole report
    return true;
}

bool SqlReports::seenWhole(qint64 id, qint64 revision, const QString &agency, int year)
{
    const auto seen = m_seen.constFind(id);
    if (seen == m_seen.cend() || seen->revision == revision)
        return true;
    return m_c.fail(conflict(agency, year, tr("内容"), QString()));
}

bool SqlReports::load(const QString &agency, int year, Report *out)
{
    m_c.error.clear();
    const Found f = find(agency, year);
    if (f.id <= 0)
        return false;
    ReadRevision seen;
    if (!read(f.id, agency, year, out, &seen))
        return false;
    m_seen.insert(f.id, seen);
    return true;
}

bool SqlReports::readHead(qint64 id, const QString &agency, int year, Report *out, ReadRevision *seen)
{
    auto q = m_c.query(QStringLiteral("SELECT t2_form, t3_form, t4_form, title, issue_date, contact_person, contact_phone, contact_fax, "
                                      "contact_address, revision, details_revision, review_state, signed_by FROM report WHERE id = ?"),
                       {id});
    if (!q)
        return false;
    if (!q->next())
        return m_c.fail(tr("%1 %2 年的报告刚被别处删除").arg(agency).arg(year));
    Report r;
    r.agency = agency;
    r.year = year;
    readDetails(*q, 0, &r);
    // The report's revision is read before its parts: a write that slips in between makes this store's next
    // whole-report act refuse (the safe side); each part's own revision is read with it.
    seen->revision = q->value(9).toLongLong();
    seen->details = q->value(10).toLongLong();
    seen->review = q->value(12).isNull() ? q->value(11).toString() : QStringLiteral("signed");
    *out = r;
    return true;
}

bool SqlReports::readCells(qint64 id, const QStringList &keys, Report *out, ReadRevision *seen)
{
    if (keys.isEmpty())
        return true;
    // The keys as one JSON array, bound like any value: one statement however many.
    const QString json = SqlConnection::jsonText(QJsonArray::fromStringList(keys));
    auto q = m_c.isServer()
        ? m_c.query(QStringLiteral("SELECT key, int_value, text_value, annotation, doubt, revision FROM cell "
                                   "WHERE report_id = ? AND key IN (SELECT json_array_elements_text(?::json))"),
                    {id, json})
        : m_c.query(QStringLiteral("SELECT key, int_value, text_value, annotation, doubt, revision FROM cell "
                                   "WHERE report_id = ? AND key IN (SELECT value FROM json_each(?))"),
                    {id, json});
    if (!q)
        return false;
    while (q->next()) {
        if (!readCell(*q, 0, out))
            return false;
        seen->cells.insert(q->value(0).toString(), q->value(5).toLongLong());
    }
    return true;
}

bool SqlReports::read(qint64 id, const QString &agency, int year, Report *out, ReadRevision *seen, bool withProse)
{
    Report r;
    if (!readHead(id, agency, year, &r, seen))
        return false;
    auto q = m_c.query(QStringLiteral("SELECT key, int_value, text_value, annotation, doubt, revision FROM cell WHERE report_id = ?"), {id});
    if (!q)
        return false;
    while (q->next()) {
        if (!readCell(*q, 0, &r))
            return false;
        seen->cells.insert(q->value(0).toString(), q->value(5).toLongLong());
    }
    if (!complete(r))
        return false;
    if (!withProse) {
        *out = r;
        return true;
    }

    q = m_c.query(QStringLiteral("SELECT part, body, revision FROM prose WHERE report_id = ?"), {id});
    if (!q)
        return false;
    for (const QString &part : Prose::parts())
        seen->prose.insert(part, -1);
    while (q->next()) {
        r.prose.set(q->value(0).toString(), q->value(1).toString());
        seen->prose.insert(q->value(0).toString(), q->value(2).toLongLong());
    }
    *out = r;
    return true;
}

QString SqlReports::idList(const QJsonArray &ids) const
{
    // SQLite reads a JSON array (json_each); PostgreSQL an array (= ANY), whose length its planner sees, so that a few
    // ids go through the index (a JSON set-returning function counts as 100 rows, and a scan of the table won).
    const QString json = SqlConnection::jsonText(ids);
    return m_c.isServer() ? QLatin1Char('{') + json.mid(1, json.size() - 2) + QLatin1Char('}') : json;
}

bool SqlReports::readReports(QSqlQuery &q, const std::function<bool(ReportStore::Stored &&)> &each, bool leaveOutDamaged)
{
    // q's rows: forms and details (nine columns), id, agency, year, signed_by, signed_at, review_state, signed_role,
    // signed_sha256.
    QVector<ReportStore::Stored> reports;
    QHash<qint64, int> at; // report id → its place in reports
    while (q.next()) {
        ReportStore::Stored s;
        readDetails(q, 0, &s.report);
        s.entry = entryOf(q, 10);
        s.report.agency = s.entry.agency;
        s.report.year = s.entry.year;
        at.insert(q.value(9).toLongLong(), int(reports.size()));
        reports.append(s);
    }
    if (reports.isEmpty())
        return true;
    // Their cells and prose by the reports' ids, from the tables' indexes whatever plan the server keeps for the
    // statement (a plan made once for any range of agencies scanned the whole cell table).
    QJsonArray batchIds;
    for (auto it = at.cbegin(); it != at.cend(); ++it)
        batchIds.append(it.key());
    const QString reportList = idList(batchIds);
    auto r = m_c.isServer() ? m_c.query(QStringLiteral("SELECT key, int_value, text_value, annotation, doubt, report_id FROM cell "
                                                       "WHERE report_id = ANY (?::bigint[])"),
                                        {reportList}, true)
                            : m_c.query(QStringLiteral("SELECT key, int_value, text_value, annotation, doubt, report_id FROM cell "
                                                       "WHERE report_id IN (SELECT value FROM json_each(?))"),
                                        {reportList}, true);
    if (!r)
        return false;
    QSet<int> damaged;
    while (r->next()) {
        // A report written between two reads is not in this batch: left for the next read.
        const auto i = at.constFind(r->value(5).toLongLong());
        if (i != at.cend() && !readCell(*r, 0, &reports[*i].report)) {
            if (!leaveOutDamaged)
                return false;
            damaged.insert(*i);
        }
    }
    r = m_c.isServer() ? m_c.query(QStringLiteral("SELECT part, body, report_id FROM prose WHERE report_id = ANY (?::bigint[])"), {reportList}, true)
                       : m_c.query(QStringLiteral("SELECT part, body, report_id FROM prose WHERE report_id IN (SELECT value FROM json_each(?))"), {reportList}, true);
    if (!r)
        return false;
    while (r->next())
        if (const auto i = at.constFind(r->value(2).toLongLong()); i != at.cend())
            reports[*i].report.prose.set(r->value(0).toString(), r->value(1).toString());
    for (int i = 0; i < reports.size(); ++i) {
        if (damaged.contains(i) || !complete(reports[i].report)) {
            if (!leaveOutDamaged)
                return false;
            continue;
        }
        if (!each(std::move(reports[i])))
            return false;
    }
    m_c.error.clear();
    return true;
}

bool SqlReports::reports(const QVector<QPair<QString, int>> &which, const std::function<bool(ReportStore::Stored &&)> &each)
{
    m_c.error.clear();
    // Each report once (a report named twice would come twice from the join, and one of them without its cells).
    QVector<QPair<QString, int>> once;
    QSet<QPair<QString, int>> seen;
    for (const auto &w : which)
        if (!seen.contains(w)) {
            seen.insert(w);
            once.append(w);
        }
    constexpr int batch = 250;
    for (int first = 0; first < once.size(); first += batch) {
        QJsonArray named;
        for (int i = first; i < qMin<int>(first + batch, once.size()); ++i)
            named.append(QJsonObject{{QStringLiteral("a"), once.at(i).first}, {QStringLiteral("y"), once.at(i).second}});
        const QString json = SqlConnection::jsonText(named);
        auto q = m_c.isServer() ? m_c.query(QStringLiteral("SELECT r.t2_form, r.t3_form, r.t4_form, r.title, r.issue_date, r.contact_person, r.contact_phone, "
                                                           "r.contact_fax, r.contact_address, r.id, a.name, r.year, r.signed_by, r.signed_at, r.review_state, "
                                                           "r.signed_role, r.signed_sha256 FROM json_to_recordset(?::json) AS w (a TEXT, y INTEGER) "
                                                           "JOIN agency a ON a.name = w.a JOIN report r ON r.agency_id = a.id AND r.year = w.y"),
                                            {json}, true)
                                : m_c.query(QStringLiteral("SELECT r.t2_form, r.t3_form, r.t4_form, r.title, r.issue_date, r.contact_person, r.contact_phone, "
                                                           "r.contact_fax, r.contact_address, r.id, a.name, r.year, r.signed_by, r.signed_at, r.review_state, "
                                                           "r.signed_role, r.signed_sha256 FROM json_each(?) AS w "
                                                           "JOIN agency a ON a.name = json_extract(w.value, '$.a') "
                                                           "JOIN report r ON r.agency_id = a.id AND r.year = json_extract(w.value, '$.y')"),
                                            {json}, true);
        if (!q || !readReports(*q, each, true))
            return false;
    }
    return true;
}

bool SqlReports::region(const QString &agency, int fromYear, int toYear, const std::function<bool(ReportStore::Stored &&)> &each)
{
    m_c.error.clear();
    // The tree below `agency` walked by the database (UNION, not UNION ALL: a cycle made behind the program's back
    // ends the walk instead of running forever). Then the reports of a batch of those agencies at a time, one query
    // per table: a county's in four statements, a province's without holding it whole. On a server, row security
    // leaves out what this login may not read.
    auto q = m_c.query(QStringLiteral("WITH RECURSIVE region(id) AS (SELECT id FROM agency WHERE name = ? "
                                      "UNION SELECT a.id FROM agency a JOIN region ON a.parent_id = region.id) "
                                      "SELECT id FROM region ORDER BY id"),
                       {agency});
    if (!q)
        return false;
    QVector<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    constexpr int batch = 250; // agencies: at most ~500 reports, ~100 000 cells read at once
    for (int first = 0; first < ids.size(); first += batch) {
        QJsonArray agencyIds;
        for (int i = first; i < qMin<int>(first + batch, ids.size()); ++i)
            agencyIds.append(ids.at(i));
        const QString agencyList = idList(agencyIds);
        const QVariantList args{agencyList, fromYear, toYear};
        q = m_c.isServer() ? m_c.query(QStringLiteral("SELECT r.t2_form, r.t3_form, r.t4_form, r.title, r.issue_date, r.contact_person, r.contact_phone, "
                                                      "r.contact_fax, r.contact_address, r.id, a.name, r.year, r.signed_by, r.signed_at, r.review_state, "
                                                      "r.signed_role, r.signed_sha256 FROM report r JOIN agency a ON a.id = r.agency_id "
                                                      "WHERE r.agency_id = ANY (?::bigint[]) AND r.year BETWEEN ? AND ? "
                                                      "ORDER BY r.agency_id, r.year"),
                                       args, true)
                           : m_c.query(QStringLiteral("SELECT r.t2_form, r.t3_form, r.t4_form, r.title, r.issue_date, r.contact_person, r.contact_phone, "
                                                      "r.contact_fax, r.contact_address, r.id, a.name, r.year, r.signed_by, r.signed_at, r.review_state, "
                                                      "r.signed_role, r.signed_sha256 FROM report r JOIN agency a ON a.id = r.agency_id "
                                                      "WHERE r.agency_id IN (SELECT value FROM json_each(?)) AND r.year BETWEEN ? AND ? "
                                                      "ORDER BY r.agency_id, r.year"),
                                       args, true);
        if (!q || !readReports(*q, each))
            return false;
    }
    return true;
}

std::optional<ReportStore::RegionSummary> SqlReports::regionSummary(const QString &agency, int year, const QString &rules, const QStringList &amountKeys)
{
    m_c.error.clear();
    ReportStore::RegionSummary out;
    // Each report's row, its agency's last year's revision and the check recorded for exactly these revisions.
    auto q = m_c.query(QStringLiteral("WITH RECURSIVE region(id) AS (SELECT id FROM agency WHERE name = ? "
                                      "UNION SELECT a.id FROM agency a JOIN region ON a.parent_id = region.id) "
                                      "SELECT a.name, r.year, r.signed_by, r.signed_at, r.review_state, r.signed_role, r.signed_sha256, "
                                      "r.t2_form, r.t3_form, r.t4_form, r.id, r.revision, coalesce(p.revision, -1), k.result "
                                      "FROM report r JOIN agency a ON a.id = r.agency_id "
                                      "LEFT JOIN report p ON p.agency_id = r.agency_id AND p.year = r.year - 1 "
                                      "LEFT JOIN report_check k ON k.report_id = r.id AND k.revision = r.revision "
                                      "AND k.last_year_revision = coalesce(p.revision, -1) AND k.rules = ? "
                                      "WHERE r.agency_id IN (SELECT id FROM region) AND r.year = ? ORDER BY a.name"),
                       {agency, rules, year}, true);
    if (!q)
        return std::nullopt;
    while (q->next()) {
        ReportStore::RegionReport r;
        r.entry = entryOf(*q);
        r.forms.t2 = q->value(7).toString();
        r.forms.t3 = q->value(8).toString();
        r.forms.t4 = q->value(9).toString();
        r.id = q->value(10).toLongLong();
        r.revision = q->value(11).toLongLong();
        r.lastYearRevision = q->value(12).toLongLong();
        r.check = q->value(13).toString();
        out.reports.append(r);
    }
    // The sums by the database over the reports below `agency` (not its own), a combination of forms at a time,
    // found by their ids from the index of cells (a county's few reports must not cost a scan of the province's cells;
    // grouping by key alone, without joining each cell to its report, is a third of the time on SQLite); then the
    // amounts' texts.
    QVector<ReportFormats> combinations;
    QVector<QJsonArray> below;
    for (const ReportStore::RegionReport &r : qAsConst(out.reports)) {
        if (r.entry.agency == agency)
            continue;
        int c = int(combinations.indexOf(r.forms));
        if (c < 0) {
            c = int(combinations.size());
            combinations.append(r.forms);
            below.append(QJsonArray());
        }
        below[c].append(r.id);
    }
    const QString keys = SqlConnection::jsonText(QJsonArray::fromStringList(amountKeys));
    for (int c = 0; c < combinations.size(); ++c) {
        const QString ids = idList(below.at(c));
        QHash<QString, int> at; // key → its place in out.cells
        const auto cellOf = [&](const QString &key) -> ReportStore::RegionCells & {
            auto i = at.constFind(key);
            if (i == at.cend()) {
                ReportStore::RegionCells cell;
                cell.forms = combinations.at(c);
                cell.key = key;
                i = at.insert(key, int(out.cells.size()));
                out.cells.append(cell);
            }
            return out.cells[*i];
        };
        q = m_c.isServer() ? m_c.query(QStringLiteral("SELECT key, sum(int_value) FROM cell WHERE report_id = ANY (?::bigint[]) AND int_value IS NOT NULL GROUP BY key"),
                                       {ids}, true)
                           : m_c.query(QStringLiteral("SELECT key, sum(int_value) FROM cell WHERE report_id IN (SELECT value FROM json_each(?)) "
                                                      "AND int_value IS NOT NULL GROUP BY key"),
                                       {ids}, true);
        if (!q)
            return std::nullopt;
        while (q->next()) {
            ReportStore::RegionCells &cell = cellOf(q->value(0).toString());
            cell.sum = q->value(1).toLongLong();
            cell.summed = true;
        }
        q = m_c.isServer() ? m_c.query(QStringLiteral("SELECT key, text_value FROM cell WHERE report_id = ANY (?::bigint[]) AND text_value IS NOT NULL "
                                                      "AND key IN (SELECT json_array_elements_text(?::json))"),
                                       {ids, keys}, true)
                           : m_c.query(QStringLiteral("SELECT key, text_value FROM cell WHERE report_id IN (SELECT value FROM json_each(?)) "
                                                      "AND text_value IS NOT NULL AND key IN (SELECT value FROM json_each(?))"),
                                       {ids, keys}, true);
        if (!q)
            return std::nullopt;
        while (q->next())
            cellOf(q->value(0).toString()).texts.append(q->value(1).toString());
    }
    return out;
}

bool SqlReports::recordChecks(const QVector<ReportStore::RecordedCheck> &checks)
{
    if (checks.isEmpty())
        return true;
    QJsonArray rows;
    for (const ReportStore::RecordedCheck &c : checks)
        rows.append(QJsonObject{{QStringLiteral("r"), c.reportId}, {QStringLiteral("v"), c.revision}, {QStringLiteral("p"), c.lastYearRevision},
                                {QStringLiteral("k"), c.rules}, {QStringLiteral("x"), c.result}});
    const QString json = SqlConnection::jsonText(rows);
    // One statement; an older check of the report replaced.
    return m_c.inTransaction([&] {
        return m_c.isServer()
            ? m_c.exec(QStringLiteral("INSERT INTO report_check (report_id, revision, last_year_revision, rules, result) "
                                      "SELECT x.r, x.v, x.p, x.k, x.x FROM json_to_recordset(?::json) AS x (r BIGINT, v BIGINT, p BIGINT, k TEXT, x TEXT) "
                                      "ON CONFLICT (report_id) DO UPDATE SET revision = excluded.revision, last_year_revision = excluded.last_year_revision, "
                                      "rules = excluded.rules, result = excluded.result"),
                       {json})
            : m_c.exec(QStringLiteral("INSERT INTO report_check (report_id, revision, last_year_revision, rules, result, checked_by) "
                                      "SELECT json_extract(value, '$.r'), json_extract(value, '$.v'), json_extract(value, '$.p'), json_extract(value, '$.k'), "
                                      "json_extract(value, '$.x'), ? FROM json_each(?) WHERE true "
                                      "ON CONFLICT (report_id) DO UPDATE SET revision = excluded.revision, last_year_revision = excluded.last_year_revision, "
                                      "rules = excluded.rules, result = excluded.result, checked_by = excluded.checked_by"),
                       {m_c.user, json});
    });
}

void SqlReports::readDetails(const QSqlQuery &q, int first, Report *r)
{
    r->formats.t2 = q.value(first).toString();
    r->formats.t3 = q.value(first + 1).toString();
    r->formats.t4 = q.value(first + 2).toString();
    r->title = SqlConnection::optionalText(q.value(first + 3));
    if (!q.value(first + 4).isNull())
        r->date = QDate::fromString(q.value(first + 4).toString(), Qt::ISODate);
    r->contact.person = SqlConnection::optionalText(q.value(first + 5));
    r->contact.phone = SqlConnection::optionalText(q.value(first + 6));
    r->contact.fax = SqlConnection::optionalText(q.value(first + 7));
    r->contact.address = SqlConnection::optionalText(q.value(first + 8));
}

bool SqlReports::readCell(const QSqlQuery &q, int first, Report *r)
{
    const QString key = q.value(first).toString();
    const QString table = key.section(QLatin1Char('.'), 0, 0);
    const TableFormat *format = m_registry.table(table, r->formats.of(table));
    const ValueCellDef *def = format ? format->cell(key) : nullptr;
    if (!def)
        return m_c.fail(where(*r) + tr("含有未知的单元格 %1").arg(key));
    CellValue v;
    if (!q.value(first + 1).isNull()) {
        v = CellValue::integer(q.value(first + 1).toLongLong());
    } else if (!q.value(first + 2).isNull()) {
        if (def->type == ValueType::Amount) {
            const auto d = Decimal::fromString(q.value(first + 2).toString());
            if (!d)
                return m_c.fail(where(*r) + tr("的单元格 %1 不是金额").arg(key));
            v = CellValue::decimal(*d);
        } else {
            v = CellValue::text(q.value(first + 2).toString());
        }
    }
    // In key order (as the cell table's key index gives them) each cell goes at the end: no search through the map.
    r->cells.insert(r->cells.cend(), key, v);
    if (!q.value(first + 3).isNull())
        r->annotations.insert(key, q.value(first + 3).toString());
    if (!q.value(first + 4).isNull())
        r->doubts.insert(key, q.value(first + 4).toString());
    return true;
}

bool SqlReports::complete(const Report &r)
{
    const ReportSchema schema = ReportSchema::forReport(m_registry, r);
    for (const QString &key : schema.keys())
        if (!r.cells.contains(key))
            return m_c.fail(where(r) + tr("缺少单元格 %1").arg(key));
    return true;
}

QString SqlReports::where(const Report &r) const
{
    return tr("数据库 %1 中 %2 %3 年的报告").arg(m_c.location, r.agency).arg(r.year);
}

bool SqlReports::insertCells(qint64 reportId, qint64 revision, const Report &r)
{
    if (r.cells.isEmpty())
        return true;
    if (!m_c.isServer()) {
        // In-process: one prepared statement run per cell is twice as fast as building and reading a JSON array.
        QSqlQuery q(m_c.db());
        q.prepare(QStringLiteral("INSERT INTO cell (report_id, key, int_value, text_value, annotation, doubt, revision, modified_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (auto it = r.cells.begin(); it != r.cells.end(); ++it) {
            for (const QVariant &v : {QVariant(reportId), QVariant(it.key()), SqlConnection::intValue(it.value()), SqlConnection::textValue(it.value()),
                                      r.annotations.contains(it.key()) ? QVariant(r.annotations.value(it.key())) : SqlConnection::nullText(),
                                      r.doubts.contains(it.key()) ? QVariant(r.doubts.value(it.key())) : SqlConnection::nullText(), QVariant(revision),
                                      QVariant(m_c.user)})
                q.addBindValue(v);
            ++m_c.statements;
            if (!q.exec())
                return m_c.fail(tr("无法保存 %1 %2 年的报告").arg(r.agency).arg(r.year), m_c.why(q.lastError()));
        }
        return true;
    }
    // On a server, one statement for all of a report's cells (one round trip): the rows as a JSON array.
    QJsonArray rows;
    for (auto it = r.cells.begin(); it != r.cells.end(); ++it)
        rows.append(QJsonObject{{QStringLiteral("k"), it.key()},
                                {QStringLiteral("i"), SqlConnection::json(SqlConnection::intValue(it.value()))},
                                {QStringLiteral("t"), SqlConnection::json(SqlConnection::textValue(it.value()))},
                                {QStringLiteral("a"), r.annotations.contains(it.key()) ? QJsonValue(r.annotations.value(it.key())) : QJsonValue()},
                                {QStringLiteral("d"), r.doubts.contains(it.key()) ? QJsonValue(r.doubts.value(it.key())) : QJsonValue()}});
    const QString json = SqlConnection::jsonText(rows);
    return m_c.exec(QStringLiteral("INSERT INTO cell (report_id, key, int_value, text_value, annotation, doubt, revision, modified_by) "
                                   "SELECT ?, x.k, x.i, x.t, x.a, x.d, ?, ? FROM json_to_recordset(?::json) AS x (k TEXT, i BIGINT, t TEXT, a TEXT, d TEXT)"),
                    {reportId, revision, m_c.user, json});
}

bool SqlReports::write(const Report &r, bool replace)
{
    if (!m_agencies.ensure(r.agency))
        return false;
    const Found existing = find(r.agency, r.year);
    if (existing.id < 0)
        return false;
    const QVariantList fields{r.formats.t2, r.formats.t3, r.formats.t4, SqlConnection::nullable(r.title),
                              r.date ? QVariant(r.date->toString(Qt::ISODate)) : SqlConnection::nullText(),
                              SqlConnection::nullable(r.contact.person), SqlConnection::nullable(r.contact.phone),
                              SqlConnection::nullable(r.contact.fax), SqlConnection::nullable(r.contact.address)};
    qint64 id = existing.id;
    qint64 revision = 0;
    if (id > 0) {
        if (existing.entry.isSigned())
            return m_c.fail(tr("%1 %2 年的报告已签发，只能查看；如需修改，请先撤回签发并说明原因").arg(r.agency).arg(r.year));
        if (existing.entry.review == QLatin1String("submitted") || existing.entry.review == QLatin1String("approved"))
            return m_c.fail(tr("%1 %2 年的报告%3，不能替换；需要修改时请审核人退回").arg(r.agency).arg(r.year).arg(ReportStore::reviewStateName(existing.entry.review)));
        if (!replace)
            return m_c.fail(tr("%1 %2 年的报告已在数据库中（要替换它，请使用 --replace）").arg(r.agency).arg(r.year));
        // Replaced in place: the same report goes on from its revision (whoever read the old one is told), with its
        // review history and seal; its figures, words and fields are the new ones.
        if (!claim(id, r.agency, r.year, &revision)
            || !m_c.exec(QStringLiteral("UPDATE report SET t2_form = ?, t3_form = ?, t4_form = ?, title = ?, issue_date = ?, contact_person = ?, "
                                        "contact_phone = ?, contact_fax = ?, contact_address = ?, details_revision = ? WHERE id = ?"),
                         fields + QVariantList{revision, id})
            || !m_c.exec(QStringLiteral("DELETE FROM cell WHERE report_id = ?"), {id}) || !m_c.exec(QStringLiteral("DELETE FROM prose WHERE report_id = ?"), {id}))
            return false;
    } else {
        auto q = m_c.query(QStringLiteral("INSERT INTO report (agency_id, year, t2_form, t3_form, t4_form, title, issue_date, contact_person, "
                                          "contact_phone, contact_fax, contact_address, modified_at, modified_by, revision, details_revision) "
                                          "VALUES ((SELECT id FROM agency WHERE name = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0) RETURNING id"),
                           QVariantList{r.agency, r.year} + fields + QVariantList{SqlConnection::now(), m_c.user});
        if (!q || !q->next())
            return q ? m_c.fail(tr("无法保存 %1 %2 年的报告").arg(r.agency).arg(r.year)) : false;
        id = q->value(0).toLongLong();
    }
    if (!insertCells(id, revision, r))
        return false;
    ReadRevision seen; // written here: this store knows what it holds
    seen.revision = seen.details = revision;
    seen.review = existing.id > 0 ? existing.entry.review : QStringLiteral("draft");
    for (auto it = r.cells.begin(); it != r.cells.end(); ++it)
        seen.cells.insert(it.key(), revision);
    // The prose parts: on a server in one statement (a round trip), in a file a prepared insert each (in-process).
    QJsonArray parts;
    for (const QString &part : Prose::parts()) {
        const auto text = r.prose.get(part);
        seen.prose.insert(part, text ? revision : -1);
        if (!text)
            continue;
        if (m_c.isServer())
            parts.append(QJsonObject{{QStringLiteral("p"), part}, {QStringLiteral("b"), *text}});
        else if (!m_c.exec(QStringLiteral("INSERT INTO prose (report_id, part, body, revision, modified_by) VALUES (?, ?, ?, ?, ?)"),
                           {id, part, *text, revision, m_c.user}))
            return false;
    }
    if (!parts.isEmpty()
        && !m_c.exec(QStringLiteral("INSERT INTO prose (report_id, part, body, revision, modified_by) "
                                    "SELECT ?, x.p, x.b, ?, ? FROM json_to_recordset(?::json) AS x (p TEXT, b TEXT)"),
                     {id, revision, m_c.user, SqlConnection::jsonText(parts)}))
        return false;
    m_seen.insert(id, seen);
    return true;
}

bool SqlReports::save(const QVector<Report> &reports, bool replace)
{
    m_c.error.clear();
    const ReadRevisions before = m_seen;
    return m_c.inTransaction([&] { return std::all_of(reports.cbegin(), reports.cend(), [&](const Report &r) { return write(r, replace); }); },
                             [&] { m_seen = before; });
}

bool SqlReports::setForms(const Report &report)
{
    m_c.error.clear();
    const Found f = editable(report.agency, report.year);
    if (f.id <= 0)
        return false;
    const ReadRevisions before = m_seen;
    return m_c.inTransaction(
        [&] {
            qint64 revision = 0;
            if (!claim(f.id, report.agency, report.year, &revision) || !seenWhole(f.id, revision, report.agency, report.year))
                return false;
            if (!m_c.exec(QStringLiteral("UPDATE report SET t2_form = ?, t3_form = ?, t4_form = ?, details_revision = ? WHERE id = ?"),
                          {report.formats.t2, report.formats.t3, report.formats.t4, revision, f.id})
                || !m_c.exec(QStringLiteral("DELETE FROM cell WHERE report_id = ?"), {f.id}) || !insertCells(f.id, revision, report))
                return false;
            if (auto seen = m_seen.find(f.id); seen != m_seen.end()) {
                seen->details = revision;
                seen->cells.clear();
                for (auto it = report.cells.begin(); it != report.cells.end(); ++it)
                    seen->cells.insert(it.key(), revision);
            }
            return true;
        },
        [&] { m_seen = before; });
}

bool SqlReports::remove(const QString &agency, int year)
{
    m_c.error.clear();
    const Found f = editable(agency, year);
    if (f.id <= 0)
        return false;
    const ReadRevisions before = m_seen;
    return m_c.inTransaction(
        [&] {
            qint64 revision = 0;
            if (!claim(f.id, agency, year, &revision) || !seenWhole(f.id, revision, agency, year)
                || !m_c.exec(QStringLiteral("DELETE FROM report WHERE id = ?"), {f.id}))
                return false;
            m_seen.remove(f.id);
            return true;
        },
        [&] { m_seen = before; });
}

bool SqlReports::renameAgency(const QString &from, const QString &to, QList<int> years, QList<int> *moved)
{
    m_c.error.clear();
    const QString target = to.trimmed();
    if (target.isEmpty())
        return m_c.fail(tr("机关名称不能为空"));
    if (target == from)
        return true;
    auto q = m_c.query(QStringLiteral("SELECT r.year, r.signed_by, r.review_state, a.name FROM report r JOIN agency a ON a.id = r.agency_id "
                                      "WHERE a.name = ? OR a.name = ?"),
                       {from, target});
    if (!q)
        return false;
    QList<int> fromYears, toYears;
    while (q->next()) {
        const int year = q->value(0).toInt();
        if (q->value(3).toString() != from) {
            toYears.append(year);
            continue;
        }
        if (!years.isEmpty() && !years.contains(year))
            continue;
        fromYears.append(year);
        // The agency's name is printed in a report's title and 落款: a signed report, or one under review, keeps it.
        if (!q->value(1).isNull())
            return m_c.fail(tr("%1 %2 年的报告已签发，不能改动机关名称").arg(from).arg(year));
        if (const QString state = q->value(2).toString(); state == QLatin1String("submitted") || state == QLatin1String("approved"))
            return m_c.fail(tr("%1 %2 年的报告%3，不能改动机关名称").arg(from).arg(year).arg(ReportStore::reviewStateName(state)));
    }
    if (fromYears.isEmpty() && !m_agencies.names().contains(from))
        return m_c.fail(tr("数据库中没有机关“%1”").arg(from));
    for (int year : qAsConst(fromYears))
        if (toYears.contains(year))
            return m_c.fail(tr("“%1”和“%2”都有 %3 年的报告，不能合并；请先删除其中一份").arg(from, target).arg(year));
    const bool ok = m_c.inTransaction([&] {
        bool done = m_agencies.ensure(target);
        for (int year : qAsConst(fromYears))
            done = done
                && m_c.exec(QStringLiteral("UPDATE report SET agency_id = (SELECT id FROM agency WHERE name = ?), modified_at = ?, modified_by = ?, "
                                           "revision = revision + 1 WHERE agency_id = (SELECT id FROM agency WHERE name = ?) AND year = ?"),
                            {target, SqlConnection::now(), m_c.user, from, year});
        // The old name goes once it names no report (on a server: when this login may remove agencies).
        return done && m_agencies.removeIfUnused(from);
    });
    if (ok && moved)
        *moved = fromYears;
    return ok;
}
