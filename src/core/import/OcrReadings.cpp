#include "OcrReadings.h"

void OcrReadings::add(int line, int cell, int cells, const QStringList &others)
{
    if (others.isEmpty() || cell < 0 || cell >= cells)
        return;
    QVector<QStringList> &row = m_lines[line];
    row.resize(cells);
    row[cell] = others;
}

QHash<QString, QStringList> OcrReadings::ofCells(const QMap<QString, int> &sourceLines, const QMap<QString, int> &sourceFields) const
{
    QHash<QString, QStringList> out;
    for (auto it = sourceFields.cbegin(); it != sourceFields.cend(); ++it) {
        const auto line = m_lines.constFind(sourceLines.value(it.key()) - 1);
        if (line == m_lines.cend())
            continue;
        // Counted from the line's end: the importer trims a row's leading blank cells, never its last ones.
        const int cell = int(line->size()) - 1 - it.value();
        if (cell >= 0 && cell < line->size() && !line->at(cell).isEmpty())
            out.insert(it.key(), line->at(cell));
    }
    return out;
}
