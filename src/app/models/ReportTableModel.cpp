#include "ReportTableModel.h"

#include "ReportDocument.h"

#include <QBrush>
#include <QColor>
#include <QFont>

ReportTableModel::ReportTableModel(ReportDocument *document, const QString &table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_format(document->schema().tableOf(table + QLatin1Char('.')))
{
    Q_ASSERT(m_format);
    for (const GridRow &row : m_format->body)
        if (row.optionalBlock.isEmpty() || document->schema().hasBlock(row.optionalBlock))
            m_rows.append(&row);
    for (int r = 0; r < m_rows.size(); ++r)
        for (const GridCell &c : m_rows[r]->cells)
            if (!c.valueKey.isEmpty())
                m_keyIndex.insert(c.valueKey, QPoint(c.column, r));
    connect(document, &ReportDocument::cellsChanged, this, &ReportTableModel::onCellsChanged);
    connect(document, &ReportDocument::findingsChanged, this, &ReportTableModel::onFindingsChanged);
}

QVector<GridCell> ReportTableModel::spans() const
{
    QVector<GridCell> out;
    for (int r = 0; r < m_rows.size(); ++r)
        for (GridCell c : m_rows[r]->cells)
            if (c.rowSpan > 1 || c.columnSpan > 1) {
                c.row = r;
                out.append(c);
            }
    return out;
}

const GridCell *ReportTableModel::cellAt(int row, int column) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    for (const GridCell &c : m_rows[row]->cells)
        if (c.column == column)
            return &c;
    return nullptr; // covered by a span
}

QModelIndex ReportTableModel::indexOfKey(const QString &key) const
{
    const auto it = m_keyIndex.constFind(key);
    return it == m_keyIndex.constEnd() ? QModelIndex() : index(it->y(), it->x());
}

QString ReportTableModel::keyAt(const QModelIndex &index) const
{
    const GridCell *c = index.isValid() ? cellAt(index.row(), index.column()) : nullptr;
    return c ? c->valueKey : QString();
}

