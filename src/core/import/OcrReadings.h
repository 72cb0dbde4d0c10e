#pragma once

#include <QHash>
#include <QMap>
#include <QStringList>
#include <QVector>

// A scan's figures as OCR read them where its readings disagreed. ScanText reads a table's figure more than one way
// (as digits, as words, enlarged) and puts the reading most of them give in the text; the others are kept here, per
// line of the text and cell of the line (TAB-separated, from the first), for the table's rules and last year's report
// to choose among (RuleConfirmation::chooseReadings).
class OcrReadings
{
public:
    // Cell `cell` (0-based) of line `line` (0-based; `cells` cells in all) was also read as `others`.
    void add(int line, int cell, int cells, const QStringList &others);
    bool isEmpty() const { return m_lines.isEmpty(); }

    // Each imported cell's other readings, by the line (1-based) and the cell counted from the line's last (0) it came
    // from — TextImporter::Result's sourceLines and sourceFields.
    QHash<QString, QStringList> ofCells(const QMap<QString, int> &sourceLines, const QMap<QString, int> &sourceFields) const;

private:
    QHash<int, QVector<QStringList>> m_lines;
};
