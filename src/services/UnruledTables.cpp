#include "UnruledTables.h"
#include "SourceText.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

using PdfWords::Line;
using PdfWords::Word;

namespace {

using Span = UnruledTables::Span;

constexpr double never = std::numeric_limits<double>::infinity();

double middle(const Span &s)
{
    return (s.left + s.right) / 2;
}

bool overlap(const Span &a, const Span &b)
{
    return a.left < b.right && b.left < a.right;
}

Span spanOf(const QRectF &r)
{
    return {r.left(), r.right()};
}

// The boxes of cells standing across `spans` in a row that stands in `row`.
QVector<QRectF> boxesOf(const QVector<Span> &spans, const QRectF &row)
{
    QVector<QRectF> boxes;
    for (const Span &s : spans)
        boxes.append(QRectF(QPointF(s.left, row.top()), QPointF(s.right, row.bottom())));
    return boxes;
}

double median(QVector<double> v)
{
    if (v.isEmpty())
        return 0;
    std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
    return v.at(v.size() / 2);
}

// A cell's figure: a number, signed or not, with a unit or a note in brackets after it (251000 元, 22（其中修订 16 件）).
bool isFigure(QString text)
{
    text = SourceText::asciiNumbers(text).trimmed();
    text.replace(QChar(0x2212), QLatin1Char('-')).replace(QChar(0xFF0D), QLatin1Char('-'));
    static const QRegularExpression number(QStringLiteral("^[-+]?\\d+(\\.\\d+)?\\s*(%|％|元|万元|[（(].*)?$"));
    return number.match(text).hasMatch();
}

// Words that stand together on a line: split where they leave a gap of `gap` or more.
struct Chunk
{
    QVector<Word> words;
    Span span;
    QString text;
    bool figure = false;
};

QVector<Chunk> chunksOf(const QVector<Word> &line, double gap)
{
    QVector<Chunk> chunks;
    for (int i = 0; i < line.size(); ++i) {
        if (i == 0 || line.at(i).box.left() - line.at(i - 1).box.right() >= gap)
            chunks.append(Chunk());
        chunks.last().words.append(line.at(i));
    }
    for (Chunk &c : chunks) {
        c.span = spanOf(PdfWords::boxOf(c.words));
        c.text = PdfWords::textOf(c.words);
        c.figure = isFigure(c.text);
    }
    return chunks;
}

struct PageLine
{
    Line words;
    QVector<Chunk> chunks;
    QRectF box;
    enum Kind { Prose, Figures, Other } kind = Other;
    bool header = false; // words over the figures' columns, figures below: a table's header
    bool margin = false; // in the top or bottom tenth of the page
    double y() const { return box.center().y(); }
    double figureLeft() const
    {
        double left = never;
        for (const Chunk &c : chunks)
            if (c.figure)
                left = std::min(left, c.span.left);
        return left;
    }
};

// Spans that overlap, merged: the columns they stand in, left to right.
QVector<Span> merged(QVector<Span> spans)
{
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.left < b.left; });
    QVector<Span> out;
    for (const Span &s : qAsConst(spans))
        if (!out.isEmpty() && s.left < out.last().right)
            out.last().right = std::max(out.last().right, s.right);
        else
            out.append(s);
    return out;
}

// A piece of a label: words of one line in one label column.
struct Piece
{
    Span span;
    double y = 0;
    int line = -1;
    QVector<Word> words;
};

// The cells a row's label pieces make: pieces over one another (overlapping across) are one cell, read top to bottom.
QVector<std::pair<Span, QString>> labelCells(QVector<Piece> pieces)
{
    std::sort(pieces.begin(), pieces.end(), [](const Piece &a, const Piece &b) { return a.y < b.y || (a.y == b.y && a.span.left < b.span.left); });
    QVector<std::pair<Span, QString>> cells;
    for (const Piece &p : qAsConst(pieces)) {
        const QString text = PdfWords::textOf(p.words);
        auto cell = std::find_if(cells.begin(), cells.end(), [&](const std::pair<Span, QString> &c) { return overlap(c.first, p.span); });
        if (cell == cells.end()) {
            cells.append({p.span, text});
            continue;
        }
        if (PdfWords::spaced(cell->second, text, true))
            cell->second += QLatin1Char(' ');
        cell->second += text;
        cell->first = {std::min(cell->first.left, p.span.left), std::max(cell->first.right, p.span.right)};
    }
    std::sort(cells.begin(), cells.end(), [](const auto &a, const auto &b) { return a.first.left < b.first.left; });
    return cells;
}

