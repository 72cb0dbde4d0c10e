#pragma once

#include <QRectF>
#include <QSizeF>

namespace layoutunits {
constexpr double dotsPerInch = 1200.0;
constexpr double mm(double millimetres) { return millimetres / 25.4 * dotsPerInch; }
constexpr double pt(double points) { return points / 72.0 * dotsPerInch; }
} // namespace layoutunits

// GB/T 9704-2012 page numbers (report-formats.md §10) in layout units: dots of 1/1200 inch. Pages are laid out
// once in these units; each device (screen, printer, PDF) scales the painter to its own resolution.
struct PageGeometry
{
    static constexpr double dotsPerInch = layoutunits::dotsPerInch;
    static constexpr double mm(double millimetres) { return layoutunits::mm(millimetres); }
    static constexpr double pt(double points) { return layoutunits::pt(points); }

    static constexpr double pageWidth = layoutunits::mm(210);
    static constexpr double pageHeight = layoutunits::mm(297);
    static constexpr double typeLeft = layoutunits::mm(28);
    static constexpr double typeTop = layoutunits::mm(37);
    static constexpr double typeWidth = layoutunits::mm(156);
    static constexpr double typeHeight = layoutunits::mm(225);

    static constexpr double bodySize = layoutunits::pt(16);       // 3号
    static constexpr double titleSize = layoutunits::pt(22);      // 2号
    static constexpr double pageNumberSize = layoutunits::pt(14); // 4号
    static constexpr double tableSize = layoutunits::pt(10.5);    // 五号
    static constexpr int linesPerPage = 22;
    static constexpr int charsPerLine = 28;
    static constexpr double linePitch = typeHeight / linesPerPage; // 10.23 mm
    static constexpr double charPitch = typeWidth / charsPerLine;  // 5.57 mm: 16-pt characters set slightly tight
    static constexpr double pageNumberGap = layoutunits::mm(7); // from the type area's bottom edge to the page number line

    static QSizeF pageSize() { return QSizeF(pageWidth, pageHeight); }
    static QRectF typeArea() { return QRectF(typeLeft, typeTop, typeWidth, typeHeight); }
};
