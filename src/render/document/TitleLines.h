#pragma once

#include <QStringList>
#include <functional>

// GB/T 9704 7.3.1: a title too long for one line is broken where the words allow — never inside a number, a
// place or agency name's part, or 政府信息公开 / 年度报告, and never leaving 报告 alone — into lines of balanced
// length, arranged as a trapezoid (each line no shorter, or no longer, than the one before) or a diamond (the
// middle longest).
class TitleLines
{
public:
    // The title's lines for a line `maxWidth` wide, widths measured by `width`. One line when it fits; when no
    // break between words gives lines that fit, a break anywhere (as plain line filling would).
    static QStringList split(const QString &title, double maxWidth, const std::function<double(const QString &)> &width);

    // The same for a word processor that sets the title itself (DOCX, ODT): `sizePt` type on the type area's width,
    // a CJK character one em, a Latin letter or digit half of one, as the 小标宋 faces set them.
    static QStringList splitForTypeArea(const QString &title, double sizePt);

    // Positions (character offsets) after which a title may be broken.
    static QVector<int> breakPositions(const QString &title);
};
