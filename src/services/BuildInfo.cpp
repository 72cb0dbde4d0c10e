#include "BuildInfo.h"

#include "BuildCommit.h"
#include "SqlSchema.h"

#include <QCoreApplication>

QString BuildInfo::version()
{
    return QStringLiteral(DR_VERSION);
}

QString BuildInfo::commit()
{
    return QStringLiteral(DR_COMMIT);
}

QString BuildInfo::qtVersion()
{
    const QString running = QString::fromLatin1(qVersion());
    return running == QLatin1String(QT_VERSION_STR)
        ? running
        : QCoreApplication::translate("BuildInfo", "%1（编译时 %2）").arg(running, QLatin1String(QT_VERSION_STR));
}

int BuildInfo::schemaVersion()
{
    return SqlSchema::latestVersion();
}

QString BuildInfo::describe()
{
    return QCoreApplication::translate("BuildInfo", "版本：%1\n提交：%2\nQt：%3\n数据库结构版本：%4")
        .arg(version(), commit(), qtVersion())
        .arg(schemaVersion());
}
