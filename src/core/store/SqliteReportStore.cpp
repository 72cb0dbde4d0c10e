#include "SqliteReportStore.h"

#include "Fingerprint.h"
#include "ReportSchema.h"
#include "SqlSchema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>

SqliteReportStore::SqliteReportStore(const FormatRegistry &registry)
    : SqlReportStore(registry, QStringLiteral("sqlite"))
{
    // Who a write records on a desktop: the login name (else the home folder's name, as a service account has it).
    QString user = QDir::home().dirName();
    for (const char *name : {"USERNAME", "LOGNAME", "USER"})
        if (const QString value = qEnvironmentVariable(name); !value.isEmpty())
            user = value;
    connection().user = user;
    connection().explain = [this](const QSqlError &error) { return why(error); };
    connection().beforeWrite = [this] {
        backupIfDue();
        m_changedSinceCopy = true;
    };
}

QString SqliteReportStore::defaultSqlitePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("reports.sqlite"));
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
        return tr("数据库 %1 正被另一个程序锁定（等了 %2 秒仍未释放），未作任何改动：请关闭正在写入它的程序后再试").arg(location()).arg(busyTimeoutMs / 1000);
    // SQLITE_FULL: SQLite rolls the transaction back, so nothing is half-written.
    if (code == QLatin1String("13") || error.text().contains(QLatin1String("disk is full")))
        return tr("磁盘已满，%1 没有写入这次修改（数据库保持修改之前的样子）：请腾出磁盘空间后再试").arg(location());
    if (code == QLatin1String("11") || error.text().contains(QLatin1String("malformed")))
        return tr("数据库 %1 已损坏（%2）：请用“文件 ▸ 从备份恢复”或 disclosure-report restore 恢复最新的备份").arg(location(), error.text());
    return databaseError(error);
}

