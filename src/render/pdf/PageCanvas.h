#pragma once

#include <QColor>
#include <QGlyphRun>
#include <QImage>
#include <QPainterPath>
#include <QRectF>

// What a laid-out page is drawn with, in layout dots (PageGeometry): ReportLayout::paintPage draws every page through
// this, so the preview and the printer (PainterCanvas on a QPainter) and the PDF (PdfWriter, which writes the glyphs
// and font subsets itself) show the same page from one drawing function.
class PageCanvas
{
public:
    virtual ~PageCanvas() = default;

    virtual void fillRect(const QRectF &rect, const QColor &color) = 0;
    virtual void fillPath(const QPainterPath &path, const QColor &color) = 0;
    virtual void strokeRect(const QRectF &rect, double width, const QColor &color) = 0;
    // Black glyphs at `origin` plus each glyph's position in the run.
    virtual void drawGlyphRun(const QPointF &origin, const QGlyphRun &run) = 0;
    virtual void drawImage(const QRectF &rect, const QImage &image) = 0;
};
