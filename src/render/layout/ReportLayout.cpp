#include "ReportLayout.h"
#include "TitleLines.h"

#include "DocumentBlocks.h"
#include "FormatRegistry.h"
#include "PageGeometry.h"
#include "PainterCanvas.h"
#include "Report.h"
#include "ReportSchema.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

namespace {

using G = PageGeometry;

constexpr double cellPadH = G::mm(1.0);
constexpr double cellPadV = G::mm(0.8);
constexpr double borderWidth = G::pt(0.5);
constexpr double sealDiameter = G::mm(42); // an official seal is 4.2 cm across

// The y offset that puts a line's baseline in a grid slot at slotTop where a line of the layout's own font sits,
// centred in the slot. A glyph from a fallback face (a rare character the print face lacks) may make its line
// taller; measured from the line's own height, the line moved off the grid by half the difference.
double gridLineY(const QTextLayout &layout, const QTextLine &line, double slotTop)
{
    const QFontMetricsF metrics(layout.font());
    return slotTop + (G::linePitch - metrics.height()) / 2 + metrics.ascent() - line.ascent() - line.y();
}

// Draws a line's glyphs without its spaces. Qt 6.4's PDF writer maps the space glyph to U+0001 in the
// ToUnicode table (control characters share that glyph and come first), so copied text would hold \x01 for
// every space; without the glyph, PDF readers infer the space from the gap, as they do in most PDFs.
void drawLine(PageCanvas &canvas, const PlacedLine &placed)
{
    const QTextLine line = placed.layout->lineAt(placed.line);
    for (QGlyphRun run : line.glyphRuns()) {
        const QVector<quint32> spaces = run.rawFont().glyphIndexesForString(QStringLiteral(" \u00a0\u3000"));
        const QVector<quint32> glyphs = run.glyphIndexes();
        const QVector<QPointF> positions = run.positions();
        QVector<quint32> keptGlyphs;
        QVector<QPointF> keptPositions;
        for (int i = 0; i < glyphs.size(); ++i)
            if (!spaces.contains(glyphs[i])) {
                keptGlyphs.append(glyphs[i]);
                keptPositions.append(positions[i]);
            }
        if (keptGlyphs.isEmpty())
            continue;
        run.setGlyphIndexes(keptGlyphs);
        run.setPositions(keptPositions);
        canvas.drawGlyphRun(placed.offset, run);
    }
}

} // namespace

// Pagination state: the page being filled and how far down its type area the flow has come.
struct ReportLayout::Flow
{
    Flow(QVector<LayoutPage> &p, bool mark)
        : pages(p)
        , watermark(mark)
    {
    }

    QVector<LayoutPage> &pages;
    bool watermark;
    double y = 0; // from the top of the type area
    std::optional<int> lastTextLine; // index in the current page's lines of the last body line

    LayoutPage &page() { return pages.last(); }
    double room() const { return G::typeHeight - y; }
    void newPage()
    {
        LayoutPage p;
        p.number = int(pages.size()) + 1;
        p.watermark = watermark;
        pages.append(p);
        y = 0;
        lastTextLine.reset();
    }
    void ensure(double height)
    {
        if (height > room() && y > 0)
            newPage();
    }
    // Back on the 22-line grid after a table.
    void snapToGrid()
    {
        const double lines = std::ceil((y - 1e-6) / G::linePitch);
        y = lines * G::linePitch;
    }
    // Places one line of a layout in the grid slot at y.
    void placeGridLine(const std::shared_ptr<const QTextLayout> &layout, int index, bool bodyText)
    {
        ensure(G::linePitch);
        const QTextLine line = layout->lineAt(index);
        const QPointF offset(G::typeLeft, gridLineY(*layout, line, G::typeTop + y));
        page().lines.append({layout, index, offset});
        if (bodyText)
            lastTextLine = int(page().lines.size()) - 1;
        y += G::linePitch;
    }
};

struct ReportLayout::TableCell
{
    GridCell grid; // row index into the section's rows
    std::shared_ptr<const QTextLayout> text;
    double textHeight = 0;
    bool header = false;
};

ReportLayout::ReportLayout(const FormatRegistry &registry, const FontSet &fonts)
    : m_registry(registry)
    , m_fonts(fonts)
{
}

ReportLayout::~ReportLayout() = default;

