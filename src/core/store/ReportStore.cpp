#include "ReportStore.h"

#include "PostgresReportStore.h"
#include "SqliteReportStore.h"

#include <QCoreApplication>
#include <QDateTime>

std::unique_ptr<ReportStore> ReportStore::open(const FormatRegistry &registry, const QString &location, QString *error, bool *unusable,
                                               const PasswordPrompt &askPassword)
{
    if (PostgresReportStore::isUrl(location)) {
        auto store = std::make_unique<PostgresReportStore>(registry);
        bool needsPassword = false;
        if (store->openUrl(location, QString(), &needsPassword))
            return store;
        // libpq found no password (~/.pgpass, PGPASSWORD) or a wrong one: asked once, used for this connection only.
        if (needsPassword && askPassword) {
            const std::optional<QString> password = askPassword(PostgresReportStore::displayUrl(location));
            if (password && store->openUrl(location, *password))
                return store;
        }
        *error = store->lastError();
        return nullptr;
    }
    if (location.contains(QLatin1String("://"))) { // another kind of server's address is not a file to create
        *error = QCoreApplication::translate("ReportStore", "%1 不是本程序能用的数据库：请给出 SQLite 数据库文件的路径，或 postgresql://用户@主机[:端口]/数据库名")
                     .arg(location);
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

QString ReportStore::reviewStateName(const QString &state)
{
    if (state == QLatin1String("submitted"))
        return QCoreApplication::translate("ReportStore", "待审核");
    if (state == QLatin1String("returned"))
        return QCoreApplication::translate("ReportStore", "退回");
    if (state == QLatin1String("approved"))
        return QCoreApplication::translate("ReportStore", "审核通过");
    return QCoreApplication::translate("ReportStore", "草稿");
}

bool ReportStore::isServer(const QString &location)
{
    return PostgresReportStore::isUrl(location);
}

QString ReportStore::newestBackup(const QString &location, const QString &folder)
{
    if (isServer(location))
        return QString(); // the server's backups are its administrator's
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

std::optional<ReportStore::SignOffEvent> ReportStore::signOff(const QString &agency, int year)
{
    const auto entry = status(agency, year);
    if (!entry || !entry->isSigned())
        return std::nullopt;
    return SignOffEvent{QStringLiteral("sign"), entry->signedBy, entry->signedRole, entry->signedAt, QString(), entry->sha256};
}

QString ReportStore::reviewState(const QString &agency, int year)
{
    const auto entry = status(agency, year);
    return entry ? entry->review : QStringLiteral("draft");
}

QString ReportStore::actionName(const QString &action)
{
    if (action == QLatin1String("submit"))
        return QCoreApplication::translate("ReportStore", "提交审核");
    if (action == QLatin1String("return"))
        return QCoreApplication::translate("ReportStore", "退回");
    if (action == QLatin1String("approve"))
        return QCoreApplication::translate("ReportStore", "审核通过");
    if (action == QLatin1String("sign"))
        return QCoreApplication::translate("ReportStore", "签发");
    return QCoreApplication::translate("ReportStore", "撤回签发");
}
