#include "SqliteReportStore.h"

#include "ReportDigest.h"
#include "ReportSchema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>

namespace {

QStringList migrationFiles()
{
    return QDir(QStringLiteral(":/sql/sqlite")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
}

QStringList statements(const QString &script)
{
    QString code;
    for (const QString &line : script.split(QLatin1Char('\n')))
        if (!line.trimmed().startsWith(QLatin1String("--")))
            code += line + QLatin1Char('\n');
    QStringList out;
    for (const QString &s : code.split(QLatin1Char(';')))
        if (!s.trimmed().isEmpty())
            out.append(s.trimmed());
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

} // namespace

SqliteReportStore::SqliteReportStore(const FormatRegistry &registry)
    : m_registry(registry)
    , m_connection(QStringLiteral("report-store-%1").arg(quintptr(this), 0, 16))
{
}

SqliteReportStore::~SqliteReportStore()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString SqliteReportStore::defaultSqlitePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("reports.sqlite"));
}

int SqliteReportStore::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

bool SqliteReportStore::isLocked(const QSqlError &error)
{
    const QString code = error.nativeErrorCode(); // SQLITE_BUSY, SQLITE_LOCKED
    return code == QLatin1String("5") || code == QLatin1String("6") || error.text().contains(QLatin1String("database is locked"));
}

QString SqliteReportStore::why(const QSqlError &error) const
{
    static_assert(busyTimeoutMs == 5000, "PRAGMA busy_timeout in openSqlite says 5000");
    // SQLITE_BUSY / SQLITE_LOCKED after the busy timeout: another program holds the file; say so in words.
    const QString code = error.nativeErrorCode();
    if (isLocked(error))
        return tr("数据库 %1 正被另一个程序锁定（等了 %2 秒仍未释放），未作任何改动：请关闭正在写入它的程序后再试").arg(m_path).arg(busyTimeoutMs / 1000);
    // SQLITE_FULL: SQLite rolls the transaction back, so nothing is half-written.
    if (code == QLatin1String("13") || error.text().contains(QLatin1String("disk is full")))
        return tr("磁盘已满，%1 没有写入这次修改（数据库保持修改之前的样子）：请腾出磁盘空间后再试").arg(m_path);
    if (code == QLatin1String("11") || error.text().contains(QLatin1String("malformed")))
        return tr("数据库 %1 已损坏（%2）：请用“文件 ▸ 从备份恢复”或 disclosure-report restore 恢复最新的备份").arg(m_path, error.text());
    return error.text();
}

bool SqliteReportStore::fail(const QString &what, const QString &detail)
{
    m_error = detail.isEmpty() ? what : what + QStringLiteral("（") + detail + QStringLiteral("）");
    return false;
}

bool SqliteReportStore::exec(const QString &sql, const QVariantList &args)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        return fail(tr("数据库 %1 出错").arg(m_path), why(q.lastError()));
    for (const QVariant &a : args)
        q.addBindValue(a);
    if (!q.exec())
        return fail(tr("数据库 %1 出错").arg(m_path), why(q.lastError()));
    return true;
}