void ReportLayout::scaleToDots(QPainter &painter, double dpi)
{
    painter.scale(dpi / G::dotsPerInch, dpi / G::dotsPerInch);
}

std::shared_ptr<const QTextLayout> ReportLayout::text(const QString &content, FontSet::Role role, double size, double width,
                                                      double firstIndent, Qt::Alignment alignment, double pitch, int heading)
{
    const QString key = QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|")
                            .arg(role)
                            .arg(size)
                            .arg(width)
                            .arg(firstIndent)
                            .arg(int(alignment))
                            .arg(pitch)
                            .arg(heading)
                            .arg(m_fonts.family(role))
        + content;
    if (const auto hit = m_cache.value(key)) {
        m_used.insert(key, hit);
        return hit;
    }
    QFont font = m_fonts.font(role, size);
    if (role == FontSet::Body || role == FontSet::Heading1 || role == FontSet::Heading2) {
        // 28 characters of 16 pt on a 156 mm line: set each character 5.57 mm apart.
        font.setLetterSpacing(QFont::AbsoluteSpacing, G::charPitch - font.pixelSize());
    }
    auto layout = std::make_shared<QTextLayout>(content, font);
    QTextOption option;
    option.setAlignment(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    if (heading > 0) {
        QFont kai = m_fonts.font(FontSet::Heading2, size);
        kai.setLetterSpacing(QFont::AbsoluteSpacing, G::charPitch - kai.pixelSize());
        QTextCharFormat f;
        f.setFont(kai);
        layout->setFormats({QTextLayout::FormatRange{0, heading, f}});
    }
    layout->setCacheEnabled(true);
    const double leading = pitch > 0 ? pitch : QFontMetricsF(font).lineSpacing();
    layout->beginLayout();
    double y = 0;
    for (int i = 0;; ++i) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        const double indent = i == 0 ? firstIndent : 0;
        line.setLineWidth(width - indent);
        line.setPosition(QPointF(indent, y));
        y += leading;
    }
    layout->endLayout();
    m_cache.insert(key, layout);
    m_used.insert(key, layout);
    return layout;
}

void ReportLayout::layout(const Report &report, const RenderOptions &options)
{
    m_pages.clear();
    m_used.clear();
    m_watermark = QPainterPath(); // the faces may have changed
    prepareSeal(options);
    Flow flow(m_pages, options.watermark);
    flow.newPage();

    // The same blocks, in the same order, as the DOCX, ODT and HTML writers.
    const ReportSchema schema = ReportSchema::forReport(m_registry, report);
    const QVector<DocumentBlock> blocks = DocumentBlocks::of(report, schema);
    for (int i = 0; i < blocks.size(); ++i) {
        const DocumentBlock &b = blocks[i];
        switch (b.kind) {
        case DocumentBlock::Title:
            layoutTitle(flow, b.text);
            break;
        case DocumentBlock::Heading:
            // A table's heading is laid out with the table, which knows how much must follow it.
            if (i + 1 >= blocks.size() || blocks[i + 1].kind != DocumentBlock::Table)
                layoutHeading(flow, b.text, G::linePitch);
            break;
        case DocumentBlock::Paragraph:
            layoutParagraph(flow, b.text, b.headingLength);
            break;
        case DocumentBlock::Table:
            layoutTable(flow, report, schema, *b.table);
            break;
        case DocumentBlock::Signature:
            layoutSignature(flow, report, !m_seal.isNull());
            break;
        }
    }

    for (LayoutPage &page : m_pages) {
        // — N —, 7 mm under the type area; odd pages right, even pages left, one character in.
        const QString number = QStringLiteral("— %1 —").arg(page.number);
        const auto layout = text(number, FontSet::PageNumber, G::pageNumberSize, G::typeWidth - 2 * G::pageNumberSize, 0,
                                 page.number % 2 ? Qt::AlignRight : Qt::AlignLeft, 0);
        const QTextLine line = layout->lineAt(0);
        const double top = G::typeTop + G::typeHeight + G::pageNumberGap;
        page.pageNumber = PlacedLine{layout, 0, QPointF(G::typeLeft + G::pageNumberSize, top - line.y())};
    }
    m_cache.swap(m_used); // keep what this report uses, drop the rest
    m_used.clear();
}

