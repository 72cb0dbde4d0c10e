#pragma once

#include <QCoreApplication>

class ReportStore;

// A database file's backups, one call for the window (设置, 从备份恢复) and the command line (`backup`, `restore`).
// A server's database is its administrator's to back up (pg_dump): refused with a message saying so.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
public:
    // The daily backups as 设置 chose them (folder, how many kept).
    static void configure(ReportStore &store);
    // When the window closes: the day's work kept beside the daily backups (ReportStore::backupDayWork).
    static void keepDayWork(ReportStore &store);
    // A backup now, to `to` or beside the daily ones named by the minute; its path, or "" with *error.
    static QString backup(ReportStore &store, const QString &to, QString *error);
    // The database's content replaced by a backup's; what was there is first kept as a backup (*kept).
    static bool restore(ReportStore &store, const QString &file, QString *kept, QString *error);
};