bool SqliteReportStore::openSqlite(const QString &path)
{
    if (m_db.isValid()) { // opened before: another file now
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_revisions.clear();
    m_error.clear();
    m_unusable = false;
    m_path = path;
    const QFileInfo info(path);
    const bool memory = isScratch(); // a scratch database (an import under review)
    if (!memory && info.exists() && !info.isFile())
        return fail(tr("%1 不是文件").arg(path), QString());
    if (!memory && !QDir().mkpath(info.absolutePath()))
        return fail(tr("无法创建目录 %1").arg(info.absolutePath()), QString());
    // A new database is the owner's alone, whatever the umask: SQLite gives its -wal and -shm the same mode.
    if (!memory && !info.exists()) {
        QString error;
        if (!createOwnerOnly(path, &error))
            return fail(tr("无法创建数据库 %1").arg(path), error);
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(tr("缺少 Qt 的 SQLite 驱动（Debian 软件包 libqt6sql6-sqlite）"), QString());
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    // A file or folder we may not write (a colleague's share, a CD, a locked-down folder): opened to be read, and said
    // so, rather than failing at the first edit. Immutable: SQLite then needs no -shm beside it.
    m_readOnly = !memory && info.exists() && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable());
    if (m_readOnly) {
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        m_db.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
    }
    if (!m_db.open())
        return fail(tr("无法打开数据库 %1").arg(path), why(m_db.lastError()));
    // The first statement reads the file header: a file that is not SQLite fails here, before anything is written.
    {
        QSqlQuery probe(m_db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            const QString reason = why(probe.lastError());
            if (isLocked(probe.lastError())) // locked, not foreign
                return fail(reason, QString());
            m_unusable = true;
            return fail(tr("%1 不是可用的数据库文件，未作任何改动").arg(path), reason);
        }
    }
    // Damaged pages: found now, before anything is written, rather than by the edit that reads them. The whole file is
    // read, which is quick for an office's database; a very large one is left to the pages as they are read.
    if (!memory && info.size() <= checkedOnOpenBytes) {
        QSqlQuery check(m_db);
        QStringList problems;
        if (!check.exec(QStringLiteral("PRAGMA quick_check(3)"))) {
            if (isLocked(check.lastError()))
                return fail(why(check.lastError()), QString());
            problems << check.lastError().text();
        }
        while (check.next())
            problems << check.value(0).toString();
        if (problems != QStringList{QStringLiteral("ok")}) {
            m_unusable = true;
            return fail(tr("数据库 %1 已损坏（SQLite 完整性检查：%2），未作任何改动：请从备份恢复").arg(path, problems.join(QStringLiteral("；"))),
                        QString());
        }
    }
    if (!exec(QStringLiteral("PRAGMA foreign_keys = ON")) || !exec(QStringLiteral("PRAGMA busy_timeout = 5000")))
        return false;
    if (!migrate())
        return false;
    // One of ours made before files were created owner-only: tightened now that it is known to be ours.
    if (!memory && !m_readOnly)
        for (const QString &f : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
            if (QFileInfo::exists(f))
                QFile::setPermissions(f, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

int SqliteReportStore::schemaVersion()
{
    return schemaVersionOf(m_db);
}

int SqliteReportStore::schemaVersionOf(const QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("meta")))
        return db.tables().isEmpty() ? 0 : -1;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(QStringLiteral("schema_version"));
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString SqliteReportStore::versionRefusal(const QString &path, int version)
{
    if (version < 0)
        return tr("%1 不是本程序的数据库，未作任何改动").arg(path);
    if (version > latestSchemaVersion())
        return tr("%1 由更新版本的程序创建（数据库版本 %2，本程序支持到 %3），未作任何改动").arg(path).arg(version).arg(latestSchemaVersion());
    return QString();
}

bool SqliteReportStore::migrate()
{
    const int current = schemaVersion();
    const QStringList files = migrationFiles();
    if (const QString refusal = versionRefusal(m_path, current); !refusal.isEmpty()) {
        m_unusable = true;
        return fail(refusal, QString());
    }
    if (m_readOnly) {
        // Nothing may be written: an older file cannot be brought up to date where it is.
        if (current < files.size())
            return fail(tr("%1 是只读的，又是旧版本程序的数据库，需要升级才能使用：请把它复制到可以写入的位置再打开").arg(m_path), QString());
        return true;
    }
    // Only now that the file is known to be ours: switching to WAL rewrites its header.
    if (!exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return false;
    for (int version = current + 1; version <= files.size(); ++version) {
        QFile file(QStringLiteral(":/sql/sqlite/") + files.at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("缺少数据库迁移脚本 %1").arg(file.fileName()), QString());
        if (!m_db.transaction())
            return fail(tr("数据库 %1 出错").arg(m_path), why(m_db.lastError()));
        bool ok = true;
        for (const QString &s : statements(QString::fromUtf8(file.readAll())))
            ok = ok && exec(s);
        ok = ok && exec(QStringLiteral("DELETE FROM meta WHERE key = ?"), {QStringLiteral("schema_version")})
            && exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"), {QStringLiteral("schema_version"), QString::number(version)});
        if (!ok || !m_db.commit()) {
            m_db.rollback();
            return fail(tr("数据库 %1 无法升级到版本 %2").arg(m_path).arg(version), m_error);
        }
    }
    return current == 0 || current >= 5 || sealSignedReports();
}

bool SqliteReportStore::sealSignedReports()
{
    // Reports signed before fingerprints were recorded: what they hold now is what they are vouched for from here on.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT a.name, r.year FROM report r JOIN agency a ON a.id = r.agency_id "
                               "WHERE r.signed_by IS NOT NULL AND r.signed_sha256 IS NULL")))
        return fail(tr("数据库 %1 出错").arg(m_path), why(q.lastError()));
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

std::optional<QVector<ReportStore::Entry>> SqliteReportStore::entries(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT a.name, r.year, r.signed_by, r.signed_at FROM report r JOIN agency a ON a.id = r.agency_id "
                               "ORDER BY a.name, r.year"))) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QVector<Entry> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), QDateTime::fromString(q.value(3).toString(), Qt::ISODate)});
    return out;
}

