#include "ReportStore.h"

#include "SqliteReportStore.h"

std::unique_ptr<ReportStore> ReportStore::open(const FormatRegistry &registry, const QString &location, QString *error)
{
    auto store = std::make_unique<SqliteReportStore>(registry);
    if (!store->openSqlite(location.isEmpty() ? defaultLocation() : location)) {
        *error = store->lastError();
        return nullptr;
    }
    return store;
}

QString ReportStore::defaultLocation()
{
    return SqliteReportStore::defaultSqlitePath();
}