void ReportLayout::layoutTitle(Flow &flow, const QString &title)
{
    // Broken between words into a balanced, symmetric shape (7.3.1), each line centred.
    const QFontMetricsF metrics(m_fonts.font(FontSet::Title, G::titleSize));
    const QStringList lines = TitleLines::split(title, G::typeWidth, [&metrics](const QString &s) { return metrics.horizontalAdvance(s); });
    for (const QString &line : lines) {
        const auto layout = text(line, FontSet::Title, G::titleSize, G::typeWidth, 0, Qt::AlignHCenter, G::linePitch);
        for (int i = 0; i < layout->lineCount(); ++i)
            flow.placeGridLine(layout, i, false);
    }
    flow.y += G::linePitch; // one empty line under the title
}

void ReportLayout::layoutHeading(Flow &flow, const QString &heading, double keepWithNext)
{
    flow.ensure(G::linePitch + keepWithNext); // never alone at the foot of a page
    const auto layout = text(heading, FontSet::Heading1, G::bodySize, G::typeWidth, 2 * G::charPitch, Qt::AlignLeft, G::linePitch);
    for (int i = 0; i < layout->lineCount(); ++i)
        flow.placeGridLine(layout, i, false);
}

void ReportLayout::layoutParagraph(Flow &flow, const QString &paragraph, int heading)
{
    const bool wholeHeading = heading == paragraph.size();
    const auto layout = text(paragraph, wholeHeading ? FontSet::Heading2 : FontSet::Body, G::bodySize, G::typeWidth, 2 * G::charPitch,
                             Qt::AlignJustify, G::linePitch, wholeHeading ? 0 : heading);
    for (int i = 0; i < layout->lineCount(); ++i)
        flow.placeGridLine(layout, i, true);
}

