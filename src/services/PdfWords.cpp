#include "PdfWords.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace PdfWords {

bool wide(QChar c)
{
    const ushort u = c.unicode();
    return c.script() == QChar::Script_Han || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF) || (u >= 0x2010 && u <= 0x206F);
}

bool spaced(const QString &before, const QString &after, bool separated)
{
    return separated && !before.isEmpty() && !after.isEmpty() && !wide(before.back()) && !wide(after.front()) && !before.back().isSpace();
}

QVector<Line> linesOf(QVector<Word> words)
{
    std::sort(words.begin(), words.end(), [](const Word &a, const Word &b) { return a.box.center().y() < b.box.center().y(); });
    QVector<Line> lines;
    QVector<double> middles;
    for (const Word &w : qAsConst(words)) {
        const double middle = w.box.center().y();
        if (!lines.isEmpty() && std::abs(middle - middles.last()) < 0.5 * std::min(w.box.height(), lines.last().constFirst().box.height()))
            lines.last().append(w);
        else {
            lines.append(Line{w});
            middles.append(middle);
        }
    }
    for (Line &line : lines)
        std::sort(line.begin(), line.end(), [](const Word &a, const Word &b) { return a.box.left() < b.box.left(); });
    return lines;
}

QString textOf(const Line &line)
{
    QString out;
    for (int i = 0; i < line.size(); ++i) {
        const Word &w = line.at(i);
        if (i > 0) {
            const Word &p = line.at(i - 1);
            const bool gap = p.spaceAfter || w.box.left() - p.box.right() > 0.25 * std::max(p.box.height(), w.box.height());
            if (spaced(out, w.text, gap))
                out += QLatin1Char(' ');
        }
        out += w.text;
    }
    return out;
}

QRectF boxOf(const QVector<Word> &words)
{
    QRectF box;
    for (const Word &w : words)
        box = box.isNull() ? w.box : box.united(w.box);
    return box;
}

QString cellText(const QVector<Word> &words)
{
    QString out;
    for (const Line &line : linesOf(words)) {
        const QString text = textOf(line);
        if (spaced(out, text, true))
            out += QLatin1Char(' ');
        out += text;
    }
    return out;
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^[\\s\\-—–－·•]*(第\\s*)?\\d{1,3}(\\s*页)?(\\s*[/／]\\s*\\d{1,3}|\\s*[,，]?\\s*共\\s*\\d{1,3}\\s*页)?[\\s\\-—–－·•]*$"));
    return number.match(text).hasMatch();
}

} // namespace PdfWords
