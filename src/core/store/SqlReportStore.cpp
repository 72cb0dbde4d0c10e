#include "SqlReportStore.h"

#include "ReportDigest.h"
#include "ReportSchema.h"
#include "Totals.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <algorithm>

namespace {

QStringList migrationFiles(const QString &engine)
{
    return QDir(QStringLiteral(":/sql/") + engine).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
}

// A migration script's statements: split at a line ending in ";", except inside a PostgreSQL function body ($$ … $$)
// or a SQLite trigger (CREATE TRIGGER … END;). Comment lines are dropped.
QStringList statements(const QString &script)
{
    QStringList out;
    QString current;
    bool inDollar = false;
    bool inTrigger = false;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (current.isEmpty() && (t.isEmpty() || t.startsWith(QLatin1String("--"))))
            continue;
        current += line + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2)
            inDollar = !inDollar;
        if (current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive) && t.compare(QLatin1String("BEGIN"), Qt::CaseInsensitive) == 0)
            inTrigger = true;
        const bool ends = t.endsWith(QLatin1Char(';')) && !inDollar && (!inTrigger || t.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0);
        if (ends) {
            QString s = current.trimmed();
            s.chop(1);
            out.append(s);
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

QVariant nullable(const std::optional<QString> &s)
{
    return s ? QVariant(*s) : QVariant(QMetaType::fromType<QString>());
}

std::optional<QString> optionalText(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<QString>(v.toString());
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant intValue(const CellValue &v)
{
    return v.isInteger() ? QVariant(v.toInteger()) : QVariant(QMetaType::fromType<qlonglong>());
}

QVariant textValue(const CellValue &v)
{
    return v.isInteger() || v.isBlank() ? nullText() : QVariant(v.toString());
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

SqlReportStore::SqlReportStore(const FormatRegistry &registry, const QString &engine)
    : m_registry(registry)
    , m_engine(engine)
    , m_connectionName(QStringLiteral("report-store-%1").arg(quintptr(this), 0, 16))
{
}

SqlReportStore::~SqlReportStore()
{
    closeConnection();
}

int SqlReportStore::latestSchemaVersion()
{
    return int(migrationFiles(QStringLiteral("sqlite")).size());
}

QSqlDatabase &SqlReportStore::connection(const QString &driver)
{
    closeConnection();
    m_db = QSqlDatabase::addDatabase(driver, m_connectionName);
    return m_db;
}

void SqlReportStore::closeConnection()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    forgetWhatWasSeen();
}

void SqlReportStore::forgetWhatWasSeen()
{
    m_seen.clear();
}

QString SqlReportStore::why(const QSqlError &error) const
{
    // The database's own guard (resources/sql/*/006): a client that skipped the program's check.
    if (error.text().contains(QLatin1String("report is signed")))
        return tr("报告已签发，数据库拒绝了这次修改：如需修改，请先撤回签发并说明原因");
    if (error.text().contains(QLatin1String("signing needs an approved review")))
        return tr("在服务器上，报告审核通过后才能签发（数据库拒绝了签发）");
    if (error.text().contains(QLatin1String("only a reviewer may")))
        return tr("只有这份报告的审核人（政务公开办）才能审核通过或退回（数据库拒绝了这一步）");
    return error.text();
}

bool SqlReportStore::fail(const QString &what, const QString &detail)
{
    m_error = detail.isEmpty() ? what : what + QStringLiteral("（") + detail + QStringLiteral("）");
    return false;
}

bool SqlReportStore::failDatabase(const QSqlError &error)
{
    return fail(tr("数据库 %1 出错").arg(m_location), why(error));
}

bool SqlReportStore::exec(const QString &sql, const QVariantList &args)
{
    QSqlQuery q(m_db);
    // Without values, not prepared: PostgreSQL prepares only queries and data changes, not a migration's DDL.
    if (args.isEmpty())
        return q.exec(sql) || failDatabase(q.lastError());
    if (!q.prepare(sql))
        return failDatabase(q.lastError());
    for (const QVariant &a : args)
        q.addBindValue(a);
    if (!q.exec())
        return failDatabase(q.lastError());
    return true;
}

bool SqlReportStore::refuseReadOnly()
{
    return fail(tr("%1 是只读的，只能查看；未作任何改动").arg(m_location), QString());
}

int SqlReportStore::schemaVersion()
{
    return schemaVersionOf(m_db);
}

int SqlReportStore::schemaVersionOf(const QSqlDatabase &db)
{
    const QStringList tables = db.tables();
    if (!tables.contains(QStringLiteral("meta")))
        return tables.isEmpty() ? 0 : -1;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(QStringLiteral("schema_version"));
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString SqlReportStore::versionRefusal(const QString &location, int version)
{
    if (version < 0)
        return tr("%1 不是本程序的数据库，未作任何改动").arg(location);
    if (version > latestSchemaVersion())
        return tr("%1 由更新版本的程序创建（数据库版本 %2，本程序支持到 %3），未作任何改动").arg(location).arg(version).arg(latestSchemaVersion());
    return QString();
}

bool SqlReportStore::migrate(bool *refused)
{
    const int current = schemaVersion();
    const QStringList files = migrationFiles(m_engine);
    if (const QString refusal = versionRefusal(m_location, current); !refusal.isEmpty()) {
        if (refused)
            *refused = true;
        return fail(refusal, QString());
    }
    if (m_readOnly) { // nothing may be written: an older database cannot be brought up to date where it is
        if (current < files.size())
            return fail(tr("%1 是只读的，又是旧版本程序的数据库，需要升级才能使用：请把它复制到可以写入的位置再打开").arg(m_location), QString());
        return true;
    }
    if (!knownToBeOurs())
        return false;
    for (int version = current + 1; version <= files.size(); ++version) {
        QFile file(QStringLiteral(":/sql/%1/").arg(m_engine) + files.at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("缺少数据库迁移脚本 %1").arg(file.fileName()), QString());
        if (!m_db.transaction())
            return failDatabase(m_db.lastError());
        bool ok = true;
        for (const QString &s : statements(QString::fromUtf8(file.readAll())))
            ok = ok && exec(s);
        ok = ok && exec(QStringLiteral("DELETE FROM meta WHERE key = ?"), {QStringLiteral("schema_version")})
            && exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"), {QStringLiteral("schema_version"), QString::number(version)});
        if (!ok || !m_db.commit()) {
            const QString detail = m_error;
            m_db.rollback();
            return fail(tr("数据库 %1 无法升级到版本 %2").arg(m_location).arg(version), detail);
        }
    }
    return current == 0 || current >= 5 || sealSignedReports();
}

bool SqlReportStore::sealSignedReports()
{
    // Reports signed before fingerprints were recorded: what they hold now is what they are vouched for from here on.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT a.name, r.year FROM report r JOIN agency a ON a.id = r.agency_id "
                               "WHERE r.signed_by IS NOT NULL AND r.signed_sha256 IS NULL")))
        return failDatabase(q.lastError());
    QVector<QPair<QString, int>> signedReports;
    while (q.next())
        signedReports.append({q.value(0).toString(), q.value(1).toInt()});
    q.finish();
    for (const auto &[agency, year] : qAsConst(signedReports)) {
        Report r;
        if (!load(agency, year, &r))
            return false;
        if (!exec(QStringLiteral("UPDATE report SET signed_sha256 = ? WHERE id = ?"), {ReportDigest::sha256(r, m_registry), reportId(agency, year)}))
            return false;
    }
    return true;
}

