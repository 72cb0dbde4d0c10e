#include "AlignedReader.h"
#include "ReportSchema.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <climits>

namespace {

// Which columns a line's numbers are in, when it has fewer than the reference line (a complete row) has columns.
// pdftotext moves a whole line's numbers by the width its label takes, but keeps their spacing: so the numbers keep
// their order and their spacing is matched to the reference's columns, the line shifted as a whole (a shift away
// from the reference's own position costs a little, which places a lone number).
QVector<int> placeInColumns(const QVector<int> &ends, const QVector<int> &columns)
{
    const int m = int(ends.size()), k = int(columns.size());
    QVector<int> best;
    qint64 bestCost = LLONG_MAX;
    QSet<int> shifts{0};
    for (int e : ends)
        for (int c : columns)
            shifts.insert(c - e);
    for (int shift : qAsConst(shifts)) {
        // cost[i][c]: numbers 0..i placed, number i in column c; from[i][c]: column of number i-1
        QVector<QVector<qint64>> cost(m, QVector<qint64>(k, LLONG_MAX));
        QVector<QVector<int>> from(m, QVector<int>(k, -1));
        for (int c = 0; c < k; ++c)
            cost[0][c] = 2 * qAbs(ends[0] + shift - columns[c]);
        for (int i = 1; i < m; ++i)
            for (int c = i; c < k; ++c)
                for (int p = i - 1; p < c; ++p)
                    if (cost[i - 1][p] != LLONG_MAX && cost[i - 1][p] + 2 * qAbs(ends[i] + shift - columns[c]) < cost[i][c]) {
                        cost[i][c] = cost[i - 1][p] + 2 * qAbs(ends[i] + shift - columns[c]);
                        from[i][c] = p;
                    }
        for (int c = m - 1; c < k; ++c) {
            if (cost[m - 1][c] == LLONG_MAX || cost[m - 1][c] + qAbs(shift) >= bestCost)
                continue;
            bestCost = cost[m - 1][c] + qAbs(shift);
            best.resize(m);
            for (int i = m - 1, col = c; i >= 0; col = from[i][col], --i)
                best[i] = col;
        }
    }
    return best;
}

} // namespace

