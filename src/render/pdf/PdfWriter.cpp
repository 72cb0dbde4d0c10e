#include "PdfWriter.h"

#include "EmbeddableFont.h"
#include "PdfObjectWriter.h"

#include <QColorSpace>
#include <QCryptographicHash>
#include <QIODevice>
#include <QSet>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <future>

struct PdfWriter::Font
{
    QRawFont raw;
    std::unique_ptr<EmbeddableFont> face;
    QSet<quint32> glyphs;
};

namespace {

// A number as PDF writes it: at most two decimals, no trailing zeros. By hand: QByteArray::number(v, 'f', 2) took a
// tenth of an export, called for every glyph position.
QByteArray num(double v)
{
    qint64 hundredths = qRound64(v * 100);
    if (hundredths == 0)
        return QByteArrayLiteral("0");
    char buffer[32];
    char *end = buffer + sizeof buffer, *p = end;
    const bool negative = hundredths < 0;
    if (negative)
        hundredths = -hundredths;
    int fraction = int(hundredths % 100);
    qint64 whole = hundredths / 100;
    if (fraction) {
        if (fraction % 10 == 0) {
            *--p = char('0' + fraction / 10);
        } else {
            *--p = char('0' + fraction % 10);
            *--p = char('0' + fraction / 10);
        }
        *--p = '.';
    }
    do {
        *--p = char('0' + whole % 10);
        whole /= 10;
    } while (whole);
    if (negative)
        *--p = '-';
    return QByteArray(p, int(end - p));
}

// A value as num() writes it, for positions the writer goes on from.
double hundredths(double v)
{
    return double(qRound64(v * 100)) / 100;
}

QByteArray colour(const QColor &c)
{
    return num(c.redF()) + ' ' + num(c.greenF()) + ' ' + num(c.blueF());
}

// A text string as UTF-16BE with byte order mark, in hex.
QByteArray textString(const QString &s)
{
    QByteArray hex = "<FEFF";
    for (QChar c : s)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

QByteArray hex16(quint32 v)
{
    return QByteArray::number(v, 16).rightJustified(4, '0').toUpper();
}

// A filled path (the draft mark) in whole layout dots (1/1200 in): finer than any printer, and half the bytes of
// hundredths.
QByteArray pathOperators(const QPainterPath &path)
{
    QByteArray ops;
    const auto xy = [](const QPainterPath::Element &e) -> QByteArray { return QByteArray::number(qRound(e.x)) + ' ' + QByteArray::number(qRound(e.y)); };
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.isMoveTo()) {
            ops += xy(e) + " m\n";
        } else if (e.isLineTo()) {
            ops += xy(e) + " l\n";
        } else if (e.isCurveTo() && i + 2 < path.elementCount()) {
            ops += xy(e) + ' ' + xy(path.elementAt(i + 1)) + ' ' + xy(path.elementAt(i + 2)) + " c\n";
            i += 2;
        }
    }
    return ops + (path.fillRule() == Qt::WindingFill ? "f\n" : "f*\n");
}

// Subset tag: six letters from the glyphs kept, so that different subsets of one face differ in name.
QByteArray subsetTag(const QVector<quint32> &glyphs)
{
    QCryptographicHash hash(QCryptographicHash::Md5);
    for (quint32 g : glyphs)
        hash.addData(QByteArray(QByteArray::number(g) + ','));
    const QByteArray digest = hash.result();
    QByteArray tag;
    for (int k = 0; k < 6; ++k)
        tag += char('A' + quint8(digest[k]) % 26);
    return tag;
}

// PDF/A-1 wants the CIDs of a subset listed, .notdef included.
QByteArray cidSet(const QVector<quint32> &glyphs)
{
    QByteArray bits((glyphs.constLast() + 8) / 8, '\0');
    for (quint32 g : glyphs)
        bits[int(g / 8)] = char(quint8(bits[int(g / 8)]) | (0x80 >> (g % 8)));
    bits[0] = char(quint8(bits[0]) | 0x80);
    return bits;
}

