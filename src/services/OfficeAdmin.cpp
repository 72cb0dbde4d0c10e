#include "OfficeAdmin.h"

#include "AgencyTreeCsv.h"

#include <QFile>

int OfficeAdmin::importTree(ReportStore &store, const QString &csvPath, QString *error)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("无法读取 %1（%2）").arg(csvPath, file.errorString());
        return -1;
    }
    const auto nodes = AgencyTreeCsv::read(file.readAll(), error);
    if (!nodes) {
        *error = QStringLiteral("%1：%2").arg(csvPath, *error);
        return -1;
    }
    if (!store.setAgencyParents(*nodes)) {
        *error = store.lastError();
        return -1;
    }
    return int(nodes->size());
}

bool OfficeAdmin::setParent(ReportStore &store, const QString &agency, const QString &parent, QString *error)
{
    if (store.setAgencyParents({{agency, parent}}))
        return true;
    *error = store.lastError();
    return false;
}

QString OfficeAdmin::rightOf(const QString &kind)
{
    return kind == QLatin1String("clerk") ? QStringLiteral("write") : kind == QLatin1String("reviewer") ? QStringLiteral("review") : QString();
}

bool OfficeAdmin::addAccount(ReportStore &store, const QString &kind, const QString &name, const QString &password, const QStringList &agencies,
                             QString *error)
{
    if (!store.addAccount(name, password, kind)) {
        *error = store.lastError();
        return false;
    }
    return rightOf(kind).isEmpty() || setRights(store, name, rightOf(kind), agencies, true, error);
}

bool OfficeAdmin::setRights(ReportStore &store, const QString &name, const QString &right, const QStringList &agencies, bool granted, QString *error)
{
    for (const QString &agency : agencies)
        if (!store.setRight(name, agency, right, granted)) {
            *error = store.lastError();
            return false;
        }
    return true;
}

bool OfficeAdmin::removeAccount(ReportStore &store, const QString &name, QString *error)
{
    if (store.removeAccount(name))
        return true;
    *error = store.lastError();
    return false;
}