void ReportLayout::layoutTable(Flow &flow, const Report &report, const ReportSchema &schema, const TableFormat &format)
{
    // Column edges: the definition's millimetres stretched to the type area.
    QVector<double> x{G::typeLeft};
    for (double w : DocumentBlocks::columnWidthsMm(format))
        x.append(x.last() + G::mm(w));

    const QFontMetricsF fm(m_fonts.font(FontSet::Table, G::tableSize));
    const double leading = fm.lineSpacing();
    auto makeCells = [&](const QVector<const GridRow *> &rows, bool header) {
        QVector<TableCell> cells;
        for (int r = 0; r < rows.size(); ++r) {
            for (GridCell g : rows[r]->cells) {
                g.row = r;
                QString content = g.text;
                Qt::Alignment align = Qt::AlignHCenter;
                if (!g.valueKey.isEmpty()) {
                    content = report.cell(g.valueKey).toString() + report.annotations.value(g.valueKey);
                } else if (g.vertical) {
                    content = content.split(QString(), Qt::SkipEmptyParts).join(QChar(QChar::LineSeparator));
                } else if (!header && rows[r]->role == RowRole::Data) {
                    align = Qt::AlignLeft;
                } else if (rows[r]->role == RowRole::Caption) {
                    align = Qt::AlignLeft;
                }
                const double width = x[g.column + g.columnSpan] - x[g.column] - 2 * cellPadH;
                TableCell cell{g, text(content, FontSet::Table, G::tableSize, width, 0, align, leading), 0, header};
                cell.textHeight = cell.text->lineCount() * leading;
                cells.append(cell);
            }
        }
        // Row heights: one-row cells first, then rows grown where a merged cell needs more.
        QVector<double> heights(rows.size(), leading + 2 * cellPadV);
        for (const TableCell &c : cells)
            if (c.grid.rowSpan == 1)
                heights[c.grid.row] = qMax(heights[c.grid.row], c.textHeight + 2 * cellPadV);
        for (const TableCell &c : cells) {
            if (c.grid.rowSpan == 1)
                continue;
            double spanned = 0;
            for (int r = c.grid.row; r < c.grid.row + c.grid.rowSpan; ++r)
                spanned += heights[r];
            if (spanned < c.textHeight + 2 * cellPadV)
                heights[c.grid.row + c.grid.rowSpan - 1] += c.textHeight + 2 * cellPadV - spanned;
        }
        return std::make_pair(cells, heights);
    };
    QVector<const GridRow *> headerRows, bodyRows;
    for (const GridRow &r : format.header)
        headerRows.append(&r);
    for (const GridRow &r : format.body)
        if (r.optionalBlock.isEmpty() || schema.hasBlock(r.optionalBlock))
            bodyRows.append(&r);
    const auto [headerCells, headerHeights] = makeCells(headerRows, true);
    const auto [bodyCells, bodyHeights] = makeCells(bodyRows, false);
    double headerHeight = 0;
    for (double h : headerHeights)
        headerHeight += h;

    auto placeText = [leading](LayoutPage &page, const TableCell &c, const QRectF &rect) {
        const double top = rect.top() + qMax(cellPadV, (rect.height() - c.textHeight) / 2);
        // A merged cell cut at a page break shows its label in each piece, as much of it as the piece holds.
        for (int i = 0; i < c.text->lineCount() && top + (i + 1) * leading <= rect.bottom() + 1 && !c.text->text().isEmpty(); ++i)
            page.lines.append({c.text, i, QPointF(rect.left() + cellPadH, top)});
        page.cells.append(rect);
    };
    auto placeHeader = [&]() {
        double top = G::typeTop + flow.y;
        QVector<double> rowTop;
        for (double h : headerHeights) {
            rowTop.append(top);
            top += h;
        }
        for (const TableCell &c : headerCells) {
            double h = 0;
            for (int r = c.grid.row; r < c.grid.row + c.grid.rowSpan; ++r)
                h += headerHeights[r];
            placeText(flow.page(), c, QRectF(x[c.grid.column], rowTop[c.grid.row], x[c.grid.column + c.grid.columnSpan] - x[c.grid.column], h));
        }
        for (int r = 0; r < headerHeights.size(); ++r)
            flow.page().rows.append({QRectF(x.first(), rowTop[r], x.last() - x.first(), headerHeights[r]), true, format.table});
        flow.y += headerHeight;
    };

    // The part heading stays with the header and the first rows.
    const double firstRows = bodyHeights.isEmpty() ? 0 : bodyHeights[0] + (bodyRows[0]->role != RowRole::Data && bodyHeights.size() > 2 ? bodyHeights[1] + bodyHeights[2] : 0);
    layoutHeading(flow, format.heading, headerHeight + firstRows);
    placeHeader();

    // A merged cell that starts in a row needs room for its whole label on that page (三、本年度办理结果 printed
    // one character per line must not start on the last row of a page).
    QVector<double> startNeed(bodyRows.size(), 0);
    for (const TableCell &c : bodyCells) {
        if (c.grid.rowSpan == 1)
            continue;
        double span = 0;
        for (int r = c.grid.row; r < c.grid.row + c.grid.rowSpan; ++r)
            span += bodyHeights[r];
        startNeed[c.grid.row] = qMax(startNeed[c.grid.row], qMin(span, c.textHeight + 2 * cellPadV));
    }
    // Body rows, page by page; a caption or 信息内容 row is kept with the row after it.
    QVector<std::pair<int, QRectF>> rowPlace(bodyRows.size()); // page index, rect
    for (int r = 0; r < bodyRows.size(); ++r) {
        double need = qMax(bodyHeights[r], startNeed[r]);
        for (int k = r; k + 1 < bodyRows.size() && bodyRows[k]->role != RowRole::Data; ++k)
            need += bodyHeights[k + 1];
        if (need > flow.room() && flow.y > headerHeight + 1e-6) {
            flow.newPage();
            placeHeader();
        }
        const QRectF rect(x.first(), G::typeTop + flow.y, x.last() - x.first(), bodyHeights[r]);
        rowPlace[r] = {int(flow.pages.size()) - 1, rect};
        flow.page().rows.append({rect, false, format.table});
        flow.y += bodyHeights[r];
    }
    // Cells, merged ones cut at page breaks into one piece per page, each with the label.
    for (const TableCell &c : bodyCells) {
        int r = c.grid.row;
        const int end = c.grid.row + c.grid.rowSpan;
        while (r < end) {
            const int pageIndex = rowPlace[r].first;
            QRectF rect = rowPlace[r].second;
            int k = r + 1;
            for (; k < end && rowPlace[k].first == pageIndex; ++k)
                rect = rect.united(rowPlace[k].second);
            rect.setLeft(x[c.grid.column]);
            rect.setRight(x[c.grid.column + c.grid.columnSpan]);
            placeText(flow.pages[pageIndex], c, rect);
            r = k;
        }
    }
    flow.y += G::linePitch / 2;
    flow.snapToGrid();
}

