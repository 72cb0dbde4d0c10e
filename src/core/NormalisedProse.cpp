#include "NormalisedProse.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

const QString chineseDigits = QStringLiteral("零一二三四五六七八九");

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QChar(0x3000) || c == QChar(0x00a0);
}

bool isLatin(QChar c)
{
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

QChar asciiDigit(QChar c)
{
    return c.unicode() >= 0xff10 && c.unicode() <= 0xff19 ? QChar(u'0' + (c.unicode() - 0xff10)) : c;
}

// 0…9999 in Chinese numerals; `leading` when nothing stands before it (10 reads 十, not 一十).
QString fourDigits(int n, bool leading)
{
    static const char16_t units[] = {u'千', u'百', u'十', 0};
    QString out;
    bool zero = false;
    for (int i = 0, divisor = 1000; i < 4; ++i, divisor /= 10) {
        const int d = n / divisor % 10;
        if (d == 0) {
            zero = !out.isEmpty();
            continue;
        }
        if (zero)
            out += QStringLiteral("零");
        zero = false;
        if (!(d == 1 && i == 2 && out.isEmpty() && leading))
            out += chineseDigits.at(d);
        if (units[i])
            out += QChar(units[i]);
    }
    return out;
}

} // namespace

NormalisedProse::NormalisedProse(const QString &original)
    : m_original(original)
{
    // A number: digits grouped by thousands, plain digits (half- or full-width), or Chinese numerals before a measure
    // word (二十一件, not 统一 or 第一).
    static const QRegularExpression number(QStringLiteral(
        "(?<grouped>(?<![0-9０-９])[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?![0-9０-９]))|(?<digits>[0-9０-９]+)"
        "|(?<words>[零〇一二两三四五六七八九十百千万]+)(?=[ \\x{3000}]*[件项个次人家条篇份场期])"));
    int at = 0;
    auto copyPlain = [this](int from, int to) {
        for (int i = from; i < to; ++i) {
            const QChar c = m_original.at(i);
            if (!isSpace(c)) {
                append(QString(c), i, i + 1);
                continue;
            }
            int j = i;
            while (j < to && isSpace(m_original.at(j)))
                ++j;
            // Spaces only between Latin letters or digits are words' spaces; beside Chinese they are layout.
            if (i > 0 && j < m_original.size() && isLatin(m_original.at(i - 1)) && isLatin(m_original.at(j)))
                append(QStringLiteral(" "), i, j);
            i = j - 1;
        }
    };
    auto it = number.globalMatch(m_original);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        copyPlain(at, int(m.capturedStart()));
        const int start = int(m.capturedStart()), end = int(m.capturedEnd());
        if (m.hasCaptured(QStringLiteral("digits"))) {
            for (int i = start; i < end; ++i)
                append(QString(asciiDigit(m_original.at(i))), i, i + 1);
        } else if (m.hasCaptured(QStringLiteral("grouped"))) {
            QString digits;
            for (QChar c : m.captured())
                if (asciiDigit(c).isDigit() && asciiDigit(c).unicode() < 0x80)
                    digits += asciiDigit(c);
            append(digits, start, end);
        } else if (const auto value = chineseNumeral(m.captured())) {
            append(QString::number(*value), start, end);
        } else {
            append(m.captured(), start, end);
        }
        at = end;
    }
    copyPlain(at, int(m_original.size()));
}

void NormalisedProse::append(const QString &piece, int start, int end)
{
    m_text += piece;
    for (int i = 0; i < piece.size(); ++i) {
        // A figure read whole (3,191 or 二十一) maps each of its digits to the whole stretch.
        const bool whole = piece.size() != end - start;
        m_start.append(whole ? start : start + i);
        m_end.append(whole ? end : start + i + 1);
    }
}

NormalisedProse::Span NormalisedProse::originalSpan(int from, int length) const
{
    if (length <= 0 || from < 0 || from + length > m_text.size())
        return {from < m_start.size() && from >= 0 ? m_start.at(from) : int(m_original.size()), 0};
    const int start = m_start.at(from);
    return {start, m_end.at(from + length - 1) - start};
}

