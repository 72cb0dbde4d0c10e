#include "PageView.h"

#include "PageGeometry.h"
#include "ReportLayout.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

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
    if (m_zoom > 0)
        return actual * m_zoom;
    return qMax(0.01, (viewport()->width() - 2 * gap) / PageGeometry::pageWidth); // fit width
}

void PageView::setZoom(double zoom)
{
    const int page = currentPage();
    m_zoom = zoom;
    updateScrollBars();
    showPage(page);
    viewport()->update();
}

int PageView::pageTop(int index) const
{
    return gap + index * (qRound(PageGeometry::pageHeight * scale()) + gap);
}

int PageView::currentPage() const
{
    if (!m_layout || m_layout->pageCount() == 0)
        return -1;
    const int pitch = qRound(PageGeometry::pageHeight * scale()) + gap;
    // The page at the top of the view (showPage(i) scrolls page i there).
    return qBound(0, (verticalScrollBar()->value() + gap + 1) / qMax(1, pitch), m_layout->pageCount() - 1);
}

void PageView::showPage(int index)
{
    if (!m_layout || index < 0 || index >= m_layout->pageCount())
        return;
    verticalScrollBar()->setValue(pageTop(index) - gap);
}

void PageView::pagesChanged()
{
    updateScrollBars();
    viewport()->update();
    const int page = currentPage();
    if (page != m_lastPage) {
        m_lastPage = page;
        emit currentPageChanged(page);
    }
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
    const int page = currentPage();
    if (page != m_lastPage) {
        m_lastPage = page;
        emit currentPageChanged(page);
    }
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
    QAbstractScrollArea::keyPressEvent(event);
}
