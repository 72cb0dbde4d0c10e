#pragma once

#include "FigureHistory.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFont>
#include <QImage>

class QPainter;

// The main figures over the years as a small line chart: one painting for the window, a PNG, an SVG and
// the HTML output, so they cannot differ. Drawn with QPainter; each series has its own colour and dash, so a
// grey print still tells them apart, and every point carries its value (a reader of a report wants the figure).
class FigureChart
{
    Q_DECLARE_TR_FUNCTIONS(FigureChart)
public:
    static QSize defaultSize() { return {800, 450}; }
    // `font`: the family and the point size legends and labels use (titles are drawn a little larger).
    static void paint(const FigureHistory &history, QPainter &painter, const QRectF &area, const QFont &font);
    // `size` in logical pixels; `scale` device pixels to one (2: a sharp picture for print or a high-density screen).
    static QImage image(const FigureHistory &history, const QSize &size, const QFont &font, qreal scale = 1);
    static QByteArray svg(const FigureHistory &history, const QSize &size, const QFont &font);
    // A PNG or an SVG by the path's suffix; false with *error (naming the file) and nothing left behind otherwise.
    static bool write(const FigureHistory &history, const QString &path, const QFont &font, QString *error);
};
