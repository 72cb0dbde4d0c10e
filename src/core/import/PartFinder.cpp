#include "PartFinder.h"

#include "OfficialDocument.h"

#include "FormatRegistry.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace {

const QStringList officialHeadings = OfficialDocument::partHeadings();

// The words after the numeral, official and as published (report-formats.md §1).
const QVector<QStringList> headingWords{
    {QStringLiteral("总体情况"), QStringLiteral("总体概述"), QStringLiteral("基本情况")},
    {QStringLiteral("主动公开政府信息情况"), QStringLiteral("主动公开情况")},
    {QStringLiteral("收到和处理政府信息公开申请情况"), QStringLiteral("依申请公开政府信息情况"), QStringLiteral("政府信息公开申请情况")},
    {QStringLiteral("政府信息公开行政复议、行政诉讼情况"), QStringLiteral("因政府信息公开工作被申请行政复议、提起行政诉讼情况"),
     QStringLiteral("政府信息公开行政复议、行政诉讼情况统计")},
    {QStringLiteral("存在的主要问题及改进情况"), QStringLiteral("政府信息公开工作存在的主要问题及改进情况"), QStringLiteral("存在的主要问题和改进情况"),
     QStringLiteral("存在的问题及改进措施")},
    {QStringLiteral("其他需要报告的事项"), QStringLiteral("其他需要报告事项")}};

const QString numerals = QStringLiteral("一二三四五六");

// A heading's numbering taken off: 一、 一． 一. （一） 第一部分 表一： 表1 1、. *numeral is 1..6 or 0, *caption
// tells 表N from a part numeral, *sub a subsection's （一） numbering.
QString stripNumbering(const QString &n, int *numeral, bool *caption, bool *sub)
{
    static const QRegularExpression part(QStringLiteral("^(?:第([一二三四五六])部分|([一二三四五六])[、．.，,]?|(\\d)[、.．])"));
    static const QRegularExpression table(QStringLiteral("^表\\s*([一二三四1234])[：:、.．\\s]*"));
    static const QRegularExpression subsection(QStringLiteral("^（([一二三四五六七八九十]+)）"));
    *numeral = 0;
    *caption = false;
    *sub = false;
    if (const auto m = table.match(n); m.hasMatch()) {
        *caption = true;
        const QString d = m.captured(1);
        *numeral = d.at(0).isDigit() ? d.toInt() : int(numerals.indexOf(d)) + 1;
        return n.mid(m.capturedLength());
    }
    if (const auto m = subsection.match(n); m.hasMatch()) {
        *sub = true;
        return n.mid(m.capturedLength());
    }
    if (const auto m = part.match(n); m.hasMatch()) {
        const QString d = m.captured(1) + m.captured(2) + m.captured(3);
        *numeral = d.at(0).isDigit() ? d.toInt() : int(numerals.indexOf(d)) + 1;
        return n.mid(m.capturedLength());
    }
    return n;
}

} // namespace

int PartFinder::Outline::firstLine() const
{
    for (int p = 1; p <= 6; ++p) {
        if (parts[p].heading >= 0)
            return parts[p].heading;
        if (parts[p].from >= 0 && parts[p].from < parts[p].to)
            return parts[p].from;
    }
    return 0;
}