class PageReader
{
public:
    PageReader(QVector<PageLine> lines, double h, UnruledTables::Carry *carry, QVector<Word> *rest)
        : m_lines(std::move(lines)), m_h(h), m_carry(carry), m_rest(rest)
    {
    }

    QVector<UnruledTables::Row> read();

private:
    struct Section
    {
        QVector<int> head; // header lines
        QVector<int> body; // rows' lines: figure lines and the label lines around them
    };
    bool isHeader(int line, int from, int to) const;
    void band(int from, int to, bool last);
    void section(const Section &s, bool firstOnPage, bool lastOfBand);
    QVector<Span> columnsOf(const Section &s, double figuresFrom, QVector<Span> *headers) const;
    void asIs(int line);

    QVector<PageLine> m_lines;
    double m_h;
    UnruledTables::Carry *m_carry;
    QVector<Word> *m_rest;
    UnruledTables::Carry m_next;
    QVector<UnruledTables::Row> m_rows;
    bool m_proseBefore = false; // a paragraph above the first table on the page: no row there goes on from the last page
    bool m_anySection = false;
    // Where the last page's table has its figures, while this page may go on with it (its first band, no paragraph
    // before): a page of that table's rows all left blank has no figures to find its columns by.
    double m_carriedFrom = never;
};

void PageReader::asIs(int line)
{
    QStringList cells;
    QVector<Span> spans;
    for (const Chunk &c : qAsConst(m_lines.at(line).chunks)) {
        cells << c.text;
        spans << c.span;
    }
    m_rows.append({cells, m_lines.at(line).box, boxesOf(spans, m_lines.at(line).box)});
}

QVector<UnruledTables::Row> PageReader::read()
{
    // Bands of lines between paragraphs of prose; a band with figures in it holds tables.
    int lastContent = int(m_lines.size()) - 1;
    while (lastContent >= 0 && m_lines.at(lastContent).margin)
        --lastContent;
    if (m_carry->rowAtEnd)
        for (const Span &column : qAsConst(m_carry->columns))
            m_carriedFrom = std::min(m_carriedFrom, column.left);
    for (int i = 0; i < m_lines.size();) {
        if (m_lines.at(i).kind == PageLine::Prose) {
            m_rest->append(m_lines.at(i).words);
            m_proseBefore = m_proseBefore || !m_lines.at(i).margin;
            if (m_proseBefore)
                m_carriedFrom = never;
            ++i;
            continue;
        }
        int j = i;
        int figureLines = 0, mostFigures = 0;
        for (; j < m_lines.size() && m_lines.at(j).kind != PageLine::Prose; ++j)
            if (m_lines.at(j).kind == PageLine::Figures) {
                ++figureLines;
                mostFigures = std::max(mostFigures, int(std::count_if(m_lines.at(j).chunks.cbegin(), m_lines.at(j).chunks.cend(), [](const Chunk &c) { return c.figure; })));
            }
        // One number alone between paragraphs (a year on a line of the title) is no table — unless a header of two
        // cells or more stands over it (信息内容 | 本年收费金额: table 二's last part alone on a page).
        bool headed = false;
        for (int k = i; k < j && figureLines == 1 && !headed; ++k)
            headed = m_lines.at(k).kind == PageLine::Other && m_lines.at(k).chunks.size() >= 2 && isHeader(k, i, j);
        // A page of the last page's table whose rows are all blank: its header repeated over the same columns.
        bool goesOn = false;
        for (int k = i; k < j && m_carriedFrom < never && !goesOn; ++k)
            goesOn = std::any_of(m_lines.at(k).words.cbegin(), m_lines.at(k).words.cend(), [&](const Word &w) { return w.box.center().x() >= m_carriedFrom - m_h; });
        if (figureLines >= 2 || mostFigures >= 2 || headed || goesOn)
            band(i, j, j > lastContent);
        else
            for (int k = i; k < j; ++k)
                m_rest->append(m_lines.at(k).words);
        m_carriedFrom = never;
        i = j;
    }
    *m_carry = m_next;
    return m_rows;
}

