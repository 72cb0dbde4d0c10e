#include "ReportStore.h"

#include "SqliteReportStore.h"

std::unique_ptr<ReportStore> ReportStore::open(const FormatRegistry &registry, const QString &location, QString *error, bool *unusable)
{
    auto store = std::make_unique<SqliteReportStore>(registry);
    if (!store->openSqlite(location.isEmpty() ? defaultLocation() : location)) {
        *error = store->lastError();
        if (unusable)
            *unusable = store->fileUnusable();
        return nullptr;
    }
    return store;
}

QString ReportStore::newestBackup(const QString &location, const QString &folder)
{
    return SqliteReportStore::newestBackup(location.isEmpty() ? defaultLocation() : location, folder);
}

bool ReportStore::replaceWithBackup(const QString &location, const QString &backup, QString *setAside, QString *error)
{
    return SqliteReportStore::replaceWithBackup(location.isEmpty() ? defaultLocation() : location, backup, setAside, error);
}

QString ReportStore::defaultLocation()
{
    return SqliteReportStore::defaultSqlitePath();
}
