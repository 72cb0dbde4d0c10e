#include "SqlReview.h"

#include "Fingerprint.h"
#include "SqlConnection.h"
#include "SqlReports.h"

#include <QHash>

namespace {

// The state a report is in for the review: its review state, or "signed".
QString stateOf(const ReportStore::Entry &e)
{
    return e.isSigned() ? QStringLiteral("signed") : e.review;
}

} // namespace

SqlReview::SqlReview(SqlConnection &connection, const FormatRegistry &registry, ReadRevisions &seen, SqlReports &reports)
    : m_c(connection)
    , m_registry(registry)
    , m_seen(seen)
    , m_reports(reports)
{
}

void SqlReview::remember(qint64 id, const QString &state)
{
    if (auto seen = m_seen.find(id); seen != m_seen.end())
        seen->review = state;
}

bool SqlReview::stepInFile(qint64 id, const QString &action, const QString &from, const QString &to, const QString &who, const QString &reason)
{
    return m_c.inTransaction([&] {
        // From the state read before only: another program's step in between is refused, not overwritten.
        auto q = m_c.query(QStringLiteral("UPDATE report SET review_state = ?, modified_at = ?, modified_by = ? WHERE id = ? AND review_state = ? "
                                          "AND signed_by IS NULL RETURNING id"),
                           {to, SqlConnection::now(), m_c.user, id, from});
        if (!q)
            return false;
        if (!q->next())
            return m_c.fail(tr("这份报告刚在别处审核过，请重新打开后再看"));
        return m_c.exec(QStringLiteral("INSERT INTO signoff_event (report_id, action, who, role_name, at, reason) VALUES (?, ?, ?, ?, ?, ?)"),
                        {id, action, who.isEmpty() ? m_c.user : who, m_c.user, SqlConnection::now(),
                         reason.isEmpty() ? SqlConnection::nullText() : QVariant(reason)});
    });
}

bool SqlReview::stepOnServer(qint64 id, const QString &action, const QString &who, const QString &reason, const QString &digest, qint64 seenRevision,
                             const QString &seenState)
{
    return m_c.inTransaction([&] {
        return m_c.exec(QStringLiteral("SELECT report_step(?, ?, ?, ?, ?, ?, ?)"),
                        {id, action, who.isEmpty() ? SqlConnection::nullText() : QVariant(who), reason.isEmpty() ? SqlConnection::nullText() : QVariant(reason),
                         digest.isEmpty() ? SqlConnection::nullText() : QVariant(digest),
                         seenRevision < 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(seenRevision), seenState});
    });
}

bool SqlReview::review(const QString &agency, int year, const QString &action, const QString &who, const QString &reason)
{
    m_c.error.clear();
    // action → (the states it leaves, the state it makes)
    static const QHash<QString, QPair<QStringList, QString>> steps{
        {QStringLiteral("submit"), {{QStringLiteral("draft"), QStringLiteral("returned")}, QStringLiteral("submitted")}},
        {QStringLiteral("return"), {{QStringLiteral("submitted"), QStringLiteral("approved")}, QStringLiteral("returned")}},
        {QStringLiteral("approve"), {{QStringLiteral("submitted")}, QStringLiteral("approved")}},
    };
    const auto step = steps.constFind(action);
    if (step == steps.cend())
        return m_c.fail(tr("未知的审核操作 %1（submit、return 或 approve）").arg(action));
    if (action == QLatin1String("return") && reason.trimmed().isEmpty())
        return m_c.fail(tr("退回需要说明原因，办事员会看到它"));
    const SqlReports::Found f = m_reports.find(agency, year);
    if (f.id <= 0)
        return f.id == 0 ? m_c.fail(tr("数据库中没有 %1 %2 年的报告").arg(agency).arg(year)) : false;
    if (f.entry.isSigned())
        return m_c.fail(tr("%1 %2 年的报告已签发，不在审核中").arg(agency).arg(year));
    if (!step->first.contains(f.entry.review))
        return m_c.fail(tr("%1 %2 年的报告现在是“%3”，不能%4")
                            .arg(agency)
                            .arg(year)
                            .arg(ReportStore::reviewStateName(f.entry.review), ReportStore::actionName(action)));
    // No revision is raised: no figure or word changed, so a clerk's view of the content stays current.
    const bool done = m_c.isServer() ? stepOnServer(f.id, action, who.trimmed(), reason.trimmed(), QString(), -1, f.entry.review)
                                     : stepInFile(f.id, action, f.entry.review, step->second, who.trimmed(), reason.trimmed());
    if (done)
        remember(f.id, step->second);
    return done;
}