std::optional<QVector<ReportStore::Entry>> SqliteReportStore::list()
{
    QString error;
    auto out = entries(m_db, &error);
    if (!out)
        fail(tr("数据库 %1 出错").arg(m_path), error);
    return out;
}

qint64 SqliteReportStore::reportId(const QString &agency, int year)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT r.id FROM report r JOIN agency a ON a.id = r.agency_id WHERE a.name = ? AND r.year = ?"));
    q.addBindValue(agency);
    q.addBindValue(year);
    if (!q.exec()) {
        fail(tr("数据库 %1 出错").arg(m_path), why(q.lastError()));
        return -1;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 SqliteReportStore::writableReportId(const QString &agency, int year)
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
    return id;
}

bool SqliteReportStore::contains(const QString &agency, int year)
{
    return reportId(agency, year) > 0;
}

bool SqliteReportStore::bump(qint64 id, const QString &agency, int year)
{
    const auto seen = m_revisions.constFind(id);
    const QVariant expected = seen == m_revisions.cend() ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(*seen);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE report SET revision = revision + 1, modified_at = ? WHERE id = ? AND (? IS NULL OR revision = ?)"));
    for (const QVariant &v : {QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)), QVariant(id), expected, expected})
        q.addBindValue(v);
    if (!q.exec())
        return fail(tr("数据库 %1 出错").arg(m_path), why(q.lastError()));
    if (q.numRowsAffected() != 1)
        return fail(tr("%1 %2 年的报告在打开之后被别处（命令行、另一个窗口或另一位同事）改动过：这次修改没有保存，以免覆盖对方的修改。"
                       "请重新打开这份报告，看过对方的改动后再改")
                        .arg(agency)
                        .arg(year),
                    QString());
    q.prepare(QStringLiteral("SELECT revision FROM report WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return fail(tr("数据库 %1 出错").arg(m_path), why(q.lastError()));
    m_revisions.insert(id, q.value(0).toLongLong());
    return true;
}

bool SqliteReportStore::changedElsewhere(const QString &agency, int year)
{
    const qint64 id = reportId(agency, year);
    if (id <= 0)
        return true; // gone (or unreadable): whoever shows it should look again
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT revision FROM report WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    const auto seen = m_revisions.constFind(id);
    return seen != m_revisions.cend() && *seen != q.value(0).toLongLong();
}

qint64 SqliteReportStore::dataVersion()
{
    // SQLite's counter of commits by other connections to this file (this connection's own do not move it).
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
}

bool SqliteReportStore::load(const QString &agency, int year, Report *out)
{
    m_error.clear();
    const qint64 id = reportId(agency, year);
    if (id <= 0)
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT t2_form, t3_form, t4_form, title, issue_date, contact_person, contact_phone, contact_fax, "
                             "contact_address, revision FROM report WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return fail(tr("数据库 %1 出错").arg(m_path), why(q.lastError()));
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
    // Read before the cells: a write that slips in between makes this store's next write refuse (the safe side).
    const qint64 revision = q.value(9).toLongLong();

    const QString where = tr("数据库 %1 中 %2 %3 年的报告").arg(m_path, agency).arg(year);
    q.prepare(QStringLiteral("SELECT key, int_value, text_value, annotation, doubt FROM cell WHERE report_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(tr("数据库 %1 出错").arg(m_path), why(q.lastError()));
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
    }
    const ReportSchema schema = ReportSchema::forReport(m_registry, r);
    for (const QString &key : schema.keys())
        if (!r.cells.contains(key))
            return fail(where + tr("缺少单元格 %1").arg(key), QString());

    q.prepare(QStringLiteral("SELECT part, body FROM prose WHERE report_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(tr("数据库 %1 出错").arg(m_path), why(q.lastError()));
    while (q.next())
        r.prose.set(q.value(0).toString(), q.value(1).toString());
    *out = r;
    m_revisions.insert(id, revision);
    return true;
}

bool SqliteReportStore::writeReport(const Report &r, bool replace)
{
    if (!exec(QStringLiteral("INSERT INTO agency (name) SELECT ? WHERE NOT EXISTS (SELECT 1 FROM agency WHERE name = ?)"), {r.agency, r.agency}))
        return false;
    const qint64 existing = reportId(r.agency, r.year);
    if (existing < 0)
        return false;
    if (existing > 0) {
        if (signOff(r.agency, r.year))
            return fail(tr("%1 %2 年的报告已签发，只能查看；如需修改，请先撤回签发并说明原因").arg(r.agency).arg(r.year), QString());
        if (!replace)
            return fail(tr("%1 %2 年的报告已在数据库中（要替换它，请使用 --replace）").arg(r.agency).arg(r.year), QString());
        if (!exec(QStringLiteral("DELETE FROM report WHERE id = ?"), {existing}))
            return false;
    }
    if (!exec(QStringLiteral("INSERT INTO report (agency_id, year, t2_form, t3_form, t4_form, title, issue_date, contact_person, "
                             "contact_phone, contact_fax, contact_address, modified_at) "
                             "SELECT id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM agency WHERE name = ?"),
              {r.year, r.formats.t2, r.formats.t3, r.formats.t4, nullable(r.title),
               r.date ? QVariant(r.date->toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()),
               nullable(r.contact.person), nullable(r.contact.phone), nullable(r.contact.fax), nullable(r.contact.address),
               QDateTime::currentDateTimeUtc().toString(Qt::ISODate), r.agency}))
        return false;
    const qint64 id = reportId(r.agency, r.year);
    m_revisions.insert(id, 0); // written here: this store knows what it holds

    if (!writeCells(id, r))
        return false;
    for (const QString &part : Prose::parts()) {
        const auto text = r.prose.get(part);
        if (text && !exec(QStringLiteral("INSERT INTO prose (report_id, part, body) VALUES (?, ?, ?)"), {id, part, *text}))
            return false;
    }
    return true;
}

bool SqliteReportStore::writeCells(qint64 reportId, const Report &r)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO cell (report_id, key, int_value, text_value, annotation, doubt) VALUES (?, ?, ?, ?, ?, ?)"));
    for (auto it = r.cells.begin(); it != r.cells.end(); ++it) {
        const CellValue &v = it.value();
        q.addBindValue(reportId);
        q.addBindValue(it.key());
        q.addBindValue(v.isInteger() ? QVariant(v.toInteger()) : QVariant(QMetaType::fromType<qlonglong>()));
        q.addBindValue(v.isInteger() || v.isBlank() ? QVariant(QMetaType::fromType<QString>()) : QVariant(v.toString()));
        q.addBindValue(r.annotations.contains(it.key()) ? QVariant(r.annotations.value(it.key())) : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(r.doubts.contains(it.key()) ? QVariant(r.doubts.value(it.key())) : QVariant(QMetaType::fromType<QString>()));
        if (!q.exec())
            return fail(tr("数据库 %1 出错").arg(m_path), why(q.lastError()));
    }
    return true;
}

bool SqliteReportStore::setForms(const Report &report)
{
    m_error.clear();
    const qint64 id = writableReportId(report.agency, report.year);
    if (id <= 0)
        return false;
    return inTransaction([&] {
        return bump(id, report.agency, report.year)
            && exec(QStringLiteral("UPDATE report SET t2_form = ?, t3_form = ?, t4_form = ? WHERE id = ?"),
                    {report.formats.t2, report.formats.t3, report.formats.t4, id})
            && exec(QStringLiteral("DELETE FROM cell WHERE report_id = ?"), {id}) && writeCells(id, report);
    });
}

void SqliteReportStore::setBackups(const QString &folder, int keep)
{
    m_backupFolder = folder;
    m_keepBackups = qMax(0, keep);
    m_backedUp = QDate(); // a new folder gets today's copy at the next change
}

QString SqliteReportStore::backupFolder() const
{
    return m_backupFolder.isEmpty() ? QFileInfo(m_path).absoluteDir().filePath(QStringLiteral("backups")) : m_backupFolder;
}

void SqliteReportStore::backupIfDue()
{
    const QDate today = QDate::currentDate();
    if (isScratch() || m_keepBackups == 0 || m_backedUp == today)
        return;
    m_backedUp = today; // once a day, even when it fails: the change itself must go on
    m_backupWarning.clear();
    const QString folder = backupFolder();
    const QString base = QFileInfo(m_path).completeBaseName();
    const QString target = QDir(folder).filePath(QStringLiteral("%1-%2.sqlite").arg(base, today.toString(Qt::ISODate)));
    if (QFileInfo::exists(target))
        return;
    if (!QDir().mkpath(folder)) {
        m_backupWarning = tr("无法创建备份文件夹 %1").arg(folder);
        return;
    }
    if (!writeCopy(target, &m_backupWarning))
        return;
    // The newest `keep` stay (ISO dates sort by name).
    const QString dated = QStringLiteral("%1-%2-%3-%4.sqlite").arg(base, QString(4, QLatin1Char('?')), QString(2, QLatin1Char('?')), QString(2, QLatin1Char('?')));
    QStringList backups = QDir(folder).entryList({dated}, QDir::Files, QDir::Name);
    while (backups.size() > m_keepBackups)
        QFile::remove(QDir(folder).filePath(backups.takeFirst()));
}

bool SqliteReportStore::createOwnerOnly(const QString &path, QString *error)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return true;
    *error = file.errorString();
    return false;
}

bool SqliteReportStore::writeCopy(const QString &target, QString *error)
{
    // VACUUM INTO writes a consistent copy of the live (WAL) database into an empty file, made owner-only first.
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    QString reason;
    if (!createOwnerOnly(part, &reason)) {
        *error = tr("无法写入备份 %1（%2）").arg(part, reason);
        return false;
    }
    QSqlQuery vacuum(m_db);
    if (!vacuum.prepare(QStringLiteral("VACUUM INTO ?"))) {
        *error = tr("无法备份数据库 %1（%2）").arg(m_path, why(vacuum.lastError()));
        QFile::remove(part);
        return false;
    }
    vacuum.addBindValue(part);
    if (!vacuum.exec() || !QFile::rename(part, target)) {
        *error = tr("无法备份数据库 %1（%2）").arg(m_path, why(vacuum.lastError()));
        QFile::remove(part);
        return false;
    }
    return true;
}

bool SqliteReportStore::backupTo(const QString &file)
{
    m_error.clear();
    if (isScratch())
        return fail(tr("临时数据库没有备份"), QString());
    if (QFileInfo::exists(file))
        return fail(tr("%1 已经存在，未作任何改动").arg(file), QString());
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return fail(tr("无法创建目录 %1").arg(QFileInfo(file).absolutePath()), QString());
    QString error;
    return writeCopy(file, &error) || fail(error, QString());
}

QVector<ReportStore::BackupFile> SqliteReportStore::backups()
{
    return isScratch() ? QVector<BackupFile>() : backupsOf(m_path, backupFolder());
}

QVector<ReportStore::BackupFile> SqliteReportStore::backupsOf(const QString &path, const QString &folder)
{
    QVector<BackupFile> out;
    const QString base = QFileInfo(path).completeBaseName();
    const QDir dir(folder.isEmpty() ? QFileInfo(path).absoluteDir().filePath(QStringLiteral("backups")) : folder);
    for (const QFileInfo &f : dir.entryInfoList({base + QStringLiteral("-*.sqlite")}, QDir::Files, QDir::Time)) {
        QString error;
        if (const auto reports = peek(f.absoluteFilePath(), &error))
            out.append({f.absoluteFilePath(), f.lastModified(), *reports});
    }
    return out;
}

QString SqliteReportStore::newestBackup(const QString &path, const QString &folder)
{
    const auto all = backupsOf(path, folder);
    return all.isEmpty() ? QString() : all.constFirst().path;
}

bool SqliteReportStore::replaceWithBackup(const QString &path, const QString &backup, QString *setAside, QString *error)
{
    if (!peek(backup, error))
        return false;
    const QString aside = path + QStringLiteral(".unusable-") + timeStamp();
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    // The copy first (a backup is a closed file, never a live one), then the swap: a failure leaves all as it was.
    if (!QFile::copy(backup, part) || !QFile::setPermissions(part, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        QFile::remove(part);
        *error = tr("无法把备份 %1 复制到 %2 旁边").arg(backup, path);
        return false;
    }
    if (QFileInfo::exists(path) && !QFile::rename(path, aside)) {
        QFile::remove(part);
        *error = tr("无法把 %1 改名保留，未作任何改动").arg(path);
        return false;
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) // a journal belongs to its file
        if (QFileInfo::exists(path + suffix))
            QFile::rename(path + suffix, aside + suffix);
    if (!QFile::rename(part, path)) {
        QFile::rename(aside, path);
        QFile::remove(part);
        *error = tr("无法用备份替换 %1，原文件保持原样").arg(path);
        return false;
    }
    *setAside = aside;
    return true;
}

std::optional<QVector<ReportStore::Entry>> SqliteReportStore::peek(const QString &path, QString *error)
{
    if (!QFileInfo(path).isFile()) {
        *error = tr("%1 不存在").arg(path);
        return std::nullopt;
    }
    const QString connection = QStringLiteral("report-store-peek-%1").arg(quintptr(error), 0, 16);
    std::optional<QVector<Entry>> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.setDatabaseName(path);
        QSqlQuery probe(db);
        const bool readable = db.open() && probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        probe.finish();
        // An empty database (version 0) holds no report table: not a backup of ours either.
        const int version = readable ? schemaVersionOf(db) : -1;
        if (!readable) {
            *error = tr("%1 不是可用的数据库文件，未作任何改动").arg(path);
        } else if (const QString refusal = versionRefusal(path, version == 0 ? -1 : version); !refusal.isEmpty()) {
            *error = refusal;
        } else {
            QString detail;
            out = entries(db, &detail);
            if (!out)
                *error = tr("%1 不是可用的数据库文件，未作任何改动").arg(path);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return out;
}

bool SqliteReportStore::restoreFrom(const QString &file, QString *kept)
{
    m_error.clear();
    const QString source = QFileInfo(file).absoluteFilePath();
    if (isScratch() || source == QFileInfo(m_path).absoluteFilePath())
        return fail(tr("不能用数据库自身恢复"), QString());
    if (m_readOnly)
        return refuseReadOnly();
    QString error;
    if (!peek(source, &error))
        return fail(error, QString());
    // What is there now becomes a backup first: a restore can itself be undone.
    const QString keep = QDir(backupFolder()).filePath(QStringLiteral("%1-before-restore-%2.sqlite")
                                                           .arg(QFileInfo(m_path).completeBaseName(),
                                                                timeStamp()));
    if (!backupTo(keep))
        return false;
    // SQLite's online backup copies every page into the live database in one write transaction, under its locks
    // (never a file copy under an open connection); the WAL stays consistent.
    const QString connection = m_connection + QStringLiteral("-restore");
    bool ok = false;
    {
        QSqlDatabase from = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        from.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        from.setDatabaseName(source);
        if (!from.open()) {
            fail(tr("无法打开 %1").arg(source), why(from.lastError()));
        } else {
            auto handle = [](const QSqlDatabase &db) {
                const QVariant v = db.driver()->handle();
                return v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(v.constData()) : nullptr;
            };
            sqlite3 *to = handle(m_db);
            sqlite3 *src = handle(from);
            sqlite3_backup *backup = to && src ? sqlite3_backup_init(to, "main", src, "main") : nullptr;
            if (!backup) {
                fail(tr("无法从 %1 恢复").arg(source), to ? QString::fromUtf8(sqlite3_errmsg(to)) : QString());
            } else {
                const int rc = sqlite3_backup_step(backup, -1);
                sqlite3_backup_finish(backup);
                ok = rc == SQLITE_DONE || fail(tr("无法从 %1 恢复，数据库保持原样").arg(source), QString::fromUtf8(sqlite3_errstr(rc)));
            }
            from.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!ok)
        return false;
    *kept = keep;
    return migrate(); // a backup from an older version is brought up to date
}

bool SqliteReportStore::refuseReadOnly()
{
    return fail(tr("%1 是只读的，只能查看；未作任何改动").arg(m_path), QString());
}

bool SqliteReportStore::inTransaction(const std::function<bool()> &steps)
{
    if (m_readOnly)
        return refuseReadOnly();
    backupIfDue();
    if (!m_db.transaction())
        return fail(tr("数据库 %1 出错").arg(m_path), why(m_db.lastError()));
    const auto revisions = m_revisions; // what this store has seen, as it was if the write does not happen
    if (!steps()) {
        m_db.rollback();
        m_revisions = revisions;
        return false;
    }
    if (!m_db.commit()) {
        const QString detail = why(m_db.lastError());
        m_db.rollback();
        m_revisions = revisions;
        return fail(tr("数据库 %1 出错").arg(m_path), detail);
    }
    return true;
}

bool SqliteReportStore::save(const QVector<Report> &reports, bool replace)
{
    m_error.clear();
    return inTransaction([&] {
        return std::all_of(reports.cbegin(), reports.cend(), [&](const Report &r) { return writeReport(r, replace); });
    });
}

bool SqliteReportStore::setCells(const QString &agency, int year, const QMap<QString, CellValue> &cells, const QMap<QString, QString> &doubts)
{
    m_error.clear();
    const qint64 id = writableReportId(agency, year);
    if (id <= 0)
        return false;
    return inTransaction([&] {
        if (!bump(id, agency, year))
            return false;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE cell SET int_value = ?, text_value = ?, doubt = ? WHERE report_id = ? AND key = ?"));
        for (auto it = cells.begin(); it != cells.end(); ++it) {
            const CellValue &v = it.value();
            q.addBindValue(v.isInteger() ? QVariant(v.toInteger()) : QVariant(QMetaType::fromType<qlonglong>()));
            q.addBindValue(v.isInteger() || v.isBlank() ? QVariant(QMetaType::fromType<QString>()) : QVariant(v.toString()));
            q.addBindValue(doubts.contains(it.key()) ? QVariant(doubts.value(it.key())) : QVariant(QMetaType::fromType<QString>()));
            q.addBindValue(id);
            q.addBindValue(it.key());
            if (!q.exec() || q.numRowsAffected() != 1)
                return fail(tr("无法写入单元格 %1").arg(it.key()), why(q.lastError()));
        }
        return true;
    });
}

bool SqliteReportStore::setProse(const QString &agency, int year, const QString &part, const std::optional<QString> &text)
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
        return bump(id, agency, year) && exec(QStringLiteral("DELETE FROM prose WHERE report_id = ? AND part = ?"), {id, part})
            && (!text || exec(QStringLiteral("INSERT INTO prose (report_id, part, body) VALUES (?, ?, ?)"), {id, part, *text}));
    });
}

bool SqliteReportStore::setDetails(const Report &r)
{
    m_error.clear();
    const qint64 id = writableReportId(r.agency, r.year);
    if (id <= 0)
        return false;
    return inTransaction([&] {
        return bump(id, r.agency, r.year)
            && exec(QStringLiteral("UPDATE report SET title = ?, issue_date = ?, contact_person = ?, contact_phone = ?, contact_fax = ?, "
                                   "contact_address = ? WHERE id = ?"),
                    {nullable(r.title), r.date ? QVariant(r.date->toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()),
                     nullable(r.contact.person), nullable(r.contact.phone), nullable(r.contact.fax), nullable(r.contact.address), id});
    });
}

QStringList SqliteReportStore::agencies()
{
    QStringList names;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT name FROM agency ORDER BY name")))
        while (q.next())
            names.append(q.value(0).toString());
    return names;
}

bool SqliteReportStore::renameAgency(const QString &from, const QString &to, QList<int> years, QList<int> *moved)
{
    m_error.clear();
    const QString target = to.trimmed();
    if (target.isEmpty())
        return fail(tr("机关名称不能为空"), QString());
    if (target == from)
        return true;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT r.year, r.signed_by IS NOT NULL, a.name FROM report r JOIN agency a ON a.id = r.agency_id "
                             "WHERE a.name = ? OR a.name = ?"));
    q.addBindValue(from);
    q.addBindValue(target);
    if (!q.exec())
        return fail(tr("数据库 %1 出错").arg(m_path), why(q.lastError()));
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
        if (q.value(1).toBool())
            return fail(tr("%1 %2 年的报告已签发，不能改动机关名称").arg(from).arg(year), QString());
    }
    if (fromYears.isEmpty() && !agencies().contains(from))
        return fail(tr("数据库中没有机关“%1”").arg(from), QString());
    for (int year : qAsConst(fromYears))
        if (toYears.contains(year))
            return fail(tr("“%1”和“%2”都有 %3 年的报告，不能合并；请先删除其中一份").arg(from, target).arg(year), QString());
    const bool ok = inTransaction([&] {
        bool done = exec(QStringLiteral("INSERT INTO agency (name) SELECT ? WHERE NOT EXISTS (SELECT 1 FROM agency WHERE name = ?)"), {target, target});
        for (int year : qAsConst(fromYears))
            done = done
                && exec(QStringLiteral("UPDATE report SET agency_id = (SELECT id FROM agency WHERE name = ?), modified_at = ?, "
                                       "revision = revision + 1 WHERE agency_id = (SELECT id FROM agency WHERE name = ?) AND year = ?"),
                        {target, QDateTime::currentDateTimeUtc().toString(Qt::ISODate), from, year});
        // The old name goes once it names no report.
        return done
            && exec(QStringLiteral("DELETE FROM agency WHERE name = ? AND NOT EXISTS (SELECT 1 FROM report WHERE agency_id = agency.id)"), {from});
    });
    if (ok && moved)
        *moved = fromYears;
    return ok;
}

