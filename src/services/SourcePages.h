#pragma once

#include <QImage>
#include <QPair>
#include <QRect>
#include <QVector>

// Where an imported text was read from, for the review to show the source beside the tables: the pages as images and,
// per line of the text, its page and the box on it (a table's row, a block of prose).
struct SourcePages
{
    QVector<QImage> pages;
    QVector<QPair<int, QRect>> lines;
    // Per line, the box of each of its cells (a table's row, TAB-separated) on the same page; empty for prose.
    QVector<QVector<QRect>> cells;
    // Read by OCR (a scan): nothing in it is certain, so every figure its table's rules do not confirm is marked. A PDF's
    // text layer is the source's own characters.
    bool ocr = false;
    bool isEmpty() const { return pages.isEmpty(); }
};
