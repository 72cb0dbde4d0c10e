#include "ReportListModel.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace {

// An index's internal id: 0 for an agency's row; for a year's, its agency's row + 1.
constexpr quintptr agencyRow = 0;

} // namespace

ReportListModel::ReportListModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

bool ReportListModel::readPage(QVector<Agency> *into, QString *error)
{
    const auto page = m_store->agenciesWithReports(into->isEmpty() ? QString() : into->constLast().name, pageSize);
    if (!page) {
        if (error)
            *error = m_store->lastError();
        return false;
    }
    for (const ReportStore::AgencyReports &a : *page)
        into->append({a.agency, a.reports});
    m_complete = page->size() < pageSize;
    return true;
}

bool ReportListModel::refresh(ReportStore &store, QString *error)
{
    // The agencies whose years were read stay read (the view keeps them expanded): as many pages as were there.
    QSet<QString> wereRead;
    for (const Agency &a : qAsConst(m_agencies))
        if (a.read)
            wereRead.insert(a.name);
    const int pages = std::max<int>(1, int((m_agencies.size() + pageSize - 1) / pageSize));
    m_store = &store;
    QVector<Agency> agencies;
    for (int i = 0; i < pages && (i == 0 || !m_complete); ++i)
        if (!readPage(&agencies, error))
            return false;
    // A desktop's few agencies are shown expanded: their years read at once, in one statement.
    const bool few = m_complete && agencies.size() <= fewAgencies;
    QHash<QString, QVector<ReportStore::Entry>> all;
    if (few) {
        const auto entries = store.list();
        if (!entries) {
            *error = store.lastError();
            return false;
        }
        for (const ReportStore::Entry &e : *entries)
            all[e.agency].append(e);
    }
    for (Agency &a : agencies)
        if (few) {
            a.years = all.value(a.name);
            a.reports = int(a.years.size());
            a.read = true;
        } else if (wereRead.contains(a.name)) {
            const auto years = store.list(a.name);
            if (!years) {
                *error = store.lastError();
                return false;
            }
            a.years = *years;
            a.reports = int(a.years.size());
            a.read = true;
        }
    beginResetModel();
    m_agencies = std::move(agencies);
    endResetModel();
    return true;
}

bool ReportListModel::readYears(int agency)
{
    Agency &a = m_agencies[agency];
    if (a.read || !m_store)
        return true;
    const auto years = m_store->list(a.name);
    if (!years)
        return false;
    a.read = true;
    if (years->isEmpty()) {
        a.reports = 0;
        return true;
    }
    beginInsertRows(index(agency, 0), 0, int(years->size()) - 1);
    a.years = *years;
    a.reports = int(a.years.size());
    endInsertRows();
    return true;
}

QModelIndex ReportListModel::indexOf(const QString &agency, int year)
{
    int row = -1;
    for (;;) {
        for (int i = 0; i < m_agencies.size() && row < 0; ++i)
            if (m_agencies.at(i).name == agency)
                row = i;
        const qsizetype before = m_agencies.size();
        if (row >= 0 || !canFetchMore(QModelIndex()))
            break;
        fetchMore(QModelIndex());
        if (m_agencies.size() == before)
            break; // the page could not be read
    }
    if (row < 0 || !readYears(row))
        return QModelIndex();
    const QVector<ReportStore::Entry> &years = m_agencies.at(row).years;
    for (int y = 0; y < years.size(); ++y)
        if (years.at(y).year == year)
            return index(y, 0, index(row, 0));
    return QModelIndex();
}

QVector<ReportStore::Entry> ReportListModel::reportsOf(const QModelIndex &agency)
{
    if (!agency.isValid() || agency.internalId() != agencyRow || !readYears(agency.row()))
        return {};
    return m_agencies.at(agency.row()).years;
}

QModelIndex ReportListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return QModelIndex();
    if (!parent.isValid())
        return row < m_agencies.size() ? createIndex(row, 0, agencyRow) : QModelIndex();
    if (parent.internalId() != agencyRow || parent.row() >= m_agencies.size() || row >= m_agencies.at(parent.row()).years.size())
        return QModelIndex();
    return createIndex(row, 0, quintptr(parent.row()) + 1);
}

QModelIndex ReportListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == agencyRow)
        return QModelIndex();
    return createIndex(int(child.internalId() - 1), 0, agencyRow);
}

int ReportListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_agencies.size());
    if (parent.column() != 0 || parent.internalId() != agencyRow)
        return 0;
    return int(m_agencies.at(parent.row()).years.size());
}

int ReportListModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool ReportListModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_agencies.isEmpty();
    return parent.internalId() == agencyRow && m_agencies.at(parent.row()).reports > 0;
}

QVariant ReportListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    if (index.internalId() == agencyRow) {
        const Agency &a = m_agencies.at(index.row());
        if (role == Qt::DisplayRole || role == AgencyRole)
            return a.name;
        return QVariant();
    }
    const ReportStore::Entry &e = m_agencies.at(int(index.internalId() - 1)).years.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (e.isSigned())
            return tr("%1 年 ✔ 已签发").arg(e.year);
        if (e.review != QLatin1String("draft"))
            return tr("%1 年 · %2").arg(e.year).arg(ReportStore::reviewStateName(e.review));
        return tr("%1 年").arg(e.year);
    case Qt::ToolTipRole:
        if (!e.isSigned())
            return QVariant();
        return e.signedRole.isEmpty() || e.signedRole == e.signedBy
            ? tr("%1 于 %2 签发").arg(e.signedBy, QLocale().toString(e.signedAt.toLocalTime(), QLocale::ShortFormat))
            : tr("%1（登录名 %2）于 %3 签发").arg(e.signedBy, e.signedRole, QLocale().toString(e.signedAt.toLocalTime(), QLocale::ShortFormat));
    case AgencyRole:
        return e.agency;
    case YearRole:
        return e.year;
    default:
        return QVariant();
    }
}

QVariant ReportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("报告");
    return QVariant();
}

Qt::ItemFlags ReportListModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

bool ReportListModel::canFetchMore(const QModelIndex &parent) const
{
    if (!m_store)
        return false;
    if (!parent.isValid())
        return !m_complete;
    return parent.internalId() == agencyRow && !m_agencies.at(parent.row()).read;
}

void ReportListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (parent.isValid()) {
        readYears(parent.row());
        return;
    }
    QVector<Agency> more{m_agencies.constLast()}; // the page after the last agency read
    if (!readPage(&more, nullptr)) {
        m_complete = true; // not asked again and again by the view; the next refresh reads it
        return;
    }
    if (more.size() == 1)
        return;
    beginInsertRows(QModelIndex(), int(m_agencies.size()), int(m_agencies.size() + more.size() - 2));
    m_agencies.append(more.mid(1));
    endInsertRows();
}