bool SqliteReportStore::remove(const QString &agency, int year)
{
    m_error.clear();
    const qint64 id = writableReportId(agency, year);
    if (id <= 0)
        return false;
    return inTransaction([&] { return bump(id, agency, year) && exec(QStringLiteral("DELETE FROM report WHERE id = ?"), {id}); });
}

bool SqliteReportStore::setAttachment(const QString &agency, int year, const QString &kind, const Attachment &attachment)
{
    m_error.clear();
    const qint64 id = writableReportId(agency, year);
    if (id <= 0)
        return false;
    return inTransaction([&] {
        return bump(id, agency, year) && exec(QStringLiteral("DELETE FROM attachment WHERE report_id = ? AND kind = ?"), {id, kind})
            && exec(QStringLiteral("INSERT INTO attachment (report_id, kind, mime_type, data) VALUES (?, ?, ?, ?)"),
                    {id, kind, attachment.mimeType, attachment.data});
    });
}

std::optional<SqliteReportStore::Attachment> SqliteReportStore::attachment(const QString &agency, int year, const QString &kind)
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
        fail(tr("数据库 %1 出错").arg(m_path), why(q.lastError()));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return Attachment{q.value(0).toString(), q.value(1).toByteArray()};
}

std::optional<SqliteReportStore::SignOffEvent> SqliteReportStore::signOff(const QString &agency, int year)
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

