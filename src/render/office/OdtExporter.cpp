#include "OdtExporter.h"

#include "OfficialDocument.h"

#include "DocumentBlocks.h"
#include "TitleLines.h"
#include "ZipWriter.h"

#include <QXmlStreamWriter>

namespace {

// Lengths as ODF writes them, from the official page's (OfficialDocument).
QString mm(double millimetres)
{
    return QString::number(millimetres, 'g', 6) + QStringLiteral("mm");
}

// The pitch of the 22-line grid.
QString linePitch()
{
    return QString::number(OfficialDocument::linePitchPt, 'f', 2) + QStringLiteral("pt");
}

const QString OFFICE = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString STYLE = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString TEXT = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString TABLE = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString FO = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString SVG = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const QString META = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
const QString DC = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString MANIFEST = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");

void namespaces(QXmlStreamWriter &w)
{
    w.writeNamespace(OFFICE, QStringLiteral("office"));
    w.writeNamespace(STYLE, QStringLiteral("style"));
    w.writeNamespace(TEXT, QStringLiteral("text"));
    w.writeNamespace(TABLE, QStringLiteral("table"));
    w.writeNamespace(FO, QStringLiteral("fo"));
    w.writeNamespace(SVG, QStringLiteral("svg"));
}

void fontFaces(QXmlStreamWriter &w)
{
    w.writeStartElement(OFFICE, QStringLiteral("font-face-decls"));
    for (const QString &f : {QStringLiteral("仿宋_GB2312"), QStringLiteral("宋体"), QStringLiteral("黑体"), QStringLiteral("楷体_GB2312"),
                             QStringLiteral("方正小标宋简体")}) {
        w.writeEmptyElement(STYLE, QStringLiteral("font-face"));
        w.writeAttribute(STYLE, QStringLiteral("name"), f);
        w.writeAttribute(SVG, QStringLiteral("font-family"), f);
    }
    w.writeEndElement();
}

// An ODF document part up to its body: the namespaces, the root element and the official faces.
void beginDocument(QXmlStreamWriter &w, const QString &root)
{
    w.writeStartDocument();
    namespaces(w);
    w.writeStartElement(OFFICE, root);
    w.writeAttribute(OFFICE, QStringLiteral("version"), QStringLiteral("1.3"));
    fontFaces(w);
}

// A text style: the face for Latin and Asian text alike, the size in points.
void textProperties(QXmlStreamWriter &w, const QString &font, double pt)
{
    w.writeEmptyElement(STYLE, QStringLiteral("text-properties"));
    w.writeAttribute(STYLE, QStringLiteral("font-name"), font);
    w.writeAttribute(STYLE, QStringLiteral("font-name-asian"), font);
    w.writeAttribute(FO, QStringLiteral("font-size"), QStringLiteral("%1pt").arg(pt));
    w.writeAttribute(STYLE, QStringLiteral("font-size-asian"), QStringLiteral("%1pt").arg(pt));
    w.writeAttribute(FO, QStringLiteral("language"), QStringLiteral("zh"));
    w.writeAttribute(FO, QStringLiteral("country"), QStringLiteral("CN"));
}

void paragraphStyle(QXmlStreamWriter &w, const QString &name, const QString &font, double pt, const QString &align, bool indent,
                    const QString &lineHeight = linePitch(), const QString &marginRight = QString(), bool keepNext = false)
{
    w.writeStartElement(STYLE, QStringLiteral("style"));
    w.writeAttribute(STYLE, QStringLiteral("name"), name);
    w.writeAttribute(STYLE, QStringLiteral("family"), QStringLiteral("paragraph"));
    w.writeEmptyElement(STYLE, QStringLiteral("paragraph-properties"));
    w.writeAttribute(FO, QStringLiteral("text-align"), align);
    w.writeAttribute(FO, QStringLiteral("line-height"), lineHeight);
    w.writeAttribute(FO, QStringLiteral("margin-top"), QStringLiteral("0pt"));
    w.writeAttribute(FO, QStringLiteral("margin-bottom"), QStringLiteral("0pt"));
    if (indent)
        w.writeAttribute(FO, QStringLiteral("text-indent"), QStringLiteral("%1pt").arg(2 * pt));
    if (!marginRight.isEmpty())
        w.writeAttribute(FO, QStringLiteral("margin-right"), marginRight);
    if (keepNext)
        w.writeAttribute(FO, QStringLiteral("keep-with-next"), QStringLiteral("always"));
    textProperties(w, font, pt);
    w.writeEndElement();
}

} // namespace

