#include "DocxExporter.h"
#include "OfficialDocument.h"

#include "DocumentBlocks.h"
#include "TitleLines.h"
#include "ZipWriter.h"

#include <QDateTime>
#include <functional>
#include <QXmlStreamWriter>

namespace {

const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString R = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

int twips(double mm)
{
    return qRound(mm / 25.4 * 1440);
}

// The official faces by role, as Word and WPS name them.
const QString fang = QStringLiteral("仿宋_GB2312");
const QString song = QStringLiteral("宋体");
const QString hei = QStringLiteral("黑体");
const QString kai = QStringLiteral("楷体_GB2312");

// A run's face, for Latin, East Asian and complex-script text alike, and its size in half points (<w:rPr> content).
void fontAndSize(QXmlStreamWriter &w, const QString &font, int halfPoints)
{
    w.writeEmptyElement(W, QStringLiteral("rFonts"));
    for (const char *a : {"ascii", "hAnsi", "eastAsia", "cs"})
        w.writeAttribute(W, QLatin1String(a), font);
    w.writeEmptyElement(W, QStringLiteral("sz"));
    w.writeAttribute(W, QStringLiteral("val"), QString::number(halfPoints));
}
const QString xbs = QStringLiteral("方正小标宋简体");

class Doc
{
public:
    QByteArray out;
    QXmlStreamWriter w{&out};