std::optional<QVector<ReportStore::Entry>> SqlReportStore::entries(QSqlDatabase &db, bool review, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(review ? QStringLiteral("SELECT a.name, r.year, r.signed_by, r.signed_at, r.review_state FROM report r JOIN agency a ON a.id = r.agency_id "
                                        "ORDER BY a.name, r.year")
                       : QStringLiteral("SELECT a.name, r.year, r.signed_by, r.signed_at, 'draft' FROM report r JOIN agency a ON a.id = r.agency_id "
                                        "ORDER BY a.name, r.year"))) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QVector<Entry> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), QDateTime::fromString(q.value(3).toString(), Qt::ISODate),
                    q.value(4).toString()});
    return out;
}

std::optional<QVector<ReportStore::Entry>> SqlReportStore::list()
{
    QString error;
    auto out = entries(m_db, true, &error); // the open database is at the latest schema
    if (!out)
        fail(tr("数据库 %1 出错").arg(m_location), error);
    return out;
}

qint64 SqlReportStore::reportId(const QString &agency, int year)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT r.id FROM report r JOIN agency a ON a.id = r.agency_id WHERE a.name = ? AND r.year = ?"));
    q.addBindValue(agency);
    q.addBindValue(year);
    if (!q.exec()) {
        failDatabase(q.lastError());
        return -1;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 SqlReportStore::writableReportId(const QString &agency, int year, bool toSign)
{
    const qint64 id = reportId(agency, year);
    if (id == 0) {
        fail(tr("数据库中没有 %1 %2 年的报告").arg(agency).arg(year), QString());
        return 0;
    }
    if (id < 0)
        return -1;
    if (signOff(agency, year)) {
        fail(tr("%1 %2 年的报告已签发，只能查看；如需修改，请先撤回签发并说明原因").arg(agency).arg(year), QString());
        return 0;
    }
    const QString state = reviewState(agency, year);
    if (state == QLatin1String("submitted") || (state == QLatin1String("approved") && !toSign)) {
        fail(tr("%1 %2 年的报告%3，不能修改；需要修改时请审核人退回").arg(agency).arg(year).arg(reviewStateName(state)), QString());
        return 0;
    }
    return id;
}

bool SqlReportStore::contains(const QString &agency, int year)
{
    return reportId(agency, year) > 0;
}

QString SqlReportStore::conflict(const QString &agency, int year, const QString &what, const QString &who) const
{
    const QString by = who.isEmpty() ? tr("别处（命令行、另一个窗口或另一位同事）") : who;
    return tr("%1 %2 年报告的%3在您读取之后已被%4改动：这次修改没有保存，以免覆盖对方的修改。请看过对方的改动后再改")
        .arg(agency)
        .arg(year)
        .arg(what, by);
}

bool SqlReportStore::bump(qint64 id, const QString &agency, int year, qint64 *revision)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE report SET revision = revision + 1, modified_at = ?, modified_by = ? WHERE id = ?"));
    q.addBindValue(now());
    q.addBindValue(m_user);
    q.addBindValue(id);
    if (!q.exec())
        return failDatabase(q.lastError());
    if (q.numRowsAffected() != 1 && reportId(agency, year) != id)
        return fail(tr("%1 %2 年的报告刚被别处删除，未作任何改动").arg(agency).arg(year), QString());
    if (q.numRowsAffected() != 1) // the row is there: the server's row security kept it from this role
        return fail(tr("数据库用户 %1 没有写入 %2 %3 年报告的权限（由数据库管理员在 agency_writer 中授予），未作任何改动").arg(m_user, agency).arg(year),
                    QString());
    q.prepare(QStringLiteral("SELECT revision FROM report WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return failDatabase(q.lastError());
    *revision = q.value(0).toLongLong();
    const auto seen = m_seen.find(id);
    if (seen != m_seen.end() && seen->revision == *revision - 1)
        seen->revision = *revision; // nobody else wrote since this store's view: it is still the whole report
    return true;
}

bool SqlReportStore::seenWhole(qint64 id, qint64 revision, const QString &agency, int year)
{
    const auto seen = m_seen.constFind(id);
    if (seen == m_seen.cend() || seen->revision == revision)
        return true;
    return fail(conflict(agency, year, tr("内容"), QString()), QString());
}

bool SqlReportStore::checkDetails(qint64 id, const QString &agency, int year)
{
    const auto seen = m_seen.constFind(id);
    if (seen == m_seen.cend())
        return true;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT details_revision, modified_by FROM report WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return failDatabase(q.lastError());
    if (q.value(0).toLongLong() == seen->details)
        return true;
    return fail(conflict(agency, year, tr("基本信息"), q.value(1).toString()), QString());
}

bool SqlReportStore::changedElsewhere(const QString &agency, int year)
{
    const qint64 id = reportId(agency, year);
    if (id <= 0)
        return true; // gone (or unreadable): whoever shows it should look again
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT revision, review_state FROM report WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    const auto seen = m_seen.constFind(id);
    return seen != m_seen.cend() && (seen->revision != q.value(0).toLongLong() || seen->review != q.value(1).toString());
}

bool SqlReportStore::load(const QString &agency, int year, Report *out)
{
    m_error.clear();
    const qint64 id = reportId(agency, year);
    if (id <= 0)
        return false;
    Seen seen;
    if (!readReport(id, agency, year, out, &seen))
        return false;
    m_seen.insert(id, seen);
    return true;
}

bool SqlReportStore::readReport(qint64 id, const QString &agency, int year, Report *out, Seen *seen)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT t2_form, t3_form, t4_form, title, issue_date, contact_person, contact_phone, contact_fax, "
                             "contact_address, revision, details_revision, review_state FROM report WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return failDatabase(q.lastError());
    Report r;
    r.agency = agency;
    r.year = year;
    r.formats.t2 = q.value(0).toString();
    r.formats.t3 = q.value(1).toString();
    r.formats.t4 = q.value(2).toString();
    r.title = optionalText(q.value(3));
    if (!q.value(4).isNull())
        r.date = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    r.contact.person = optionalText(q.value(5));
    r.contact.phone = optionalText(q.value(6));
    r.contact.fax = optionalText(q.value(7));
    r.contact.address = optionalText(q.value(8));
    // The report's revision is read before its parts: a write that slips in between makes this store's next
    // whole-report act refuse (the safe side); each part's own revision is read with it.
    seen->revision = q.value(9).toLongLong();
    seen->details = q.value(10).toLongLong();
    seen->review = q.value(11).toString();

    const QString where = tr("数据库 %1 中 %2 %3 年的报告").arg(m_location, agency).arg(year);
    q.prepare(QStringLiteral("SELECT key, int_value, text_value, annotation, doubt, revision FROM cell WHERE report_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failDatabase(q.lastError());
    while (q.next()) {
        const QString key = q.value(0).toString();
        const TableFormat *table = m_registry.table(key.section(QLatin1Char('.'), 0, 0), r.formats.of(key.section(QLatin1Char('.'), 0, 0)));
        const ValueCellDef *def = table ? table->cell(key) : nullptr;
        if (!def)
            return fail(where + tr("含有未知的单元格 %1").arg(key), QString());
        CellValue v;
        if (!q.value(1).isNull()) {
            v = CellValue::integer(q.value(1).toLongLong());
        } else if (!q.value(2).isNull()) {
            if (def->type == ValueType::Amount) {
                const auto d = Decimal::fromString(q.value(2).toString());
                if (!d)
                    return fail(where + tr("的单元格 %1 不是金额").arg(key), QString());
                v = CellValue::decimal(*d);
            } else {
                v = CellValue::text(q.value(2).toString());
            }
        }
        r.cells.insert(key, v);
        if (!q.value(3).isNull())
            r.annotations.insert(key, q.value(3).toString());
        if (!q.value(4).isNull())
            r.doubts.insert(key, q.value(4).toString());
        seen->cells.insert(key, q.value(5).toLongLong());
    }
    const ReportSchema schema = ReportSchema::forReport(m_registry, r);
    for (const QString &key : schema.keys())
        if (!r.cells.contains(key))
            return fail(where + tr("缺少单元格 %1").arg(key), QString());

    q.prepare(QStringLiteral("SELECT part, body, revision FROM prose WHERE report_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failDatabase(q.lastError());
    for (const QString &part : Prose::parts())
        seen->prose.insert(part, -1);
    while (q.next()) {
        r.prose.set(q.value(0).toString(), q.value(1).toString());
        seen->prose.insert(q.value(0).toString(), q.value(2).toLongLong());
    }
    *out = r;
    return true;
}

bool SqlReportStore::ensureAgency(const QString &name)
{
    // Inserted only when new: on a server, agencies are the administrator's (a clerk's role may not insert one, and
    // does not need to for its own).
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM agency WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return failDatabase(q.lastError());
    return q.next() || exec(QStringLiteral("INSERT INTO agency (name) VALUES (?)"), {name});
}

bool SqlReportStore::writeReport(const Report &r, bool replace)
{
    if (!ensureAgency(r.agency))
        return false;
    const qint64 existing = reportId(r.agency, r.year);
    if (existing < 0)
        return false;
    qint64 id = 0;
    qint64 revision = 0;
    if (existing > 0) {
        if (signOff(r.agency, r.year))
            return fail(tr("%1 %2 年的报告已签发，只能查看；如需修改，请先撤回签发并说明原因").arg(r.agency).arg(r.year), QString());
        if (!replace)
            return fail(tr("%1 %2 年的报告已在数据库中（要替换它，请使用 --replace）").arg(r.agency).arg(r.year), QString());
        // The replacement keeps the report's id and goes on from its revision: whoever read the old one is told.
        if (!bump(existing, r.agency, r.year, &revision) || !exec(QStringLiteral("DELETE FROM report WHERE id = ?"), {existing}))
            return false;
        id = existing;
    }
    const QVariantList fields{r.agency, r.year, r.formats.t2, r.formats.t3, r.formats.t4, nullable(r.title),
                              r.date ? QVariant(r.date->toString(Qt::ISODate)) : nullText(),
                              nullable(r.contact.person), nullable(r.contact.phone), nullable(r.contact.fax), nullable(r.contact.address),
                              now(), m_user, revision, revision};
    if (id > 0) {
        if (!exec(QStringLiteral("INSERT INTO report (id, agency_id, year, t2_form, t3_form, t4_form, title, issue_date, contact_person, "
                                 "contact_phone, contact_fax, contact_address, modified_at, modified_by, revision, details_revision) "
                                 "VALUES (?, (SELECT id FROM agency WHERE name = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  QVariantList{id} + fields))
            return false;
    } else {
        if (!exec(QStringLiteral("INSERT INTO report (agency_id, year, t2_form, t3_form, t4_form, title, issue_date, contact_person, "
                                 "contact_phone, contact_fax, contact_address, modified_at, modified_by, revision, details_revision) "
                                 "VALUES ((SELECT id FROM agency WHERE name = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  fields))
            return false;
        id = reportId(r.agency, r.year);
    }
    if (!writeCells(id, revision, r))
        return false;
    Seen seen; // written here: this store knows what it holds
    seen.revision = seen.details = revision;
    for (auto it = r.cells.begin(); it != r.cells.end(); ++it)
        seen.cells.insert(it.key(), revision);
    for (const QString &part : Prose::parts()) {
        const auto text = r.prose.get(part);
        seen.prose.insert(part, text ? revision : -1);
        if (text && !exec(QStringLiteral("INSERT INTO prose (report_id, part, body, revision, modified_by) VALUES (?, ?, ?, ?, ?)"),
                          {id, part, *text, revision, m_user}))
            return false;
    }
    m_seen.insert(id, seen);
    return true;
}

bool SqlReportStore::writeCells(qint64 reportId, qint64 revision, const Report &r)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO cell (report_id, key, int_value, text_value, annotation, doubt, revision, modified_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (auto it = r.cells.begin(); it != r.cells.end(); ++it) {
        q.addBindValue(reportId);
        q.addBindValue(it.key());
        q.addBindValue(intValue(it.value()));
        q.addBindValue(textValue(it.value()));
        q.addBindValue(r.annotations.contains(it.key()) ? QVariant(r.annotations.value(it.key())) : nullText());
        q.addBindValue(r.doubts.contains(it.key()) ? QVariant(r.doubts.value(it.key())) : nullText());
        q.addBindValue(revision);
        q.addBindValue(m_user);
        if (!q.exec())
            return failDatabase(q.lastError());
    }
    return true;
}

bool SqlReportStore::inTransaction(const std::function<bool()> &steps)
{
    if (m_readOnly)
        return refuseReadOnly();
    beforeWrite();
    if (!m_db.transaction())
        return failDatabase(m_db.lastError());
    const auto seen = m_seen; // what this store has seen, as it was if the write does not happen
    if (!steps()) {
        m_db.rollback();
        m_seen = seen;
        return false;
    }
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        m_seen = seen;
        return failDatabase(error);
    }
    return true;
}

bool SqlReportStore::save(const QVector<Report> &reports, bool replace)
{
    m_error.clear();
    return inTransaction([&] {
        return std::all_of(reports.cbegin(), reports.cend(), [&](const Report &r) { return writeReport(r, replace); });
    });
}

bool SqlReportStore::setForms(const Report &report)
{
    m_error.clear();
    const qint64 id = writableReportId(report.agency, report.year);
    if (id <= 0)
        return false;
    return inTransaction([&] {
        qint64 revision = 0;
        if (!bump(id, report.agency, report.year, &revision) || !seenWhole(id, revision, report.agency, report.year))
            return false;
        if (!exec(QStringLiteral("UPDATE report SET t2_form = ?, t3_form = ?, t4_form = ?, details_revision = ? WHERE id = ?"),
                  {report.formats.t2, report.formats.t3, report.formats.t4, revision, id})
            || !exec(QStringLiteral("DELETE FROM cell WHERE report_id = ?"), {id}) || !writeCells(id, revision, report))
            return false;
        if (auto seen = m_seen.find(id); seen != m_seen.end()) {
            seen->details = revision;
            seen->cells.clear();
            for (auto it = report.cells.begin(); it != report.cells.end(); ++it)
                seen->cells.insert(it.key(), revision);
        }
        return true;
    });
}

bool SqlReportStore::setCells(const QString &agency, int year, const QMap<QString, CellValue> &cells, const QMap<QString, QString> &doubts)
{
    m_error.clear();
    const qint64 id = writableReportId(agency, year);
    if (id <= 0)
        return false;
    return inTransaction([&] {
        qint64 revision = 0;
        Report current; // as it is now, everyone's writes included (the report's row is this write's from here on)
        Seen now;
        if (!bump(id, agency, year, &revision) || !readReport(id, agency, year, &current, &now))
            return false;
        const ReportSchema schema = ReportSchema::forReport(m_registry, current);
        auto seen = m_seen.find(id);
        QSqlQuery write(m_db);
        write.prepare(QStringLiteral("UPDATE cell SET int_value = ?, text_value = ?, doubt = ?, revision = ?, modified_by = ? WHERE report_id = ? AND key = ?"));
        auto writeCell = [&](const QString &key, const CellValue &value, const QString &doubt) {
            for (const QVariant &v : {intValue(value), textValue(value), doubt.isEmpty() ? nullText() : QVariant(doubt), QVariant(revision),
                                      QVariant(m_user), QVariant(id), QVariant(key)})
                write.addBindValue(v);
            return (write.exec() && write.numRowsAffected() == 1) || fail(tr("无法写入单元格 %1").arg(key), why(write.lastError()));
        };
        QStringList inputs;
        for (auto it = cells.begin(); it != cells.end(); ++it) {
            const ValueCellDef *def = schema.cell(it.key());
            if (!def)
                return fail(tr("无法写入单元格 %1").arg(it.key()), tr("这份报告的表格中没有这个单元格"));
            // A cell someone else changed since this store read it: their value and name, never overwritten. A
            // computed total is not anyone's: it is computed again below from the cells as they now are.
            if (!def->computed && seen != m_seen.end() && seen->cells.value(it.key(), -1) != now.cells.value(it.key(), -1)) {
                QSqlQuery who(m_db);
                who.prepare(QStringLiteral("SELECT modified_by FROM cell WHERE report_id = ? AND key = ?"));
                who.addBindValue(id);
                who.addBindValue(it.key());
                const QString by = who.exec() && who.next() ? who.value(0).toString() : QString();
                const CellValue theirs = current.cell(it.key());
                return fail(conflict(agency, year, tr("单元格“%1”").arg(schema.cellName(it.key())), by)
                                + tr("（对方填的是 %1）").arg(theirs.isBlank() ? tr("空白") : theirs.toString()),
                            QString());
            }
            if (!def->computed)
                inputs.append(it.key());
            current.cells.insert(it.key(), it.value());
            if (!writeCell(it.key(), it.value(), doubts.value(it.key())))
                return false;
            if (seen != m_seen.end())
                seen->cells.insert(it.key(), revision);
        }
        // Totals over cells two clerks changed: each wrote the sum of its own view; the sum of both is what stands.
        for (const QString &key : Totals::recomputeDependents(current, schema, inputs))
            if (!writeCell(key, current.cell(key), current.doubts.value(key)))
                return false;
        return true;
    });
}


bool SqlReportStore::setProse(const QString &agency, int year, const QString &part, const std::optional<QString> &text)
{
    m_error.clear();
    const qint64 id = writableReportId(agency, year);
    if (id <= 0)
        return false;
    if (!Prose::parts().contains(part))
        return fail(tr("未知的正文部分 %1").arg(part), QString());
    if (text && text->size() > Prose::maxLength)
        return fail(tr("“%1”太长（%2 字）：每一部分不能超过 %3 字，未作任何改动").arg(Prose::name(part)).arg(text->size()).arg(Prose::maxLength), QString());
    return inTransaction([&] {
        qint64 revision = 0;
        if (!bump(id, agency, year, &revision))
            return false;
        auto seen = m_seen.find(id);
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT revision, modified_by FROM prose WHERE report_id = ? AND part = ?"));
        q.addBindValue(id);
        q.addBindValue(part);
        if (!q.exec())
            return failDatabase(q.lastError());
        const bool present = q.next();
        const qint64 current = present ? q.value(0).toLongLong() : -1;
        if (seen != m_seen.end() && seen->prose.value(part, -1) != current)
            return fail(conflict(agency, year, tr("“%1”").arg(Prose::name(part)), present ? q.value(1).toString() : QString()), QString());
        q.finish();
        if (!exec(QStringLiteral("DELETE FROM prose WHERE report_id = ? AND part = ?"), {id, part})
            || (text && !exec(QStringLiteral("INSERT INTO prose (report_id, part, body, revision, modified_by) VALUES (?, ?, ?, ?, ?)"),
                              {id, part, *text, revision, m_user})))
            return false;
        if (seen != m_seen.end())
            seen->prose.insert(part, text ? revision : -1);
        return true;
    });
}

bool SqlReportStore::setDetails(const Report &r)
{
    m_error.clear();
    const qint64 id = writableReportId(r.agency, r.year);
    if (id <= 0)
        return false;
    return inTransaction([&] {
        qint64 revision = 0;
        if (!bump(id, r.agency, r.year, &revision) || !checkDetails(id, r.agency, r.year))
            return false;
        if (!exec(QStringLiteral("UPDATE report SET title = ?, issue_date = ?, contact_person = ?, contact_phone = ?, contact_fax = ?, "
                                 "contact_address = ?, details_revision = ? WHERE id = ?"),
                  {nullable(r.title), r.date ? QVariant(r.date->toString(Qt::ISODate)) : nullText(), nullable(r.contact.person),
                   nullable(r.contact.phone), nullable(r.contact.fax), nullable(r.contact.address), revision, id}))
            return false;
        if (auto seen = m_seen.find(id); seen != m_seen.end())
            seen->details = revision;
        return true;
    });
}

QStringList SqlReportStore::agencies()
{
    QStringList names;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT name FROM agency ORDER BY name")))
        while (q.next())
            names.append(q.value(0).toString());
    return names;
}

bool SqlReportStore::renameAgency(const QString &from, const QString &to, QList<int> years, QList<int> *moved)
{
    m_error.clear();
    const QString target = to.trimmed();
    if (target.isEmpty())
        return fail(tr("机关名称不能为空"), QString());
    if (target == from)
        return true;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT r.year, r.signed_by, a.name FROM report r JOIN agency a ON a.id = r.agency_id WHERE a.name = ? OR a.name = ?"));
    q.addBindValue(from);
    q.addBindValue(target);
    if (!q.exec())
        return failDatabase(q.lastError());
    QList<int> fromYears, toYears;
    while (q.next()) {
        const int year = q.value(0).toInt();
        if (q.value(2).toString() != from) {
            toYears.append(year);
            continue;
        }
        if (!years.isEmpty() && !years.contains(year))
            continue;
        fromYears.append(year);
        // The agency's name is printed in a report's title and 落款: a signed report keeps it.
        if (!q.value(1).isNull())
            return fail(tr("%1 %2 年的报告已签发，不能改动机关名称").arg(from).arg(year), QString());
    }
    if (fromYears.isEmpty() && !agencies().contains(from))
        return fail(tr("数据库中没有机关“%1”").arg(from), QString());
    for (int year : qAsConst(fromYears))
        if (toYears.contains(year))
            return fail(tr("“%1”和“%2”都有 %3 年的报告，不能合并；请先删除其中一份").arg(from, target).arg(year), QString());
    const bool ok = inTransaction([&] {
        bool done = ensureAgency(target);
        for (int year : qAsConst(fromYears))
            done = done
                && exec(QStringLiteral("UPDATE report SET agency_id = (SELECT id FROM agency WHERE name = ?), modified_at = ?, modified_by = ?, "
                                       "revision = revision + 1 WHERE agency_id = (SELECT id FROM agency WHERE name = ?) AND year = ?"),
                        {target, now(), m_user, from, year});
        // The old name goes once it names no report.
        return done
            && exec(QStringLiteral("DELETE FROM agency WHERE name = ? AND NOT EXISTS (SELECT 1 FROM report WHERE agency_id = agency.id)"), {from});
    });
    if (ok && moved)
        *moved = fromYears;
    return ok;
}

bool SqlReportStore::remove(const QString &agency, int year)
{
    m_error.clear();
    const qint64 id = writableReportId(agency, year);
    if (id <= 0)
        return false;
    return inTransaction([&] {
        qint64 revision = 0;
        if (!bump(id, agency, year, &revision) || !seenWhole(id, revision, agency, year) || !exec(QStringLiteral("DELETE FROM report WHERE id = ?"), {id}))
            return false;
        m_seen.remove(id);
        return true;
    });
}

bool SqlReportStore::setAttachment(const QString &agency, int year, const QString &kind, const Attachment &attachment)
{
    m_error.clear();
    const qint64 id = writableReportId(agency, year);
    if (id <= 0)
        return false;
    return inTransaction([&] {
        qint64 revision = 0;
        if (!bump(id, agency, year, &revision) || !checkDetails(id, agency, year))
            return false;
        if (!exec(QStringLiteral("DELETE FROM attachment WHERE report_id = ? AND kind = ?"), {id, kind})
            || !exec(QStringLiteral("INSERT INTO attachment (report_id, kind, mime_type, data) VALUES (?, ?, ?, ?)"), {id, kind, attachment.mimeType, attachment.data})
            || !exec(QStringLiteral("UPDATE report SET details_revision = ? WHERE id = ?"), {revision, id}))
            return false;
        if (auto seen = m_seen.find(id); seen != m_seen.end())
            seen->details = revision;
        return true;
    });
}

std::optional<ReportStore::Attachment> SqlReportStore::attachment(const QString &agency, int year, const QString &kind)
{
    m_error.clear();
    const qint64 id = reportId(agency, year);
    if (id <= 0)
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT mime_type, data FROM attachment WHERE report_id = ? AND kind = ?"));
    q.addBindValue(id);
    q.addBindValue(kind);
    if (!q.exec()) {
        failDatabase(q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return Attachment{q.value(0).toString(), q.value(1).toByteArray()};
}

std::optional<ReportStore::SignOffEvent> SqlReportStore::signOff(const QString &agency, int year)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT r.signed_by, r.signed_at, r.signed_sha256 FROM report r JOIN agency a ON a.id = r.agency_id "
                             "WHERE a.name = ? AND r.year = ? AND r.signed_by IS NOT NULL"));
    q.addBindValue(agency);
    q.addBindValue(year);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return SignOffEvent{QStringLiteral("sign"), q.value(0).toString(), QDateTime::fromString(q.value(1).toString(), Qt::ISODate), QString(),
                        q.value(2).toString()};
}

bool SqlReportStore::sign(const QString &agency, int year, const QString &who)
{
    m_error.clear();
    if (who.trimmed().isEmpty())
        return fail(tr("签发需要签发人的姓名"), QString());
    const QString state = reviewState(agency, year);
    if (state == QLatin1String("submitted") || state == QLatin1String("returned"))
        return fail(tr("%1 %2 年的报告%3：审核通过后才能签发").arg(agency).arg(year).arg(reviewStateName(state)), QString());
    const qint64 id = writableReportId(agency, year, true);
    if (id <= 0)
        return false;
    const QString at = now();
    return inTransaction([&] {
        // What is fingerprinted is what the signer has seen: the whole report as this store last read it.
        qint64 revision = 0;
        Report signedReport;
        if (!bump(id, agency, year, &revision) || !seenWhole(id, revision, agency, year) || !load(agency, year, &signedReport))
            return false;
        const QString digest = ReportDigest::sha256(signedReport, m_registry);
        return exec(QStringLiteral("UPDATE report SET signed_by = ?, signed_at = ?, signed_sha256 = ? WHERE id = ?"), {who.trimmed(), at, digest, id})
            && exec(QStringLiteral("INSERT INTO signoff_event (report_id, action, who, at, sha256) VALUES (?, 'sign', ?, ?, ?)"),
                    {id, who.trimmed(), at, digest});
    });
}

bool SqlReportStore::reopen(const QString &agency, int year, const QString &who, const QString &reason)
{
    m_error.clear();
    if (reason.trimmed().isEmpty())
        return fail(tr("撤回签发需要说明原因"), QString());
    const qint64 id = reportId(agency, year);
    if (id <= 0)
        return id == 0 ? fail(tr("数据库中没有 %1 %2 年的报告").arg(agency).arg(year), QString()) : false;
    if (!signOff(agency, year))
        return fail(tr("%1 %2 年的报告尚未签发").arg(agency).arg(year), QString());
    return inTransaction([&] {
        qint64 revision = 0;
        return bump(id, agency, year, &revision)
            && exec(QStringLiteral("UPDATE report SET signed_by = NULL, signed_at = NULL, signed_sha256 = NULL, review_state = 'draft' WHERE id = ?"), {id})
            && markSeenReview(id, QStringLiteral("draft"))
            && exec(QStringLiteral("INSERT INTO signoff_event (report_id, action, who, at, reason) VALUES (?, 'reopen', ?, ?, ?)"),
                    {id, who.trimmed(), now(), reason.trimmed()});
    });
}

QVector<ReportStore::SignOffEvent> SqlReportStore::signOffHistory(const QString &agency, int year)
{
    QVector<SignOffEvent> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT e.action, e.who, e.at, e.reason, e.sha256 FROM signoff_event e JOIN report r ON r.id = e.report_id "
                             "JOIN agency a ON a.id = r.agency_id WHERE a.name = ? AND r.year = ? ORDER BY e.id"));
    q.addBindValue(agency);
    q.addBindValue(year);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), QDateTime::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toString(),
                    q.value(4).toString()});
    return out;
}

QString SqlReportStore::reviewState(const QString &agency, int year)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT r.review_state FROM report r JOIN agency a ON a.id = r.agency_id WHERE a.name = ? AND r.year = ?"));
    q.addBindValue(agency);
    q.addBindValue(year);
    return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("draft");
}

bool SqlReportStore::review(const QString &agency, int year, const QString &action, const QString &who, const QString &reason)
{
    m_error.clear();
    // action → (the states it leaves, the state it makes)
    static const QHash<QString, QPair<QStringList, QString>> steps{
        {QStringLiteral("submit"), {{QStringLiteral("draft"), QStringLiteral("returned")}, QStringLiteral("submitted")}},
        {QStringLiteral("return"), {{QStringLiteral("submitted"), QStringLiteral("approved")}, QStringLiteral("returned")}},
        {QStringLiteral("approve"), {{QStringLiteral("submitted")}, QStringLiteral("approved")}},
    };
    const auto step = steps.constFind(action);
    if (step == steps.cend())
        return fail(tr("未知的审核操作 %1（submit、return 或 approve）").arg(action), QString());
    if (who.trimmed().isEmpty())
        return fail(tr("审核步骤需要经办人的姓名"), QString());
    if (action == QLatin1String("return") && reason.trimmed().isEmpty())
        return fail(tr("退回需要说明原因，办事员会看到它"), QString());
    const qint64 id = reportId(agency, year);
    if (id <= 0)
        return id == 0 ? fail(tr("数据库中没有 %1 %2 年的报告").arg(agency).arg(year), QString()) : false;
    if (signOff(agency, year))
        return fail(tr("%1 %2 年的报告已签发，不在审核中").arg(agency).arg(year), QString());
    const QString state = reviewState(agency, year);
    if (!step->first.contains(state))
        return fail(tr("%1 %2 年的报告现在是“%3”，不能%4").arg(agency).arg(year).arg(reviewStateName(state), reviewActionName(action)), QString());
    return inTransaction([&] {
        // From the state read above only (two reviewers at once: the second is told); no revision is raised, since no
        // figure or word changed — a clerk's view of the content stays current.
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE report SET review_state = ?, modified_at = ?, modified_by = ? WHERE id = ? AND review_state = ?"));
        for (const QVariant &v : {QVariant(step->second), QVariant(now()), QVariant(m_user), QVariant(id), QVariant(state)})
            q.addBindValue(v);
        if (!q.exec())
            return failDatabase(q.lastError());
        if (q.numRowsAffected() != 1)
            return fail(reviewState(agency, year) != state ? tr("%1 %2 年的报告刚在别处审核过，请重新打开后再看").arg(agency).arg(year)
                                                           : tr("数据库用户 %1 不能审核 %2 %3 年的报告（由数据库管理员在 agency_reviewer 中授予）").arg(m_user, agency).arg(year),
                        QString());
        if (!exec(QStringLiteral("INSERT INTO signoff_event (report_id, action, who, at, reason) VALUES (?, ?, ?, ?, ?)"),
                  {id, action, who.trimmed(), now(), reason.trimmed().isEmpty() ? nullText() : QVariant(reason.trimmed())}))
            return false;
        return markSeenReview(id, step->second);
    });
}

bool SqlReportStore::markSeenReview(qint64 id, const QString &state)
{
    if (auto seen = m_seen.find(id); seen != m_seen.end())
        seen->review = state;
    return true;
}

QString SqlReportStore::reviewActionName(const QString &action)
{
    if (action == QLatin1String("submit"))
        return tr("提交审核");
    if (action == QLatin1String("return"))
        return tr("退回");
    return tr("审核通过");
}

QVector<ReportStore::AgencyNode> SqlReportStore::agencyTree()
{
    QVector<AgencyNode> out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT a.name, p.name FROM agency a LEFT JOIN agency p ON p.id = a.parent_id ORDER BY a.name")))
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

bool SqlReportStore::setAgencyParents(const QVector<AgencyNode> &nodes)
{
    m_error.clear();
    // The tree as it would be: refused whole when an agency would end up above itself.
    QHash<QString, QString> parent;
    for (const AgencyNode &n : agencyTree())
        parent.insert(n.name, n.parent);
    for (const AgencyNode &n : nodes) {
        if (n.name.trimmed().isEmpty())
            return fail(tr("机关名称不能为空"), QString());
        parent.insert(n.name.trimmed(), n.parent.trimmed());
    }
    for (const AgencyNode &n : nodes) {
        QString at = n.parent.trimmed();
        for (int depth = 0; !at.isEmpty(); ++depth) {
            if (at == n.name.trimmed() || depth > parent.size())
                return fail(tr("“%1”不能在“%2”之下：它自己在“%1”之下，层级会成环").arg(n.name.trimmed(), n.parent.trimmed()), QString());
            at = parent.value(at);
        }
    }
    return inTransaction([&] {
        for (const AgencyNode &n : nodes) {
            const QString name = n.name.trimmed(), up = n.parent.trimmed();
            if (!ensureAgency(name) || (!up.isEmpty() && !ensureAgency(up)))
                return false;
            if (!exec(QStringLiteral("UPDATE agency SET parent_id = (SELECT p.id FROM agency p WHERE p.name = ?) WHERE name = ?"),
                      {up.isEmpty() ? nullText() : QVariant(up), name}))
                return false;
        }
        return true;
    });
}
