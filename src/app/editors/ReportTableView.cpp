#include "ReportTableView.h"

#include "CellDelegate.h"
#include "ReportDocument.h"
#include "ReportTableModel.h"
#include "SpanHeaderView.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QLabel>

#include <cmath>
#include <numeric>

ReportTableView::ReportTableView(QWidget *parent)
    : QTableView(parent)
    , m_delegate(new CellDelegate(this))
    , m_cellMessage(new QLabel(viewport()))
{
    m_cellMessage->setObjectName(QStringLiteral("cellMessage"));
    m_cellMessage->setWordWrap(true);
    m_cellMessage->setForegroundRole(QPalette::ToolTipText);
    m_cellMessage->setBackgroundRole(QPalette::ToolTipBase);
    m_cellMessage->setAutoFillBackground(true);
    m_cellMessage->setFrameShape(QFrame::Box);
    m_cellMessage->setMargin(4);
    m_cellMessage->hide();
    setItemDelegate(m_delegate);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setWordWrap(true);
    setTabKeyNavigation(true);
    verticalHeader()->hide();
    connect(m_delegate, &CellDelegate::refused, this, &ReportTableView::showCellMessage);
}

void ReportTableView::showCellMessage(const QModelIndex &index, const QString &text)
{
    m_messageIndex = index.isValid() ? index : currentIndex();
    m_cellMessage->setText(text);
    placeCellMessage();
    m_cellMessage->show();
    m_cellMessage->raise();
    emit message(text);
}

void ReportTableView::hideCellMessage()
{
    if (m_cellMessage->isHidden())
        return;
    m_cellMessage->hide();
    emit messageWithdrawn(m_cellMessage->text()); // and its copy in the status bar
}

QString ReportTableView::cellMessage() const
{
    return m_cellMessage->isVisible() ? m_cellMessage->text() : QString();
}

void ReportTableView::placeCellMessage()
{
    const QRect cell = visualRect(m_messageIndex);
    const int width = qMin(viewport()->width() - 8, qMax(cell.width(), fontMetrics().averageCharWidth() * 36));
    m_cellMessage->setFixedWidth(width);
    m_cellMessage->adjustSize();
    const QSize size = m_cellMessage->size();
    // Below the cell, or above it when the viewport ends there; kept within the viewport horizontally.
    const int y = cell.bottom() + size.height() + 2 <= viewport()->height() ? cell.bottom() + 2 : qMax(0, cell.top() - size.height() - 2);
    const int x = qBound(0, cell.right() - size.width(), qMax(0, viewport()->width() - size.width()));
    m_cellMessage->move(x, y);
}

bool ReportTableView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    const bool editing = QTableView::edit(index, trigger, event);
    if (editing && index != m_messageIndex)
        hideCellMessage(); // a new edit elsewhere: the old reason is history
    return editing;
}

void ReportTableView::scrollContentsBy(int dx, int dy)
{
    QTableView::scrollContentsBy(dx, dy);
    if (m_cellMessage->isVisible())
        placeCellMessage();
}

void ReportTableView::setReportModel(ReportTableModel *model)
{
    m_model = model;
    setModel(model);
    m_header = new SpanHeaderView(model->format().header, this);
    setHorizontalHeader(m_header);
    m_header->setModel(model);
    m_header->setVisible(!model->format().header.isEmpty());
    clearSpans();
    for (const GridCell &c : model->spans())
        setSpan(c.row, c.column, c.rowSpan, c.columnSpan);
    // Printed widths in mm, scaled to the screen; numbers need room for seven digits.
    const QVector<double> &mm = model->format().widthsMm;
    const double pxPerMm = logicalDpiX() / 25.4 * 1.15;
    m_naturalWidths.clear();
    for (int c = 0; c < mm.size(); ++c)
        m_naturalWidths.append(qMax(int(mm[c] * pxPerMm), fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 12));
    fitColumns();
    connect(model, &ReportTableModel::editRefused, this, &ReportTableView::showCellMessage);
    // A value stored in the cell answers its message.
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        if (m_messageIndex.isValid() && m_messageIndex.row() >= from.row() && m_messageIndex.row() <= to.row()
            && m_messageIndex.column() >= from.column() && m_messageIndex.column() <= to.column())
            hideCellMessage();
    });
}