    void run(const QString &text, const QString &font, int halfPoints)
    {
        w.writeStartElement(W, QStringLiteral("r"));
        w.writeStartElement(W, QStringLiteral("rPr"));
        fontAndSize(w, font, halfPoints);
        w.writeEmptyElement(W, QStringLiteral("szCs"));
        w.writeAttribute(W, QStringLiteral("val"), QString::number(halfPoints));
        w.writeEndElement();
        const QStringList lines = text.split(QLatin1Char('\n')); // a title's lines: breaks within one paragraph
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                w.writeEmptyElement(W, QStringLiteral("br"));
            w.writeStartElement(W, QStringLiteral("t"));
            w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            w.writeCharacters(lines[i]);
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    // A paragraph on the 22-line grid (exact 28.95 pt), with a first-line indent of two characters or not.
    void paragraph(const QList<QPair<QString, QString>> &runs, int halfPoints, const QString &align, bool indent, int lineTwips = 579,
                   int rightChars = 0, bool keepNext = false)
    {
        w.writeStartElement(W, QStringLiteral("p"));
        w.writeStartElement(W, QStringLiteral("pPr"));
        if (keepNext)
            w.writeEmptyElement(W, QStringLiteral("keepNext")); // a heading never alone at a page foot
        w.writeEmptyElement(W, QStringLiteral("spacing"));
        w.writeAttribute(W, QStringLiteral("before"), QStringLiteral("0"));
        w.writeAttribute(W, QStringLiteral("after"), QStringLiteral("0"));
        w.writeAttribute(W, QStringLiteral("line"), QString::number(lineTwips));
        w.writeAttribute(W, QStringLiteral("lineRule"), QStringLiteral("exact"));
        if (indent || rightChars) {
            w.writeEmptyElement(W, QStringLiteral("ind"));
            if (indent) {
                w.writeAttribute(W, QStringLiteral("firstLineChars"), QStringLiteral("200"));
                w.writeAttribute(W, QStringLiteral("firstLine"), QString::number(halfPoints * 20));
            }
            if (rightChars) {
                w.writeAttribute(W, QStringLiteral("rightChars"), QString::number(rightChars * 100));
                w.writeAttribute(W, QStringLiteral("right"), QString::number(rightChars * halfPoints * 10));
            }
        }
        w.writeEmptyElement(W, QStringLiteral("jc"));
        w.writeAttribute(W, QStringLiteral("val"), align);
        w.writeEndElement();
        for (const auto &r : runs)
            run(r.first, r.second, halfPoints);
        w.writeEndElement();
    }

    void table(const TableFormat &format, const Report &report, const ReportSchema &schema)
    {
        const auto rows = DocumentBlocks::rows(format, report, schema);
        QVector<int> widths;
        for (double mm : DocumentBlocks::columnWidthsMm(format))
            widths.append(twips(mm));
        w.writeStartElement(W, QStringLiteral("tbl"));
        w.writeStartElement(W, QStringLiteral("tblPr"));
        w.writeEmptyElement(W, QStringLiteral("tblW"));
        w.writeAttribute(W, QStringLiteral("w"), QString::number(twips(OfficialDocument::typeWidthMm)));
        w.writeAttribute(W, QStringLiteral("type"), QStringLiteral("dxa"));
        w.writeEmptyElement(W, QStringLiteral("jc"));
        w.writeAttribute(W, QStringLiteral("val"), QStringLiteral("center"));
        w.writeStartElement(W, QStringLiteral("tblBorders"));
        for (const char *side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            w.writeEmptyElement(W, QLatin1String(side));
            w.writeAttribute(W, QStringLiteral("val"), QStringLiteral("single"));
            w.writeAttribute(W, QStringLiteral("sz"), QStringLiteral("4"));
            w.writeAttribute(W, QStringLiteral("space"), QStringLiteral("0"));
            w.writeAttribute(W, QStringLiteral("color"), QStringLiteral("000000"));
        }
        w.writeEndElement();
        w.writeEmptyElement(W, QStringLiteral("tblLayout"));
        w.writeAttribute(W, QStringLiteral("type"), QStringLiteral("fixed"));
        w.writeStartElement(W, QStringLiteral("tblCellMar"));
        for (const char *side : {"left", "right"}) {
            w.writeEmptyElement(W, QLatin1String(side));
            w.writeAttribute(W, QStringLiteral("w"), QString::number(twips(1)));
            w.writeAttribute(W, QStringLiteral("type"), QStringLiteral("dxa"));
        }
        w.writeEndElement();
        w.writeEndElement(); // tblPr
        w.writeStartElement(W, QStringLiteral("tblGrid"));
        for (int width : widths) {
            w.writeEmptyElement(W, QStringLiteral("gridCol"));
            w.writeAttribute(W, QStringLiteral("w"), QString::number(width));
        }
        w.writeEndElement();

        const int columns = int(widths.size());
        const DocumentBlocks::Coverage cover = DocumentBlocks::coverage(rows, columns);
        for (int r = 0; r < rows.size(); ++r) {
            w.writeStartElement(W, QStringLiteral("tr"));
            w.writeStartElement(W, QStringLiteral("trPr"));
            // Header rows are repeated on every page and never split. Body rows may split: LibreOffice (7.4) drops
            // everything after a table whose unsplittable body rows meet a page break in some positions (hongze-2024
            // lost parts 五 and 六), and a row split over two pages loses nothing.
            if (!rows[r].isEmpty() && rows[r].constFirst().header) {
                w.writeEmptyElement(W, QStringLiteral("cantSplit"));
                w.writeEmptyElement(W, QStringLiteral("tblHeader"));
            }
            w.writeEndElement();
            for (int k = 0; k < columns;) {
                const TableCellText *c = cover[r][k];
                const bool origin = c->row == r;
                int width = 0;
                for (int j = c->column; j < c->column + c->columnSpan; ++j)
                    width += widths[j];
                w.writeStartElement(W, QStringLiteral("tc"));
                w.writeStartElement(W, QStringLiteral("tcPr"));
                w.writeEmptyElement(W, QStringLiteral("tcW"));
                w.writeAttribute(W, QStringLiteral("w"), QString::number(width));
                w.writeAttribute(W, QStringLiteral("type"), QStringLiteral("dxa"));
                if (c->columnSpan > 1) {
                    w.writeEmptyElement(W, QStringLiteral("gridSpan"));
                    w.writeAttribute(W, QStringLiteral("val"), QString::number(c->columnSpan));
                }
                if (c->rowSpan > 1) {
                    w.writeEmptyElement(W, QStringLiteral("vMerge"));
                    if (origin)
                        w.writeAttribute(W, QStringLiteral("val"), QStringLiteral("restart"));
                }
                if (c->vertical && origin) {
                    w.writeEmptyElement(W, QStringLiteral("textDirection"));
                    w.writeAttribute(W, QStringLiteral("val"), QStringLiteral("tbRlV"));
                }
                w.writeEmptyElement(W, QStringLiteral("vAlign"));
                w.writeAttribute(W, QStringLiteral("val"), QStringLiteral("center"));
                w.writeEndElement();
                const bool left = c->label && !c->header && c->role != RowRole::Subheader && !c->vertical;
                if (origin)
                    paragraph({{c->text, fang}}, 21, left ? QStringLiteral("left") : QStringLiteral("center"), false, 300);
                else
                    paragraph({}, 21, QStringLiteral("center"), false, 300);
                w.writeEndElement(); // tc
                k = c->column + c->columnSpan;
            }
            w.writeEndElement(); // tr
        }
        w.writeEndElement(); // tbl
    }
};

QByteArray xml(const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    body(w);
    w.writeEndDocument();
    return out;
}

} // namespace

QByteArray DocxExporter::documentXml(const Report &report, const FormatRegistry &registry)
{
    const ReportSchema schema = ReportSchema::forReport(registry, report);
    Doc d;
    d.w.writeStartDocument(QStringLiteral("1.0"), true);
    d.w.writeNamespace(W, QStringLiteral("w"));
    d.w.writeNamespace(R, QStringLiteral("r"));
    d.w.writeStartElement(W, QStringLiteral("document"));
    d.w.writeStartElement(W, QStringLiteral("body"));
    const QVector<DocumentBlock> blocks = DocumentBlocks::of(report, schema);
    for (int i = 0; i < blocks.size(); ++i) {
        const DocumentBlock &b = blocks[i];
        switch (b.kind) {
        case DocumentBlock::Title:
            // The lines the printed page has (Word would break "…工作年 / 度报告").
            d.paragraph({{TitleLines::splitForTypeArea(b.text, OfficialDocument::titlePt).join(QLatin1Char('\n')), xbs}}, 44,
                        QStringLiteral("center"), false, 700);
            d.paragraph({}, 32, QStringLiteral("center"), false);
            break;
        case DocumentBlock::Heading: {
            // Kept with what follows — but not with a table: LibreOffice then lays out nothing after a table that runs
            // over pages (a report of five-digit figures lost parts 五 and 六 and the 落款; tst_documentexport).
            const bool beforeTable = i + 1 < blocks.size() && blocks[i + 1].kind == DocumentBlock::Table;
            d.paragraph({{b.text, hei}}, 32, QStringLiteral("both"), true, 579, 0, !beforeTable);
            break;
        }
        case DocumentBlock::Paragraph:
            if (b.headingLength > 0)
                d.paragraph({{b.text.left(b.headingLength), kai}, {b.text.mid(b.headingLength), fang}}, 32, QStringLiteral("both"), true);
            else
                d.paragraph({{b.text, fang}}, 32, QStringLiteral("both"), true);
            break;
        case DocumentBlock::Table:
            d.table(*b.table, report, schema);
            break;
        case DocumentBlock::Signature:
            // 7.3.5.2: an empty line, the agency two characters in from the right, the date under it.
            d.paragraph({}, 32, QStringLiteral("right"), false);
            d.paragraph({{b.text, fang}}, 32, QStringLiteral("right"), false, 579, 2);
            d.paragraph({{b.date, fang}}, 32, QStringLiteral("right"), false, 579, 2);
            break;
        }
    }
    d.w.writeStartElement(W, QStringLiteral("sectPr"));
    d.w.writeEmptyElement(W, QStringLiteral("footerReference"));
    d.w.writeAttribute(W, QStringLiteral("type"), QStringLiteral("default"));
    d.w.writeAttribute(R, QStringLiteral("id"), QStringLiteral("rIdFooter"));
    d.w.writeEmptyElement(W, QStringLiteral("pgSz"));
    d.w.writeAttribute(W, QStringLiteral("w"), QString::number(twips(OfficialDocument::pageWidthMm)));
    d.w.writeAttribute(W, QStringLiteral("h"), QString::number(twips(OfficialDocument::pageHeightMm)));
    d.w.writeEmptyElement(W, QStringLiteral("pgMar"));
    d.w.writeAttribute(W, QStringLiteral("top"), QString::number(twips(OfficialDocument::topMarginMm)));
    d.w.writeAttribute(W, QStringLiteral("right"), QString::number(twips(OfficialDocument::rightMarginMm)));
    d.w.writeAttribute(W, QStringLiteral("bottom"), QString::number(twips(OfficialDocument::bottomMarginMm)));
    d.w.writeAttribute(W, QStringLiteral("left"), QString::number(twips(OfficialDocument::leftMarginMm)));
    d.w.writeAttribute(W, QStringLiteral("header"), QString::number(twips(15)));
    d.w.writeAttribute(W, QStringLiteral("footer"), QString::number(twips(OfficialDocument::bottomMarginMm - OfficialDocument::pageNumberGapMm) - 280)); // the number line 7 mm under the type area
    d.w.writeAttribute(W, QStringLiteral("gutter"), QStringLiteral("0"));
    d.w.writeEmptyElement(W, QStringLiteral("docGrid"));
    d.w.writeAttribute(W, QStringLiteral("type"), QStringLiteral("lines"));
    d.w.writeAttribute(W, QStringLiteral("linePitch"), QStringLiteral("579"));
    d.w.writeEndElement();
    d.w.writeEndElement(); // body
    d.w.writeEndElement(); // document
    d.w.writeEndDocument();
    return d.out;
}

bool DocxExporter::write(const Report &report, const FormatRegistry &registry, const QString &path, QString *error)
{
    const QString pkg = QStringLiteral("http://schemas.openxmlformats.org/package/2006/");
    ZipWriter zip;
    zip.add(QStringLiteral("[Content_Types].xml"), xml([&](QXmlStreamWriter &w) {
        const QString ct = pkg + QStringLiteral("content-types");
        w.writeDefaultNamespace(ct);
        w.writeStartElement(ct, QStringLiteral("Types"));
        const QList<QPair<QString, QString>> defaults{
            {QStringLiteral("rels"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml")},
            {QStringLiteral("xml"), QStringLiteral("application/xml")}};
        for (const auto &d : defaults) {
            w.writeEmptyElement(ct, QStringLiteral("Default"));
            w.writeAttribute(QStringLiteral("Extension"), d.first);
            w.writeAttribute(QStringLiteral("ContentType"), d.second);
        }
        const QString wml = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.");
        const QList<QPair<QString, QString>> overrides{
            {QStringLiteral("/word/document.xml"), wml + QStringLiteral("document.main+xml")},
            {QStringLiteral("/word/styles.xml"), wml + QStringLiteral("styles+xml")},
            {QStringLiteral("/word/fontTable.xml"), wml + QStringLiteral("fontTable+xml")},
            {QStringLiteral("/word/footer1.xml"), wml + QStringLiteral("footer+xml")},
            {QStringLiteral("/docProps/core.xml"), QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml")}};
        for (const auto &o : overrides) {
            w.writeEmptyElement(ct, QStringLiteral("Override"));
            w.writeAttribute(QStringLiteral("PartName"), o.first);
            w.writeAttribute(QStringLiteral("ContentType"), o.second);
        }
        w.writeEndElement();
    }));
    auto relationships = [&](const QList<QStringList> &rels) {
        return xml([&](QXmlStreamWriter &w) {
            const QString ns = pkg + QStringLiteral("relationships");
            w.writeDefaultNamespace(ns);
            w.writeStartElement(ns, QStringLiteral("Relationships"));
            for (const QStringList &r : rels) {
                w.writeEmptyElement(ns, QStringLiteral("Relationship"));
                w.writeAttribute(QStringLiteral("Id"), r[0]);
                w.writeAttribute(QStringLiteral("Type"), r[1]);
                w.writeAttribute(QStringLiteral("Target"), r[2]);
            }
            w.writeEndElement();
        });
    };
    const QString od = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
    zip.add(QStringLiteral("_rels/.rels"),
            relationships({{QStringLiteral("rId1"), od + QStringLiteral("officeDocument"), QStringLiteral("word/document.xml")},
                           {QStringLiteral("rId2"), pkg + QStringLiteral("relationships/metadata/core-properties"), QStringLiteral("docProps/core.xml")}}));
    zip.add(QStringLiteral("word/_rels/document.xml.rels"),
            relationships({{QStringLiteral("rIdStyles"), od + QStringLiteral("styles"), QStringLiteral("styles.xml")},
                           {QStringLiteral("rIdFonts"), od + QStringLiteral("fontTable"), QStringLiteral("fontTable.xml")},
                           {QStringLiteral("rIdFooter"), od + QStringLiteral("footer"), QStringLiteral("footer1.xml")}}));
    zip.add(QStringLiteral("word/document.xml"), documentXml(report, registry));
    zip.add(QStringLiteral("word/styles.xml"), xml([&](QXmlStreamWriter &w) {
        w.writeNamespace(W, QStringLiteral("w"));
        w.writeStartElement(W, QStringLiteral("styles"));
        w.writeStartElement(W, QStringLiteral("docDefaults"));
        w.writeStartElement(W, QStringLiteral("rPrDefault"));
        w.writeStartElement(W, QStringLiteral("rPr"));
        fontAndSize(w, fang, 32);
        w.writeEmptyElement(W, QStringLiteral("lang"));
        w.writeAttribute(W, QStringLiteral("eastAsia"), QStringLiteral("zh-CN"));
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }));
    zip.add(QStringLiteral("word/fontTable.xml"), xml([&](QXmlStreamWriter &w) {
        // Free fallbacks for the official names, for machines without them.
        w.writeNamespace(W, QStringLiteral("w"));
        w.writeStartElement(W, QStringLiteral("fonts"));
        const QList<QPair<QString, QString>> faces{{fang, QStringLiteral("FangSong")}, {song, QStringLiteral("SimSun")},
                                                   {hei, QStringLiteral("SimHei")}, {kai, QStringLiteral("KaiTi")},
                                                   {xbs, QStringLiteral("SimSun")}};
        for (const auto &f : faces) {
            w.writeStartElement(W, QStringLiteral("font"));
            w.writeAttribute(W, QStringLiteral("name"), f.first);
            w.writeEmptyElement(W, QStringLiteral("altName"));
            w.writeAttribute(W, QStringLiteral("val"), f.second);
            w.writeEmptyElement(W, QStringLiteral("charset"));
            w.writeAttribute(W, QStringLiteral("val"), QStringLiteral("86"));
            w.writeEmptyElement(W, QStringLiteral("family"));
            w.writeAttribute(W, QStringLiteral("val"), f.first == hei ? QStringLiteral("modern") : QStringLiteral("roman"));
            w.writeEndElement();
        }
        w.writeEndElement();
    }));
    zip.add(QStringLiteral("word/footer1.xml"), xml([&](QXmlStreamWriter &w) {
        w.writeNamespace(W, QStringLiteral("w"));
        w.writeStartElement(W, QStringLiteral("ftr"));
        w.writeStartElement(W, QStringLiteral("p"));
        w.writeStartElement(W, QStringLiteral("pPr"));
        w.writeEmptyElement(W, QStringLiteral("jc"));
        w.writeAttribute(W, QStringLiteral("val"), QStringLiteral("center"));
        w.writeEndElement();
        auto piece = [&w](const char *kind, const QString &text) {
            w.writeStartElement(W, QStringLiteral("r"));
            w.writeStartElement(W, QStringLiteral("rPr"));
            fontAndSize(w, song, 28); // 4号
            w.writeEndElement();
            if (qstrcmp(kind, "t") == 0) {
                w.writeStartElement(W, QStringLiteral("t"));
                w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
                w.writeCharacters(text);
                w.writeEndElement();
            } else if (qstrcmp(kind, "instr") == 0) {
                w.writeStartElement(W, QStringLiteral("instrText"));
                w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
                w.writeCharacters(text);
                w.writeEndElement();
            } else {
                w.writeEmptyElement(W, QStringLiteral("fldChar"));
                w.writeAttribute(W, QStringLiteral("fldCharType"), text);
            }
            w.writeEndElement();
        };
        piece("t", QStringLiteral("— "));
        piece("fld", QStringLiteral("begin"));
        piece("instr", QStringLiteral(" PAGE "));
        piece("fld", QStringLiteral("separate"));
        piece("t", QStringLiteral("1"));
        piece("fld", QStringLiteral("end"));
        piece("t", QStringLiteral(" —"));
        w.writeEndElement();
        w.writeEndElement();
    }));
    zip.add(QStringLiteral("docProps/core.xml"), xml([&](QXmlStreamWriter &w) {
        const QString cp = QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
        const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
        const QString dcterms = QStringLiteral("http://purl.org/dc/terms/");
        const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
        w.writeNamespace(cp, QStringLiteral("cp"));
        w.writeNamespace(dc, QStringLiteral("dc"));
        w.writeNamespace(dcterms, QStringLiteral("dcterms"));
        w.writeNamespace(xsi, QStringLiteral("xsi"));
        w.writeStartElement(cp, QStringLiteral("coreProperties"));
        w.writeTextElement(dc, QStringLiteral("title"), DocumentBlocks::printable(report.displayTitle()));
        w.writeTextElement(dc, QStringLiteral("creator"), DocumentBlocks::printable(report.agency));
        w.writeStartElement(dcterms, QStringLiteral("created"));
        w.writeAttribute(xsi, QStringLiteral("type"), QStringLiteral("dcterms:W3CDTF"));
        w.writeCharacters(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        w.writeEndElement();
        w.writeEndElement();
    }));
    return zip.write(path, error);
}