bool ReportLayout::tightenForSignature(Flow &flow, double deficit)
{
    LayoutPage &page = flow.page();
    // The text after the page's last table row (table rows keep their height: their cells are sized to the text).
    double regionTop = G::typeTop;
    for (const PlacedRow &row : page.rows)
        regionTop = qMax(regionTop, row.rect.bottom());
    const double regionBottom = G::typeTop + flow.y;
    const double height = regionBottom - regionTop;
    // Down to 85 % of the grid's pitch: 16-pt text still a third of a line apart (the grid's own gap is ~80 %).
    constexpr double tightest = 0.85;
    if (height <= 0 || deficit > height * (1 - tightest))
        return false;
    const double factor = 1 - (deficit + 0.01) / height;
    for (PlacedLine &line : page.lines) {
        // Where a line of the layout's font would have its top on this baseline: a line with a taller fallback
        // glyph moves as its neighbours do and keeps the page's one pitch.
        const double top = line.rect().top() + line.layout->lineAt(line.line).ascent() - QFontMetricsF(line.layout->font()).ascent();
        if (top + 0.01 >= regionTop)
            line.offset.ry() -= (top - regionTop) * (1 - factor);
    }
    flow.y -= deficit + 0.01;
    return true;
}

void ReportLayout::layoutSignature(Flow &flow, const Report &report, bool sealed)
{
    const QString date = DocumentBlocks::formatDate(*report.date);
    const auto name = text(report.agency, FontSet::Body, G::bodySize, G::typeWidth, 0, Qt::AlignLeft, G::linePitch);
    const auto dated = text(date, FontSet::Body, G::bodySize, G::typeWidth, 0, Qt::AlignLeft, G::linePitch);
    const double nameWidth = name->lineAt(0).naturalTextWidth();
    const double dateWidth = dated->lineAt(0).naturalTextWidth();
    const double right = G::typeLeft + G::typeWidth;
    const double needed = sealed ? G::linePitch / 2 + sealDiameter : 3 * G::linePitch;

    // 7.3.5.5: never a page holding only the 落款. The standard's remedy first: tighten the line spacing of the text
    // above it on this page; only when that is not enough does the last text line go over with it.
    if (needed > flow.room() && flow.lastTextLine)
        tightenForSignature(flow, needed - flow.room());
    if (needed > flow.room() && flow.lastTextLine) {
        const PlacedLine last = flow.page().lines.takeAt(*flow.lastTextLine);
        flow.newPage();
        flow.placeGridLine(last.layout, last.line, true);
    } else if (needed > flow.room()) {
        flow.newPage();
    }
    LayoutPage &page = flow.page();
    if (flow.lastTextLine)
        page.lastTextLine = page.lines.at(*flow.lastTextLine).rect();
    const double bodyBottom = G::typeTop + flow.y;

    double nameLeft, dateLeft, nameTop;
    if (sealed) {
        // 7.3.5.1: the date right-aligned four characters in, the name centred over it, the seal centred over
        // both and pressing on them, its top within one line of the text.
        dateLeft = right - 4 * G::charPitch - dateWidth;
        nameLeft = dateLeft + (dateWidth - nameWidth) / 2;
        const double sealTop = bodyBottom + G::linePitch / 2;
        const double sealCentre = sealTop + sealDiameter / 2;
        nameTop = sealCentre + 0.15 * sealDiameter - G::linePitch;
        const double centre = dateLeft + dateWidth / 2;
        page.seal = QRectF(centre - sealDiameter / 2, sealTop, sealDiameter, sealDiameter);
    } else {
        // 7.3.5.2: one empty line, the name right-aligned two characters in, the date starting two characters
        // right of the name — or, when the date is the longer, the date two characters in and the name moved left.
        nameLeft = right - 2 * G::charPitch - nameWidth;
        dateLeft = nameLeft + 2 * G::charPitch;
        if (dateWidth > nameWidth) {
            dateLeft = right - 2 * G::charPitch - dateWidth;
            nameLeft = dateLeft - 2 * G::charPitch;
        }
        nameTop = bodyBottom + G::linePitch;
    }
    auto place = [&page](const std::shared_ptr<const QTextLayout> &l, double left, double slotTop) {
        const QTextLine line = l->lineAt(0);
        const PlacedLine placed{l, 0, QPointF(left - line.x(), gridLineY(*l, line, slotTop))};
        page.lines.append(placed);
        return placed.rect();
    };
    page.agencyLine = place(name, nameLeft, nameTop);
    page.dateLine = place(dated, dateLeft, nameTop + G::linePitch);
    flow.y = nameTop + 2 * G::linePitch - G::typeTop;
}