PartFinder::PartFinder(const FormatRegistry &registry)
{
    // Row labels of each table in both forms, and table 三's and 四's column words, long enough to be told apart
    // from prose words; 规范性文件 stands for table 二's row in either form.
    const QStringList tables{QStringLiteral("t2"), QStringLiteral("t3"), QStringLiteral("t4")};
    for (int t = 0; t < 3; ++t) {
        for (const QString &form : {QStringLiteral("2019"), QStringLiteral("2021")}) {
            const TableFormat *format = registry.table(tables[t], form);
            if (!format)
                continue;
            for (const GridRow &row : format->body) {
                static const QRegularExpression itemNumber(QStringLiteral("^(?:（[一二三四五六七八九十]+）|\\d+\\.|[一二三四五六七八九十]+、)"));
                const QString label = SourceText::rowLabelOf(&row).remove(itemNumber);
                if ((label.size() >= 3 || label == QStringLiteral("规章")) && !m_tableWords[t].contains(label))
                    m_tableWords[t].append(label);
            }
        }
    }
    m_tableWords[1] += {QStringLiteral("自然人"), QStringLiteral("商业企业"), QStringLiteral("科研机构"), QStringLiteral("社会公益组织"),
                        QStringLiteral("法律服务机构"), QStringLiteral("申请人情况")};
    m_tableWords[2] += {QStringLiteral("结果维持"), QStringLiteral("结果纠正"), QStringLiteral("尚未审结"), QStringLiteral("未经复议直接起诉"),
                        QStringLiteral("复议后起诉")};
}

QString PartFinder::officialHeading(int part)
{
    return officialHeadings.value(part - 1);
}

double PartFinder::headingScore(const QString &line, int part) const
{
    const QString n = SourceText::normalise(line);
    if (n.isEmpty() || n.size() > 40 || n.endsWith(QStringLiteral("。")) || n.endsWith(QStringLiteral("；")) || SourceText::isSeparated(line))
        return 0;
    if (n == SourceText::normalise(officialHeadings[part - 1]))
        return 1;
    int numeral = 0;
    bool caption = false, sub = false;
    QString rest = stripNumbering(n, &numeral, &caption, &sub);
    rest.remove(QRegularExpression(QStringLiteral("[：:。]$")));
    if (rest.size() < 2)
        return 0;
    double best = 0;
    for (const QString &words : headingWords[part - 1]) {
        const QString w = SourceText::normalise(words);
        double s = SourceText::similarity(rest, w);
        // A heading that adds words around the official ones (…情况统计表, 本机关…).
        if (rest.size() >= 4 && (rest.contains(w) || (w.contains(rest) && rest.size() * 2 >= w.size())))
            s = qMax(s, 0.85);
        best = qMax(best, s);
    }
    if (best < 0.6)
        return 0;
    if (caption)
        return part >= 2 && part <= 4 && numeral == part ? qMin(1.0, best + 0.1) : best * 0.8;
    if (sub)
        return best * 0.5; // （一）主动公开情况: a subsection of part 一, not part 二
    if (numeral == part)
        return qMin(0.99, best + 0.1);
    return numeral == 0 ? best * 0.8 : best * 0.7; // unnumbered, or numbered wrong (一、 where 二、 belongs)
}

std::array<int, 3> PartFinder::tableWords(const QString &line) const
{
    // A table line names a row at the start of a field (a cell, a laid-out column, the line itself); prose mentions
    // the same words inside its sentences, which do not count.
    static const QRegularExpression fieldSplit(QStringLiteral("\\t|\\||\\s{2,}"));
    static const QRegularExpression itemNumber(QStringLiteral("^(?:（[一二三四五六七八九十]+）|\\d+\\.|[一二三四五六七八九十]+、)"));
    std::array<int, 3> found{0, 0, 0};
    for (const QString &field : line.split(fieldSplit, Qt::SkipEmptyParts)) {
        const QString f = SourceText::normalise(field).remove(itemNumber);
        if (f.size() < 2)
            continue;
        for (int t = 0; t < 3; ++t)
            if (std::any_of(m_tableWords[t].cbegin(), m_tableWords[t].cend(), [&f](const QString &w) { return f.startsWith(w) || (f.size() >= 4 && w.startsWith(f)); })) {
                ++found[t];
                break;
            }
    }
    return found;
}

