#pragma once

#include <QImage>
#include <QRect>
#include <QVector>

// The ruled tables of a page image (grey, 100–200 dpi): found from their horizontal rules (runs of ink over a third
// of the page, close one above the other), each band between two rules cut into cells by the vertical rules crossing
// it; a cell with no rule above it continues the cell above (a merged cell). Shared by the two readers that need a
// table's grid from its drawing: OCR of a scan (ScanText) and the words of a PDF's text layer (PdfText).
class RuledTables
{
public:
    static constexpr int dark = 150; // a grey level below this is ink

    struct Cell
    {
        QRect rect;
        int owner = -1; // covered: the index (in `cells`) of the cell it continues
        int span = 1;   // an owner: the bands it covers
    };
    struct Table
    {
        QRect box;
        QVector<int> rules;          // y of each horizontal rule, top to bottom
        QVector<Cell> cells;
        QVector<QVector<int>> bands; // per band between two rules, its cells (indices into `cells`) left to right
        QRect bandBox(int band) const { return QRect(QPoint(box.left(), rules.at(band)), QPoint(box.right(), rules.at(band + 1))); }
    };

    static QVector<Table> find(const QImage &grey);
    // The number of ink pixels in r.
    static int inkIn(const QImage &grey, const QRect &r);
};
