#pragma once

#include "ReportStore.h"

#include <QCoreApplication>

// An office's administration, one call for the window (汇总's 机关层级, 机关与账号) and the command line (`agencies`,
// `access`): the agency tree, and on a server the accounts — who writes which agency's reports, who reviews which
// region. On a server the database checks that the login administers the office; a file has no accounts.
class OfficeAdmin
{
    Q_DECLARE_TR_FUNCTIONS(OfficeAdmin)
public:
    // The tree from a CSV file (AgencyTreeCsv: 机关,上级机关 per line): the number of agencies set, or -1 with *error.
    static int importTree(ReportStore &store, const QString &csvPath, QString *error);
    // One agency's parent (empty: at the top).
    static bool setParent(ReportStore &store, const QString &agency, const QString &parent, QString *error);
    // A clerk ("clerk": writes `agencies`), a reviewer ("reviewer": reviews the regions `agencies`) or an administrator
    // ("admin"); the login is made with `password` when new (else put in the group, its password changed if one is given).
    static bool addAccount(ReportStore &store, const QString &kind, const QString &name, const QString &password, const QStringList &agencies,
                           QString *error);
    // `right` "write" or "review" of each agency granted or revoked.
    static bool setRights(ReportStore &store, const QString &name, const QString &right, const QStringList &agencies, bool granted, QString *error);
    static bool removeAccount(ReportStore &store, const QString &name, QString *error);
    // The right an account of `kind` is given for its agencies: clerk → write, reviewer → review, admin → none.
    static QString rightOf(const QString &kind);
};
