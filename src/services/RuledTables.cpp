#include "RuledTables.h"

#include <algorithm>

namespace {

constexpr int dark = RuledTables::dark;

// A ruled line: where it runs, in page pixels.
struct Rule
{
    int at = 0;    // y of a horizontal line, x of a vertical one
    int from = 0;  // its extent along the other axis
    int to = 0;
};

// A table as its horizontal rules make it, before its cells are known.
struct Ruled
{
    QVector<Rule> rows; // horizontal lines, top to bottom
    QRect box;
};

// The longest run of ink along row y between x0 and x1, gaps of up to 3 pixels bridged (a scan breaks thin lines);
// with `thick` rows below it too (a rule a scan left sloping by a pixel or two across a wide cell is still one run).
Rule longestRow(const QImage &g, int y, int x0, int x1, int thick = 1)
{
    Rule best{y, 0, -1};
    int start = -1, lastInk = -10;
    const int rows = std::min(thick, g.height() - y);
    for (int x = x0; x < x1; ++x) {
        bool inked = false;
        for (int dy = 0; dy < rows && !inked; ++dy)
            inked = g.constScanLine(y + dy)[x] < dark;
        if (!inked)
            continue;
        if (x - lastInk > 4)
            start = x;
        lastInk = x;
        if (lastInk - start > best.to - best.from)
            best = Rule{y, start, lastInk};
    }
    return best;
}

// Horizontal rules: rows whose longest run of ink is over a third of the page, neighbouring rows merged.
QVector<Rule> horizontalRules(const QImage &g)
{
    QVector<Rule> rules;
    const int minimum = g.width() / 3;
    for (int y = 0; y < g.height(); ++y) {
        const Rule r = longestRow(g, y, 0, g.width());
        if (r.to - r.from < minimum)
            continue;
        if (!rules.isEmpty() && y - rules.last().at <= 3) {
            Rule &last = rules.last();
            last.from = std::min(last.from, r.from);
            last.to = std::max(last.to, r.to);
            last.at = y; // the line's last row; its middle is taken below
            continue;
        }
        rules.append(r);
    }
    return rules;
}

// Rules close one above the other, overlapping across, make a table (three at least: a header and a row).
QVector<Ruled> tablesOf(const QVector<Rule> &rules, int pageHeight)
{
    QVector<Ruled> tables;
    Ruled current;
    const auto close = [&] {
        if (current.rows.size() >= 3) {
            int from = current.rows.first().from, to = current.rows.first().to;
            for (const Rule &r : qAsConst(current.rows)) {
                from = std::min(from, r.from);
                to = std::max(to, r.to);
            }
            current.box = QRect(QPoint(from, current.rows.first().at), QPoint(to, current.rows.last().at));
            tables.append(current);
        }
        current = Ruled();
    };
    for (const Rule &r : rules) {
        if (!current.rows.isEmpty() && (r.at - current.rows.last().at > pageHeight / 5 || r.from > current.rows.last().to || r.to < current.rows.last().from))
            close();
        current.rows.append(r);
    }
    close();
    return tables;
}

// The vertical rules crossing the band between two horizontal ones: columns inked over nearly all the band's height.
QVector<int> columnsOf(const QImage &g, const QRect &box, int top, int bottom)
{
    QVector<int> xs;
    const int y0 = top + 3, y1 = bottom - 3;
    if (y1 - y0 < 4)
        return xs;
    // Per column, the rows inked at it or beside it (a rule a pixel off straight still counts), counted row by row.
    const int from = std::max(0, box.left() - 4), to = std::min(g.width() - 1, box.right() + 4);
    QVector<int> inked(to - from + 1, 0);
    for (int y = y0; y < y1; ++y) {
        const uchar *row = g.constScanLine(y);
        for (int x = from; x <= to; ++x)
            inked[x - from] += row[x] < dark || (x > 0 && row[x - 1] < dark) || (x + 1 < g.width() && row[x + 1] < dark) ? 1 : 0;
    }
    for (int x = from; x <= to; ++x) {
        if (inked.at(x - from) < (y1 - y0) * 9 / 10)
            continue;
        if (!xs.isEmpty() && x - xs.last() <= 4)
            xs.last() = x;
        else
            xs.append(x);
    }
    return xs;
}

// Whether the horizontal rule at y runs over [x0, x1]: a cell without one at its top continues the cell above (a
// merged cell, or a header whose rule runs only under part of the table).
bool ruledAbove(const QImage &g, int x0, int x1, int y)
{
    // A rule is one run of ink along a row across the cell (glyphs near it ink many columns, but never in one run).
    const int width = (x1 - 3) - (x0 + 3);
    if (width <= 0)
        return true;
    for (int dy = -3; dy <= 2; ++dy)
        if (y + dy >= 0 && y + dy < g.height()) {
            const Rule r = longestRow(g, y + dy, x0 + 3, x1 - 3, 3);
            if ((r.to - r.from) * 100 >= width * 85)
                return true;
        }
    return false;
}

} // namespace

int RuledTables::inkIn(const QImage &g, const QRect &r)
{
    int n = 0;
    for (int y = std::max(0, r.top()); y <= std::min(g.height() - 1, r.bottom()); ++y) {
        const uchar *row = g.constScanLine(y);
        for (int x = std::max(0, r.left()); x <= std::min(g.width() - 1, r.right()); ++x)
            n += row[x] < dark ? 1 : 0;
    }
    return n;
}

QVector<RuledTables::Table> RuledTables::find(const QImage &page)
{
    QVector<Table> found;
    for (const Ruled &ruled : tablesOf(horizontalRules(page), page.height())) {
        Table table;
        table.box = ruled.box;
        for (const Rule &r : ruled.rows)
            table.rules.append(r.at);
        // Per band between two rules, the cells its vertical rules make; a cell with no rule above it is the cell
        // above, grown.
        for (int i = 0; i + 1 < table.rules.size(); ++i) {
            const int top = table.rules.at(i), bottom = table.rules.at(i + 1);
            const QVector<int> xs = columnsOf(page, table.box, top, bottom);
            QVector<int> band;
            for (int j = 0; j + 1 < xs.size(); ++j) {
                Cell cell{QRect(QPoint(xs.at(j), top), QPoint(xs.at(j + 1), bottom))};
                if (i > 0 && !ruledAbove(page, xs.at(j), xs.at(j + 1), top))
                    for (int k : qAsConst(table.bands.last())) {
                        const int above = table.cells.at(k).owner >= 0 ? table.cells.at(k).owner : k;
                        const QRect &r = table.cells.at(above).rect;
                        if (std::abs(r.left() - xs.at(j)) <= 6 && std::abs(r.right() - xs.at(j + 1)) <= 6) {
                            table.cells[above].rect.setBottom(bottom);
                            ++table.cells[above].span;
                            cell.owner = above;
                            break;
                        }
                    }
                band.append(int(table.cells.size()));
                table.cells.append(cell);
            }
            table.bands.append(band);
        }
        found.append(table);
    }
    return found;
}
