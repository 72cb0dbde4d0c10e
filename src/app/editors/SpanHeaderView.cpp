#include "SpanHeaderView.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

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

int SpanHeaderView::rowHeight() const
{
    // At least two lines (社会公益组织 and 法律服务机构 wrap in narrow columns); more when the columns were narrowed
    // to fit a small screen.
    int lines = 2;
    for (const GridRow &row : m_rows)
        for (const GridCell &c : row.cells) {
            int width = 0;
            for (int k = c.column; k < c.column + c.columnSpan && k < count(); ++k)
                width += sectionSize(k);
            if (width <= 8)
                continue;
            const int height = fontMetrics().boundingRect(QRect(0, 0, width - 8, 10000), Qt::TextWordWrap, c.text).height();
            lines = qMax(lines, (height + fontMetrics().height() - 1) / fontMetrics().height() / qMax(1, c.rowSpan));
        }
    return fontMetrics().height() * lines + 10;
}

QSize SpanHeaderView::sizeHint() const
{
    QSize s = QHeaderView::sizeHint();
    s.setHeight(rowHeight() * qMax(1, int(m_rows.size())));
    return s;
}

QRect SpanHeaderView::cellRect(const GridCell &cell) const
{
    const int left = sectionViewportPosition(cell.column);
    const int lastColumn = cell.column + cell.columnSpan - 1;
    const int right = sectionViewportPosition(lastColumn) + sectionSize(lastColumn);
    const int h = height() / qMax(1, int(m_rows.size()));
    return QRect(left, cell.row * h, right - left, cell.rowSpan * h);
}

const GridCell *SpanHeaderView::cellAt(const QPoint &pos) const
{
    for (const GridRow &row : m_rows)
        for (const GridCell &c : row.cells)
            if (cellRect(c).contains(pos))
                return &c;
    return nullptr;
}

void SpanHeaderView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QColor grid = palette().color(QPalette::Mid);
    const QColor fill = palette().color(QPalette::Button);
    for (const GridRow &row : qAsConst(m_rows)) {
        for (const GridCell &c : row.cells) {
            const QRect r = cellRect(c).adjusted(0, 0, -1, -1);
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
