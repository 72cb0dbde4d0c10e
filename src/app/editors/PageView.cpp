#include "PageView.h"

#include "PageGeometry.h"
#include "ReportLayout.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

namespace {
constexpr int gap = 16; // pixels between pages and around them
}

PageView::PageView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
}

void PageView::setLayout(const ReportLayout *layout)
{
    m_layout = layout;
    pagesChanged();
}

double PageView::scale() const
{
    const double actual = logicalDpiX() / PageGeometry::dotsPerInch;
    const double width = qMax(0.01, (viewport()->width() - 2 * gap) / PageGeometry::pageWidth);
    if (m_zoom == fitWidth)
        return width;
    if (m_zoom == fitPage)
        return qMin(width, qMax(0.01, (viewport()->height() - 2 * gap) / PageGeometry::pageHeight));
    return actual * m_zoom;
}

void PageView::setZoom(double zoom)
{
    const int page = currentPage();
    if (zoom != fitWidth && zoom != fitPage)
        zoom = qBound(0.25, zoom, 4.0);
    m_zoom = zoom;
    updateScrollBars();
    showPage(page);
    viewport()->update();
    emit zoomChanged(zoom);
}

void PageView::zoomBy(int steps)
{
    const double actual = logicalDpiX() / PageGeometry::dotsPerInch;
    const double shown = scale() / actual; // a fit mode becomes the percentage it shows
    setZoom(qRound((shown + 0.1 * steps) * 10) / 10.0);
}

int PageView::pageTop(int index) const
{
    return gap + index * (qRound(PageGeometry::pageHeight * scale()) + gap);
}

int PageView::pageAt(int y) const
{
    const int pitch = qRound(PageGeometry::pageHeight * scale()) + gap;
    return qBound(0, (y - gap / 2) / qMax(1, pitch), m_layout->pageCount() - 1);
}

void PageView::setCurrent(int page)
{
    if (page == m_current)
        return;
    m_current = page;
    emit currentPageChanged(page);
}

void PageView::showPage(int index)
{
    showPoint(index, 0);
}

void PageView::showPoint(int index, double y)
{
    if (!m_layout || index < 0 || index >= m_layout->pageCount())
        return;
    // The counter shows the page turned to even where the scroll range ends before its top (the last pages).
    m_turning = true;
    verticalScrollBar()->setValue(pageTop(index) + qRound(y * scale()) - gap);
    m_turning = false;
    setCurrent(index);
    viewport()->update();
}

void PageView::pagesChanged()
{
    updateScrollBars();
    viewport()->update();
    const int pages = m_layout ? m_layout->pageCount() : 0;
    setCurrent(pages == 0 ? -1 : qBound(0, m_current, pages - 1));
}

void PageView::updateScrollBars()
{
    const int pages = m_layout ? m_layout->pageCount() : 0;
    const int width = qRound(PageGeometry::pageWidth * scale()) + 2 * gap;
    const int height = pages > 0 ? pageTop(pages) : 0;
    verticalScrollBar()->setRange(0, qMax(0, height - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(40);
    horizontalScrollBar()->setRange(0, qMax(0, width - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

void PageView::paintEvent(QPaintEvent *)
{
    if (!m_layout)
        return;
    QPainter painter(viewport());
    const double s = scale();
    const int pageWidth = qRound(PageGeometry::pageWidth * s);
    const int pageHeight = qRound(PageGeometry::pageHeight * s);
    const int left = qMax(gap, (viewport()->width() - pageWidth) / 2) - horizontalScrollBar()->value();
    for (int i = 0; i < m_layout->pageCount(); ++i) {
        const int top = pageTop(i) - verticalScrollBar()->value();
        if (top > viewport()->height() || top + pageHeight < 0)
            continue; // only the pages in view are painted
        painter.save();
        painter.translate(left, top);
        painter.scale(s, s);
        painter.setClipRect(QRectF(QPointF(0, 0), PageGeometry::pageSize()));
        m_layout->paintPage(i, painter);
        painter.restore();
        painter.setPen(palette().color(QPalette::Shadow));
        painter.drawRect(left - 1, top - 1, pageWidth + 1, pageHeight + 1);
    }
}

void PageView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void PageView::scrollContentsBy(int, int)
{
    viewport()->update();
    if (m_turning || !m_layout || m_layout->pageCount() == 0)
        return;
    // Scrolled by hand: the page filling the middle of the view, the last one at the very end.
    const QScrollBar *bar = verticalScrollBar();
    setCurrent(bar->value() >= bar->maximum() && bar->maximum() > 0 ? pageAt(bar->value() + viewport()->height() - gap)
                                                                     : pageAt(bar->value() + viewport()->height() / 2));
}

void PageView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_PageDown) {
        showPage(currentPage() + 1);
        return;
    }
    if (event->key() == Qt::Key_PageUp) {
        showPage(currentPage() - 1);
        return;
    }
    if (event->modifiers() & Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomBy(1);
            return;
        case Qt::Key_Minus:
            zoomBy(-1);
            return;
        case Qt::Key_0:
            setZoom(fitWidth);
            return;
        default:
            break;
        }
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void PageView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            zoomBy(steps);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}