void ReportLayout::prepareSeal(const RenderOptions &options)
{
    if (options.sealImage == m_sealSource)
        return;
    m_sealSource = options.sealImage;
    m_seal = QImage();
    if (options.sealImage.isEmpty())
        return;
    QImage source;
    if (options.sealMimeType.contains(QLatin1String("svg"))) {
        QSvgRenderer svg(options.sealImage);
        if (!svg.isValid())
            return;
        source = QImage(1000, 1000, QImage::Format_ARGB32_Premultiplied);
        source.fill(Qt::transparent);
        QPainter p(&source);
        svg.render(&p);
    } else if (!source.loadFromData(options.sealImage)) {
        return;
    }
    // 42 mm at 720 dpi is ~1200 pixels: more only makes every page render and every PDF heavier (a clerk's scan
    // may be 6000 pixels across).
    if (source.width() > 1200 || source.height() > 1200)
        source = source.scaled(1200, 1200, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    source = source.convertToFormat(QImage::Format_ARGB32);
    // Seals are red: keep the image's ink (dark or coloured, opaque) and print it in seal red.
    m_seal = QImage(source.size(), QImage::Format_ARGB32);
    for (int y = 0; y < source.height(); ++y) {
        const QRgb *in = reinterpret_cast<const QRgb *>(source.constScanLine(y));
        QRgb *out = reinterpret_cast<QRgb *>(m_seal.scanLine(y));
        for (int x = 0; x < source.width(); ++x) {
            // White paper stays clear; black or red ink becomes red ink.
            const int whiteness = qMin(qMin(qRed(in[x]), qGreen(in[x])), qBlue(in[x]));
            const int ink = qAlpha(in[x]) * (255 - whiteness) / 255;
            out[x] = qRgba(0xd0, 0x10, 0x10, qBound(0, ink, 255));
        }
    }
}

void ReportLayout::paintPage(int index, QPainter &painter) const
{
    painter.save();
    PainterCanvas canvas(painter);
    paintPage(index, canvas);
    painter.restore();
}

void ReportLayout::paintPage(int index, PageCanvas &canvas) const
{
    const LayoutPage &page = m_pages.at(index);
    canvas.fillRect(QRectF(QPointF(0, 0), G::pageSize()), Qt::white);
    if (page.watermark) {
        if (m_watermark.isEmpty()) { // made once per layout: every draft page shows the same mark
            // A path, not text: the draft mark must not turn up in copied or searched text.
            QPainterPath mark;
            // Outlines at the headings' size, scaled up: the font Qt already has open, not one more at 150 pt.
            mark.addText(0, 0, m_fonts.font(FontSet::Heading1, G::bodySize), QStringLiteral("草稿")); // part of the Chinese page, not of the UI
            QTransform centred;
            centred.translate(G::pageWidth / 2, G::pageHeight / 2);
            centred.rotate(-35);
            centred.scale(G::pt(150) / G::bodySize, G::pt(150) / G::bodySize);
            centred.translate(-mark.boundingRect().center().x(), -mark.boundingRect().center().y());
            m_watermark = centred.map(mark);
        }
        canvas.fillPath(m_watermark, QColor(0xe4, 0xe4, 0xe4)); // opaque grey: PDF/A-1 allows no transparency
    }
    for (const QRectF &cell : page.cells)
        canvas.strokeRect(cell, borderWidth, Qt::black);
    for (const PlacedLine &line : page.lines)
        drawLine(canvas, line);
    if (page.pageNumber)
        drawLine(canvas, *page.pageNumber);
    if (page.seal && !m_seal.isNull())
        canvas.drawImage(*page.seal, m_seal);
}
