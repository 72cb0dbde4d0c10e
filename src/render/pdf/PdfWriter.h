#pragma once

#include "PageCanvas.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSizeF>
#include <functional>
#include <memory>
#include <vector>

class EmbeddableFont;
class QIODevice;

// Writes pages drawn on it as a PDF file of its own making: glyphs shown by glyph id through Identity-H, fonts embedded
// as subsets in their own outline format (CFF as FontFile3, TrueType as FontFile2), ToUnicode maps for searchable
// text, a repeated path (the draft mark) written once as a form, images with their alpha as a soft mask, or as a
// stencil in one ink for PDF/A-1. Qt 6.4's QPdfWriter spends most of an export re-encoding every glyph of a CFF face
// as TrueType and scanning all of Unicode per font for its ToUnicode map; this writes the same pages in a fraction of
// the time (bench/RESULTS.md).
class PdfWriter : public PageCanvas
{
    Q_DECLARE_TR_FUNCTIONS(PdfWriter)
public:
    struct Document
    {
        QString title, author, subject, creator, producer;
        QDateTime created;
        QByteArray xmp;    // XMP metadata packet, written unfiltered
        bool pdfa = false; // PDF/A-1b: sRGB output intent, CIDSet, no soft masks
    };

    // `pageSize` in layout dots, `dotsPerInch` of those dots.
    PdfWriter(const QSizeF &pageSize, double dotsPerInch);
    ~PdfWriter() override;

    // Where a face's file is, when known (family, weight → path): its tables are then read in place.
    void setFontFiles(std::function<QString(const QString &family, int weight)> fileOf) { m_fileOf = std::move(fileOf); }

    // Whether every face drawn so far can be embedded by this writer; *why names the one that cannot.
    bool canEmbedFonts(QString *why) const;

    void newPage();
    void fillRect(const QRectF &rect, const QColor &color) override;
    void fillPath(const QPainterPath &path, const QColor &color) override;
    void strokeRect(const QRectF &rect, double width, const QColor &color) override;
    void drawGlyphRun(const QPointF &origin, const QGlyphRun &run) override;
    void drawImage(const QRectF &rect, const QImage &image) override;

    // Writes the whole file to `device`; false with *error when a font program cannot be made.
    bool write(const Document &document, QIODevice &device, QString *error);

private:
    struct Font;
    struct Form
    {
        QPainterPath path;
        QColor color;
    };
    struct Image
    {
        qint64 key;
        QImage image;
    };

    QByteArray &content();
    QByteArray &graphics(); // content() outside a text object, for paths and images
    void endText();
    void setFill(const QColor &color);
    int fontFor(const QRawFont &raw); // index in m_fonts, added at first use

    QSizeF m_pageSize;
    double m_scale; // dots → points
    std::vector<QByteArray> m_pages;
    std::vector<std::unique_ptr<Font>> m_fonts;
    QHash<QString, int> m_fontIndex; // family, style and weight → m_fonts
    QVector<Form> m_forms;
    QVector<Image> m_images;
    QString m_fontError;
    std::function<QString(const QString &, int)> m_fileOf;
    // Graphics state of the page being written, to leave out repeated operators.
    QColor m_fill, m_stroke;
    double m_lineWidth = -1;
    int m_textFont = -1;
    double m_textSize = 0, m_textSpacing = 0;
    bool m_inText = false;
    QPointF m_line; // the last line's start in the open text object
};
