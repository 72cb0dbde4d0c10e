#include "SourceText.h"
#include "RadicalEquivalents.h"

#include "OfficialDocument.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

// The part headings, and the 2019 notice's wording of part 五.
const QStringList unfoldBefore = OfficialDocument::partHeadings() + QStringList{QStringLiteral("五、政府信息公开工作存在的主要问题及改进情况")};

// Crawler text puts a whole report on one line (report-formats.md §11.5, §11.7): break it before the part headings,
// the 第二十条 blocks and the title, and after the page furniture, so that it reads like the other shapes.
QStringList unfold(const QString &line)
{
    if (line.size() < 400)
        return {line};
    QString l = line;
    static const QRegularExpression title(QStringLiteral("[^\\s：:]+\\d{4}\\s*年度?政府信息公开工作年度报告"));
    const auto t = title.match(l);
    if (t.hasMatch())
        l = l.left(t.capturedStart()) + QLatin1Char('\n') + t.captured() + QLatin1Char('\n') + l.mid(t.capturedEnd());
    for (const QString &h : unfoldBefore)
        l.replace(h, QLatin1Char('\n') + h + QLatin1Char('\n'));
    for (const QString &h : {QStringLiteral("第二十条第"), QStringLiteral("附件下载")})
        l.replace(h, QLatin1Char('\n') + h);
    l.replace(QStringLiteral("-->"), QStringLiteral("-->\n"));
    return l.split(QLatin1Char('\n'));
}

} // namespace

QString SourceText::withoutRadicals(QString text)
{
    const auto isRadical = [](QChar c) { return c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF; };
    if (std::none_of(text.cbegin(), text.cend(), isRadical))
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar c : qAsConst(text)) {
        const auto &pairs = RadicalEquivalents::pairs;
        const auto it = std::lower_bound(pairs.cbegin(), pairs.cend(), c.unicode(), [](const RadicalEquivalents::Pair &p, char16_t u) { return p.radical < u; });
        if (isRadical(c) && it != pairs.cend() && it->radical == c.unicode()) {
            const char32_t unified = it->unified;
            out += QString::fromUcs4(&unified, 1);
        } else {
            out += c;
        }
    }
    return out;
}

QVector<SourceLine> SourceText::lines(const QString &text)
{
    // Web pages space with ideographic (U+3000) and no-break spaces, and hide zero-width ones: as ASCII spaces (TABs
    // stay, they separate cells), so that the patterns of the later stages see them as white space.
    QString plain = text;
    for (QChar &c : plain) {
        const char16_t u = c.unicode();
        if (u == 0x3000 || u == 0x00A0 || (u >= 0x2000 && u <= 0x200A) || u == 0x202F || u == 0x205F || u == '\r')
            c = QLatin1Char(' ');
    }
    plain.remove(QChar(0x200B)).remove(QChar(0xFEFF));
    plain = withoutRadicals(plain);
    QVector<SourceLine> out;
    const QStringList given = plain.split(QLatin1Char('\n'));
    for (int n = 0; n < given.size(); ++n) {
        for (const QString &raw : unfold(given[n])) {
            // Trailing TABs are a row's blank cells (an HTML table rendered to text): only spaces are trimmed there.
            QString line = raw;
            while (!line.isEmpty() && line.back().isSpace() && line.back() != QLatin1Char('\t'))
                line.chop(1);
            line = line.mid(int(std::find_if(line.cbegin(), line.cend(), [](QChar c) { return !c.isSpace(); }) - line.cbegin()));
            if (line.startsWith(QLatin1String("# source:")))
                continue; // the fixtures' provenance line, before it could pass for a Markdown heading
            // Markdown from PDF converters marks headings and bold text (## 一、总体情况, **（一）主动公开**).
            static const QRegularExpression markdownHeading(QStringLiteral("^#{1,6}\\s*"));
            static const QRegularExpression markdownBold(QStringLiteral("^\\*\\*(.*)\\*\\*$"));
            line.remove(markdownHeading);
            line.replace(markdownBold, QStringLiteral("\\1"));
            if (line.trimmed().isEmpty())
                line.clear();
            if (isFurniture(line))
                continue; // gone entirely: a page footer inside a table is no blank cell
            out.append({line, n + 1, !line.isEmpty() && raw.startsWith(QLatin1String("  "))});
        }
    }
    return out;
}

QString SourceText::normalise(const QString &label)
{
    QString s;
    s.reserve(label.size());
    for (QChar c : label) {
        if (c.isSpace())
            continue;
        switch (c.unicode()) {
        case '(': s += QStringLiteral("（"); break;
        case ')': s += QStringLiteral("）"); break;
        case ',': s += QStringLiteral("，"); break;
        case ':': s += QStringLiteral("："); break;
        case ';': s += QStringLiteral("；"); break;
        case 0x201C: case 0x201D: case '"': s += QLatin1Char('"'); break;
        default:
            if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
                s += QChar(c.unicode() - 0xFF10 + '0');
            else
                s += c;
        }
    }
    static const QRegularExpression itemNumber(QStringLiteral("^(\\d+)[、．]"));
    s.replace(itemNumber, QStringLiteral("\\1."));
    return s;
}

QString SourceText::asciiNumbers(const QString &line)
{
    QString l = line;
    for (QChar &c : l)
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(c.unicode() - 0xFF10 + '0');
    static const QRegularExpression thousands(QStringLiteral("(?<=\\d)[,，](?=\\d{3}(?!\\d))"));
    l.remove(thousands);
    return l;
}

