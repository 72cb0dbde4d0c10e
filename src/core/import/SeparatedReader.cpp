#include "SeparatedReader.h"

#include <QHash>
#include <QSet>

#include <limits>

TableReading SeparatedReader::read(const QVector<SourceLine> &lines, const TableRows &rows, bool exactOnly)
{
    TableReading reading;
    int next = 0;
    QSet<int> done;
    int detached = -1;     // a row whose label stood alone on a line: its numbers may follow on their own
    int detachedLine = -1; // the index of that line among the non-empty ones
    int lineIndex = -1;
    QHash<int, int> rowLine; // row → the line (among the non-empty ones) it was read from
    struct Unplaced
    {
        int lineIndex;
        const SourceLine *source;
        QStringList fields;
        int lastLabel;
    };
    QVector<Unplaced> unplaced; // lines of cells ending in figures whose label names no row
    // Row `row`'s values: the fields after `lastLabel`.
    const auto place = [&](int row, const SourceLine &source, const QStringList &fields, int lastLabel, QString doubt) {
        const QStringList keys = rows.keys(row);
        QStringList given = fields.mid(lastLabel + 1);
        // A Markdown row ends in an empty field when its frame is open; one trailing empty field too many is no cell.
        while (given.size() > keys.size() && given.constLast().isEmpty())
            given.removeLast();
        if (given.size() != keys.size()) {
            const QString count = tr("这一行有 %1 个数，表中这一行有 %2 格").arg(given.size()).arg(keys.size());
            doubt = CellRead::joinDoubts(doubt, count);
            reading.notes.append(tr("%1：%2，按顺序填入，请核对").arg(rows.cellName(keys.constFirst()), count));
        }
        for (int v = 0; v < keys.size(); ++v) {
            CellRead cell;
            QString note;
            if (!rows.readValue(keys[v], given.value(v), &cell, &note))
                reading.notes.append(note);
            cell.line = source.number;
            if (lastLabel + 1 + v < fields.size()) // counted from the end: a row's leading blank cells are trimmed away
                cell.fieldFromEnd = int(fields.size()) - 1 - (lastLabel + 1 + v);
            cell.doubt = doubt;
            reading.cells.insert(keys[v], cell);
        }
    };
    for (const SourceLine &source : lines) {
        if (source.text.isEmpty())
            continue;
        ++lineIndex;
        const QStringList fields = SourceText::fieldsOf(SourceText::asciiNumbers(source.text));
        int lastLabel = -1;
        for (int f = 0; f < fields.size(); ++f)
            if (!SourceText::isNumberLike(fields[f]))
                lastLabel = f;
        const bool separated = SourceText::isSeparated(source.text);
        int row = -1;
        QString doubt;
        if (detached >= 0 && lastLabel < 0 && separated) {
            // Markdown converters pull long labels out of the table: the row of cells after a label alone is its.
            row = detached;
            if (lineIndex != detachedLine + 1)
                doubt = tr("数字与行名不在相邻两行，按其前面单独一行的“%1”放入").arg(rows.label(row));
        } else {
            QVector<int> order; // printed order from the row expected next, then rows not read yet
            for (int k = next; k < rows.size(); ++k)
                order.append(k);
            for (int k = 0; k < next; ++k)
                if (!done.contains(k))
                    order.append(k);
            // Table 四's row has no label: a line of numbers only.
            for (int k : qAsConst(order))
                if (rows.label(k).isEmpty() && lastLabel < 0 && fields.size() > 1 && separated) {
                    row = k;
                    break;
                }
            // The label fields from the right; an exact name anywhere beats a likeness.
            for (const double threshold : {1.0, 0.7}) {
                if (row >= 0 || (exactOnly && threshold < 1))
                    break;
                for (int f = lastLabel; f >= 0 && row < 0; --f) {
                    if (SourceText::isNumberLike(fields[f]))
                        continue;
                    const QString label = SourceText::normalise(fields[f]);
                    const auto [k, score] = rows.bestRow(label, order, threshold);
                    if (k >= 0) {
                        row = k;
                        lastLabel = f;
                        if (score < 1) {
                            doubt = tr("原文的行名“%1”与表中的“%2”不完全相同").arg(fields[f], rows.label(k));
                            reading.notes.append(tr("第 %1 行的“%2”按“%3”读取，请核对").arg(source.number).arg(fields[f], rows.label(k)));
                        }
                    }
                }
            }
        }
        if (row < 0) {
            // A header, a caption, a placeholder header row or a note — or a row whose label is past knowing.
            if (separated && lastLabel + 1 < fields.size())
                unplaced.append({lineIndex, &source, fields, lastLabel});
            continue;
        }
        next = qMax(next, row + 1);
        if (lastLabel + 1 >= fields.size()) {
            detached = row; // a label alone on its line: the numbers are elsewhere
            detachedLine = lineIndex;
            continue;
        }
        detached = -1;
        done.insert(row);
        rowLine.insert(row, lineIndex);
        ++reading.rowsRead;
        place(row, source, fields, lastLabel, doubt);
    }
    if (exactOnly)
        return reading;
    // A row whose label a scan's OCR (or a converter) damaged past knowing: the one line of its number of figures
    // between the rows read before and after it — it alone missing between them — is it, by its place; marked.
    QSet<int> used;
    for (int k = 0; k < rows.size(); ++k) {
        if (done.contains(k) || rows.label(k).isEmpty())
            continue;
        int before = -1, after = rows.size();
        for (int j = k - 1; j >= 0 && before < 0; --j)
            if (done.contains(j))
                before = j;
        for (int j = k + 1; j < rows.size() && after == rows.size(); ++j)
            if (done.contains(j))
                after = j;
        if (after - before != 2)
            continue;
        const int from = before >= 0 ? rowLine.value(before) : -1;
        const int to = after < rows.size() ? rowLine.value(after) : std::numeric_limits<int>::max();
        int found = -1, candidates = 0;
        for (int u = 0; u < unplaced.size(); ++u) {
            const Unplaced &line = unplaced.at(u);
            int figures = int(line.fields.size()) - line.lastLabel - 1; // trailing empty fields are a frame's, not cells
            while (figures > 0 && line.fields.at(line.lastLabel + figures).isEmpty())
                --figures;
            if (line.lineIndex > from && line.lineIndex < to && !used.contains(u) && figures == rows.keys(k).size()) {
                found = u;
                ++candidates;
            }
        }
        if (candidates != 1 || from >= to)
            continue;
        used.insert(found);
        const Unplaced &line = unplaced.at(found);
        const QString doubt = line.lastLabel >= 0
                                  ? tr("原文的行名“%1”未能认出，按这一行在表中的位置放入“%2”").arg(line.fields.at(line.lastLabel), rows.label(k))
                                  : tr("原文这一行没有行名，按它在表中的位置放入“%1”").arg(rows.label(k));
        reading.notes.append(tr("第 %1 行：%2，请核对").arg(line.source->number).arg(doubt));
        place(k, *line.source, line.fields, line.lastLabel, doubt);
    }
    return reading;
}