QString NormalisedProse::writeLike(qint64 value, const Span &span) const
{
    const QString was = m_original.mid(span.start, span.length);
    static const QRegularExpression words(QStringLiteral("[零〇一二两三四五六七八九十百千万]"));
    if (was.contains(words) && value >= 0 && value < 100000000)
        return toChineseNumeral(value);
    QString digits = QString::number(value);
    const QChar separator = was.contains(QChar(0xff0c)) ? QChar(0xff0c) : was.contains(QLatin1Char(',')) ? QLatin1Char(',') : QChar();
    if (!separator.isNull())
        for (int i = int(digits.size()) - 3; i > (digits.startsWith(QLatin1Char('-')) ? 1 : 0); i -= 3)
            digits.insert(i, separator);
    if (std::any_of(was.cbegin(), was.cend(), [](QChar c) { return c.unicode() >= 0xff10 && c.unicode() <= 0xff19; }))
        for (QChar &c : digits)
            if (c.isDigit())
                c = QChar(0xff10 + (c.unicode() - u'0'));
    return digits;
}

std::optional<qint64> NormalisedProse::chineseNumeral(const QString &numeral)
{
    if (numeral.isEmpty())
        return std::nullopt;
    static const QRegularExpression unitChar(QStringLiteral("[十百千万]"));
    auto digit = [](QChar c) -> int {
        if (c == QChar(u'〇') || c == QChar(u'零'))
            return 0;
        if (c == QChar(u'两'))
            return 2;
        const int i = int(chineseDigits.indexOf(c));
        return i;
    };
    if (!numeral.contains(unitChar)) {
        // 二〇二三: digit by digit.
        qint64 v = 0;
        for (QChar c : numeral) {
            const int d = digit(c);
            if (d < 0)
                return std::nullopt;
            v = v * 10 + d;
        }
        return numeral.size() == 1 || !numeral.startsWith(QChar(u'零')) ? std::optional<qint64>(v) : std::nullopt;
    }
    qint64 total = 0, section = 0;
    int pending = -1; // a digit waiting for its unit
    int lastUnit = 100000;
    for (int i = 0; i < numeral.size(); ++i) {
        const QChar c = numeral.at(i);
        const int d = digit(c);
        if (d >= 0) {
            if (pending > 0)
                return std::nullopt; // two digits in a row: 二三十
            pending = d;
            continue;
        }
        int unit = c == QChar(u'十') ? 10 : c == QChar(u'百') ? 100 : c == QChar(u'千') ? 1000 : 10000;
        if (unit == 10000) {
            section += qMax(pending, 0);
            if (section == 0 || total > 0)
                return std::nullopt;
            total = section * 10000;
            section = 0;
            pending = -1;
            lastUnit = 100000;
            continue;
        }
        if (unit >= lastUnit)
            return std::nullopt; // 十百: units must fall
        if (pending < 0 && !(unit == 10 && i == 0) && !(unit == 10 && total > 0 && section == 0))
            return std::nullopt; // 百 with no digit before it
        if (pending == 0)
            return std::nullopt;
        section += (pending < 0 ? 1 : pending) * unit;
        pending = -1;
        lastUnit = unit;
    }
    // 三百五 and 三万五 say 350 and 35 000 in speech; a report writes 三百五十: read neither rather than guess.
    const QChar before = numeral.size() > 1 ? numeral.at(numeral.size() - 2) : QChar();
    if (pending > 0 && (before == QChar(u'百') || before == QChar(u'千') || before == QChar(u'万')))
        return std::nullopt;
    return total + section + qMax(pending, 0);
}

QString NormalisedProse::toChineseNumeral(qint64 value)
{
    if (value == 0)
        return QStringLiteral("零");
    if (value < 0 || value >= 100000000)
        return QString::number(value);
    const int high = int(value / 10000), low = int(value % 10000);
    QString out;
    if (high > 0)
        out = fourDigits(high, true) + QStringLiteral("万");
    if (low > 0) {
        if (high > 0 && low < 1000)
            out += QStringLiteral("零");
        out += fourDigits(low, high == 0);
    }
    return out;
}
