#include "PainterCanvas.h"

#include <QPainter>

PainterCanvas::PainterCanvas(QPainter &painter)
    : m_painter(painter)
{
    m_painter.setRenderHint(QPainter::Antialiasing);
}

void PainterCanvas::fillRect(const QRectF &rect, const QColor &color)
{
    m_painter.fillRect(rect, color);
}

void PainterCanvas::fillPath(const QPainterPath &path, const QColor &color)
{
    m_painter.fillPath(path, color);
}

void PainterCanvas::strokeRect(const QRectF &rect, double width, const QColor &color)
{
    m_painter.setPen(QPen(color, width));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(rect);
}

void PainterCanvas::drawGlyphRun(const QPointF &origin, const QGlyphRun &run)
{
    m_painter.setPen(Qt::black);
    m_painter.drawGlyphRun(origin, run);
}

void PainterCanvas::drawImage(const QRectF &rect, const QImage &image)
{
    m_painter.drawImage(rect, image);
}
