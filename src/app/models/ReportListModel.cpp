#include "ReportListModel.h"

#include "ReportStore.h"

#include <QLocale>

ReportListModel::ReportListModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("报告")});
}

bool ReportListModel::refresh(ReportStore &store, QString *error)
{
    const auto entries = store.list();
    if (!entries) {
        *error = store.lastError();
        return false;
    }
    removeRows(0, rowCount());
    QStandardItem *agency = nullptr;
    for (const auto &e : *entries) {
        if (!agency || agency->text() != e.agency) {
            agency = new QStandardItem(e.agency);
            agency->setEditable(false);
            agency->setData(e.agency, AgencyRole);
            appendRow(agency);
        }
        auto *year = new QStandardItem(e.signedBy.isEmpty() ? tr("%1 年").arg(e.year) : tr("%1 年 ✔ 已签发").arg(e.year));
        year->setEditable(false);
        if (!e.signedBy.isEmpty())
            year->setToolTip(e.signedRole.isEmpty() || e.signedRole == e.signedBy
                                 ? tr("%1 于 %2 签发").arg(e.signedBy, QLocale().toString(e.signedAt.toLocalTime(), QLocale::ShortFormat))
                                 : tr("%1（登录名 %2）于 %3 签发").arg(e.signedBy, e.signedRole, QLocale().toString(e.signedAt.toLocalTime(), QLocale::ShortFormat)));
        else if (e.review != QLatin1String("draft"))
            year->setText(tr("%1 年 · %2").arg(e.year).arg(ReportStore::reviewStateName(e.review)));
        year->setData(e.agency, AgencyRole);
        year->setData(e.year, YearRole);
        agency->appendRow(year);
    }
    return true;
}

QModelIndex ReportListModel::indexOf(const QString &agency, int year) const
{
    for (int a = 0; a < rowCount(); ++a) {
        const QStandardItem *ag = item(a);
        if (ag->text() != agency)
            continue;
        for (int y = 0; y < ag->rowCount(); ++y)
            if (ag->child(y)->data(YearRole).toInt() == year)
                return ag->child(y)->index();
    }
    return QModelIndex();
}
