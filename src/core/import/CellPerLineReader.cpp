#include "CellPerLineReader.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

bool isValueLine(const QString &text)
{
    return text.isEmpty() || SourceText::isNumberLike(text);
}

} // namespace

TableReading CellPerLineReader::read(const QVector<SourceLine> &lines, const TableRows &rows)
{
    TableReading reading;
    // The shape: nearly every non-empty line one field (a number or a label), no separated or laid-out rows.
    int single = 0, nonEmpty = 0, values = 0;
    for (const SourceLine &l : lines) {
        if (l.text.isEmpty())
            continue;
        ++nonEmpty;
        const QString t = SourceText::asciiNumbers(l.text);
        const bool one = !SourceText::isSeparated(t) && !t.contains(QRegularExpression(QStringLiteral("\\d\\s+\\d")));
        single += one ? 1 : 0;
        values += SourceText::isNumberLike(t) ? 1 : 0;
    }
    if (nonEmpty == 0 || single * 10 < nonEmpty * 9 || values < rows.size())
        return reading;
    // Empty lines are cells where a web page's table was saved as text: there, cells stand on adjacent lines. Where
    // nearly every line stands alone between empty ones (PDF text without layout), the empty lines only separate.
    // Told by the numbers: in a page's text a number's line has a neighbour (the next cell), in PDF text it stands
    // between empty lines.
    int numbers = 0, neighboured = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &t = lines[i].text;
        if (t.isEmpty() || !SourceText::isNumberLike(t))
            continue;
        ++numbers;
        neighboured += (i > 0 && !lines[i - 1].text.isEmpty()) || (i + 1 < lines.size() && !lines[i + 1].text.isEmpty()) ? 1 : 0;
    }
    QVector<SourceLine> packed;
    const bool separators = neighboured * 4 < numbers;
    for (const SourceLine &l : lines)
        if (!separators || !l.text.isEmpty())
            packed.append(l);

    // Walk: label lines name a row; the lines from the last label line to the next label line are its cells.
    int next = 0;
    QVector<bool> done(rows.size(), false);
    int row = -1;
    QString rowDoubt;
    QVector<const SourceLine *> cells;
    auto finish = [&]() {
        if (row < 0 || cells.isEmpty()) {
            row = -1; // a label with no lines of its own (labels and numbers apart): not read here
            return;
        }
        const QStringList keys = rows.keys(row);
        QVector<const SourceLine *> given = cells;
        QString doubt = rowDoubt;
        bool trimmed = false;
        if (given.size() != keys.size()) {
            trimmed = true;
            // Empty lines around the row's cells are separators when without them the count fits.
            while (!given.isEmpty() && given.constLast()->text.isEmpty() && given.size() > keys.size())
                given.removeLast();
            while (!given.isEmpty() && given.constFirst()->text.isEmpty() && given.size() > keys.size())
                given.removeFirst();
            int numbers = 0;
            for (const SourceLine *l : qAsConst(given))
                numbers += l->text.isEmpty() ? 0 : 1;
            if (given.size() != keys.size() && numbers == keys.size()) {
                QVector<const SourceLine *> filled;
                for (const SourceLine *l : qAsConst(given))
                    if (!l->text.isEmpty())
                        filled.append(l);
                given = filled; // every cell has its number: the empty lines were separators
            }
        }
        if (given.size() != keys.size() || trimmed) {
            // Which empty lines were blank cells and which separators cannot be told: the row is a guess.
            const QString count = tr("行名之后有 %1 行，表中这一行有 %2 格").arg(cells.size()).arg(keys.size());
            doubt = CellRead::joinDoubts(doubt, count);
            reading.notes.append(tr("%1：%2，按顺序填入，请核对").arg(rows.cellName(keys.constFirst()), count));
        }
        for (int v = 0; v < keys.size(); ++v) {
            CellRead cell;
            QString note;
            const SourceLine *l = given.value(v);
            if (l && !rows.readValue(keys[v], SourceText::asciiNumbers(l->text), &cell, &note))
                reading.notes.append(note);
            cell.line = l ? l->number : (given.isEmpty() ? 0 : given.constLast()->number);
            cell.doubt = doubt;
            reading.cells.insert(keys[v], cell);
        }
        done[row] = true;
        ++reading.rowsRead;
        row = -1;
        cells.clear();
    };
    bool inLabels = false;
    QString labelRun; // consecutive label lines joined: a wrapped label
    for (const SourceLine &l : qAsConst(packed)) {
        if (isValueLine(l.text)) {
            if (row >= 0 || !inLabels)
                cells.append(&l);
            inLabels = false;
            labelRun.clear();
            continue;
        }
        // A label line: it ends the row before it, and may name the next.
        const QString label = SourceText::normalise(l.text);
        labelRun = inLabels ? labelRun + label : label;
        inLabels = true;
        QVector<int> order;
        for (int k = next; k < rows.size(); ++k)
            order.append(k);
        for (int k = 0; k < next; ++k)
            if (!done[k])
                order.append(k);
        auto [k, score] = rows.bestRow(label, order, 1.0);
        if (k < 0)
            std::tie(k, score) = rows.bestRow(labelRun, order, 1.0);
        if (k < 0)
            std::tie(k, score) = rows.bestRow(label, order, 0.7);
        if (k >= 0 && k == row && cells.isEmpty()) {
            if (score >= 1)
                rowDoubt.clear(); // the wrapped label's lines together are the row's own
            continue;
        }
        const bool numbersYet = std::any_of(cells.cbegin(), cells.cend(), [](const SourceLine *c) { return !c->text.isEmpty(); });
        if (k < 0 && row >= 0 && !numbersYet) {
            cells.clear(); // the second half of a wrapped label, a group label or a column heading: the row goes on
            continue;
        }
        if (row >= 0 || (k >= 0 && !cells.isEmpty()))
            finish();
        cells.clear();
        if (k >= 0) {
            row = k;
            next = qMax(next, k + 1);
            rowDoubt = score < 1 ? tr("原文的行名“%1”与表中的“%2”不完全相同").arg(l.text, rows.label(k)) : QString();
            if (score < 1)
                reading.notes.append(tr("第 %1 行的“%2”按“%3”读取，请核对").arg(l.number).arg(l.text, rows.label(k)));
        } else if (row < 0) {
            // Table 四's row has no label: its cells follow the header's last line.
            for (int r = 0; r < rows.size(); ++r)
                if (rows.label(r).isEmpty() && !done[r]) {
                    row = r;
                    rowDoubt.clear();
                }
        }
    }
    finish();
    return reading;
}

TableReading CellPerLineReader::readInOrder(const QVector<SourceLine> &lines, const TableRows &rows)
{
    TableReading reading;
    QVector<std::pair<QString, int>> numbers;
    for (const SourceLine &line : lines)
        for (const QString &token : SourceText::asciiNumbers(line.text).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            if (SourceText::isValueToken(token))
                numbers.append({token, line.number});
    const QStringList keys = rows.allKeys();
    if (numbers.size() != keys.size())
        return reading;
    for (int i = 0; i < keys.size(); ++i) {
        CellRead cell;
        QString note;
        if (!rows.readValue(keys[i], numbers[i].first, &cell, &note))
            reading.notes.append(note);
        cell.line = numbers[i].second;
        cell.doubt = tr("行名与数字分开，按表中格子的顺序填入");
        reading.cells.insert(keys[i], cell);
    }
    reading.rowsRead = rows.size();
    return reading;
}
