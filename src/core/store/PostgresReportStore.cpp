#include "PostgresReportStore.h"

#include "SqlSchema.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QUrlQuery>

PostgresReportStore::PostgresReportStore(const FormatRegistry &registry)
    : SqlReportStore(registry, QStringLiteral("postgresql"))
{
    connection().explain = [this](const QSqlError &error) {
        m_lost = m_lost || isLost(error);
        return why(error);
    };
}

bool PostgresReportStore::isUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString PostgresReportStore::displayUrl(const QString &location, QString *error)
{
    const QUrl url(location, QUrl::StrictMode);
    const QString database = url.path().mid(1);
    QString problem;
    if (!url.isValid())
        problem = tr("%1 不是有效的数据库地址（%2）").arg(location, url.errorString());
    else if (database.isEmpty() || database.contains(QLatin1Char('/')))
        problem = tr("数据库地址 %1 缺少数据库名：应写成 postgresql://用户@主机[:端口]/数据库名").arg(url.toString(QUrl::RemovePassword));
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return QString();
    }
    return url.toString(QUrl::RemovePassword);
}

bool PostgresReportStore::openUrl(const QString &location, const QString &password, bool *needsPassword)
{
    forgetWhatWasSeen();
    m_location = location;
    m_password = password;
    return connectServer(needsPassword);
}

bool PostgresReportStore::reconnect()
{
    connection().error.clear();
    if (!connectServer(nullptr) || !subscribe()) {
        m_lost = true; // still: the window keeps trying
        return false;
    }
    return true;
}

bool PostgresReportStore::ping()
{
    if (connectionLost())
        return false;
    QSqlQuery q(connection().db());
    if (q.exec(QStringLiteral("SELECT 1")))
        return true;
    m_lost = true; // nothing else makes this fail
    return false;
}

bool PostgresReportStore::listen(const std::function<void(const QString &)> &changed)
{
    m_changed = changed;
    return subscribe();
}

bool PostgresReportStore::subscribe()
{
    if (!m_changed)
        return true;
    QSqlDriver *driver = connection().db().driver();
    if (!driver->subscribeToNotification(QStringLiteral("disclosure_report_changed")))
        return connection().failDatabase(driver->lastError());
    // The driver is the connection's: a new connection (reconnect) subscribes again. Our own changes are already ours.
    QObject::connect(driver, &QSqlDriver::notification, driver, [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &payload) {
        if (source == QSqlDriver::OtherSource && m_changed)
            m_changed(payload.toString());
    });
    return true;
}

bool PostgresReportStore::isLost(const QSqlError &error)
{
    // SQLSTATE class 08 (connection exception) and 57P01–03 (the server shut down or restarting); libpq's own
    // failures carry no SQLSTATE, only words.
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")))
        return true;
    const QString text = error.text();
    for (const char *words : {"server closed the connection", "terminating connection", "no connection to the server", "could not send data",
                              "could not receive data", "Connection refused", "could not connect", "connection not open",
                              "No such file or directory"})
        if (text.contains(QLatin1String(words), Qt::CaseInsensitive))
            return true;
    return false;
}