void ReportTableView::fitColumns()
{
    if (!m_model || model() != m_model || m_naturalWidths.isEmpty())
        return; // no report open (the window clears the model on closing one)
    // The width there is, a vertical scroll bar allowed for: no horizontal scrolling on a laptop's screen.
    const int available = maximumViewportSize().width() - style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this) - 2;
    QVector<int> widths = m_naturalWidths;
    int total = std::accumulate(widths.begin(), widths.end(), 0);
    if (total > available && available > 0) {
        // Label columns give first, down to four characters (their text wraps); then the number columns, down to
        // five digits.
        QVector<bool> label(widths.size(), true);
        for (int r = 0; r < m_model->rowCount(); ++r)
            for (int c = 0; c < widths.size(); ++c)
                if (m_model->isValueCell(m_model->index(r, c)))
                    label[c] = false;
        const int labelMin = fontMetrics().horizontalAdvance(QStringLiteral("四个汉字")) + 12;
        const int numberMin = fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 10;
        for (bool labels : {true, false}) {
            int give = 0;
            for (int c = 0; c < widths.size(); ++c)
                if (label[c] == labels)
                    give += qMax(0, widths[c] - (labels ? labelMin : numberMin));
            const int excess = total - available;
            if (give <= 0 || excess <= 0)
                continue;
            for (int c = 0; c < widths.size(); ++c) {
                if (label[c] != labels)
                    continue;
                const int room = qMax(0, widths[c] - (labels ? labelMin : numberMin));
                const int cut = qMin(room, int(std::ceil(double(excess) * room / give)));
                widths[c] -= cut;
                total -= cut;
            }
        }
    }
    for (int c = 0; c < widths.size(); ++c)
        setColumnWidth(c, widths[c]);
    fitRows();
}

void ReportTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

void ReportTableView::fitRows()
{
    const QFontMetrics fm(font());
    const int minimum = fm.height() + 10;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        int height = minimum;
        for (int c = 0; c < m_model->columnCount(); ++c) {
            if (rowSpan(r, c) != 1 || m_model->flags(m_model->index(r, c)) == Qt::NoItemFlags)
                continue;
            int width = 0;
            for (int k = c; k < c + columnSpan(r, c); ++k)
                width += columnWidth(k);
            const QString text = m_model->index(r, c).data().toString();
            height = qMax(height, fm.boundingRect(QRect(0, 0, width - 10, 10000), Qt::TextWordWrap, text).height() + 10);
        }
        setRowHeight(r, height);
    }
}

void ReportTableView::selectKey(const QString &key)
{
    const QModelIndex i = m_model ? m_model->indexOfKey(key) : QModelIndex();
    if (!i.isValid())
        return;
    setCurrentIndex(i);
    scrollTo(i);
    setFocus(Qt::OtherFocusReason);
}

QModelIndex ReportTableView::below(const QModelIndex &index) const
{
    // The next value cell down the same column, stepping over labels and span-covered slots.
    for (int r = index.row() + 1; r < m_model->rowCount(); ++r) {
        const QModelIndex i = m_model->index(r, index.column());
        if (m_model->isValueCell(i))
            return i;
    }
    return index;
}

void ReportTableView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copy();
        return;
    }
    if (event == QKeySequence::Paste) {
        paste();
        return;
    }
    if (event->key() == Qt::Key_Escape)
        hideCellMessage();
    if (state() != EditingState) {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            // On cells an import marked, Enter confirms what they hold (the clerk has checked them against the
            // source) and goes on to the next marked cell, so the marks are walked one Enter each; elsewhere it
            // moves down.
            QStringList keys;
            if (m_model && !m_model->document()->isReadOnly()) {
                for (const QModelIndex &i : selectionModel()->selectedIndexes())
                    if (m_model->document()->isDoubtful(m_model->keyAt(i)))
                        keys.append(m_model->keyAt(i));
                m_model->document()->confirmCells(keys);
            }
            const QModelIndex next = keys.isEmpty() ? QModelIndex() : nextMarked(currentIndex());
            setCurrentIndex(next.isValid() ? next : below(currentIndex()));
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            blankSelection();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

QModelIndex ReportTableView::nextMarked(const QModelIndex &from) const
{
    for (int r = from.row(); r < m_model->rowCount(); ++r)
        for (int c = r == from.row() ? from.column() + 1 : 0; c < m_model->columnCount(); ++c) {
            const QModelIndex i = m_model->index(r, c);
            if (const QString key = m_model->keyAt(i); !key.isEmpty() && m_model->document()->isDoubtful(key))
                return i;
        }
    return QModelIndex();
}

void ReportTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    if (hint == QAbstractItemDelegate::RevertModelCache)
        hideCellMessage(); // Esc: what was refused is gone, and so is why
    // Enter commits (the delegate's SubmitModelCache); then move down as in a spreadsheet.
    const bool down = hint == QAbstractItemDelegate::SubmitModelCache;
    QTableView::closeEditor(editor, down ? QAbstractItemDelegate::NoHint : hint);
    if (down)
        setCurrentIndex(below(currentIndex()));
}

