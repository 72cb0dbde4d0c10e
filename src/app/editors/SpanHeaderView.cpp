#include "SpanHeaderView.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <numeric>

SpanHeaderView::SpanHeaderView(const QVector<GridRow> &rows, QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
    , m_rows(rows)
{
    setSectionsClickable(false);
    setHighlightSections(false);
    setDefaultAlignment(Qt::AlignCenter);
    // Merged cells cross section borders: a resize must repaint them whole.
    connect(this, &QHeaderView::sectionResized, viewport(), [this] {
        viewport()->update();
        updateGeometry(); // narrower columns may need more lines
    });
}

QVector<int> SpanHeaderView::rowHeights() const
{
    // Each header row as tall as its own words need in the columns' present widths (a small screen narrows them and
    // more lines wrap): a cell spanning rows gets what it lacks in its last row. Not every row as tall as the tallest.
    const int line = fontMetrics().height();
    const int padding = 10;
    QVector<int> heights(m_rows.size(), line + padding);
    const auto needed = [&](const GridCell &c) {
        int width = 0;
        for (int k = c.column; k < c.column + c.columnSpan && k < count(); ++k)
            width += sectionSize(k);
        if (width <= 8)
            return 0;
        return fontMetrics().boundingRect(QRect(0, 0, width - 8, 10000), Qt::TextWordWrap, c.text).height() + padding;
    };
    for (int span = 1; span <= m_rows.size(); ++span) // the cells of one row first, then those spanning more
        for (const GridRow &row : m_rows)
            for (const GridCell &c : row.cells) {
                const int last = qMin(int(heights.size()) - 1, c.row + c.rowSpan - 1);
                if (qMin(c.rowSpan, int(heights.size()) - c.row) != span)
                    continue;
                int have = 0;
                for (int r = c.row; r <= last; ++r)
                    have += heights[r];
                heights[last] += qMax(0, needed(c) - have);
            }
    return heights;
}

QSize SpanHeaderView::sizeHint() const
{
    QSize s = QHeaderView::sizeHint();
    const QVector<int> heights = rowHeights();
    s.setHeight(std::accumulate(heights.cbegin(), heights.cend(), 0));
    return s;
}

QRect SpanHeaderView::cellRect(const GridCell &cell) const
{
    return cellRect(cell, rowHeights());
}

QRect SpanHeaderView::cellRect(const GridCell &cell, const QVector<int> &heights) const
{
    const int left = sectionViewportPosition(cell.column);
    const int lastColumn = cell.column + cell.columnSpan - 1;
    const int right = sectionViewportPosition(lastColumn) + sectionSize(lastColumn);
    int top = 0, bottom = 0;
    for (int r = 0; r < heights.size(); ++r) {
        if (r < cell.row)
            top += heights[r];
        if (r < cell.row + cell.rowSpan)
            bottom += heights[r];
    }
    if (cell.row + cell.rowSpan >= heights.size())
        bottom = qMax(bottom, height()); // the last row takes what the header was given beyond its hint
    return QRect(left, top, right - left, bottom - top);
}

const GridCell *SpanHeaderView::cellAt(const QPoint &pos) const
{
    const QVector<int> heights = rowHeights(); // measured once, not per cell
    for (const GridRow &row : m_rows)
        for (const GridCell &c : row.cells)
            if (cellRect(c, heights).contains(pos))
                return &c;
    return nullptr;
}

void SpanHeaderView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QColor grid = palette().color(QPalette::Mid);
    const QColor fill = palette().color(QPalette::Button);
    const QVector<int> heights = rowHeights(); // measured once a paint, not per cell
    for (const GridRow &row : qAsConst(m_rows)) {
        for (const GridCell &c : row.cells) {
            const QRect r = cellRect(c, heights).adjusted(0, 0, -1, -1);
            if (!r.intersects(viewport()->rect()))
                continue;
            p.fillRect(r, fill);
            p.setPen(grid);
            p.drawRect(r);
            p.setPen(palette().color(QPalette::ButtonText));
            p.drawText(r.adjusted(4, 2, -4, -2), Qt::AlignCenter | Qt::TextWordWrap, c.text);
        }
    }
}

bool SpanHeaderView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const GridCell *c = cellAt(help->pos()))
            QToolTip::showText(help->globalPos(), c->text, this);
        return true;
    }
    return QHeaderView::viewportEvent(event);
}