// A header line, over figure lines that follow it before `to`: it has words over the figures' columns, or text
// standing wholly right of where the labels of the rows around it end (a heading centred over the whole table:
// 第二十条第（六）项).
bool PageReader::isHeader(int line, int from, int to) const
{
    double figuresFrom = never, labelsTo = -never;
    const auto labelsOf = [&](const PageLine &l) {
        for (const Chunk &c : l.chunks)
            if (!c.figure && c.span.right <= l.figureLeft())
                labelsTo = std::max(labelsTo, c.span.right);
    };
    for (int m = line + 1, seen = 0; m < to && seen < 3; ++m)
        if (m_lines.at(m).kind == PageLine::Figures) {
            figuresFrom = std::min(figuresFrom, m_lines.at(m).figureLeft());
            labelsOf(m_lines.at(m));
            ++seen;
        }
    for (int m = line - 1, seen = 0; m >= from && seen < 3; --m)
        if (m_lines.at(m).kind == PageLine::Figures) {
            labelsOf(m_lines.at(m));
            ++seen;
        }
    if (figuresFrom == never)
        figuresFrom = m_carriedFrom;
    if (figuresFrom == never)
        return false;
    const PageLine &l = m_lines.at(line);
    return std::any_of(l.words.cbegin(), l.words.cend(), [&](const Word &w) { return w.box.center().x() >= figuresFrom - m_h; })
        || (labelsTo > -never && std::any_of(l.chunks.cbegin(), l.chunks.cend(), [&](const Chunk &c) { return c.span.left > labelsTo + m_h / 2; }));
}

void PageReader::band(int from, int to, bool last)
{
    // A header line has words over the columns of the figures that follow it.
    for (int k = from; k < to; ++k) {
        PageLine &line = m_lines[k];
        if (line.kind != PageLine::Other)
            continue;
        line.header = isHeader(k, from, to);
    }
    // Before the first header or figure line: a heading or a caption, prose — unless a figure line comes first
    // (a table going on from the last page), whose label may begin above it.
    int start = from;
    while (start < to && m_lines.at(start).kind == PageLine::Other && !m_lines.at(start).header)
        ++start;
    if (start < to && m_lines.at(start).header) {
        for (int k = from; k < start; ++k)
            m_rest->append(m_lines.at(k).words);
    } else {
        start = from;
    }
    QVector<Section> sections{Section()};
    QVector<int> pending; // label lines since the last header or figure line
    for (int k = start; k < to; ++k) {
        Section &current = sections.last();
        const bool hasFigures = std::any_of(current.body.cbegin(), current.body.cend(), [&](int i) { return m_lines.at(i).kind == PageLine::Figures; });
        if (m_lines.at(k).header) {
            if (hasFigures) {
                current.body += pending;
                sections.append(Section());
                sections.last().head.append(k);
            } else {
                current.head += pending;
                current.head.append(k);
            }
            pending.clear();
        } else if (m_lines.at(k).kind == PageLine::Figures) {
            current.body += pending;
            current.body.append(k);
            pending.clear();
        } else {
            pending.append(k);
        }
    }
    sections.last().body += pending;
    for (int s = 0; s < sections.size(); ++s) {
        section(sections.at(s), !m_anySection && !m_proseBefore, last && s + 1 == sections.size());
        m_anySection = true;
    }
}