// A part 五 without a heading: the prose after table 四's last row (report-formats.md §1).
void PartFinder::findUnheadedPartFive(const QVector<SourceLine> &lines, Outline &outline) const
{
    Part &four = outline.parts[4], &five = outline.parts[5];
    if (five.from != five.to || four.from >= four.to)
        return;
    int lastTableLine = -1;
    for (int i = four.from; i < four.to; ++i)
        if (tableWords(lines[i].text)[2] > 0 || std::any_of(lines[i].text.cbegin(), lines[i].text.cend(), [](QChar c) { return c.isDigit(); }))
            lastTableLine = i;
    int prose = lastTableLine + 1;
    while (prose < four.to && SourceText::normalise(lines[prose].text).size() < 20)
        ++prose;
    if (lastTableLine >= 0 && prose < four.to) {
        five.from = prose;
        five.to = four.to;
        four.to = prose;
        outline.notes.append(tr("没有找到“%1”的标题：表四之后的文字作为这一部分，请核对").arg(officialHeadings[4]));
    }
}

// What the clerk is told about the parts: missing, placed by content, or headed in other words.
void PartFinder::noteParts(const QVector<SourceLine> &lines, Outline &outline)
{
    for (int p = 1; p <= 6; ++p) {
        const Part &part = outline.parts[p];
        const QString official = officialHeadings[p - 1];
        if (part.from == part.to && part.heading < 0)
            outline.notes.append(tr("文本里没有“%1”这一部分，留空").arg(official));
        else if (part.heading < 0)
            outline.notes.append(tr("没有找到“%1”的标题，按表格的内容确定了它的位置").arg(official));
        else if (part.match < 1)
            outline.notes.append(tr("第 %1 行的“%2”按“%3”读取").arg(lines[part.heading].number).arg(lines[part.heading].text, official));
    }
}

