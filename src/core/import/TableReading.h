#pragma once

#include "CellValue.h"
#include "SourceText.h"

#include <QCoreApplication>
#include <QMap>

class ReportSchema;

// What a table reader made of one cell: its value as printed, the source line it came from, and — when the reader
// could not be certain (a label matched by likeness, a row placed by position, a split chosen among several) — why.
struct CellRead
{
    CellValue value;
    QString annotation; // printed after the number (22（其中修订 16 件）), or a not-applicable mark
    int line = 0;       // 1-based source line; 0 when not known
    QString doubt;      // empty: read with certainty
    int fieldFromEnd = -1; // in a line of cells (TAB-separated), which one counted from its last (0); -1: not known

    // Two reasons for one doubt, in the order found ("" where there is none).
    static QString joinDoubts(const QString &first, const QString &more);
};

// One table's reading by one reader.
struct TableReading
{
    QMap<QString, CellRead> cells; // only the cells the reader placed
    int rowsRead = 0;
    QStringList notes;
};

// The rows of one table as the report prints them (optional blocks it lacks left out), with what readers match
// them by.
class TableRows
{
    Q_DECLARE_TR_FUNCTIONS(TableRows)
public:
    TableRows(const ReportSchema &schema, int table); // table 0..2 of the schema: 二, 三, 四

    const ReportSchema &schema() const { return *m_schema; }
    const TableFormat &format() const { return *m_format; }
    int size() const { return int(m_rows.size()); }
    const GridRow *row(int k) const { return m_rows[k]; }
    const QVector<const GridRow *> &rows() const { return m_rows; }
    const QString &label(int k) const { return m_labels[k]; }    // the row's own label, normalised; empty for table 四
    const QStringList &joined(int k) const { return m_joined[k]; } // its label cells joined with its group's
    QStringList keys(int k) const;                                  // its value cells' keys, in printed order
    QStringList allKeys() const;
    QString cellName(const QString &key) const;

    // How a printed label names row k: 1 exactly (after normalising; also with its group label, or 规范性文件 for
    // 行政规范性文件), below 1 by likeness (a typo, a shortened or OCR-damaged label), 0 not at all.
    double labelMatch(int k, const QString &normalisedLabel) const;
    // The best row for a label among `rows`, with its match; -1 when none reaches `threshold`.
    std::pair<int, double> bestRow(const QString &normalisedLabel, const QVector<int> &rows, double threshold) const;

    // A printed value field as the cell `key` holds it: a number (its annotation apart), a not-applicable mark or an
    // empty field as blank. False with *note when the field cannot be the cell's value.
    bool readValue(const QString &key, const QString &field, CellRead *out, QString *note) const;

private:
    const ReportSchema *m_schema;
    const TableFormat *m_format;
    QVector<const GridRow *> m_rows;
    QStringList m_labels;
    QVector<QStringList> m_joined;
};
