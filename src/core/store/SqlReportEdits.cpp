#include "SqlReportEdits.h"

#include "ReportSchema.h"
#include "SqlConnection.h"
#include "SqlReports.h"
#include "Totals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

SqlReportEdits::SqlReportEdits(SqlConnection &connection, const FormatRegistry &registry, ReadRevisions &seen, SqlReports &reports)
    : m_c(connection)
    , m_registry(registry)
    , m_seen(seen)
    , m_reports(reports)
{
}

bool SqlReportEdits::checkDetails(qint64 id, const QString &agency, int year)
{
    const auto seen = m_seen.constFind(id);
    if (seen == m_seen.cend())
        return true;
    auto q = m_c.query(QStringLiteral("SELECT details_revision, modified_by FROM report WHERE id = ?"), {id});
    if (!q)
        return false;
    if (!q->next())
        return m_c.fail(tr("%1 %2 年的报告刚被别处删除，未作任何改动").arg(agency).arg(year));
    if (q->value(0).toLongLong() == seen->details)
        return true;
    return m_c.fail(m_reports.conflict(agency, year, tr("基本信息"), q->value(1).toString()));
}

bool SqlReportEdits::setCells(const QString &agency, int year, const QMap<QString, CellValue> &cells, const QMap<QString, QString> &doubts,
                              QMap<QString, CellValue> *written)
{
    m_c.error.clear();
    const SqlReports::Found f = m_reports.editable(agency, year);
    if (f.id <= 0)
        return false;
    const ReadRevisions before = m_seen;
    return m_c.inTransaction(
        [&] {
            qint64 revision = 0;
            // The cells as they are now, everyone's writes included (the report's row is this write's from here on):
            // only those the totals over the cells written and the comparison with this store's view need — the
            // written cells, the totals depending on them and their parts — and an optional block's cells, which say
            // whether the report has it; not the whole report, not the prose.
            Report current;
            ReadRevision now;
            if (!m_reports.claim(f.id, agency, year, &revision, &current))
                return false;
            const ReportSchema every(m_registry, current.formats, ReportSchema::optionalBlocks(m_registry, current.formats));
            QStringList needed = Totals::needs(every, cells.keys());
            for (const ValueCellDef *c : every.cells())
                if (!c->optionalBlock.isEmpty() && !needed.contains(c->key))
                    needed.append(c->key);
            if (!m_reports.readCells(f.id, needed, &current, &now))
                return false;
            const ReportSchema schema = ReportSchema::forReport(m_registry, current);
            auto seen = m_seen.find(f.id);
            for (auto it = cells.begin(); it != cells.end(); ++it) {
                const ValueCellDef *def = schema.cell(it.key());
                if (!def)
                    return m_c.fail(tr("无法写入单元格 %1").arg(it.key()), tr("这份报告的表格中没有这个单元格"));
                // A cell someone else changed since this store read it: their value and name, never overwritten. A
                // computed total is not anyone's: it is computed again below from the cells as they now are.
                if (!def->computed && seen != m_seen.end() && seen->cells.value(it.key(), -1) != now.cells.value(it.key(), -1)) {
                    const QString by = m_c.value(QStringLiteral("SELECT modified_by FROM cell WHERE report_id = ? AND key = ?"), {f.id, it.key()}).toString();
                    const CellValue theirs = current.cell(it.key());
                    return m_c.fail(m_reports.conflict(agency, year, tr("单元格“%1”").arg(schema.cellName(it.key())), by)
                                    + tr("（对方填的是 %1）").arg(theirs.isBlank() ? tr("空白") : theirs.toString()));
                }
            }
            // Totals over cells two clerks changed: each wrote the sum of its own view; the sum of both is what stands.
            const QStringList totals = Totals::write(current, schema, cells);
            // The cells and the totals written together: on a server in one statement (one round trip), the rows as a
            // JSON array bound like any value; each row still passes the database's own triggers.
            QMap<QString, QString> doubtOf = doubts;
            for (const QString &key : totals)
                doubtOf.insert(key, current.doubts.value(key));
            QStringList keys = cells.keys();
            for (const QString &key : totals)
                if (!cells.contains(key))
                    keys.append(key);
            int updated = 0;
            bool ok = true;
            if (m_c.isServer()) {
                QJsonArray rows;
                for (const QString &key : qAsConst(keys)) {
                    const CellValue &value = current.cells.value(key);
                    rows.append(QJsonObject{{QStringLiteral("k"), key},
                                            {QStringLiteral("i"), SqlConnection::json(SqlConnection::intValue(value))},
                                            {QStringLiteral("t"), SqlConnection::json(SqlConnection::textValue(value))},
                                            {QStringLiteral("d"), doubtOf.value(key).isEmpty() ? QJsonValue() : QJsonValue(doubtOf.value(key))}});
                }
                ok = m_c.exec(QStringLiteral("UPDATE cell SET int_value = v.i, text_value = v.t, doubt = v.d, revision = ?, modified_by = ? "
                                             "FROM json_to_recordset(?::json) AS v (k TEXT, i BIGINT, t TEXT, d TEXT) WHERE cell.report_id = ? AND cell.key = v.k"),
                              {revision, m_c.user, SqlConnection::jsonText(rows), f.id}, &updated);
            } else {
                // In-process a statement costs no round trip: one prepared update a cell is quicker than reading JSON.
                for (const QString &key : qAsConst(keys)) {
                    const CellValue &value = current.cells.value(key);
                    int rows = 0;
                    ok = ok
                        && m_c.exec(QStringLiteral("UPDATE cell SET int_value = ?, text_value = ?, doubt = ?, revision = ?, modified_by = ? "
                                                   "WHERE report_id = ? AND key = ?"),
                                    {SqlConnection::intValue(value), SqlConnection::textValue(value),
                                     doubtOf.value(key).isEmpty() ? SqlConnection::nullText() : QVariant(doubtOf.value(key)), revision, m_c.user, f.id, key},
                                    &rows);
                    updated += rows;
                }
            }
            if (!ok)
                return false; // the database's reason, in words (a trigger's refusal included)
            if (updated != keys.size())
                return m_c.fail(tr("无法写入单元格 %1").arg(keys.join(QLatin1Char(' '))), tr("数据库中这份报告没有这个单元格"));
            if (seen != m_seen.end())
                for (auto it = cells.begin(); it != cells.end(); ++it)
                    seen->cells.insert(it.key(), revision);
            if (written) {
                *written = cells;
                for (const QString &key : totals)
                    written->insert(key, current.cell(key));
            }
            return true;
        },
        [&] { m_seen = before; });
}

