#include "FindingsModel.h"

#include "ReportDocument.h"
#include "ReportSchema.h"


namespace {

bool isBlankCell(const Finding &f)
{
    return f.rule == QLatin1String("cell.blank") && !f.fix;
}

QString tableLabel(const QString &table)
{
    if (table == QLatin1String("t2"))
        return FindingsModel::tr("表二");
    if (table == QLatin1String("t3"))
        return FindingsModel::tr("表三");
    if (table == QLatin1String("t4"))
        return FindingsModel::tr("表四");
    return table;
}

} // namespace

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void FindingsModel::setDocument(ReportDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &ReportDocument::findingsChanged, this, &FindingsModel::rebuild);
        connect(document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    rebuild();
}

void FindingsModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
}

void FindingsModel::rebuild()
{
    beginResetModel();
    m_findings = m_document ? m_document->findings() : QVector<Finding>();
    m_rows.clear();
    if (m_document) {
        QVector<Row> warnings;
        QVector<Row> blanks; // one per table, in printed order
        for (int i = 0; i < m_findings.size(); ++i) {
            const Finding &f = m_findings[i];
            if (f.severity == Severity::Error) {
                if (m_filter != Filter::Warnings)
                    m_rows.append({i, QString(), {}});
                continue;
            }
            if (m_filter == Filter::Errors)
                continue;
            if (!isBlankCell(f)) {
                warnings.append({i, QString(), {}});
                continue;
            }
            const QString table = f.anchor().section(QLatin1Char('.'), 0, 0);
            if (blanks.isEmpty() || blanks.last().table != table)
                blanks.append({-1, table, {}});
            blanks.last().children.append(i);
        }
        m_rows += warnings;
        m_rows += blanks;
    }
    endResetModel();
}

const Finding *FindingsModel::finding(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalId() != 0)
        return &m_findings[m_rows[int(index.internalId()) - 1].children[index.row()]];
    const Row &row = m_rows[index.row()];
    return row.finding >= 0 ? &m_findings[row.finding] : nullptr;
}

QModelIndex FindingsModel::indexOfAnchor(const QString &key) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].finding >= 0 && m_findings[m_rows[r].finding].anchor() == key)
            return index(r, 0);
        for (int c = 0; c < m_rows[r].children.size(); ++c)
            if (m_findings[m_rows[r].children[c]].anchor() == key)
                return index(c, 0, index(r, 0));
    }
    return QModelIndex();
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    // A child's internal id is its summary row + 1; top-level rows have 0.
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return QModelIndex();
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_rows[parent.row()].children.size());
}

int FindingsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Finding *f = finding(index);
    if (!f) { // a summary of one table's blank cells
        const Row &row = m_rows[index.row()];
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1：还有 %n 个单元格未填写", nullptr, int(row.children.size())).arg(tableLabel(row.table));
        case Qt::ToolTipRole:
            return tr("展开可逐一查看；填写数字或 0 后即从这里消失");
        case Qt::DecorationRole:
            return m_icons.value(-1);
        case AnchorRole:
            return m_findings[row.children.first()].anchor();
        case SeverityRole:
            return int(Severity::Warning);
        case HasFixRole:
            return false;
        default:
            return QVariant();
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return f->message;
    case Qt::DecorationRole:
        return m_icons.value(int(f->severity));
    case Qt::ToolTipRole:
        return QStringLiteral("%1 · %2\n%3").arg(f->severity == Severity::Error ? tr("错误") : tr("警告"), f->rule, f->cells.join(QStringLiteral(", ")));
    case AnchorRole:
        return f->anchor();
    case RuleRole:
        return f->rule;
    case HasFixRole:
        return f->hasFix();
    case SeverityRole:
        return int(f->severity);
    default:
        return QVariant();
    }
}

void FindingsModel::setIcons(const QIcon &error, const QIcon &warning, const QIcon &summary)
{
    m_icons = {{int(Severity::Error), error}, {int(Severity::Warning), warning}, {-1, summary}};
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DecorationRole});
}