QString SourceText::closeProseSpacing(const QString &paragraph, bool layout)
{
    static const QString punctuation = QStringLiteral("[，。、；：（）“”《》！？]");
    static const QRegularExpression aroundPunctuation(QStringLiteral(" +(?=%1)|(?<=%1) +").arg(punctuation));
    static const QRegularExpression betweenHan(QStringLiteral("(?<=\\p{Han}) +(?=\\p{Han})"));
    static const QRegularExpression digits(QStringLiteral("(?<=\\p{Han})\\s+(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%])\\s+(?=\\p{Han})"));
    QString p = paragraph;
    p.replace(aroundPunctuation, QString());
    p.replace(betweenHan, QString());
    if (layout)
        p.replace(digits, QString());
    return p;
}

QString SourceText::cellText(const QStringList &paragraphs)
{
    QString text;
    for (const QString &paragraph : paragraphs) {
        const QString p = paragraph.simplified();
        if (p.isEmpty())
            continue;
        if (!text.isEmpty() && text.back().unicode() < 0x2E80 && p.front().unicode() < 0x2E80)
            text += QLatin1Char(' ');
        text += p;
    }
    return text.replace(QLatin1Char('\t'), QLatin1Char(' '));
}

bool SourceText::isValueToken(const QString &token)
{
    static const QRegularExpression number(QStringLiteral("^-?\\d+(\\.\\d+)?(元|万元)?$"));
    return number.match(token).hasMatch();
}

bool SourceText::isNotApplicable(const QString &field)
{
    return field == QLatin1String("-") || field == QStringLiteral("—") || field == QLatin1String("/") || field == QStringLiteral("／");
}

bool SourceText::isNumberLike(const QString &field)
{
    // "1.属于国家秘密" is a label; 22（其中修订 16 件） and 251000元 are values.
    static const QRegularExpression number(QStringLiteral("^-?\\d+(\\.\\d+)?(\\s*[（(].*|元|万元)?$"));
    return field.isEmpty() || number.match(field).hasMatch() || isNotApplicable(field);
}

bool SourceText::isSeparated(const QString &line)
{
    return line.contains(QLatin1Char('\t')) || line.contains(QLatin1Char('|'));
}

QStringList SourceText::fieldsOf(const QString &line)
{
    QStringList fields;
    if (line.contains(QLatin1Char('\t'))) {
        fields = line.split(QLatin1Char('\t'));
    } else {
        QString pipes = line.trimmed();
        if (pipes.startsWith(QLatin1Char('|'))) {
            pipes.remove(0, 1);
            if (pipes.endsWith(QLatin1Char('|')))
                pipes.chop(1);
        }
        fields = pipes.split(QLatin1Char('|'));
    }
    for (QString &f : fields)
        f = f.trimmed();
    return fields;
}

bool SourceText::isFurniture(const QString &line)
{
    static const QRegularExpression furniture(QStringLiteral("^(发布日期|来源|当前位置|上一篇|下一篇|附件下载|分享|打印|关闭)[:：]?"));
    // Page numbers and footers: — 3 —, -3-, 第 3 页 共 7 页, 第3页/共7页, 共7页 第3页, 3 / 7, Page 3 of 7.
    static const QRegularExpression pageNumber(QStringLiteral(
        "^(?:[-—–]\\s*\\d+\\s*[-—–]|第\\s*\\d+\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d+\\s*页)?|共\\s*\\d+\\s*页\\s*[,，/]?\\s*第\\s*\\d+\\s*页"
        "|\\d+\\s*/\\s*\\d+|[Pp]age\\s*\\d+(?:\\s*of\\s*\\d+)?)$"));
    // Markdown table separator rows (|---|:--:|) carry no cells.
    static const QRegularExpression separatorRow(QStringLiteral("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?$"));
    return furniture.match(line).hasMatch() || pageNumber.match(line).hasMatch() || separatorRow.match(line).hasMatch()
        || line.startsWith(QLatin1String("# source:"));
}

int SourceText::editDistance(const QString &a, const QString &b)
{
    QVector<int> previous(b.size() + 1), current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(previous, current);
    }
    return previous[b.size()];
}

double SourceText::similarity(const QString &a, const QString &b)
{
    const int longer = int(qMax(a.size(), b.size()));
    return longer == 0 ? 1.0 : 1.0 - double(editDistance(a, b)) / longer;
}

QStringList SourceText::labelCellsOf(const GridRow *row)
{
    QStringList labels;
    for (const GridCell &c : row->cells)
        if (c.valueKey.isEmpty())
            labels.append(normalise(c.text));
    return labels;
}

QString SourceText::rowLabelOf(const GridRow *row)
{
    const QStringList labels = labelCellsOf(row);
    return labels.isEmpty() ? QString() : labels.constLast();
}

QVector<const GridCell *> SourceText::valueCellsOf(const GridRow *row)
{
    QVector<const GridCell *> cells;
    for (const GridCell &c : row->cells)
        if (!c.valueKey.isEmpty())
            cells.append(&c);
    return cells;
}

QString SourceText::labelText(const QStringList &lines)
{
    static const QRegularExpression separator(QStringLiteral("\\t|\\||\\s{2,}"));
    QString text;
    for (const QString &line : lines)
        for (const QString &field : line.split(separator, Qt::SkipEmptyParts)) {
            const QString f = field.trimmed();
            if (f.size() > 1 && !isValueToken(f))
                text += f;
        }
    return normalise(text);
}
