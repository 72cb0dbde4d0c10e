#pragma once

#include "PageCanvas.h"

class QPainter;

// A page canvas over any QPainter (the preview's widget, the printer, an image); its coordinates must be layout dots.
class PainterCanvas : public PageCanvas
{
public:
    explicit PainterCanvas(QPainter &painter);

    void fillRect(const QRectF &rect, const QColor &color) override;
    void fillPath(const QPainterPath &path, const QColor &color) override;
    void strokeRect(const QRectF &rect, double width, const QColor &color) override;
    void drawGlyphRun(const QPointF &origin, const QGlyphRun &run) override;
    void drawImage(const QRectF &rect, const QImage &image) override;

private:
    QPainter &m_painter;
};