// Widths other than the default full em only (CJK faces: the Latin, digits and punctuation), consecutive ids in one
// list: a width for every glyph was a twentieth of the seed's file, uncompressed.
QByteArray widthsArray(const EmbeddableFont &face, const QVector<quint32> &glyphs)
{
    QByteArray widths = "[";
    quint32 next = 0;
    for (quint32 g : glyphs) {
        const double advance = face.advance(g);
        if (std::abs(advance - 1000) < 0.005)
            continue;
        if (widths.size() == 1 || g != next)
            widths += (widths.size() == 1 ? "" : "] ") + QByteArray::number(g) + " [";
        else
            widths += ' ';
        widths += num(advance);
        next = g + 1;
    }
    return widths + (widths.size() == 1 ? "]" : "]]");
}

// The ToUnicode CMap: what each glyph shows, for copied and searched text.
QByteArray toUnicodeCMap(const EmbeddableFont &face, const QVector<quint32> &glyphs)
{
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    QVector<QByteArray> entries;
    for (quint32 g : glyphs) {
        const QString text = face.text(g);
        if (text.isEmpty())
            continue;
        QByteArray utf16;
        for (QChar ch : text)
            utf16 += hex16(ch.unicode());
        entries.append('<' + hex16(g) + "> <" + utf16 + ">\n");
    }
    for (int k = 0; k < entries.size(); k += 100) {
        const int n = int(qMin<qsizetype>(100, entries.size() - k));
        cmap += QByteArray::number(n) + " beginbfchar\n";
        for (int j = k; j < k + n; ++j)
            cmap += entries[j];
        cmap += "endbfchar\n";
    }
    return cmap + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
}


// An image as an XObject: RGB with its alpha as a soft mask; for PDF/A-1 (no soft masks) a one-ink image with
// transparency (a seal) becomes a stencil in that ink, anything else is flattened onto white paper.
int writeImage(PdfObjectWriter &w, const QImage &source, bool pdfa)
{
    const QImage image = source.convertToFormat(QImage::Format_ARGB32);
    const qsizetype pixels = qsizetype(image.width()) * image.height();
    QByteArray rgb(3 * pixels, Qt::Uninitialized), alpha(pixels, Qt::Uninitialized);
    char *rgbAt = rgb.data(), *alphaAt = alpha.data();
    QSet<QRgb> inks;
    bool translucent = false;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = line[x];
            *alphaAt++ = char(qAlpha(p));
            translucent = translucent || qAlpha(p) < 255;
            if (qAlpha(p) > 0 && inks.size() < 2)
                inks.insert(qRgb(qRed(p), qGreen(p), qBlue(p)));
            // Without a soft mask (PDF/A-1) a translucent pixel is what it shows on white paper.
            const int a = pdfa ? qAlpha(p) : 255;
            for (int v : {qRed(p), qGreen(p), qBlue(p)})
                *rgbAt++ = char(pdfa ? (v * a + 255 * (255 - a)) / 255 : v);
        }
    }
    const QByteArray size = " /Width " + QByteArray::number(image.width()) + " /Height " + QByteArray::number(image.height());
    int object;
    if (translucent && pdfa && inks.size() == 1) {
        // One ink (a seal): a stencil in that ink, edges at half coverage.
        QByteArray bits;
        const int rowBytes = (image.width() + 7) / 8;
        for (int y = 0; y < image.height(); ++y) {
            QByteArray row(rowBytes, char(0xff));
            for (int x = 0; x < image.width(); ++x)
                if (quint8(alpha[y * image.width() + x]) >= 128)
                    row[x / 8] = char(quint8(row[x / 8]) & ~(0x80 >> (x % 8)));
            bits += row;
        }
        const int stencil = w.addStream(" /Type /XObject /Subtype /Image /ImageMask true /BitsPerComponent 1" + size, bits);
        // A form over the same unit square paints the stencil in its ink.
        object = w.addStream(" /Type /XObject /Subtype /Form /BBox [0 0 1 1] /Resources << /XObject << /S " + PdfObjectWriter::ref(stencil) + " >> >>",
                             colour(QColor(*inks.cbegin())) + " rg /S Do\n");
    } else {
        QByteArray dictionary = " /Type /XObject /Subtype /Image /ColorSpace /DeviceRGB /BitsPerComponent 8" + size;
        if (translucent && !pdfa)
            dictionary += " /SMask " + PdfObjectWriter::ref(w.addStream(" /Type /XObject /Subtype /Image /ColorSpace /DeviceGray /BitsPerComponent 8" +
                                                                          size,
                                                                      alpha));
        object = w.addStream(dictionary, rgb);
    }
    return object;
}

} // namespace