TableReading AlignedReader::read(const QVector<SourceLine> &lines, const TableRows &rows)
{
    TableReading reading;
    static const QRegularExpression token(QStringLiteral("\\S+"));
    static const QRegularExpression wideGap(QStringLiteral("\\s{2,}"));
    // The header texts, whose pieces (其他, 总计 …) must not be taken for a row's.
    QStringList headerTexts;
    for (const GridRow &h : rows.format().header)
        for (const GridCell &c : h.cells)
            if (!c.text.isEmpty())
                headerTexts.append(SourceText::normalise(c.text));

    struct NumberLine
    {
        QVector<QString> values;
        QVector<int> ends; // character column where each number ends
        QVector<QString> units; // the words set right after each number (251000 元): a free-text cell's own
        int line = 0;      // index among the section's lines
        int source = 0;    // source line number
        bool labelled = false; // label text on the same line (pdftotext shifts such lines' columns)
        int row = -1;      // the row a label piece on this line names
        bool typo = false; // named by likeness, not by a piece of its label
        int above = -1;    // the row named last before this line
        int below = -1;    // the row named next after it
    };
    QVector<NumberLine> numberLines;
    int current = 0; // label pieces are looked for from the row named last
    int lastNamed = -1;
    int unplacedFrom = 0; // number lines from here on have no row named after them yet
    for (int l = 0; l < lines.size(); ++l) {
        const QString line = SourceText::asciiNumbers(lines[l].text);
        if (line.isEmpty())
            continue;
        NumberLine n;
        n.line = l;
        n.source = lines[l].number;
        n.above = lastNamed;
        for (auto it = token.globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            if (SourceText::isValueToken(m.captured())) {
                n.values.append(m.captured());
                n.ends.append(int(m.capturedEnd()));
                static const QRegularExpression unit(QStringLiteral("^ ?([^\\s\\d][^\\s]*)"));
                const auto after = unit.match(line.mid(m.capturedEnd()));
                n.units.append(after.hasMatch() ? after.captured(1) : QString());
            }
        }
        for (const QString &field : line.split(wideGap, Qt::SkipEmptyParts)) {
            const QString piece = SourceText::normalise(field);
            if (SourceText::isValueToken(piece))
                continue;
            n.labelled = true;
            if (piece.size() < 2)
                continue;
            if (std::any_of(headerTexts.cbegin(), headerTexts.cend(), [&](const QString &h) { return h.contains(piece); }))
                continue;
            for (int k = current; k < rows.size() && k < current + 6; ++k) {
                const QString &label = rows.label(k);
                if (label.isEmpty())
                    continue;
                const bool piece_ = label.contains(piece);
                // a typo (2.其他法律行政止公开) passes for the row after the last one named
                const bool typo = !piece_ && k == lastNamed + 1 && piece.size() >= 6
                    && SourceText::editDistance(piece, label) <= qMax(2, int(label.size()) / 4);
                if (piece_ || typo) {
                    current = k;
                    lastNamed = k;
                    n.row = k;
                    n.typo = typo;
                    for (; unplacedFrom < numberLines.size(); ++unplacedFrom)
                        numberLines[unplacedFrom].below = k;
                    break;
                }
            }
        }
        if (!n.values.isEmpty())
            numberLines.append(n);
    }
    // Laid-out rows put a row's numbers side by side; one number per line is another shape (PDF text without layout).
    bool allSingle = true;
    for (int k = 0; k < rows.size(); ++k)
        allSingle = allSingle && rows.keys(k).size() == 1;
    const bool sideBySide = allSingle || std::any_of(numberLines.cbegin(), numberLines.cend(), [](const NumberLine &n) { return n.values.size() > 1; });
    if (!sideBySide)
        return reading;
    QVector<int> lineOfRow(rows.size(), -1);
    QVector<QString> placedBy(rows.size()); // why a row's line was placed without its label: its cells' doubt
    int previousRow = -1;
    for (int i = 0; i < numberLines.size(); ++i) {
        const NumberLine &n = numberLines[i];
        int row = n.row;
        QString why;
        if (n.typo) {
            why = tr("行名与表中的“%1”不完全相同").arg(rows.label(row));
            reading.notes.append(tr("第 %1 行的行名按“%2”读取，请核对").arg(n.source).arg(rows.label(row)));
        }
        if (row < 0 && n.above >= 0 && (n.above == n.below || (lineOfRow[n.above] < 0 && n.above > previousRow)))
            row = n.above; // between the pieces of one wrapped label, or just after a label with no numbers yet
        if (row < 0 || lineOfRow[row] >= 0 || row <= previousRow) {
            row = previousRow + 1; // no label places it: the next row in order
            while (row < rows.size() && lineOfRow[row] >= 0)
                ++row;
            if (row < rows.size() && !rows.label(row).isEmpty())
                why = tr("这一行数字旁没有认出行名，按顺序放在“%1”").arg(rows.label(row));
        }
        if (row >= rows.size())
            break;
        if (n.values.size() > rows.keys(row).size())
            break; // not this table's shape: stop rather than guess
        lineOfRow[row] = i;
        placedBy[row] = why;
        previousRow = row;
    }

    QMap<QString, CellRead> pending; // applied only when the whole table reads
    for (int k = 0; k < rows.size(); ++k) {
        if (lineOfRow[k] < 0)
            continue;
        const NumberLine &n = numberLines[lineOfRow[k]];
        const QStringList keys = rows.keys(k);
        ++reading.rowsRead;
        QVector<int> slot(n.values.size());
        for (int i = 0; i < n.values.size(); ++i)
            slot[i] = i;
        QString doubt = placedBy[k];
        if (n.values.size() < keys.size()) {
            // The columns of the nearest line that fills a row of this size, preferring one laid out alike.
            const NumberLine *reference = nullptr;
            for (const NumberLine &f : qAsConst(numberLines))
                if (f.values.size() == keys.size()
                    && (!reference || (f.labelled == n.labelled) > (reference->labelled == n.labelled)
                        || ((f.labelled == n.labelled) == (reference->labelled == n.labelled)
                            && qAbs(f.line - n.line) < qAbs(reference->line - n.line))))
                    reference = &f;
            const QString missing = tr("这一行只有 %1 个数（表中 %2 格）").arg(n.values.size()).arg(keys.size());
            if (!reference) {
                reading.notes.append(tr("%1：%2，分不清属于哪几列，整行留空").arg(rows.cellName(keys[0]), missing));
                for (const QString &key : keys)
                    reading.cells.insert(key, {CellValue(), QString(), n.source, missing + tr("，分不清属于哪几列")});
                continue;
            }
            slot = placeInColumns(n.ends, reference->ends);
            reading.notes.append(tr("%1：%2，按列的位置填入，其余留空").arg(rows.cellName(keys[0]), missing));
            doubt = doubt.isEmpty() ? QString(missing + tr("，按列的位置填入")) : CellRead::joinDoubts(doubt, missing);
            // The row's cells left blank are as doubtful as the ones filled.
            for (const QString &key : keys)
                pending.insert(key, {CellValue(), QString(), n.source, doubt});
        }
        for (int i = 0; i < n.values.size(); ++i) {
            const QString key = keys[slot[i]];
            CellRead cell;
            QString note;
            // A free-text cell (采购总金额) is the figure with its unit, as printed.
            const bool text = rows.schema().cell(key)->type == ValueType::Text;
            if (!rows.readValue(key, text ? n.values[i] + n.units[i] : n.values[i], &cell, &note))
                reading.notes.append(note);
            cell.line = n.source;
            cell.doubt = doubt;
            pending.insert(key, cell);
        }
    }
    for (auto it = pending.begin(); it != pending.end(); ++it)
        reading.cells.insert(it.key(), it.value());
    return reading;
}
