#pragma once

#include "FontSet.h"
#include "LayoutPage.h"
#include "RenderOptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainterPath>

class FormatRegistry;
class QPainter;
class TableFormat;
struct Report;

// The page layout engine: lays a report out on GB/T 9704 pages itself (QTextDocument's repeated table headers
// break at page breaks in Qt 6.4) and paints any page on any QPainter, so that preview, printer and PDF show the
// same pages. Body text sits on the 22-line grid; tables repeat their header rows on every continuation page and
// never split a row; a heading is never left alone at a page foot; the 落款 stays with the last text line.
class ReportLayout
{
    Q_DECLARE_TR_FUNCTIONS(ReportLayout)
public:
    ReportLayout(const FormatRegistry &registry, const FontSet &fonts);
    ~ReportLayout();

    void layout(const Report &report, const RenderOptions &options = RenderOptions());
    void clear() { m_pages.clear(); }

    int pageCount() const { return int(m_pages.size()); }
    const FontSet &fonts() const { return m_fonts; }
    const LayoutPage &page(int index) const { return m_pages.at(index); }
    const QVector<LayoutPage> &pages() const { return m_pages; }

    // Draws page `index` on `canvas`: the one drawing function behind preview, printer and PDF.
    void paintPage(int index, class PageCanvas &canvas) const;
    // Paints page `index` on a painter whose coordinates are layout dots (see PageGeometry).
    void paintPage(int index, QPainter &painter) const;
    // Scales `painter` (of a device with `dpi`) to layout dots.
    static void scaleToDots(QPainter &painter, double dpi);

private:
    struct Flow;
    struct TableCell;
    std::shared_ptr<const QTextLayout> text(const QString &text, FontSet::Role role, double size, double width, double firstIndent,
                                            Qt::Alignment alignment, double pitch, int headingLength = 0);
    void layoutTitle(Flow &flow, const QString &title);
    void layoutParagraph(Flow &flow, const QString &paragraph, int headingLength);
    void layoutHeading(Flow &flow, const QString &heading, double keepWithNext);
    void layoutTable(Flow &flow, const Report &report, const class ReportSchema &schema, const TableFormat &format);
    void layoutSignature(Flow &flow, const Report &report, bool sealed);
    // Moves the text lines after the current page's last table closer together by `deficit` dots in all, within
    // GB/T 9704's allowance (7.3.5.5 调整行距); false, and nothing moved, when that would take too much.
    static bool tightenForSignature(Flow &flow, double deficit);
    void prepareSeal(const RenderOptions &options);

    const FormatRegistry &m_registry;
    const FontSet &m_fonts;
    QVector<LayoutPage> m_pages;
    QImage m_seal;
    QByteArray m_sealSource;
    mutable QPainterPath m_watermark; // the draft mark in page dots, made when first painted
    // Line-broken paragraphs and cells by content: a cell edit re-lays out one cell, not the prose.
    QHash<QString, std::shared_ptr<const QTextLayout>> m_cache;
    QHash<QString, std::shared_ptr<const QTextLayout>> m_used;
};