std::optional<PartFinder::Outline> PartFinder::find(const QVector<SourceLine> &lines, QString *error) const
{
    const int n = int(lines.size());
    // What each line says: which tables' rows it names, and how well it reads as each part's heading.
    QVector<std::array<int, 3>> hits(n + 1, {0, 0, 0}); // prefix sums
    QVector<std::array<double, 7>> heading(n);
    for (int i = 0; i < n; ++i) {
        const std::array<int, 3> words = tableWords(lines[i].text);
        for (int t = 0; t < 3; ++t)
            hits[i + 1][t] = hits[i][t] + words[t];
        const QString &text = lines[i].text;
        heading[i][0] = 0;
        for (int p = 1; p <= 6; ++p)
            heading[i][p] = headingScore(text, p);
    }
    auto tableHits = [&](int t, int from, int to) { return hits[to][t] - hits[from][t]; };

    // Candidate starts of each part: lines that read as its heading, and for a table part also the first table line
    // of a run of its table's words (a table under no heading, or under one we cannot read).
    QVector<QVector<int>> candidates(7);
    for (int p = 1; p <= 6; ++p) {
        QVector<std::pair<double, int>> scored;
        for (int i = 0; i < n; ++i)
            if (heading[i][p] >= 0.6)
                scored.append({heading[i][p], i});
        std::sort(scored.begin(), scored.end(), std::greater<>());
        scored.resize(qMin(int(scored.size()), 60)); // bounded: a garbled text of thousands of heading-like lines
        for (const auto &s : scored)
            candidates[p].append(s.second);
        if (p >= 2 && p <= 4) {
            const int t = p - 2;
            for (int i = 0; i < n; ++i)
                if (tableHits(t, i, i + 1) > 0 && (i == 0 || tableHits(t, qMax(0, i - 4), i) == 0) && candidates[p].size() < 120)
                    candidates[p].append(-(i + 1)); // negative: a start found by content, the line itself is body
        }
    }
    auto lineOf = [](int c) { return c >= 0 ? c : -c - 1; };
    auto bodyFrom = [](int c) { return c >= 0 ? c + 1 : -c - 1; };

    // Heading-like lines of each part, as prefix sums of their scores.
    QVector<std::array<double, 7>> headingSum(n + 1);
    headingSum[0].fill(0);
    for (int i = 0; i < n; ++i)
        for (int q = 0; q <= 6; ++q)
            headingSum[i + 1][q] = headingSum[i][q] + (q > 0 && heading[i][q] >= 0.6 ? heading[i][q] : 0);

    // A part's region [from, to) scored by its content: a table part by its own table's rows in it and none of the
    // others', a prose part by holding no table; other parts' heading-like lines inside a region count against it
    // (a list of the parts in the preamble, or a table caption where the heading was chosen elsewhere).
    auto regionScore = [&](int p, int from, int to) {
        if (to <= from)
            return 0.0;
        double s = 0;
        for (int t = 0; t < 3; ++t) {
            const int h = tableHits(t, from, to);
            s += (p == t + 2) ? 1.0 * qMin(h, 40) : -1.0 * h;
        }
        for (int q = 1; q <= 6; ++q)
            if (q != p)
                s -= 0.25 * (headingSum[to][q] - headingSum[from][q]);
        return s;
    };
    auto absentCost = [](int p) { return (p >= 2 && p <= 4) ? 3.0 : 0.6; }; // a missing table part costs more
    auto absentBetween = [&](int after, int before) {
        double c = 0;
        for (int r = after + 1; r < before; ++r)
            c += absentCost(r);
        return c;
    };

    // The parts present, in order, each at one of its candidates: the best chain by dynamic programming over
    // (part, candidate), skipping a part at its cost.
    struct State
    {
        int part, candidate;
        double score = -1e18;
        int previous = -1; // index in `states`, -1: the chain starts here
    };
    QVector<State> states;
    for (int p = 1; p <= 6; ++p)
        for (int c : qAsConst(candidates[p]))
            states.append({p, c});
    for (int s = 0; s < states.size(); ++s) {
        State &st = states[s];
        const int here = lineOf(st.candidate);
        const double own = st.candidate >= 0 ? heading[st.candidate][st.part] * 2 : 0.2;
        st.score = own - absentBetween(0, st.part);
        for (int k = 0; k < s; ++k) {
            const State &prev = states[k];
            if (prev.part >= st.part || lineOf(prev.candidate) >= here)
                continue;
            const double v = prev.score + regionScore(prev.part, bodyFrom(prev.candidate), here) - absentBetween(prev.part, st.part) + own;
            if (v > st.score) {
                st.score = v;
                st.previous = k;
            }
        }
    }
    int bestLast = -1;
    double bestScore = -1e18;
    for (int s = 0; s < states.size(); ++s) {
        const double total = states[s].score + regionScore(states[s].part, bodyFrom(states[s].candidate), n) - absentBetween(states[s].part, 7);
        if (total > bestScore) {
            bestScore = total;
            bestLast = s;
        }
    }
    Outline outline;
    for (Part &part : outline.parts)
        part.from = part.to = n;
    for (int s = bestLast, end = n; s >= 0; s = states[s].previous) {
        const State &st = states[s];
        Part &part = outline.parts[st.part];
        part.heading = st.candidate >= 0 ? st.candidate : -1;
        part.from = bodyFrom(st.candidate);
        part.to = end;
        part.match = st.candidate >= 0 ? heading[st.candidate][st.part] : 0;
        end = lineOf(st.candidate);
    }
    // An absent part is empty where the next present one starts.
    for (int p = 5; p >= 1; --p)
        if (outline.parts[p].heading < 0 && outline.parts[p].from == outline.parts[p].to)
            outline.parts[p].from = outline.parts[p].to = outline.parts[p + 1].heading >= 0 ? outline.parts[p + 1].heading : outline.parts[p + 1].from;
    if (std::all_of(outline.parts.cbegin() + 2, outline.parts.cbegin() + 5, [](const Part &part) { return part.from == part.to; })) {
        *error = tr("找不到“%1”等表格部分：这不像一份政府信息公开工作年度报告").arg(officialHeadings[1]);
        return std::nullopt;
    }
    findUnheadedPartFive(lines, outline);
    noteParts(lines, outline);
    return outline;
}