bool PostgresReportStore::connectServer(bool *needsPassword)
{
    connection().error.clear();
    m_lost = false;
    const QString &location = m_location;
    const QString &password = m_password;
    if (needsPassword)
        *needsPassword = false;
    QString problem;
    const QString shown = displayUrl(location, &problem);
    if (shown.isEmpty())
        return fail(problem, QString());
    connection().location = shown;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(tr("缺少 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql），无法连接 %1").arg(shown), QString());
    const QUrl url(location);
    QSqlDatabase &server = connection().open(QStringLiteral("QPSQL"));
    server.setDatabaseName(url.path().mid(1));
    const QString socketDir = QUrlQuery(url).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (!socketDir.isEmpty())
        server.setHostName(socketDir);
    else if (!url.host().isEmpty())
        server.setHostName(url.host());
    if (url.port() > 0)
        server.setPort(url.port());
    if (!url.userName().isEmpty())
        server.setUserName(url.userName(QUrl::FullyDecoded));
    connection().user = url.userName(QUrl::FullyDecoded); // until the server says who it is
    const QString secret = password.isEmpty() ? url.password(QUrl::FullyDecoded) : password;
    if (!secret.isEmpty())
        server.setPassword(secret);
    // Over a network that goes silent (no reset, no answer), a statement would wait for TCP to give up — many minutes
    // with the window frozen: keepalives and a user timeout make it fail in about ten seconds instead (libpq ignores
    // them on a Unix socket). The statements are kept prepared (SqlConnection::query), so after five runs PostgreSQL
    // plans one once for any values: the reads of many reports are written to go through the indexes by the reports'
    // ids whatever the plan. (Planning every run instead, plan_cache_mode=force_custom_plan, also made the server
    // plan its own foreign-key checks and triggers afresh for every row: a report's cells took 4 ms to insert, 1.5 ms
    // without.)
    server.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=disclosure-report;keepalives=1;keepalives_idle=10;"
                                            "keepalives_interval=3;keepalives_count=3;tcp_user_timeout=10000"));
    if (!server.open()) {
        const QString text = server.lastError().text();
        if (needsPassword)
            *needsPassword = text.contains(QLatin1String("no password supplied")) || text.contains(QLatin1String("password authentication failed"));
        m_lost = isLost(server.lastError());
        return fail(tr("无法连接数据库服务器 %1").arg(shown), why(server.lastError()));
    }
    // Who writes is the login (the database records session_user itself; this is for messages and the program's
    // own checks); whether it owns the database decides who may bring the schema up to date.
    QString owner;
    bool makesRoles = false;
    {
        QSqlQuery q(server);
        if (q.exec(QStringLiteral("SELECT session_user, r.rolname, r.rolcreaterole OR r.rolsuper FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba "
                                  "WHERE d.datname = current_database()"))
            && q.next()) {
            connection().user = q.value(0).toString();
            owner = q.value(1).toString();
            makesRoles = q.value(2).toBool();
        }
    }
    const int version = SqlSchema::versionOf(server);
    if (version >= 0 && version < SqlSchema::latestVersion() && connection().user != owner)
        return fail(version == 0 ? tr("服务器上的数据库 %1 还没有建立：请它的所有者（管理员 %2）先用本程序连接一次").arg(shown, owner)
                                 : tr("服务器上的数据库 %1 是旧版本（%2），需要升级：请它的所有者（管理员 %3）先用新版程序连接一次")
                                       .arg(shown)
                                       .arg(version)
                                       .arg(owner));
    // The office's group roles are made at set-up (schema 8): said before anything is made, not half-way.
    if (version >= 0 && version < 8 && !makesRoles)
        return fail(tr("服务器上的数据库 %1 的所有者 %2 没有 CREATEROLE 权限，无法建立办公室的用户组（填报人、审核人、管理员），未作任何改动："
                       "请服务器的管理员执行 ALTER ROLE %2 CREATEROLE 后再连接")
                        .arg(shown, owner));
    // Two programs starting at once against a new or older database: one migrates, the other waits and finds it done.
    QSqlQuery lock(server);
    if (!lock.exec(QStringLiteral("SELECT pg_advisory_lock(7340211)")))
        return connection().failDatabase(lock.lastError());
    const bool migrated = migrate();
    lock.exec(QStringLiteral("SELECT pg_advisory_unlock(7340211)"));
    return migrated;
}

bool PostgresReportStore::backupTo(const QString &)
{
    return fail(tr("服务器上的数据库 %1 由数据库管理员备份（pg_dump），本程序不备份它").arg(location()), QString());
}

bool PostgresReportStore::restoreFrom(const QString &, QString *)
{
    return fail(tr("服务器上的数据库 %1 由数据库管理员恢复（pg_restore），本程序不恢复它").arg(location()), QString());
}

QString PostgresReportStore::why(const QSqlError &error) const
{
    const QString text = error.text();
    const QString code = error.nativeErrorCode(); // SQLSTATE
    if (code == QLatin1String("42501") || text.contains(QLatin1String("row-level security")) || text.contains(QLatin1String("permission denied")))
        return text.contains(QLatin1String("CONNECT privilege"))
            ? tr("数据库用户 %1 不能连接这个数据库：办公室的管理员还没有为它开通账号（disclosure-report access 或“机关与账号”）").arg(user())
            : tr("数据库用户 %1 没有这样做的权限（由办公室的管理员在“机关与账号”中授予）：%2").arg(user(), text);
    if (text.contains(QLatin1String("Connection refused")) || text.contains(QLatin1String("could not connect")) || text.contains(QLatin1String("No such file or directory")))
        return tr("服务器没有响应，请确认地址、端口以及服务器已经启动：%1").arg(text);
    if (isLost(error)) // the window says so and reconnects by itself (ChangeWatch)
        return tr("与服务器的连接已断开，这次修改没有保存：程序正在自动重新连接，连上后可以再做一次");
    return databaseError(error);
}