// The section's columns, left to right; *headers: the header cells they were found by (group headings left out).
QVector<Span> PageReader::columnsOf(const Section &s, double figuresFrom, QVector<Span> *headers) const
{
    struct Candidate
    {
        Span span;
        bool header;
    };
    QVector<Candidate> candidates;
    for (int i : s.head)
        for (const Word &w : m_lines.at(i).words)
            if (w.box.center().x() >= figuresFrom - m_h)
                candidates.append({spanOf(w.box), true});
    for (int i : s.body)
        if (m_lines.at(i).kind == PageLine::Figures)
            for (const Chunk &c : m_lines.at(i).chunks)
                if (middle(c.span) >= figuresFrom - 0.3 * m_h)
                    candidates.append({c.span, false});
    if (s.head.isEmpty())
        for (const Span &column : qAsConst(m_carry->columns))
            candidates.append({column, false});
    // A header cell over the middles of two columns or more heads a group of columns (法人或其他组织): not a column.
    QVector<Span> kept;
    for (const Candidate &c : qAsConst(candidates)) {
        if (c.header) {
            QVector<double> inside;
            for (const Candidate &o : qAsConst(candidates))
                if (o.span.right - o.span.left < c.span.right - c.span.left && middle(o.span) > c.span.left && middle(o.span) < c.span.right)
                    inside.append(middle(o.span));
            std::sort(inside.begin(), inside.end());
            int groups = inside.isEmpty() ? 0 : 1;
            for (int k = 1; k < inside.size(); ++k)
                if (inside.at(k) - inside.at(k - 1) > m_h)
                    ++groups;
            if (groups >= 2)
                continue;
            headers->append(c.span);
        }
        kept.append(c.span);
    }
    return merged(kept);
}

