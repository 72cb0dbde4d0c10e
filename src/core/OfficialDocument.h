#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The official document's fixed facts, in one place below every reader and writer: the page of GB/T 9704-2012
// (report-formats.md §10) in millimetres and points, and the six part headings as the forms print them. The layout
// (PageGeometry), the DOCX, ODT and HTML writers, DocumentBlocks and the importer all read them here.
namespace OfficialDocument {

// A4, portrait.
constexpr double pageWidthMm = 210;
constexpr double pageHeightMm = 297;
// The margins, and the type area they leave (156 × 225 mm).
constexpr double topMarginMm = 37;
constexpr double bottomMarginMm = 35;
constexpr double leftMarginMm = 28;
constexpr double rightMarginMm = 26;
constexpr double typeWidthMm = pageWidthMm - leftMarginMm - rightMarginMm;
constexpr double typeHeightMm = pageHeightMm - topMarginMm - bottomMarginMm;
// 22 lines of 28 characters of 3号 (16 pt) 仿宋.
constexpr int linesPerPage = 22;
constexpr int charsPerLine = 28;
constexpr double linePitchMm = typeHeightMm / linesPerPage; // 10.23 mm
constexpr double linePitchPt = linePitchMm / 25.4 * 72;     // 28.99 pt
// Type sizes.
constexpr double bodyPt = 16;       // 3号
constexpr double titlePt = 22;      // 2号
constexpr double pageNumberPt = 14; // 4号
constexpr double tablePt = 10.5;    // 五号
// From the type area's bottom edge to the page number's line.
constexpr double pageNumberGapMm = 7;

static_assert(typeWidthMm == 156 && typeHeightMm == 225, "GB/T 9704's type area is 156 × 225 mm");

// The six parts' headings as the forms print them, part 1 to 6 (一、总体情况 … 六、其他需要报告的事项).
// (Marked for translation: the interface names a part by its heading, Prose::name.)
inline QStringList partHeadings()
{
    return {QString::fromUtf8(QT_TRANSLATE_NOOP("OfficialDocument", "一、总体情况")),
            QString::fromUtf8(QT_TRANSLATE_NOOP("OfficialDocument", "二、主动公开政府信息情况")),
            QString::fromUtf8(QT_TRANSLATE_NOOP("OfficialDocument", "三、收到和处理政府信息公开申请情况")),
            QString::fromUtf8(QT_TRANSLATE_NOOP("OfficialDocument", "四、政府信息公开行政复议、行政诉讼情况")),
            QString::fromUtf8(QT_TRANSLATE_NOOP("OfficialDocument", "五、存在的主要问题及改进情况")),
            QString::fromUtf8(QT_TRANSLATE_NOOP("OfficialDocument", "六、其他需要报告的事项"))};
}
inline QString partHeading(int part)
{
    return partHeadings().value(part - 1);
}
// The heading in the interface's language (the window's tabs and messages; the printed page keeps partHeading()).
inline QString translatedHeading(int part)
{
    return QCoreApplication::translate("OfficialDocument", partHeading(part).toUtf8().constData());
}

} // namespace OfficialDocument
