#include "PdfExporter.h"

#include "PageGeometry.h"
#include "PdfWriter.h"
#include "Report.h"
#include "ReportLayout.h"

#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace {

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

PdfExporter::Metadata PdfExporter::Metadata::forReport(const Report &report)
{
    return {report.displayTitle(), report.agency, QStringLiteral("政府信息公开工作年度报告（%1年）").arg(report.year),
            QDateTime::currentDateTimeUtc()};
}

QByteArray PdfExporter::xmp(const Metadata &m, bool pdfa, const QString &producer)
{
    const QString date = m.created.toUTC().toString(Qt::ISODate);
    QString x = QStringLiteral(
                    "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                    "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                    " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                    "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                    "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" "
                    "xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                    "   <dc:format>application/pdf</dc:format>\n"
                    "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
                    "   <dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
                    "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%3</rdf:li></rdf:Alt></dc:description>\n"
                    "   <xmp:CreateDate>%4</xmp:CreateDate>\n"
                    "   <xmp:ModifyDate>%4</xmp:ModifyDate>\n"
                    "   <xmp:CreatorTool>Disclosure Report</xmp:CreatorTool>\n"
                    "   <pdf:Producer>%5</pdf:Producer>\n")
                    .arg(escaped(m.title), escaped(m.author), escaped(m.subject), date, escaped(producer));
    // dc:identifier is in XMP's predefined Dublin Core schema: PDF/A-1 needs no extension schema for it.
    if (!m.reportSha256.isEmpty())
        x += QStringLiteral("   <dc:identifier>urn:sha256:%1</dc:identifier>\n").arg(escaped(m.reportSha256));
    if (pdfa)
        x += QStringLiteral("   <pdfaid:part>1</pdfaid:part>\n   <pdfaid:conformance>B</pdfaid:conformance>\n");
    x += QStringLiteral("  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return x.toUtf8();
}

bool PdfExporter::write(const ReportLayout &layout, const QString &path, const Metadata &metadata, bool pdfa, QString *error, Writer writer)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("无法写入 %1（%2）").arg(path, file.errorString());
        return false;
    }
    if (writer == Writer::Own) {
        PdfWriter pdf(PageGeometry::pageSize(), PageGeometry::dotsPerInch);
        const FontSet &fonts = layout.fonts();
        pdf.setFontFiles([&fonts](const QString &family, int weight) { return fonts.fileOf(family, weight); });
        for (int i = 0; i < layout.pageCount(); ++i) {
            pdf.newPage();
            layout.paintPage(i, pdf);
        }
        QString why;
        if (pdf.canEmbedFonts(&why)) {
            const QString producer = QStringLiteral("Disclosure Report");
            const PdfWriter::Document document{metadata.title, metadata.author, metadata.subject, producer, producer, metadata.created,
                                               xmp(metadata, pdfa, producer), pdfa};
            if (!pdf.write(document, file, error)) {
                *error = tr("无法生成 PDF %1：%2").arg(path, *error);
                return false;
            }
        } else {
            writer = Writer::Qt; // a face only Qt's writer embeds (a bitmap or variable font, say)
        }
    }
    if (writer == Writer::Qt) {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(int(PageGeometry::dotsPerInch));
        pdf.setTitle(metadata.title);
        pdf.setCreator(QStringLiteral("Disclosure Report"));
        if (pdfa)
            pdf.setPdfVersion(QPdfWriter::PdfVersion_A1b);
        pdf.setDocumentXmpMetadata(xmp(metadata, pdfa, QStringLiteral("Qt " QT_VERSION_STR)));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            *error = tr("无法生成 PDF %1").arg(path);
            return false;
        }
        for (int i = 0; i < layout.pageCount(); ++i) {
            if (i > 0)
                pdf.newPage();
            ReportLayout::scaleToDots(painter, pdf.resolution());
            layout.paintPage(i, painter);
            painter.resetTransform();
        }
        painter.end();
    }
    if (!file.commit()) {
        *error = tr("无法写入 %1（%2）").arg(path, file.errorString());
        return false;
    }
    return true;
}
