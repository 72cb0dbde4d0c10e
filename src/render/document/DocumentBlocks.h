#pragma once

#include "ReportSchema.h"

#include <QString>
#include <QVector>

// The report as a sequence of blocks in printed order, shared by the DOCX, ODT and HTML writers: title, prose
// paragraphs (with a level-2 heading at their start), part headings, the official tables, contact line, 落款.
struct DocumentBlock
{
    enum Kind { Title, Heading, Paragraph, Table, Signature };
    Kind kind = Paragraph;
    QString text;            // Title, Heading, Paragraph; Signature: the agency
    int headingLength = 0;   // Paragraph: how many leading characters are a （一）… heading (楷体)
    const TableFormat *table = nullptr;
    QString date;            // Signature: 2022年1月18日
};

// One cell of a table as written: its place and spans, its text, and whether it is a header/label or a value.
struct TableCellText
{
    int row = 0, column = 0, rowSpan = 1, columnSpan = 1;
    QString text;
    bool label = true;
    bool header = false; // one of the header rows repeated on every page
    bool vertical = false; // printed one character per line (三、本年度办理结果)
    RowRole role = RowRole::Data;
};

class DocumentBlocks
{
public:
    static QVector<DocumentBlock> of(const Report &report, const ReportSchema &schema);
    // Text as XML 1.0 — and so every writer — can carry it: C0 control characters other than tab and line breaks,
    // U+FFFE/U+FFFF and unpaired surrogates left out (a paste from a PDF or a terminal brings them). Blocks and rows
    // are made of printable text already; a writer passes anything else it writes through this.
    static QString printable(const QString &text);
    // The table's printed rows (header rows first, then the body rows this report prints), cells in order.
    static QVector<QVector<TableCellText>> rows(const TableFormat &table, const Report &report, const ReportSchema &schema);
    static int headerRowCount(const TableFormat &table) { return int(table.header.size()); }
    // The definition's column widths stretched to the 156 mm type area.
    static QVector<double> columnWidthsMm(const TableFormat &table);
    // For every grid slot, the cell covering it: the one starting there or a merged one from above or the left.
    using Coverage = QVector<QVector<const TableCellText *>>;
    static Coverage coverage(const QVector<QVector<TableCellText>> &rows, int columns);
    // Printed heading length of a paragraph: （一）主动公开情况。 or a heading line of its own.
    static int headingLength(const QString &paragraph);
    // 成文日期 as printed: 2022年1月18日.
    static QString formatDate(const QDate &date);
};
