#pragma once

#include "PdfWords.h"

#include <QSize>
#include <QStringList>
#include <QVector>

// The tables of a PDF page printed without rules (a web page's tables saved as PDF by LibreOffice, a table ruled only
// by its background), rebuilt from where the words stand — the reading a ruled page gets from RuledTables.
//
// A row is a line holding figures (a number standing apart from its neighbours). Its columns are the table's: the
// header's lowest cells above it (a header cell that spans the centres of two others is a group heading, not a
// column) together with the figures of every row below it, so a row of two figures in a table of seven columns
// puts each in its own column and leaves the others blank. Its label is the text of the label columns that is
// centred on it, as a cell's text is on its row: a label wrapped over four lines, its figures beside the second
// and third, is one label; the first lines at the top of a page whose row the page break cut go back to that row
// (the rows join as PdfText joins a ruled table's). A row whose figures do not fall one to a column is given as
// its figures in order, for the importer to mark.
class UnruledTables
{
public:
    struct Span
    {
        double left = 0;
        double right = 0;
    };
    struct Row
    {
        QStringList cells;
        QRectF box;
        QVector<QRectF> boxes = {}; // each cell's, where known (the review outlines the cell a figure came from)
    };
    // What a page leaves the next: its last table's columns (a table going on without its header repeated), and
    // where its last row's label cells stand when that row ends the page (its label may go on at the next one's top).
    struct Carry
    {
        QVector<Span> columns;
        QVector<Span> lastLabels;
        bool rowAtEnd = false;
    };

    // The page's table rows top to bottom (a header's line as its words); the words of no table go to *rest.
    static QVector<Row> find(const QVector<PdfWords::Word> &words, const QSize &page, Carry *carry, QVector<PdfWords::Word> *rest);
};
