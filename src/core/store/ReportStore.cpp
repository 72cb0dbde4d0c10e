#include "ReportStore.h"

#include "SqliteReportStore.h"

#include <QCoreApplication>
#include <QDateTime>

std::unique_ptr<ReportStore> ReportStore::open(const FormatRegistry &registry, const QString &location, QString *error, bool *unusable)
{
    if (location.contains(QLatin1String("://"))) { // a server's address is not a file to create
        *error = QCoreApplication::translate("ReportStore", "%1 是数据库服务器的地址：这个版本只能使用 SQLite 数据库文件").arg(location);
        return nullptr;
    }
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

QString ReportStore::timeStamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
}

QString ReportStore::defaultLocation()
{
    return SqliteReportStore::defaultSqlitePath();
}