bool SqlReportEdits::setProse(const QString &agency, int year, const QString &part, const std::optional<QString> &text)
{
    m_c.error.clear();
    const SqlReports::Found f = m_reports.editable(agency, year);
    if (f.id <= 0)
        return false;
    if (!Prose::parts().contains(part))
        return m_c.fail(tr("未知的正文部分 %1").arg(part));
    if (text && text->size() > Prose::maxLength)
        return m_c.fail(tr("“%1”太长（%2 字）：每一部分不能超过 %3 字，未作任何改动").arg(Prose::name(part)).arg(text->size()).arg(Prose::maxLength));
    const ReadRevisions before = m_seen;
    return m_c.inTransaction(
        [&] {
            qint64 revision = 0;
            if (!m_reports.claim(f.id, agency, year, &revision))
                return false;
            auto seen = m_seen.find(f.id);
            auto q = m_c.query(QStringLiteral("SELECT revision, modified_by FROM prose WHERE report_id = ? AND part = ?"), {f.id, part});
            if (!q)
                return false;
            const bool present = q->next();
            const qint64 current = present ? q->value(0).toLongLong() : -1;
            if (seen != m_seen.end() && seen->prose.value(part, -1) != current)
                return m_c.fail(m_reports.conflict(agency, year, tr("“%1”").arg(Prose::name(part)), present ? q->value(1).toString() : QString()));
            q.reset();
            if (!m_c.exec(QStringLiteral("DELETE FROM prose WHERE report_id = ? AND part = ?"), {f.id, part})
                || (text && !m_c.exec(QStringLiteral("INSERT INTO prose (report_id, part, body, revision, modified_by) VALUES (?, ?, ?, ?, ?)"),
                                      {f.id, part, *text, revision, m_c.user})))
                return false;
            if (seen != m_seen.end())
                seen->prose.insert(part, text ? revision : -1);
            return true;
        },
        [&] { m_seen = before; });
}