bool SqliteReportStore::sign(const QString &agency, int year, const QString &who)
{
    m_error.clear();
    if (who.trimmed().isEmpty())
        return fail(tr("签发需要签发人的姓名"), QString());
    const qint64 id = writableReportId(agency, year);
    if (id <= 0)
        return false;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return inTransaction([&] {
        // The revision check makes what is fingerprinted what the signer has seen.
        Report signedReport;
        if (!bump(id, agency, year) || !load(agency, year, &signedReport))
            return false;
        const QString digest = ReportDigest::sha256(signedReport, m_registry);
        return exec(QStringLiteral("UPDATE report SET signed_by = ?, signed_at = ?, signed_sha256 = ? WHERE id = ?"), {who.trimmed(), now, digest, id})
            && exec(QStringLiteral("INSERT INTO signoff_event (report_id, action, who, at, sha256) VALUES (?, 'sign', ?, ?, ?)"),
                    {id, who.trimmed(), now, digest});
    });
}

bool SqliteReportStore::reopen(const QString &agency, int year, const QString &who, const QString &reason)
{
    m_error.clear();
    if (reason.trimmed().isEmpty())
        return fail(tr("撤回签发需要说明原因"), QString());
    const qint64 id = reportId(agency, year);
    if (id <= 0)
        return id == 0 ? fail(tr("数据库中没有 %1 %2 年的报告").arg(agency).arg(year), QString()) : false;
    if (!signOff(agency, year))
        return fail(tr("%1 %2 年的报告尚未签发").arg(agency).arg(year), QString());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return inTransaction([&] {
        return bump(id, agency, year) && exec(QStringLiteral("UPDATE report SET signed_by = NULL, signed_at = NULL, signed_sha256 = NULL WHERE id = ?"), {id})
            && exec(QStringLiteral("INSERT INTO signoff_event (report_id, action, who, at, reason) VALUES (?, 'reopen', ?, ?, ?)"),
                    {id, who.trimmed(), now, reason.trimmed()});
    });
}

QVector<SqliteReportStore::SignOffEvent> SqliteReportStore::signOffHistory(const QString &agency, int year)
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
