#pragma once

#include "ReportStore.h"

#include <QAbstractItemModel>

// The reports in the database, by agency then year — read as the view shows them: the agencies a page at a time as the
// list is scrolled (ReportStore::agenciesWithReports), an agency's years when it is expanded (ReportStore::list). A
// province's database (20 000 agencies, 100 000 reports) is never held whole.
class ReportListModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles { AgencyRole = Qt::UserRole + 1, YearRole };
    static constexpr int pageSize = 500;   // agencies read at a time
    static constexpr int fewAgencies = 200; // up to this many, every agency's years are read at once (and shown)

    explicit ReportListModel(QObject *parent = nullptr);
    // Reads again from the store (the first page, and the years of agencies that were read before); false with the
    // store's message when it cannot be read.
    bool refresh(ReportStore &store, QString *error);
    // The report's row, reading on until its agency and years are there; invalid when it is not in the database.
    QModelIndex indexOf(const QString &agency, int year);
    // An agency's reports (its years read when they were not yet).
    QVector<ReportStore::Entry> reportsOf(const QModelIndex &agency);
    // Few agencies (fewAgencies at most): their years are all read, and the list is shown expanded.
    bool isSmall() const { return m_complete && m_agencies.size() <= fewAgencies; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Agency
    {
        QString name;
        int reports = 0;
        bool read = false; // its years
        QVector<ReportStore::Entry> years;
    };
    bool readPage(QVector<Agency> *into, QString *error);
    bool readYears(int agency);

    ReportStore *m_store = nullptr;
    QVector<Agency> m_agencies;
    bool m_complete = true;
};
