#include "ReviewSteps.h"

#include "ReportStore.h"

QStringList ReviewSteps::actions()
{
    return {QStringLiteral("submit"), QStringLiteral("approve"), QStringLiteral("return"), QStringLiteral("sign"), QStringLiteral("reopen")};
}

bool ReviewSteps::take(ReportStore &store, const QString &agency, int year, const QString &action, const QString &name, const QString &reason,
                       QString *error)
{
    bool done = false;
    if (action == QLatin1String("sign"))
        done = store.sign(agency, year, name);
    else if (action == QLatin1String("reopen"))
        done = store.reopen(agency, year, name, reason);
    else if (actions().contains(action))
        done = store.review(agency, year, action, name, reason);
    else {
        *error = tr("未知的审核操作 %1（submit、approve、return、sign 或 reopen）").arg(action);
        return false;
    }
    if (!done)
        *error = store.lastError();
    return done;
}
