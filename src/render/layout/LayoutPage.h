#pragma once

#include <QImage>
#include <QRectF>
#include <QString>
#include <QTextLayout>
#include <QVector>
#include <memory>
#include <optional>

// One line of a QTextLayout placed on a page: drawn at the line's own position plus `offset`.
struct PlacedLine
{
    std::shared_ptr<const QTextLayout> layout;
    int line = 0;
    QPointF offset;

    QRectF rect() const { return layout->lineAt(line).naturalTextRect().translated(offset); }
    QString text() const
    {
        const QTextLine l = layout->lineAt(line);
        return layout->text().mid(l.textStart(), l.textLength());
    }
};

// A table row on a page, for geometry checks: header rows are the repeated ones.
struct PlacedRow
{
    QRectF rect;
    bool header = false;
    QString table;
};

// Everything one page shows, in layout dots (PageGeometry). Built by ReportLayout, painted by paintPage.
struct LayoutPage
{
    int number = 0; // printed page number, from 1
    bool watermark = false;
    QVector<PlacedLine> lines;  // body text, headings, table cell text, 落款
    QVector<QRectF> cells;      // table cell borders
    QVector<PlacedRow> rows;    // table rows (geometry only)
    std::optional<PlacedLine> pageNumber;
    std::optional<QRectF> seal; // where the seal image goes
    std::optional<QRectF> agencyLine, dateLine, lastTextLine; // the 落款 block and the text line it follows
};
