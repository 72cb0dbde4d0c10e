#include "SeparatedReader.h"

#include <QSet>

TableReading SeparatedReader::read(const QVector<SourceLine> &lines, const TableRows &rows, bool exactOnly)
{
    TableReading reading;
    int next = 0;
    QSet<int> done;
    int detached = -1;     // a row whose label stood alone on a line: its numbers may follow on their own
    int detachedLine = -1; // the index of that line among the non-empty ones
    int lineIndex = -1;
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
        if (row < 0)
            continue; // a header, a caption, a placeholder header row or a note
        next = qMax(next, row + 1);
        if (lastLabel + 1 >= fields.size()) {
            detached = row; // a label alone on its line: the numbers are elsewhere
            detachedLine = lineIndex;
            continue;
        }
        detached = -1;
        done.insert(row);
        ++reading.rowsRead;
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
    }
    return reading;
}