PdfWriter::PdfWriter(const QSizeF &pageSize, double dotsPerInch)
    : m_pageSize(pageSize)
    , m_scale(72.0 / dotsPerInch)
{
}

PdfWriter::~PdfWriter() = default;

bool PdfWriter::canEmbedFonts(QString *why) const
{
    if (m_fontError.isEmpty())
        return true;
    *why = m_fontError;
    return false;
}

void PdfWriter::newPage()
{
    endText();
    // Dots with y down, as the layout has them: scale to points and flip.
    m_pages.push_back(num(m_scale) + " 0 0 " + num(-m_scale) + " 0 " + QByteArray::number(m_pageSize.height() * m_scale, 'f', 4) + " cm\n");
    m_fill = Qt::black;
    m_stroke = Qt::black;
    m_lineWidth = -1;
    m_textFont = -1; // each page's content starts from the initial text state
    m_textSize = 0;
    m_textSpacing = 0;
}

QByteArray &PdfWriter::content()
{
    if (m_pages.empty())
        newPage();
    return m_pages.back();
}

QByteArray &PdfWriter::graphics()
{
    endText();
    return content();
}

void PdfWriter::endText()
{
    if (m_inText) {
        m_pages.back() += "ET\n";
        m_inText = false;
    }
}

void PdfWriter::setFill(const QColor &color)
{
    if (color == m_fill)
        return;
    content() += colour(color) + " rg\n";
    m_fill = color;
}

void PdfWriter::fillRect(const QRectF &rect, const QColor &color)
{
    setFill(color);
    graphics() += num(rect.x()) + ' ' + num(rect.y()) + ' ' + num(rect.width()) + ' ' + num(rect.height()) + " re f\n";
}

void PdfWriter::fillPath(const QPainterPath &path, const QColor &color)
{
    // The draft mark is the same path on every page: one form, drawn by each.
    int index = -1;
    for (int i = 0; i < m_forms.size() && index < 0; ++i)
        if (m_forms[i].color == color && m_forms[i].path == path)
            index = i;
    if (index < 0) {
        m_forms.append({path, color});
        index = int(m_forms.size() - 1);
    }
    graphics() += "/Fm" + QByteArray::number(index) + " Do\n";
}

void PdfWriter::strokeRect(const QRectF &rect, double width, const QColor &color)
{
    QByteArray &c = graphics();
    if (width != m_lineWidth) {
        c += num(width) + " w\n";
        m_lineWidth = width;
    }
    if (color != m_stroke) {
        c += colour(color) + " RG\n";
        m_stroke = color;
    }
    c += num(rect.x()) + ' ' + num(rect.y()) + ' ' + num(rect.width()) + ' ' + num(rect.height()) + " re S\n";
}

int PdfWriter::fontFor(const QRawFont &raw)
{
    const QString key = raw.familyName() + QLatin1Char('\n') + raw.styleName() + QLatin1Char('\n') + QString::number(raw.weight());
    if (const auto it = m_fontIndex.constFind(key); it != m_fontIndex.cend())
        return *it;
    auto font = std::make_unique<Font>();
    font->raw = raw;
    font->face = std::make_unique<EmbeddableFont>(raw, m_fileOf ? m_fileOf(raw.familyName(), raw.weight()) : QString());
    QString why;
    if (!font->face->isValid(&why) && m_fontError.isEmpty())
        m_fontError = why;
    m_fonts.push_back(std::move(font));
    m_fontIndex.insert(key, int(m_fonts.size() - 1));
    return int(m_fonts.size() - 1);
}