QString ReportTableView::copySelection() const
{
    const QModelIndexList selected = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    if (selected.isEmpty())
        return QString();
    int top = INT_MAX, bottom = -1, left = INT_MAX, right = -1;
    for (const QModelIndex &i : selected) {
        top = qMin(top, i.row());
        bottom = qMax(bottom, i.row());
        left = qMin(left, i.column());
        right = qMax(right, i.column());
    }
    QStringList lines;
    for (int r = top; r <= bottom; ++r) {
        QStringList fields;
        for (int c = left; c <= right; ++c) {
            const QModelIndex i = m_model->index(r, c);
            if (m_model->flags(i) == Qt::NoItemFlags)
                continue; // covered by a span: the spanning cell was written already
            fields.append(m_model->isValueCell(i) ? i.data(Qt::EditRole).toString()
                                                  : i.data(Qt::DisplayRole).toString().remove(QLatin1Char('\n')));
        }
        lines.append(fields.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ReportTableView::copy()
{
    const QString text = copySelection();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

bool ReportTableView::pasteText(const QString &tsv, QString *error)
{
    const QModelIndex start = currentIndex();
    if (!m_model || !m_model->isValueCell(start)) {
        *error = tr("请先选中要粘贴到的第一个数字单元格");
        return false;
    }
    QString text = tsv;
    text.remove(QLatin1Char('\r'));
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    auto *document = m_model->document();
    QMap<QString, CellValue> values;
    int skipped = 0;
    // Rows go to the next rows that have value cells; fields to the value cells from the start column on.
    int row = start.row();
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int l = 0; l < lines.size(); ++l) {
        if (l > 0) {
            do
                ++row;
            while (row < m_model->rowCount() && !m_model->isValueCell(m_model->index(row, start.column())));
        }
        QVector<QModelIndex> targets;
        for (int c = start.column(); row < m_model->rowCount() && c < m_model->columnCount(); ++c) {
            const QModelIndex i = m_model->index(row, c);
            if (m_model->isValueCell(i))
                targets.append(i);
        }
        const QStringList fields = lines[l].split(QLatin1Char('\t'));
        if (fields.size() > targets.size()) {
            *error = tr("粘贴的内容超出了表格：第 %1 行有 %2 个数，这里只有 %3 个单元格").arg(l + 1).arg(fields.size()).arg(targets.size());
            return false;
        }
        for (int f = 0; f < fields.size(); ++f) {
            const QModelIndex i = targets[f];
            if (m_model->isComputed(i)) {
                ++skipped; // totals are computed from the pasted numbers
                continue;
            }
            CellValue v;
            QString why;
            if (!m_model->parse(i, fields[f], &v, &why)) {
                *error = tr("未粘贴任何内容：第 %1 行第 %2 个数“%3”不能填入%4：%5")
                             .arg(l + 1)
                             .arg(f + 1)
                             .arg(fields[f].trimmed(), document->schema().cellName(m_model->keyAt(i)), why);
                return false;
            }
            values.insert(m_model->keyAt(i), v);
        }
    }
    if (!values.isEmpty())
        document->editCells(values, tr("粘贴 %n 个单元格", nullptr, int(values.size())));
    if (skipped > 0)
        emit message(tr("已粘贴 %1 个单元格；%2 个合计单元格按明细自动计算").arg(values.size()).arg(skipped));
    return true;
}

void ReportTableView::paste()
{
    QString error;
    if (!pasteText(QApplication::clipboard()->text(), &error))
        showCellMessage(currentIndex(), error);
}

void ReportTableView::blankSelection()
{
    if (!m_model || !selectionModel())
        return;
    QMap<QString, CellValue> values;
    for (const QModelIndex &i : selectionModel()->selectedIndexes())
        if (m_model->isValueCell(i) && !m_model->isComputed(i) && !i.data(Qt::EditRole).toString().isEmpty())
            values.insert(m_model->keyAt(i), CellValue());
    if (values.isEmpty())
        return;
    auto *document = m_model->document();
    document->editCells(values, tr("清空 %n 个单元格", nullptr, int(values.size())));
}