void PageReader::section(const Section &s, bool firstOnPage, bool lastOfBand)
{
    for (int i : s.head)
        asIs(i);
    QVector<int> rowLines; // the figure lines, top to bottom: a row each
    for (int i : s.body)
        if (m_lines.at(i).kind == PageLine::Figures)
            rowLines.append(i);
    if (rowLines.isEmpty() && m_carriedFrom == never) {
        for (int i : s.body)
            asIs(i);
        return;
    }
    // Where the figures begin: on a page going on with the last page's table, where that table's columns begin (this
    // page's rows may leave its first columns blank); else where this section's figures do.
    double figuresFrom = m_carriedFrom;
    for (int i : rowLines)
        figuresFrom = std::min(figuresFrom, m_lines.at(i).figureLeft());
    QVector<Span> headers;
    const QVector<Span> columns = columnsOf(s, figuresFrom, &headers);

    // Each figure (and anything else right of the labels) in the column it stands in: the one it shares most width
    // with. The figures of a column line up — by their left edges, their right edges or their middles — as a table's
    // do; a column whose figures do not (a text laid out in spaces, set in a proportional face) is no column to trust.
    QVector<QVector<int>> columnOf(rowLines.size()); // per row, per chunk right of the labels: its column, or -1
    QVector<QVector<Span>> inColumn(columns.size());
    for (int r = 0; r < rowLines.size(); ++r)
        for (const Chunk &c : m_lines.at(rowLines.at(r)).chunks) {
            if (middle(c.span) < figuresFrom - 0.3 * m_h)
                continue;
            int best = -1;
            double most = 0;
            for (int k = 0; k < columns.size(); ++k) {
                const double shared = std::min(c.span.right, columns.at(k).right) - std::max(c.span.left, columns.at(k).left);
                if (shared > most) {
                    most = shared;
                    best = k;
                }
            }
            columnOf[r].append(best);
            if (best >= 0)
                inColumn[best].append(c.span);
        }
    QVector<bool> aligned(columns.size(), true);
    for (int k = 0; k < columns.size(); ++k) {
        const auto spread = [&](const std::function<double(const Span &)> &at) {
            double low = never, high = -never;
            for (const Span &span : inColumn.at(k)) {
                low = std::min(low, at(span));
                high = std::max(high, at(span));
            }
            return high - low;
        };
        aligned[k] = inColumn.at(k).size() < 2 || spread([](const Span &x) { return x.left; }) <= m_h / 2
            || spread([](const Span &x) { return x.right; }) <= m_h / 2 || spread(middle) <= m_h / 2;
    }
    // A column is one to place figures by when a header cell above lines up with its figures (their middles, left or
    // right edges), or — a table going on from the last page without its header — when its figures stand within a
    // column of the last page's. Otherwise (figures under no header, a text laid out in spaces whose header and
    // figures only roughly meet) each row gives its figures in order, and no row is taken for blank.
    const auto lined = [&](int k) {
        const QVector<Span> &figures = inColumn.at(k);
        if (figures.isEmpty())
            return true;
        QVector<double> middles;
        double left = never, right = -never;
        for (const Span &f : figures) {
            middles.append(middle(f));
            left = std::min(left, f.left);
            right = std::max(right, f.right);
        }
        const double centre = median(middles);
        for (const Span &h : qAsConst(headers))
            if (overlap(h, columns.at(k))
                && (std::abs(middle(h) - centre) <= m_h / 2 || std::abs(h.left - left) <= m_h / 2 || std::abs(h.right - right) <= m_h / 2))
                return true;
        if (s.head.isEmpty())
            for (const Span &c : qAsConst(m_carry->columns))
                if (left >= c.left - m_h / 2 && right <= c.right + m_h / 2)
                    return true;
        return false;
    };
    bool trusted = !s.head.isEmpty() || !m_carry->columns.isEmpty();
    for (int k = 0; k < columns.size() && trusted; ++k)
        trusted = aligned.at(k) && lined(k);
    if (!s.head.isEmpty() || m_next.columns.isEmpty())
        m_next.columns = trusted ? columns : QVector<Span>();

    // Each line's label words (left of the figures), in pieces split where a label column ends.
    QVector<Piece> pieces;
    for (int i : s.body) {
        const PageLine &line = m_lines.at(i);
        QVector<Word> label;
        for (const Chunk &c : line.chunks)
            if (line.kind != PageLine::Figures || middle(c.span) < figuresFrom - 0.3 * m_h)
                label += c.words;
        for (int k = 0; k < label.size(); ++k) {
            if (k == 0 || label.at(k).box.left() - label.at(k - 1).box.right() >= 0.2 * m_h)
                pieces.append({spanOf(label.at(k).box), line.y(), i, {}});
            Piece &p = pieces.last();
            p.words.append(label.at(k));
            p.span.right = std::max(p.span.right, label.at(k).box.right());
        }
    }
    // A cell's label lines: pieces one below the other (overlapping across) at the label's line pitch. Between two
    // rows' cells the gap is wider (the cells' padding): the least gaps between such pieces, up to two and a half
    // lines' height, are the pitch.
    QVector<double> gaps;
    for (int i = 0; i < pieces.size(); ++i)
        for (int k = i + 1; k < pieces.size(); ++k)
            if (pieces.at(k).line != pieces.at(i).line && overlap(pieces.at(i).span, pieces.at(k).span)) {
                if (pieces.at(k).y - pieces.at(i).y <= 2.5 * m_h)
                    gaps.append(pieces.at(k).y - pieces.at(i).y);
                break;
            }
    std::sort(gaps.begin(), gaps.end());
    const double pitch = gaps.isEmpty() ? 2 * m_h : std::max(gaps.at(gaps.size() / 4), m_h);
    QVector<int> blockOf(pieces.size(), -1);
    int blocks = 0;
    for (int i = 0; i < pieces.size(); ++i) {
        if (blockOf.at(i) < 0)
            blockOf[i] = blocks++;
        for (int k = i + 1; k < pieces.size(); ++k)
            if (pieces.at(k).line != pieces.at(i).line && overlap(pieces.at(i).span, pieces.at(k).span)) {
                if (pieces.at(k).y - pieces.at(i).y <= 1.15 * pitch) {
                    const int from = blockOf.at(k), to = blockOf.at(i);
                    for (int &b : blockOf)
                        if (from >= 0 && b == from)
                            b = to;
                    blockOf[k] = to;
                }
                break;
            }
    }

    // Each block to the row its figures stand beside: the one whose figure line it is on, or the one it is centred on
    // (the figures within half a pitch of its lines; a pitch above the first row or below the last, where a page break
    // cuts a row). A block at the page's top goes on from the last page's cut row; one between rows that stands beside
    // no figures is a row left blank (only when nothing stands in the figures' columns); any other is no row's. A
    // block on two rows' figure lines is taken line by line.
    const bool goesOn = firstOnPage && m_carry->rowAtEnd && !m_carry->lastLabels.isEmpty();
    const int firstRowLine = rowLines.isEmpty() ? std::numeric_limits<int>::max() : rowLines.constFirst();
    const int lastRowLine = rowLines.isEmpty() ? -1 : rowLines.constLast();
    QVector<QVector<Piece>> assigned(rowLines.size() + 1); // [0]: the cut row's rest
    QVector<Piece> skipped;
    QVector<QVector<Piece>> blank; // label blocks beside no figures: rows left blank
    const auto rowNear = [&](double y) {
        int best = 0;
        for (int r = 1; r < rowLines.size(); ++r)
            if (std::abs(m_lines.at(rowLines.at(r)).y() - y) < std::abs(m_lines.at(rowLines.at(best)).y() - y))
                best = r;
        return best;
    };
    double firstTop = never;
    for (const Piece &p : qAsConst(pieces))
        firstTop = std::min(firstTop, p.y);
    for (int b = 0; b < blocks; ++b) {
        QVector<Piece> members;
        QSet<int> pinned;
        double top = never, bottom = -never, right = -never;
        for (int i = 0; i < pieces.size(); ++i)
            if (blockOf.at(i) == b) {
                members.append(pieces.at(i));
                top = std::min(top, pieces.at(i).y);
                bottom = std::max(bottom, pieces.at(i).y);
                right = std::max(right, pieces.at(i).span.right);
                if (const int row = int(rowLines.indexOf(pieces.at(i).line)); row >= 0)
                    pinned.insert(row);
            }
        if (members.isEmpty())
            continue;
        const bool above = members.constLast().line < firstRowLine, below = members.constFirst().line > lastRowLine;
        if (rowLines.isEmpty()) {
            if (goesOn && top <= firstTop + pitch / 2)
                assigned[0] += members;
            else if (right <= figuresFrom && trusted)
                blank.append(members);
            else
                skipped += members;
            continue;
        }
        if (pinned.size() > 1) {
            for (const Piece &p : qAsConst(members)) {
                const int row = int(rowLines.indexOf(p.line));
                assigned[(row >= 0 ? row : rowNear(p.y)) + 1].append(p);
            }
            continue;
        }
        const double centre = (top + bottom) / 2;
        const int row = pinned.isEmpty() ? rowNear(centre) : *pinned.cbegin();
        const double rowY = m_lines.at(rowLines.at(row)).y();
        const double apart = std::max({0.0, top - rowY, rowY - bottom}); // from the row's figures to the block
        if (!pinned.isEmpty() || apart <= (above || below ? pitch : pitch / 2))
            assigned[row + 1] += members;
        else if (goesOn && above && top <= firstTop + pitch / 2)
            assigned[0] += members;
        else if (right <= figuresFrom && trusted && !(below && lastOfBand) && !(above && s.head.isEmpty() && !goesOn))
            blank.append(members);
        else
            skipped += members;
    }

    // Lines left to no row: before a table's rows or after its last, prose unless the band goes on below.
    QVector<int> skippedLines;
    for (const Piece &p : qAsConst(skipped))
        if (!skippedLines.contains(p.line))
            skippedLines.append(p.line);
    for (int line : qAsConst(skippedLines)) {
        const bool outside = (line > lastRowLine && lastOfBand) || (line < firstRowLine && s.head.isEmpty() && firstOnPage);
        QVector<Word> words;
        for (const Piece &p : qAsConst(skipped))
            if (p.line == line)
                words += p.words;
        if (outside)
            *m_rest += words;
        else
            m_rows.append({{PdfWords::textOf(words)}, PdfWords::boxOf(words)});
    }

    for (const QVector<Piece> &block : qAsConst(blank)) {
        QStringList cells;
        QVector<Span> spans;
        for (const auto &[span, text] : labelCells(block)) {
            cells << text;
            spans << span;
        }
        QVector<Word> words;
        for (const Piece &p : block)
            words += p.words;
        const QRectF box = PdfWords::boxOf(words);
        m_rows.append({cells + QStringList(columns.size()), box, boxesOf(spans + columns, box)});
    }

    // The cut row's rest: its cells where the last page's row has its label cells, so that PdfText joins them.
    if (!assigned.constFirst().isEmpty()) {
        QStringList cells(m_carry->lastLabels.size() + m_carry->columns.size());
        bool placed = true;
        QVector<Word> words;
        for (const auto &[span, text] : labelCells(assigned.constFirst())) {
            const auto at = std::find_if(m_carry->lastLabels.cbegin(), m_carry->lastLabels.cend(), [&](const Span &l) { return overlap(l, span); });
            placed = placed && at != m_carry->lastLabels.cend();
            if (at != m_carry->lastLabels.cend())
                cells[int(at - m_carry->lastLabels.cbegin())] += text;
        }
        for (const Piece &p : assigned.constFirst())
            words += p.words;
        if (!placed)
            cells = QStringList{PdfWords::textOf(words)};
        m_rows.append({cells, PdfWords::boxOf(words)});
    }

    for (int r = 0; r < rowLines.size(); ++r) {
        const PageLine &line = m_lines.at(rowLines.at(r));
        QStringList cells;
        QVector<Span> labelSpans;
        for (const auto &[span, text] : labelCells(assigned.at(r + 1))) {
            cells << text;
            labelSpans << span;
        }
        // When two figures fall in one column, one in none or in a column not lined up: the figures in their order,
        // for the importer to count and mark.
        QStringList byColumn(columns.size());
        QStringList inOrder;
        QVector<Span> inOrderSpans;
        bool fits = trusted && !columns.isEmpty();
        int n = 0;
        for (const Chunk &c : line.chunks) {
            if (middle(c.span) < figuresFrom - 0.3 * m_h)
                continue;
            inOrder << c.text;
            inOrderSpans << c.span;
            const int k = columnOf.at(r).at(n++);
            if (k < 0 || !aligned.at(k) || !byColumn.at(k).isEmpty())
                fits = false;
            else
                byColumn[k] = c.text;
        }
        cells += fits ? byColumn : inOrder;
        QRectF box = line.box;
        for (const Piece &p : assigned.at(r + 1))
            box |= PdfWords::boxOf(p.words);
        m_rows.append({cells, box, boxesOf(labelSpans + (fits ? columns : inOrderSpans), box)});
        if (r + 1 == rowLines.size()) {
            m_next.lastLabels = labelSpans;
            m_next.rowAtEnd = lastOfBand && fits;
        }
    }
    if (rowLines.isEmpty() && !blank.isEmpty()) { // a page of blank rows: its last may go on at the next page's top
        const auto last = std::max_element(blank.cbegin(), blank.cend(), [](const QVector<Piece> &a, const QVector<Piece> &b) { return a.constFirst().y < b.constFirst().y; });
        m_next.lastLabels.clear();
        for (const auto &[span, text] : labelCells(*last))
            m_next.lastLabels << span;
        m_next.rowAtEnd = lastOfBand;
    }
    if (!m_next.rowAtEnd)
        m_next.lastLabels.clear();
    if (!lastOfBand)
        m_next.rowAtEnd = false;
}

} // namespace

