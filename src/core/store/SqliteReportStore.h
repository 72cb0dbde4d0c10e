#pragma once

#include "SqlReportStore.h"

#include <QDate>

// The embedded default store: a SQLite file through Qt's QSQLITE driver. What is the file's own lives here — opening
// it safely (not ours, damaged, locked, read-only), its daily backups and restoring one; the reports themselves are
// SqlReportStore's. The schema is migrated forward on open (a database written by a newer program is refused
// untouched).
class SqliteReportStore : public SqlReportStore
{
    Q_DECLARE_TR_FUNCTIONS(SqliteReportStore)
public:
    explicit SqliteReportStore(const FormatRegistry &registry);

    // reports.sqlite under QStandardPaths::AppDataLocation.
    static QString defaultSqlitePath();

    // Opens (creating when absent) a SQLite file and migrates it to the latest schema; ":memory:" is a scratch
    // database that lives as long as the store.
    bool openSqlite(const QString &path);
    // After openSqlite failed: the file is there but cannot be used as it is (see ReportStore::open).
    bool fileUnusable() const { return m_unusable; }
    static QString newestBackup(const QString &path, const QString &folder);
    static bool replaceWithBackup(const QString &path, const QString &backup, QString *setAside, QString *error);
    // The whole file is checked on opening (PRAGMA quick_check) up to this size; beyond it damage is found where read.
    // quick_check reads every page: ~0.4 s for the 237 MB of 10 000 reports, most of a window's start (bench_startup)
    // and paid again by every batch worker's connection; 64 MB is ~2 700 reports, checked in ~0.1 s.
    static constexpr qint64 checkedOnOpenBytes = 64LL * 1024 * 1024;

    void setBackups(const QString &folder, int keep) override;
    void backupDayWork() override;
    QString backupFolder() const override;
    QString backupWarning() const override { return m_backupWarning; }
    QVector<BackupFile> backups() override;
    static QVector<BackupFile> backupsOf(const QString &path, const QString &folder); // newest first
    bool backupTo(const QString &file) override;
    bool restoreFrom(const QString &file, QString *kept) override;
    // The reports in a database file, read without writing anything (not even a journal); nullopt with *error
    // when it is not one of ours or is from a newer version.
    static std::optional<QVector<Entry>> peek(const QString &path, QString *error);

private:
    QString why(const QSqlError &error) const; // SQLite's errors in words (locked, disk full, damaged)
    static bool isLocked(const QSqlError &error); // another program holds the file
    static constexpr int busyTimeoutMs = 5000; // how long a write waits for another program's lock: not forever
    bool isScratch() const { return location() == QLatin1String(":memory:"); }
    void backupIfDue(); // before a change: the day's backup, once
    void keepNewest(const QString &pattern); // the newest m_keepBackups of the backups matching a name pattern
    static bool createOwnerOnly(const QString &path, QString *error); // an empty file only its owner may read
    bool writeCopy(const QString &target, QString *error); // VACUUM INTO an owner-only file, renamed when whole

    bool m_unusable = false; // why openSqlite failed: the file's content, not its circumstances
    QString m_backupFolder; // empty: beside the database
    int m_keepBackups = 14;
    QDate m_backedUp; // the day whose backup was taken (or tried)
    bool m_changedSinceCopy = false; // written since the last copy: a close keeps the day's work
    QString m_backupWarning;
};
