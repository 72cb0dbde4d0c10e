#include "FigureChartView.h"

#include "FigureChart.h"

#include <QPainter>

FigureChartView::FigureChartView(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(200);
    setAccessibleName(tr("历年主要数据图"));
}

void FigureChartView::setHistory(const FigureHistory &history)
{
    m_history = history;
    update();
}

void FigureChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_history.isChartable()) {
        FigureChart::paint(m_history, painter, rect(), font());
        return;
    }
    painter.fillRect(rect(), palette().base());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("数据库中有同一机关两年以上的报告时，这里画出主要数据的历年变化"));
}