bool SqliteReportStore::openSqlite(const QString &path)
{
    connection().close(); // opened before: another file now
    forgetWhatWasSeen();
    connection().error.clear();
    m_unusable = false;
    connection().location = path;
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
    QSqlDatabase &sqlite = connection().open(QStringLiteral("QSQLITE"));
    sqlite.setDatabaseName(path);
    // A file or folder we may not write (a colleague's share, a CD, a locked-down folder): opened to be read, and said
    // so, rather than failing at the first edit. Immutable: SQLite then needs no -shm beside it.
    connection().readOnly = (!memory && info.exists() && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()));
    if (isReadOnly()) {
        sqlite.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        sqlite.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
    }
    if (!sqlite.open())
        return fail(tr("无法打开数据库 %1").arg(path), why(sqlite.lastError()));
    // The first statement reads the file header: a file that is not SQLite fails here, before anything is written.
    {
        QSqlQuery probe(connection().db());
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
        QSqlQuery check(connection().db());
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
    if (!connection().exec(QStringLiteral("PRAGMA foreign_keys = ON")) || !connection().exec(QStringLiteral("PRAGMA busy_timeout = 5000")))
        return false;
    bool refused = false;
    // Only once the file is known to be ours is it switched to WAL, which rewrites its header.
    if (!migrate(&refused, [this] { return connection().exec(QStringLiteral("PRAGMA journal_mode = WAL")); })) {
        m_unusable = refused;
        return false;
    }
    // One of ours made before files were created owner-only: tightened now that it is known to be ours.
    if (!memory && !isReadOnly())
        for (const QString &f : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
            if (QFileInfo::exists(f))
                QFile::setPermissions(f, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void SqliteReportStore::setBackups(const QString &folder, int keep)
{
    m_backupFolder = folder;
    m_keepBackups = qMax(0, keep);
    m_backedUp = QDate(); // a new folder gets today's copy at the next change
}

QString SqliteReportStore::backupFolder() const
{
    return m_backupFolder.isEmpty() ? QFileInfo(location()).absoluteDir().filePath(QStringLiteral("backups")) : m_backupFolder;
}

void SqliteReportStore::backupIfDue()
{
    const QDate today = QDate::currentDate();
    if (isScratch() || m_keepBackups == 0 || m_backedUp == today)
        return;
    m_backedUp = today; // once a day, even when it fails: the change itself must go on
    m_backupWarning.clear();
    const QString folder = backupFolder();
    const QString base = QFileInfo(location()).completeBaseName();
    const QString target = QDir(folder).filePath(QStringLiteral("%1-%2.sqlite").arg(base, today.toString(Qt::ISODate)));
    if (QFileInfo::exists(target))
        return;
    if (!QDir().mkpath(folder)) {
        m_backupWarning = tr("无法创建备份文件夹 %1").arg(folder);
        return;
    }
    if (!writeCopy(target, &m_backupWarning))
        return;
    keepNewest(QStringLiteral("%1-????-??-??.sqlite").arg(base));
}

void SqliteReportStore::keepNewest(const QString &pattern)
{
    // ISO dates sort by name.
    const QString folder = backupFolder();
    QStringList backups = QDir(folder).entryList({pattern}, QDir::Files, QDir::Name);
    while (backups.size() > m_keepBackups)
        QFile::remove(QDir(folder).filePath(backups.takeFirst()));
}

void SqliteReportStore::backupDayWork()
{
    if (isScratch() || m_keepBackups == 0 || !m_changedSinceCopy || isReadOnly())
        return;
    const QString folder = backupFolder();
    const QString base = QFileInfo(location()).completeBaseName();
    const QString target = QDir(folder).filePath(QStringLiteral("%1-%2-closed.sqlite").arg(base, QDate::currentDate().toString(Qt::ISODate)));
    const QString fresh = target + QStringLiteral(".new");
    QFile::remove(fresh);
    m_backupWarning.clear();
    if (!QDir().mkpath(folder) || !writeCopy(fresh, &m_backupWarning))
        return;
    // The earlier copy of the day goes only once the new one is whole.
    if ((QFileInfo::exists(target) && !QFile::remove(target)) || !QFile::rename(fresh, target)) {
        m_backupWarning = tr("无法写入备份 %1").arg(target);
        QFile::remove(fresh);
        return;
    }
    m_changedSinceCopy = false;
    keepNewest(QStringLiteral("%1-????-??-??-closed.sqlite").arg(base));
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
    QSqlQuery vacuum(connection().db());
    if (!vacuum.prepare(QStringLiteral("VACUUM INTO ?"))) {
        *error = tr("无法备份数据库 %1（%2）").arg(location(), why(vacuum.lastError()));
        QFile::remove(part);
        return false;
    }
    vacuum.addBindValue(part);
    if (!vacuum.exec() || !QFile::rename(part, target)) {
        *error = tr("无法备份数据库 %1（%2）").arg(location(), why(vacuum.lastError()));
        QFile::remove(part);
        return false;
    }
    return true;
}

bool SqliteReportStore::backupTo(const QString &file)
{
    connection().error.clear();
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
    return isScratch() ? QVector<BackupFile>() : backupsOf(location(), backupFolder());
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
        const int version = readable ? SqlSchema::versionOf(db) : -1;
        if (!readable) {
            *error = tr("%1 不是可用的数据库文件，未作任何改动").arg(path);
        } else if (const QString refusal = SqlSchema::refusal(path, version == 0 ? -1 : version); !refusal.isEmpty()) {
            *error = refusal;
        } else {
            QString detail;
            out = SqlReports::entries(db, version, &detail);
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
    connection().error.clear();
    const QString source = QFileInfo(file).absoluteFilePath();
    if (isScratch() || source == QFileInfo(location()).absoluteFilePath())
        return fail(tr("不能用数据库自身恢复"), QString());
    if (isReadOnly())
        return connection().refuseReadOnly();
    QString error;
    if (!peek(source, &error))
        return fail(error, QString());
    // What is there now becomes a backup first: a restore can itself be undone.
    const QString keep = QDir(backupFolder()).filePath(QStringLiteral("%1-before-restore-%2.sqlite")
                                                           .arg(QFileInfo(location()).completeBaseName(),
                                                                timeStamp()));
    if (!backupTo(keep))
        return false;
    // SQLite's online backup copies every page into the live database in one write transaction, under its locks
    // (never a file copy under an open connection); the WAL stays consistent.
    const QString restoring = QStringLiteral("report-restore-%1").arg(quintptr(this), 0, 16);
    bool ok = false;
    {
        QSqlDatabase from = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), restoring);
        from.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        from.setDatabaseName(source);
        if (!from.open()) {
            fail(tr("无法打开 %1").arg(source), why(from.lastError()));
        } else {
            auto handle = [](const QSqlDatabase &db) {
                const QVariant v = db.driver()->handle();
                return v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(v.constData()) : nullptr;
            };
            sqlite3 *to = handle(connection().db());
            sqlite3 *src = handle(from);
            connection().forgetStatements(); // the file changes under them
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
    QSqlDatabase::removeDatabase(restoring);
    if (!ok)
        return false;
    *kept = keep;
    forgetWhatWasSeen(); // every report may differ now
    return migrate(); // a backup from an older version is brought up to date
}