QVector<UnruledTables::Row> UnruledTables::find(const QVector<Word> &words, const QSize &page, Carry *carry, QVector<Word> *rest)
{
    const QVector<Line> lines = PdfWords::linesOf(words);
    if (lines.isEmpty()) {
        *carry = Carry();
        return {};
    }
    QVector<double> heights;
    for (const Word &w : words)
        heights.append(w.box.height());
    const double h = median(heights);
    double bodyLeft = never, bodyRight = -never;
    for (const Line &line : lines) {
        const QRectF box = PdfWords::boxOf(line);
        bodyLeft = std::min(bodyLeft, box.left());
        bodyRight = std::max(bodyRight, box.right());
    }
    QVector<PageLine> all(lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        PageLine &p = all[i];
        p.words = lines.at(i);
        p.box = PdfWords::boxOf(p.words);
        // Cells apart by their padding (more than a third of a line's height), words of a sentence by a space at most.
        p.chunks = chunksOf(p.words, 0.35 * h);
        p.margin = p.box.bottom() < page.height() / 10.0 || p.box.top() > page.height() * 0.9;
        const bool figures = std::any_of(p.chunks.cbegin(), p.chunks.cend(), [](const Chunk &c) { return c.figure; });
        if (p.margin && PdfWords::isPageNumber(PdfWords::textOf(p.words)))
            p.kind = PageLine::Prose; // a page's number, left to PdfText to drop
        else if (figures)
            p.kind = PageLine::Figures;
        else if (p.chunks.size() == 1 && p.box.left() <= bodyLeft + 2.5 * h && p.box.width() >= 0.5 * (bodyRight - bodyLeft))
            p.kind = PageLine::Prose; // a line of a paragraph: from the left margin, wide, in one run
    }
    return PageReader(std::move(all), h, carry, rest).read();
}