void PdfWriter::drawGlyphRun(const QPointF &origin, const QGlyphRun &run)
{
    const QVector<quint32> glyphs = run.glyphIndexes();
    const QVector<QPointF> positions = run.positions();
    if (glyphs.isEmpty())
        return;
    const int index = fontFor(run.rawFont());
    Font &font = *m_fonts[size_t(index)];
    const double size = run.rawFont().pixelSize();
    setFill(Qt::black);
    QByteArray &c = content();
    // Runs of text stay in one text object until something else is drawn; each line is placed relative to the last
    // (Td), in hundredths kept exact so that nothing drifts.
    bool lineSet = m_inText; // else this run's first line is placed absolutely
    if (!m_inText) {
        c += "BT ";
        m_inText = true;
    }
    // Font, size and character spacing are text state, which outlives BT … ET: written only when they change.
    if (index != m_textFont || size != m_textSize) {
        c += "/F" + QByteArray::number(index) + ' ' + num(size) + " Tf ";
        m_textFont = index;
        m_textSize = size;
    }
    // One line (glyphs on one baseline) per TJ. A justified line spreads its glyphs evenly: that common gap
    // between one glyph's advance and the next glyph becomes the line's character spacing (Tc), and only the
    // glyphs that differ (punctuation set half-width) get a TJ adjustment. Glyphs between adjustments share one
    // hex string.
    for (int first = 0; first < glyphs.size();) {
        const double y = positions[first].y();
        int last = first + 1;
        while (last < glyphs.size() && std::abs(positions[last].y() - y) <= 0.01)
            ++last;
        QVector<double> gaps;
        for (int i = first; i + 1 < last; ++i)
            gaps.append(hundredths(positions[i + 1].x() - positions[i].x() - font.face->advance(glyphs[i]) * size / 1000));
        std::sort(gaps.begin(), gaps.end());
        double spacing = 0; // the most frequent gap
        qsizetype most = 0;
        for (auto i = gaps.cbegin(); i != gaps.cend();) {
            const auto end = std::upper_bound(i, gaps.cend(), *i);
            if (end - i > most) {
                most = end - i;
                spacing = *i;
            }
            i = end;
        }
        if (spacing != m_textSpacing) {
            c += num(spacing) + " Tc ";
            m_textSpacing = spacing;
        }
        // A line spread wider than a tenth of an em between glyphs (justified before a run it could not break)
        // reads to a text extractor as letters apart ("电 话 ：0 5 1 7"): its text is given as ActualText.
        QByteArray actual;
        if (!gaps.isEmpty() && gaps.constLast() > 0.1 * size) // the widest gap, from the sorted gaps above
            actual = "FEFF";
        if (!actual.isEmpty()) {
            for (int i = first; i < last; ++i)
                for (const QChar ch : font.face->text(glyphs[i]))
                    actual += hex16(ch.unicode());
            c += "/Span <</ActualText <" + actual + ">>> BDC ";
        }
        const QPointF p = origin + positions[first];
        if (lineSet) {
            const double dx = hundredths(p.x() - m_line.x()), dy = hundredths(p.y() - m_line.y());
            c += num(dx) + ' ' + num(-dy) + " Td [<"; // text space has y up
            m_line += QPointF(dx, dy);
        } else {
            c += "1 0 0 -1 " + num(p.x()) + ' ' + num(p.y()) + " Tm [<";
            m_line = QPointF(hundredths(p.x()), hundredths(p.y()));
            lineSet = true;
        }
        // Where the PDF's pen stands after each glyph, so that rounding never adds up along a line; a glyph is
        // moved (thousandths of the size, + to the left) when it would be off by half a thousandth of an em or more.
        double pen = p.x();
        for (int i = first; i < last; ++i) {
            c += hex16(glyphs[i]);
            font.glyphs.insert(glyphs[i]);
            pen += font.face->advance(glyphs[i]) * size / 1000 + spacing;
            if (i + 1 < last) {
                const double adjust = hundredths((pen - (origin.x() + positions[i + 1].x())) * 1000 / size);
                if (std::abs(adjust) >= 0.5) {
                    c += "> " + num(adjust) + " <";
                    pen -= adjust * size / 1000;
                }
            }
        }
        c += actual.isEmpty() ? ">] TJ\n" : ">] TJ EMC\n";
        first = last;
    }
}