bool SqlReview::sign(const QString &agency, int year, const QString &who)
{
    m_c.error.clear();
    if (who.trimmed().isEmpty())
        return m_c.fail(tr("签发需要签发人的姓名"));
    SqlReports::Found f = m_reports.find(agency, year);
    if (f.id > 0 && (f.entry.review == QLatin1String("submitted") || f.entry.review == QLatin1String("returned")))
        return m_c.fail(tr("%1 %2 年的报告%3：审核通过后才能签发").arg(agency).arg(year).arg(ReportStore::reviewStateName(f.entry.review)));
    if (m_c.isServer() && f.id > 0 && f.entry.review == QLatin1String("draft"))
        return m_c.fail(tr("在服务器上，报告审核通过后才能签发：请先提交审核"));
    f = m_reports.editable(agency, year, true);
    if (f.id <= 0)
        return false;
    // What is fingerprinted is what the signer has seen: the whole report as this store last read it, and still is.
    if (!m_reports.seenWhole(f.id, f.revision, agency, year))
        return false;
    Report signedReport;
    if (!m_reports.load(agency, year, &signedReport))
        return false;
    if (m_seen.value(f.id).revision != f.revision)
        return m_c.fail(m_reports.conflict(agency, year, tr("内容"), QString()));
    const QString digest = Fingerprint::sha256(signedReport, m_registry);
    bool done = false;
    if (m_c.isServer()) {
        done = stepOnServer(f.id, QStringLiteral("sign"), who.trimmed(), QString(), digest, f.revision, f.entry.review);
    } else {
        const QString at = SqlConnection::now();
        done = m_c.inTransaction([&] {
            auto q = m_c.query(QStringLiteral("UPDATE report SET signed_by = ?, signed_role = ?, signed_at = ?, signed_sha256 = ?, modified_at = ?, "
                                              "modified_by = ? WHERE id = ? AND revision = ? AND signed_by IS NULL RETURNING id"),
                               {who.trimmed(), m_c.user, at, digest, at, m_c.user, f.id, f.revision});
            if (!q)
                return false;
            if (!q->next())
                return m_c.fail(m_reports.conflict(agency, year, tr("内容"), QString()));
            return m_c.exec(QStringLiteral("INSERT INTO signoff_event (report_id, action, who, role_name, at, sha256) VALUES (?, 'sign', ?, ?, ?, ?)"),
                            {f.id, who.trimmed(), m_c.user, at, digest});
        });
    }
    if (done)
        remember(f.id, QStringLiteral("signed"));
    return done;
}

bool SqlReview::reopen(const QString &agency, int year, const QString &who, const QString &reason)
{
    m_c.error.clear();
    if (reason.trimmed().isEmpty())
        return m_c.fail(tr("撤回签发需要说明原因"));
    const SqlReports::Found f = m_reports.find(agency, year);
    if (f.id <= 0)
        return f.id == 0 ? m_c.fail(tr("数据库中没有 %1 %2 年的报告").arg(agency).arg(year)) : false;
    if (!f.entry.isSigned())
        return m_c.fail(tr("%1 %2 年的报告尚未签发").arg(agency).arg(year));
    bool done = false;
    if (m_c.isServer()) {
        done = stepOnServer(f.id, QStringLiteral("reopen"), who.trimmed(), reason.trimmed(), QString(), -1, stateOf(f.entry));
    } else {
        done = m_c.inTransaction([&] {
            // The reason first: the file lets a signature go only once its withdrawal is on record.
            const QString at = SqlConnection::now();
            return m_c.exec(QStringLiteral("INSERT INTO signoff_event (report_id, action, who, role_name, at, reason) VALUES (?, 'reopen', ?, ?, ?, ?)"),
                            {f.id, who.trimmed().isEmpty() ? m_c.user : who.trimmed(), m_c.user, at, reason.trimmed()})
                && m_c.exec(QStringLiteral("UPDATE report SET signed_by = NULL, signed_role = NULL, signed_at = NULL, signed_sha256 = NULL, "
                                           "review_state = 'draft', modified_at = ?, modified_by = ? WHERE id = ?"),
                            {at, m_c.user, f.id});
        });
    }
    if (done)
        remember(f.id, QStringLiteral("draft"));
    return done;
}

QVector<ReportStore::SignOffEvent> SqlReview::history(const QString &agency, int year)
{
    QVector<ReportStore::SignOffEvent> out;
    auto q = m_c.query(QStringLiteral("SELECT e.action, e.who, e.role_name, e.at, e.reason, e.sha256 FROM signoff_event e JOIN report r ON r.id = e.report_id "
                                      "WHERE r.agency_id = (SELECT id FROM agency WHERE name = ?) AND r.year = ? ORDER BY e.id"),
                       {agency, year});
    if (!q)
        return out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), QDateTime::fromString(q->value(3).toString(), Qt::ISODate),
                    q->value(4).toString(), q->value(5).toString()});
    return out;
}