bool SqlReportEdits::setDetails(const Report &r)
{
    m_c.error.clear();
    const SqlReports::Found f = m_reports.editable(r.agency, r.year);
    if (f.id <= 0)
        return false;
    const ReadRevisions before = m_seen;
    return m_c.inTransaction(
        [&] {
            qint64 revision = 0;
            if (!m_reports.claim(f.id, r.agency, r.year, &revision) || !checkDetails(f.id, r.agency, r.year))
                return false;
            if (!m_c.exec(QStringLiteral("UPDATE report SET title = ?, issue_date = ?, contact_person = ?, contact_phone = ?, contact_fax = ?, "
                                         "contact_address = ?, details_revision = ? WHERE id = ?"),
                          {SqlConnection::nullable(r.title), r.date ? QVariant(r.date->toString(Qt::ISODate)) : SqlConnection::nullText(),
                           SqlConnection::nullable(r.contact.person), SqlConnection::nullable(r.contact.phone), SqlConnection::nullable(r.contact.fax),
                           SqlConnection::nullable(r.contact.address), revision, f.id}))
                return false;
            if (auto seen = m_seen.find(f.id); seen != m_seen.end())
                seen->details = revision;
            return true;
        },
        [&] { m_seen = before; });
}

bool SqlReportEdits::setAttachment(const QString &agency, int year, const QString &kind, const ReportStore::Attachment &attachment)
{
    m_c.error.clear();
    const SqlReports::Found f = m_reports.editable(agency, year);
    if (f.id <= 0)
        return false;
    const ReadRevisions before = m_seen;
    return m_c.inTransaction(
        [&] {
            qint64 revision = 0;
            if (!m_reports.claim(f.id, agency, year, &revision) || !checkDetails(f.id, agency, year))
                return false;
            if (!m_c.exec(QStringLiteral("DELETE FROM attachment WHERE report_id = ? AND kind = ?"), {f.id, kind})
                || !m_c.exec(QStringLiteral("INSERT INTO attachment (report_id, kind, mime_type, data) VALUES (?, ?, ?, ?)"),
                             {f.id, kind, attachment.mimeType, attachment.data})
                || !m_c.exec(QStringLiteral("UPDATE report SET details_revision = ? WHERE id = ?"), {revision, f.id}))
                return false;
            if (auto seen = m_seen.find(f.id); seen != m_seen.end())
                seen->details = revision;
            return true;
        },
        [&] { m_seen = before; });
}

std::optional<ReportStore::Attachment> SqlReportEdits::attachment(const QString &agency, int year, const QString &kind)
{
    m_c.error.clear();
    auto q = m_c.query(QStringLiteral("SELECT t.mime_type, t.data FROM attachment t JOIN report r ON r.id = t.report_id "
                                      "WHERE r.agency_id = (SELECT id FROM agency WHERE name = ?) AND r.year = ? AND t.kind = ?"),
                       {agency, year, kind});
    if (!q || !q->next())
        return std::nullopt;
    return ReportStore::Attachment{q->value(0).toString(), q->value(1).toByteArray()};
}