void PdfWriter::drawImage(const QRectF &rect, const QImage &image)
{
    int index = -1;
    for (int i = 0; i < m_images.size() && index < 0; ++i)
        if (m_images[i].key == image.cacheKey())
            index = i;
    if (index < 0) {
        m_images.append({image.cacheKey(), image});
        index = int(m_images.size() - 1);
    }
    graphics() += "q " + num(rect.width()) + " 0 0 " + num(-rect.height()) + ' ' + num(rect.x()) + ' ' + num(rect.bottom()) + " cm /Im" +
                 QByteArray::number(index) + " Do Q\n";
}

bool PdfWriter::write(const Document &document, QIODevice &device, QString *error)
{
    if (!canEmbedFonts(error))
        return false;
    endText();
    QByteArray out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    PdfObjectWriter w(out);
    const int catalog = w.reserve();
    const int pageTree = w.reserve();
    const int resources = w.reserve();

    // The font programs, subset and compressed on every core: most of an export's work after the layout.
    struct Program
    {
        QVector<quint32> glyphs, oldIds;
        QByteArray bytes, compressed;
        QString error;
    };
    std::vector<std::future<Program>> programs;
    for (const auto &font : m_fonts)
        programs.push_back(std::async(std::launch::async, [&f = *font] {
            Program p;
            p.glyphs = QVector<quint32>(f.glyphs.cbegin(), f.glyphs.cend());
            std::sort(p.glyphs.begin(), p.glyphs.end());
            p.bytes = f.face->program(p.glyphs, &p.error, &p.oldIds);
            p.compressed = PdfObjectWriter::deflate(p.bytes);
            return p;
        }));

    // Fonts: Type0 over a CIDFont, glyph ids as codes.
    QByteArray fontResources;
    for (size_t i = 0; i < m_fonts.size(); ++i) {
        const Font &f = *m_fonts[i];
        const Program made = programs[i].get();
        const QVector<quint32> &glyphs = made.glyphs;
        const QByteArray &program = made.bytes;
        if (program.isEmpty()) {
            *error = tr("无法嵌入字体 %1：%2").arg(f.raw.familyName(), made.error);
            return false;
        }
        const QByteArray name = subsetTag(glyphs) + '+' + f.face->postScriptName().toLatin1();

        const int file = w.addCompressedStream(f.face->isCff() ? QByteArray(" /Subtype /CIDFontType0C") : " /Length1 " + QByteArray::number(program.size()),
                                               made.compressed);
        QByteArray descriptor = "<< /Type /FontDescriptor /FontName /" + name + " /Flags 4 /FontBBox [" + num(f.face->boundingBox().left()) + ' ' +
                                num(f.face->boundingBox().top()) + ' ' + num(f.face->boundingBox().right()) + ' ' +
                                num(f.face->boundingBox().bottom()) + "] /ItalicAngle 0 /Ascent " + num(f.face->ascent()) + " /Descent " +
                                num(f.face->descent()) + " /CapHeight " + num(f.face->capHeight()) + " /StemV 80 " +
                                (f.face->isCff() ? "/FontFile3 " : "/FontFile2 ") + PdfObjectWriter::ref(file);
        if (document.pdfa)
            descriptor += " /CIDSet " + PdfObjectWriter::ref(w.addStream({}, cidSet(glyphs)));
        const int descriptorObject = w.add(descriptor + " >>");
        QByteArray cidToGid;
        if (!made.oldIds.isEmpty()) { // TrueType: CIDs are the face's glyph ids, the subset numbers its glyphs anew
            QByteArray map(2 * int(made.oldIds.constLast() + 1), '\0');
            for (int k = 0; k < made.oldIds.size(); ++k)
                qToBigEndian(quint16(k), map.data() + 2 * made.oldIds[k]);
            cidToGid = " /CIDToGIDMap " + PdfObjectWriter::ref(w.addStream({}, map));
        }
        const int cidFont = w.add("<< /Type /Font /Subtype " + QByteArray(f.face->isCff() ? "/CIDFontType0" : "/CIDFontType2") + " /BaseFont /" +
                                  name + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor " +
                                  PdfObjectWriter::ref(descriptorObject) + " /DW 1000 /W " + widthsArray(*f.face, glyphs) + cidToGid + " >>");
        const int toUnicode = w.addStream({}, toUnicodeCMap(*f.face, glyphs));
        const int type0 = w.add("<< /Type /Font /Subtype /Type0 /BaseFont /" + name + " /Encoding /Identity-H /DescendantFonts [" +
                                PdfObjectWriter::ref(cidFont) + "] /ToUnicode " + PdfObjectWriter::ref(toUnicode) + " >>");
        fontResources += " /F" + QByteArray::number(int(i)) + ' ' + PdfObjectWriter::ref(type0);
    }

    // Forms (the draft mark) and images (the seal).
    QByteArray xobjects;
    for (int i = 0; i < m_forms.size(); ++i) {
        const QRectF box = m_forms[i].path.boundingRect();
        const int form = w.addStream(" /Type /XObject /Subtype /Form /BBox [" + num(box.left()) + ' ' + num(box.top()) + ' ' + num(box.right()) +
                                         ' ' + num(box.bottom()) + ']',
                                     colour(m_forms[i].color) + " rg\n" + pathOperators(m_forms[i].path));
        xobjects += " /Fm" + QByteArray::number(i) + ' ' + PdfObjectWriter::ref(form);
    }
    for (int i = 0; i < m_images.size(); ++i) {
        const int object = writeImage(w, m_images[i].image, document.pdfa);
        xobjects += " /Im" + QByteArray::number(i) + ' ' + PdfObjectWriter::ref(object);
    }
    w.object(resources, "<< /ProcSet [/PDF /Text /ImageB /ImageC] /Font <<" + fontResources + " >> /XObject <<" + xobjects + " >> >>");

    QByteArray kids;
    const QByteArray mediaBox = "[0 0 " + num(m_pageSize.width() * m_scale) + ' ' + num(m_pageSize.height() * m_scale) + ']';
    for (const QByteArray &page : m_pages) {
        const int contents = w.addStream({}, page);
        kids += ' ' + PdfObjectWriter::ref(w.add("<< /Type /Page /Parent " + PdfObjectWriter::ref(pageTree) + " /MediaBox " + mediaBox +
                                              " /Resources " + PdfObjectWriter::ref(resources) + " /Contents " + PdfObjectWriter::ref(contents) + " >>"));
    }
    w.object(pageTree, "<< /Type /Pages /Kids [" + kids + " ] /Count " + QByteArray::number(m_pages.size()) + " >>");

    const QByteArray date = "(D:" + document.created.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
    const int info = w.add("<< /Title " + textString(document.title) + " /Author " + textString(document.author) + " /Subject " +
                           textString(document.subject) + " /Creator " + textString(document.creator) + " /Producer " +
                           textString(document.producer) + " /CreationDate " + date + " /ModDate " + date + " >>");
    QByteArray catalogBody = "<< /Type /Catalog /Pages " + PdfObjectWriter::ref(pageTree);
    if (!document.xmp.isEmpty())
        catalogBody += " /Metadata " + PdfObjectWriter::ref(w.addStream(" /Type /Metadata /Subtype /XML", document.xmp, false));
    if (document.pdfa) {
        const QByteArray icc = QColorSpace(QColorSpace::SRgb).iccProfile();
        const int profile = w.addStream(" /N 3", icc);
        catalogBody += " /OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB) "
                       "/DestOutputProfile " +
                       PdfObjectWriter::ref(profile) + " >>]";
    }
    w.object(catalog, catalogBody + " >>");
    w.finish(catalog, info, QCryptographicHash::hash(out, QCryptographicHash::Md5).toHex());
    if (device.write(out) != out.size()) {
        *error = device.errorString();
        return false;
    }
    return true;
}