bool ReportTableModel::isComputed(const QModelIndex &index) const
{
    const ValueCellDef *def = m_document->schema().cell(keyAt(index));
    return def && def->computed;
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_format->gridColumns();
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const GridCell *cell = cellAt(index.row(), index.column());
    if (!cell)
        return QVariant();
    const GridRow *row = m_rows[index.row()];
    if (cell->valueKey.isEmpty()) { // a label
        switch (role) {
        case Qt::DisplayRole:
            // Printed one character per line, like the form's 三、本年度办理结果.
            return cell->vertical ? cell->text.split(QString(), Qt::SkipEmptyParts).join(QLatin1Char('\n')) : cell->text;
        case Qt::TextAlignmentRole:
            return int((row->role == RowRole::Subheader || cell->vertical ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignVCenter);
        case Qt::BackgroundRole:
            return QBrush(row->role == RowRole::Caption ? QColor(0xe8, 0xee, 0xf6) : QColor(0xf6, 0xf6, 0xf4));
        case Qt::FontRole:
            if (row->role != RowRole::Data) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return QVariant();
        default:
            return QVariant();
        }
    }
    const QString &key = cell->valueKey;
    const CellValue value = m_document->report().cell(key);
    switch (role) {
    case Qt::DisplayRole: {
        const QString note = m_document->report().annotations.value(key);
        return note.isEmpty() ? value.toString() : value.toString() + note;
    }
    case Qt::EditRole:
        return value.toString();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        QStringList lines{m_document->schema().cellName(key), key};
        if (isComputed(index))
            lines.append(tr("自动计算的合计"));
        for (const Finding &f : m_document->findingsFor(key))
            lines.append(f.message);
        if (m_document->isDoubtful(key))
            lines.append(tr("导入时未能确定：%1（核对原文后按 Enter 确认）").arg(m_document->report().doubts.value(key)));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::BackgroundRole: {
        const auto findings = m_document->findingsFor(key);
        bool error = false, warning = false;
        for (const Finding &f : findings)
            (f.severity == Severity::Error ? error : warning) = true;
        // The import's mark first: a marked cell that also breaks a rule keeps its violet, the error in its text.
        if (m_document->isDoubtful(key))
            return QBrush(QColor(0xdf, 0xd8, 0xfb)); // violet: read by the importer without certainty
        if (error)
            return QBrush(QColor(0xfb, 0xd5, 0xd5));
        if (warning)
            return QBrush(QColor(0xfd, 0xf1, 0xc8));
        if (isComputed(index))
            return QBrush(QColor(0xe9, 0xe9, 0xe9));
        return QVariant();
    }
    case Qt::ForegroundRole: {
        if (!m_document->isDoubtful(key))
            return QVariant();
        for (const Finding &f : m_document->findingsFor(key))
            if (f.severity == Severity::Error)
                return QBrush(QColor(0xb0, 0x00, 0x00)); // the error of a marked cell, over the mark's colour
        return QVariant();
    }
    case Qt::FontRole:
        if (isComputed(index)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QVariant();
    case CellKeyRole:
        return key;
    case ComputedRole:
        return isComputed(index);
    case DoubtRole:
        return m_document->report().doubts.value(key);
    case SeverityRole: {
        int worst = 0;
        for (const Finding &f : m_document->findingsFor(key))
            worst = qMax(worst, f.severity == Severity::Error ? 2 : 1);
        return worst;
    }
    default:
        return QVariant();
    }
}

bool ReportTableModel::parse(const QModelIndex &index, const QString &text, CellValue *out, QString *error) const
{
    const ValueCellDef *def = m_document->schema().cell(keyAt(index));
    if (!def) {
        *error = tr("这里不是可填写的单元格");
        return false;
    }
    if (def->computed) {
        *error = tr("%1是自动计算的合计，不能直接填写").arg(m_document->schema().cellName(def->key));
        return false;
    }
    if (m_document->isReadOnly()) {
        *error = tr("报告已签发，只能查看；如需修改，请先撤回签发");
        return false;
    }
    return CellValue::parse(def->type, text, out, error);
}

bool ReportTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    CellValue parsed;
    QString error;
    if (!parse(index, value.toString(), &parsed, &error)) {
        emit editRefused(index, error);
        return false;
    }
    const QString key = keyAt(index);
    if (parsed == m_document->report().cell(key) && parsed.toString() == m_document->report().cell(key).toString()) {
        m_document->confirmCells({key}); // the clerk typed what the import read: that is a confirmation
        return true;
    }
    m_document->editCells({{key, parsed}}, tr("填写 %1").arg(m_document->schema().cellName(key)));
    return true;
}

Qt::ItemFlags ReportTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    const GridCell *cell = cellAt(index.row(), index.column());
    if (!cell)
        return Qt::NoItemFlags;
    if (cell->valueKey.isEmpty())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!isComputed(index) && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The printed header rows are drawn by SpanHeaderView; this is what assistive tools and copies see.
    if (role != Qt::DisplayRole || section < 0)
        return QVariant();
    if (orientation == Qt::Vertical)
        return section < m_rows.size() ? QVariant(section + 1) : QVariant();
    if (section >= m_format->gridColumns())
        return QVariant();
    QString leaf;
    for (const GridRow &row : m_format->header)
        for (const GridCell &c : row.cells)
            if (c.column <= section && section < c.column + c.columnSpan)
                leaf = c.text;
    return leaf;
}

void ReportTableModel::onCellsChanged(const QStringList &keys)
{
    for (const QString &key : keys) {
        const QModelIndex i = indexOfKey(key);
        if (i.isValid())
            emit dataChanged(i, i);
    }
}

void ReportTableModel::onFindingsChanged()
{
    // Highlights follow the findings anywhere in the table.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole, Qt::ToolTipRole, SeverityRole});
}
