#pragma once

#include <QStandardItemModel>

class ReportStore;

// The reports in the database, by agency then year.
class ReportListModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Roles { AgencyRole = Qt::UserRole + 1, YearRole };

    explicit ReportListModel(QObject *parent = nullptr);
    // Reloads from the store; false with the store's message when it cannot be read.
    bool refresh(ReportStore &store, QString *error);
    QModelIndex indexOf(const QString &agency, int year) const;
};
