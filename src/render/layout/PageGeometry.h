#pragma once

#include "OfficialDocument.h"

#include <QRectF>
#include <QSizeF>

namespace layoutunits {
constexpr double dotsPerInch = 1200.0;
constexpr double mm(double millimetres) { return millimetres / 25.4 * dotsPerInch; }
constexpr double pt(double points) { return points / 72.0 * dotsPerInch; }
} // namespace layoutunits

// The official page (OfficialDocument) in layout units: dots of 1/1200 inch. Pages are laid out once in these units;
// each device (screen, printer, PDF) scales the painter to its own resolution.
struct PageGeometry
{
    static constexpr double dotsPerInch = layoutunits::dotsPerInch;
    static constexpr double mm(double millimetres) { return layoutunits::mm(millimetres); }
    static constexpr double pt(double points) { return layoutunits::pt(points); }

    static constexpr double pageWidth = layoutunits::mm(OfficialDocument::pageWidthMm);
    static constexpr double pageHeight = layoutunits::mm(OfficialDocument::pageHeightMm);
    static constexpr double typeLeft = layoutunits::mm(OfficialDocument::leftMarginMm);
    static constexpr double typeTop = layoutunits::mm(OfficialDocument::topMarginMm);
    static constexpr double typeWidth = layoutunits::mm(OfficialDocument::typeWidthMm);
    static constexpr double typeHeight = layoutunits::mm(OfficialDocument::typeHeightMm);

    static constexpr double bodySize = layoutunits::pt(OfficialDocument::bodyPt);
    static constexpr double titleSize = layoutunits::pt(OfficialDocument::titlePt);
    static constexpr double pageNumberSize = layoutunits::pt(OfficialDocument::pageNumberPt);
    static constexpr double tableSize = layoutunits::pt(OfficialDocument::tablePt);
    static constexpr int linesPerPage = OfficialDocument::linesPerPage;
    static constexpr int charsPerLine = OfficialDocument::charsPerLine;
    static constexpr double linePitch = typeHeight / linesPerPage; // 10.23 mm
    static constexpr double charPitch = typeWidth / charsPerLine;  // 5.57 mm: 16-pt characters set slightly tight
    static constexpr double pageNumberGap = layoutunits::mm(OfficialDocument::pageNumberGapMm);

    static QSizeF pageSize() { return QSizeF(pageWidth, pageHeight); }
    static QRectF typeArea() { return QRectF(typeLeft, typeTop, typeWidth, typeHeight); }
};
