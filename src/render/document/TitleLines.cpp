#include "TitleLines.h"

#include "OfficialDocument.h"

#include <QRegularExpression>

#include <limits>

namespace {

// Units a break must not enter (longest first where they overlap).
const QStringList &phrases()
{
    static const QStringList list{QStringLiteral("政府信息公开"), QStringLiteral("年度报告"), QStringLiteral("工作"),
                                  QStringLiteral("人民政府"),      QStringLiteral("办公室"),   QStringLiteral("办公厅"),
                                  QStringLiteral("委员会"),        QStringLiteral("自治区"),   QStringLiteral("自治州"),
                                  QStringLiteral("自治县"),        QStringLiteral("管理局"),   QStringLiteral("街道办事处")};
    return list;
}

} // namespace

QVector<int> TitleLines::breakPositions(const QString &title)
{
    QVector<bool> allowed(title.size() + 1, false);
    // After the end of an administrative level or an agency, before and after the standard phrases, around a year.
    static const QRegularExpression levels(QStringLiteral("(?:自治区|自治州|自治县|特别行政区|省|市|州|盟|地区|县|区|旗|镇|乡|街道|"
                                                          "人民政府|办公室|办公厅|委员会|局|厅|委|办|院|部|署|中心|公司)(?![场级域直属辖内长门校委会办])"));
    for (auto it = levels.globalMatch(title); it.hasNext();)
        allowed[it.next().capturedEnd()] = true;
    static const QRegularExpression year(QStringLiteral("\\d{4}\\s*年度?"));
    for (auto it = year.globalMatch(title); it.hasNext();) {
        const auto m = it.next();
        allowed[m.capturedStart()] = true;
        allowed[m.capturedEnd()] = true;
    }
    for (const QString &p : phrases())
        for (int at = title.indexOf(p); at >= 0; at = title.indexOf(p, at + 1)) {
            allowed[at] = true;
            allowed[at + p.size()] = true;
        }
    // Never inside a unit: a phrase, a number, the year with its 年.
    auto forbid = [&](int from, int to) {
        for (int i = from + 1; i < to; ++i)
            allowed[i] = false;
    };
    for (const QString &p : phrases())
        for (int at = title.indexOf(p); at >= 0; at = title.indexOf(p, at + 1))
            forbid(at, at + int(p.size()));
    for (auto it = year.globalMatch(title); it.hasNext();) {
        const auto m = it.next();
        forbid(m.capturedStart(), m.capturedEnd());
    }
    // Not before a closing bracket or punctuation, nor after an opening one.
    static const QString closing = QStringLiteral("）)》”，、。：；");
    static const QString opening = QStringLiteral("（(《“");
    // Nor before a unit that belongs to the name before it (开发区|分局).
    static const QRegularExpression attached(QStringLiteral("^(?:分局|分院|分会|分中心|分公司|支队|大队|中队|办事处|派出所)"));
    QVector<int> out;
    for (int i = 1; i < title.size(); ++i) {
        if (!allowed[i] || closing.contains(title[i]) || opening.contains(title[i - 1]))
            continue;
        if (attached.match(QStringView(title).mid(i)).hasMatch())
            continue;
        if (title.size() - i <= 2)
            continue; // no lone 报告 (or any two characters) on the last line
        out.append(i);
    }
    return out;
}

QStringList TitleLines::split(const QString &title, double maxWidth, const std::function<double(const QString &)> &width)
{
    if (title.isEmpty() || width(title) <= maxWidth)
        return {title};
    const QVector<int> breaks = breakPositions(title);
    // Fewest lines first; among the splits into that many lines, every line fitting, the most balanced of the
    // symmetric shapes.
    for (int lines = 2; lines <= 6; ++lines) {
        if (breaks.size() < lines - 1)
            break;
        QStringList best;
        double bestCost = std::numeric_limits<double>::max();
        QVector<int> pick(lines - 1);
        // Every choice of lines-1 breaks, in order (titles have a handful of break positions).
        std::function<void(int, int)> choose = [&](int slot, int from) {
            if (slot == lines - 1) {
                QStringList parts;
                int start = 0;
                for (int b : pick) {
                    parts.append(title.mid(start, b - start));
                    start = b;
                }
                parts.append(title.mid(start));
                QVector<double> w;
                for (const QString &p : parts) {
                    w.append(width(p));
                    if (w.last() > maxWidth)
                        return;
                }
                // Trapezoid: monotonic; diamond: rising to one longest line, then falling.
                int peak = 0;
                for (int i = 1; i < w.size(); ++i)
                    if (w[i] > w[peak])
                        peak = i;
                bool rising = true, falling = true, diamond = true;
                for (int i = 1; i < w.size(); ++i) {
                    rising = rising && w[i] >= w[i - 1];
                    falling = falling && w[i] <= w[i - 1];
                    diamond = diamond && (i <= peak ? w[i] >= w[i - 1] : w[i] <= w[i - 1]);
                }
                if (!rising && !falling && !diamond)
                    return;
                double mean = 0;
                for (double x : w)
                    mean += x / w.size();
                double cost = 0;
                for (double x : w)
                    cost += (x - mean) * (x - mean);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = parts;
                }
                return;
            }
            for (int i = from; i < breaks.size(); ++i) {
                pick[slot] = breaks[i];
                choose(slot + 1, i + 1);
            }
        };
        choose(0, 0);
        if (!best.isEmpty())
            return best;
    }
    // No break between words gives lines that fit: fill lines character by character, the last never two alone.
    QStringList out;
    QString line;
    for (QChar c : title) {
        if (!line.isEmpty() && width(line + c) > maxWidth) {
            out.append(line);
            line.clear();
        }
        line += c;
    }
    out.append(line);
    if (out.size() > 1 && out.last().size() <= 2) {
        const int take = 3 - int(out.last().size());
        out.last().prepend(out[out.size() - 2].right(take));
        out[out.size() - 2].chop(take);
    }
    return out;
}

QStringList TitleLines::splitForTypeArea(const QString &title, double sizePt)
{
    const double em = sizePt * 25.4 / 72; // mm
    return split(title, OfficialDocument::typeWidthMm, [em](const QString &s) {
        double width = 0;
        for (const QChar c : s)
            width += c.unicode() < 0x2E80 ? em / 2 : em;
        return width;
    });
}