QByteArray OdtExporter::stylesXml()
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    beginDocument(w, QStringLiteral("document-styles"));
    w.writeStartElement(OFFICE, QStringLiteral("styles"));
    paragraphStyle(w, QStringLiteral("Footer"), QStringLiteral("宋体"), 14, QStringLiteral("center"), false, QStringLiteral("100%"));
    w.writeEndElement();
    w.writeStartElement(OFFICE, QStringLiteral("automatic-styles"));
    w.writeStartElement(STYLE, QStringLiteral("page-layout"));
    w.writeAttribute(STYLE, QStringLiteral("name"), QStringLiteral("A4"));
    w.writeStartElement(STYLE, QStringLiteral("page-layout-properties"));
    w.writeAttribute(FO, QStringLiteral("page-width"), mm(OfficialDocument::pageWidthMm));
    w.writeAttribute(FO, QStringLiteral("page-height"), mm(OfficialDocument::pageHeightMm));
    w.writeAttribute(STYLE, QStringLiteral("print-orientation"), QStringLiteral("portrait"));
    w.writeAttribute(FO, QStringLiteral("margin-top"), mm(OfficialDocument::topMarginMm));
    w.writeAttribute(FO, QStringLiteral("margin-bottom"), mm(OfficialDocument::bottomMarginMm - 2 * OfficialDocument::pageNumberGapMm)); // less the footer's two 7 mm
    w.writeAttribute(FO, QStringLiteral("margin-left"), mm(OfficialDocument::leftMarginMm));
    w.writeAttribute(FO, QStringLiteral("margin-right"), mm(OfficialDocument::rightMarginMm));
    w.writeEndElement();
    w.writeStartElement(STYLE, QStringLiteral("footer-style"));
    w.writeEmptyElement(STYLE, QStringLiteral("header-footer-properties"));
    w.writeAttribute(FO, QStringLiteral("min-height"), mm(OfficialDocument::pageNumberGapMm));
    w.writeAttribute(FO, QStringLiteral("margin-top"), mm(OfficialDocument::pageNumberGapMm));
    w.writeEndElement();
    w.writeEndElement(); // page-layout
    w.writeEndElement(); // automatic-styles
    w.writeStartElement(OFFICE, QStringLiteral("master-styles"));
    w.writeStartElement(STYLE, QStringLiteral("master-page"));
    w.writeAttribute(STYLE, QStringLiteral("name"), QStringLiteral("Standard"));
    w.writeAttribute(STYLE, QStringLiteral("page-layout-name"), QStringLiteral("A4"));
    w.writeStartElement(STYLE, QStringLiteral("footer"));
    w.writeStartElement(TEXT, QStringLiteral("p"));
    w.writeAttribute(TEXT, QStringLiteral("style-name"), QStringLiteral("Footer"));
    w.writeCharacters(QStringLiteral("— "));
    w.writeStartElement(TEXT, QStringLiteral("page-number"));
    w.writeAttribute(TEXT, QStringLiteral("select-page"), QStringLiteral("current"));
    w.writeCharacters(QStringLiteral("1"));
    w.writeEndElement();
    w.writeCharacters(QStringLiteral(" —"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QByteArray OdtExporter::contentXml(const Report &report, const FormatRegistry &registry)
{
    const ReportSchema schema = ReportSchema::forReport(registry, report);
    const QVector<DocumentBlock> blocks = DocumentBlocks::of(report, schema);
    QByteArray out;
    QXmlStreamWriter w(&out);
    beginDocument(w, QStringLiteral("document-content"));
    w.writeStartElement(OFFICE, QStringLiteral("automatic-styles"));
    paragraphStyle(w, QStringLiteral("Title"), QStringLiteral("方正小标宋简体"), 22, QStringLiteral("center"), false, QStringLiteral("35pt"));
    paragraphStyle(w, QStringLiteral("Body"), QStringLiteral("仿宋_GB2312"), 16, QStringLiteral("justify"), true);
    paragraphStyle(w, QStringLiteral("Heading1"), QStringLiteral("黑体"), 16, QStringLiteral("justify"), true, linePitch(), QString(), true);
    paragraphStyle(w, QStringLiteral("Signature"), QStringLiteral("仿宋_GB2312"), 16, QStringLiteral("end"), false, linePitch(), QStringLiteral("32pt"));
    paragraphStyle(w, QStringLiteral("CellCenter"), QStringLiteral("仿宋_GB2312"), 10.5, QStringLiteral("center"), false, QStringLiteral("115%"));
    paragraphStyle(w, QStringLiteral("CellLeft"), QStringLiteral("仿宋_GB2312"), 10.5, QStringLiteral("start"), false, QStringLiteral("115%"));
    w.writeStartElement(STYLE, QStringLiteral("style"));
    w.writeAttribute(STYLE, QStringLiteral("name"), QStringLiteral("Kai"));
    w.writeAttribute(STYLE, QStringLiteral("family"), QStringLiteral("text"));
    textProperties(w, QStringLiteral("楷体_GB2312"), 16);
    w.writeEndElement();
    for (const bool vertical : {false, true}) {
        w.writeStartElement(STYLE, QStringLiteral("style"));
        w.writeAttribute(STYLE, QStringLiteral("name"), vertical ? QStringLiteral("VerticalCell") : QStringLiteral("Cell"));
        w.writeAttribute(STYLE, QStringLiteral("family"), QStringLiteral("table-cell"));
        w.writeEmptyElement(STYLE, QStringLiteral("table-cell-properties"));
        w.writeAttribute(FO, QStringLiteral("border"), QStringLiteral("0.5pt solid #000000"));
        w.writeAttribute(FO, QStringLiteral("padding"), QStringLiteral("1mm"));
        w.writeAttribute(STYLE, QStringLiteral("vertical-align"), QStringLiteral("middle"));
        if (vertical)
            w.writeAttribute(STYLE, QStringLiteral("direction"), QStringLiteral("ttb")); // one character per line
        w.writeEndElement();
    }
    // Tables and their columns, by table.
    for (const DocumentBlock &b : blocks) {
        if (b.kind != DocumentBlock::Table)
            continue;
        const QString name = b.table->table;
        w.writeStartElement(STYLE, QStringLiteral("style"));
        w.writeAttribute(STYLE, QStringLiteral("name"), name);
        w.writeAttribute(STYLE, QStringLiteral("family"), QStringLiteral("table"));
        w.writeEmptyElement(STYLE, QStringLiteral("table-properties"));
        w.writeAttribute(STYLE, QStringLiteral("width"), mm(OfficialDocument::typeWidthMm));
        w.writeAttribute(TABLE, QStringLiteral("align"), QStringLiteral("center"));
        w.writeAttribute(TABLE, QStringLiteral("border-model"), QStringLiteral("collapsing"));
        w.writeEndElement();
        const QVector<double> widths = DocumentBlocks::columnWidthsMm(*b.table);
        for (int c = 0; c < widths.size(); ++c) {
            w.writeStartElement(STYLE, QStringLiteral("style"));
            w.writeAttribute(STYLE, QStringLiteral("name"), QStringLiteral("%1.C%2").arg(name).arg(c));
            w.writeAttribute(STYLE, QStringLiteral("family"), QStringLiteral("table-column"));
            w.writeEmptyElement(STYLE, QStringLiteral("table-column-properties"));
            w.writeAttribute(STYLE, QStringLiteral("column-width"), QStringLiteral("%1mm").arg(widths[c], 0, 'f', 2));
            w.writeEndElement();
        }
        w.writeStartElement(STYLE, QStringLiteral("style"));
        w.writeAttribute(STYLE, QStringLiteral("name"), name + QStringLiteral(".Row"));
        w.writeAttribute(STYLE, QStringLiteral("family"), QStringLiteral("table-row"));
        w.writeEmptyElement(STYLE, QStringLiteral("table-row-properties"));
        w.writeAttribute(FO, QStringLiteral("keep-together"), QStringLiteral("always")); // a row is never split
        w.writeEndElement();
    }
    w.writeEndElement(); // automatic-styles

    w.writeStartElement(OFFICE, QStringLiteral("body"));
    w.writeStartElement(OFFICE, QStringLiteral("text"));
    auto para = [&w](const QString &style, const QString &text) {
        w.writeStartElement(TEXT, QStringLiteral("p"));
        w.writeAttribute(TEXT, QStringLiteral("style-name"), style);
        w.writeCharacters(text);
        w.writeEndElement();
    };
    for (const DocumentBlock &b : blocks) {
        switch (b.kind) {
        case DocumentBlock::Title: {
            // The lines the printed page has, as line breaks within the one paragraph.
            const QStringList lines = TitleLines::splitForTypeArea(b.text, OfficialDocument::titlePt);
            w.writeStartElement(TEXT, QStringLiteral("p"));
            w.writeAttribute(TEXT, QStringLiteral("style-name"), QStringLiteral("Title"));
            for (int i = 0; i < lines.size(); ++i) {
                if (i > 0)
                    w.writeEmptyElement(TEXT, QStringLiteral("line-break"));
                w.writeCharacters(lines[i]);
            }
            w.writeEndElement();
            para(QStringLiteral("Body"), QString());
            break;
        }
        case DocumentBlock::Heading:
            w.writeStartElement(TEXT, QStringLiteral("h"));
            w.writeAttribute(TEXT, QStringLiteral("style-name"), QStringLiteral("Heading1"));
            w.writeAttribute(TEXT, QStringLiteral("outline-level"), QStringLiteral("1"));
            w.writeCharacters(b.text);
            w.writeEndElement();
            break;
        case DocumentBlock::Paragraph:
            w.writeStartElement(TEXT, QStringLiteral("p"));
            w.writeAttribute(TEXT, QStringLiteral("style-name"), QStringLiteral("Body"));
            if (b.headingLength > 0) {
                w.writeStartElement(TEXT, QStringLiteral("span"));
                w.writeAttribute(TEXT, QStringLiteral("style-name"), QStringLiteral("Kai"));
                w.writeCharacters(b.text.left(b.headingLength));
                w.writeEndElement();
            }
            w.writeCharacters(b.text.mid(b.headingLength));
            w.writeEndElement();
            break;
        case DocumentBlock::Signature:
            para(QStringLiteral("Body"), QString());
            para(QStringLiteral("Signature"), b.text);
            para(QStringLiteral("Signature"), b.date);
            break;
        case DocumentBlock::Table: {
            const auto rows = DocumentBlocks::rows(*b.table, report, schema);
            const int columns = int(b.table->widthsMm.size());
            const DocumentBlocks::Coverage cover = DocumentBlocks::coverage(rows, columns);
            const QString name = b.table->table;
            w.writeStartElement(TABLE, QStringLiteral("table"));
            w.writeAttribute(TABLE, QStringLiteral("name"), name);
            w.writeAttribute(TABLE, QStringLiteral("style-name"), name);
            for (int c = 0; c < columns; ++c) {
                w.writeEmptyElement(TABLE, QStringLiteral("table-column"));
                w.writeAttribute(TABLE, QStringLiteral("style-name"), QStringLiteral("%1.C%2").arg(name).arg(c));
            }
            const int headerRows = DocumentBlocks::headerRowCount(*b.table);
            for (int r = 0; r < rows.size(); ++r) {
                if (r == 0 && headerRows > 0)
                    w.writeStartElement(TABLE, QStringLiteral("table-header-rows")); // repeated on every page
                w.writeStartElement(TABLE, QStringLiteral("table-row"));
                w.writeAttribute(TABLE, QStringLiteral("style-name"), name + QStringLiteral(".Row"));
                for (int k = 0; k < columns; ++k) {
                    const TableCellText *c = cover[r][k];
                    if (c->row != r || c->column != k) {
                        w.writeEmptyElement(TABLE, QStringLiteral("covered-table-cell"));
                        continue;
                    }
                    w.writeStartElement(TABLE, QStringLiteral("table-cell"));
                    w.writeAttribute(TABLE, QStringLiteral("style-name"), c->vertical ? QStringLiteral("VerticalCell") : QStringLiteral("Cell"));
                    if (c->columnSpan > 1)
                        w.writeAttribute(TABLE, QStringLiteral("number-columns-spanned"), QString::number(c->columnSpan));
                    if (c->rowSpan > 1)
                        w.writeAttribute(TABLE, QStringLiteral("number-rows-spanned"), QString::number(c->rowSpan));
                    w.writeAttribute(OFFICE, QStringLiteral("value-type"), QStringLiteral("string"));
                    const bool left = c->label && !c->header && c->role != RowRole::Subheader && !c->vertical;
                    para(left ? QStringLiteral("CellLeft") : QStringLiteral("CellCenter"), c->text);
                    w.writeEndElement();
                }
                w.writeEndElement(); // table-row
                if (r + 1 == headerRows)
                    w.writeEndElement(); // table-header-rows
            }
            w.writeEndElement(); // table
            break;
        }
        }
    }
    w.writeEndElement(); // text
    w.writeEndElement(); // body
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

bool OdtExporter::write(const Report &report, const FormatRegistry &registry, const QString &path, QString *error)
{
    ZipWriter zip;
    // The mimetype comes first and stored, so that the package announces itself.
    zip.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", false);
    QByteArray manifest;
    {
        QXmlStreamWriter w(&manifest);
        w.writeStartDocument();
        w.writeNamespace(MANIFEST, QStringLiteral("manifest"));
        w.writeStartElement(MANIFEST, QStringLiteral("manifest"));
        w.writeAttribute(MANIFEST, QStringLiteral("version"), QStringLiteral("1.3"));
        const QList<QPair<QString, QString>> entries{{QStringLiteral("/"), QStringLiteral("application/vnd.oasis.opendocument.text")},
                                                     {QStringLiteral("content.xml"), QStringLiteral("text/xml")},
                                                     {QStringLiteral("styles.xml"), QStringLiteral("text/xml")},
                                                     {QStringLiteral("meta.xml"), QStringLiteral("text/xml")}};
        for (const auto &e : entries) {
            w.writeEmptyElement(MANIFEST, QStringLiteral("file-entry"));
            w.writeAttribute(MANIFEST, QStringLiteral("full-path"), e.first);
            w.writeAttribute(MANIFEST, QStringLiteral("media-type"), e.second);
            if (e.first == QLatin1String("/"))
                w.writeAttribute(MANIFEST, QStringLiteral("version"), QStringLiteral("1.3"));
        }
        w.writeEndElement();
        w.writeEndDocument();
    }
    QByteArray meta;
    {
        QXmlStreamWriter w(&meta);
        w.writeStartDocument();
        w.writeNamespace(OFFICE, QStringLiteral("office"));
        w.writeNamespace(DC, QStringLiteral("dc"));
        w.writeNamespace(META, QStringLiteral("meta"));
        w.writeStartElement(OFFICE, QStringLiteral("document-meta"));
        w.writeAttribute(OFFICE, QStringLiteral("version"), QStringLiteral("1.3"));
        w.writeStartElement(OFFICE, QStringLiteral("meta"));
        w.writeTextElement(DC, QStringLiteral("title"), DocumentBlocks::printable(report.displayTitle()));
        w.writeTextElement(META, QStringLiteral("initial-creator"), DocumentBlocks::printable(report.agency));
        w.writeTextElement(DC, QStringLiteral("language"), QStringLiteral("zh-CN"));
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
    }
    zip.add(QStringLiteral("META-INF/manifest.xml"), manifest);
    zip.add(QStringLiteral("content.xml"), contentXml(report, registry));
    zip.add(QStringLiteral("styles.xml"), stylesXml());
    zip.add(QStringLiteral("meta.xml"), meta);
    return zip.write(path, error);
}
