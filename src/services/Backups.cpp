#include "Backups.h"

#include "Preferences.h"
#include "ReportStore.h"

#include <QDir>
#include <QFileInfo>

void Backups::configure(ReportStore &store)
{
    const Preferences preferences;
    store.setBackups(preferences.backupFolder(), preferences.backupKeep());
}

QString Backups::backup(ReportStore &store, const QString &to, QString *error)
{
    const QString target = !to.isEmpty() ? to
                                         : QDir(store.backupFolder())
                                               .filePath(QStringLiteral("%1-%2.sqlite").arg(QFileInfo(store.location()).completeBaseName(), ReportStore::timeStamp()));
    if (store.backupTo(target))
        return target;
    *error = store.lastError();
    return QString();
}

bool Backups::restore(ReportStore &store, const QString &file, QString *kept, QString *error)
{
    if (store.restoreFrom(file, kept))
        return true;
    *error = store.lastError();
    return false;
}

void Backups::keepDayWork(ReportStore &store)
{
    store.backupDayWork();
}
