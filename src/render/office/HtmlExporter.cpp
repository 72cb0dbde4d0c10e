#include "HtmlExporter.h"

#include "DocumentBlocks.h"
#include "OfficialDocument.h"

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

const char *css = R"(
  body { font-family: "仿宋_GB2312", "仿宋", FangSong, "FandolFang", serif; font-size: 16pt; line-height: 1.8; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #000; }
  h1 { font-family: "方正小标宋简体", "小标宋", "宋体", SimSun, serif; font-size: 22pt; text-align: center; font-weight: normal; line-height: 1.4; }
  h2 { font-family: "黑体", SimHei, sans-serif; font-size: 16pt; font-weight: normal; text-indent: 2em; margin: 0.4em 0; }
  p { text-indent: 2em; margin: 0; text-align: justify; }
  .h3 { font-family: "楷体_GB2312", "楷体", KaiTi, serif; }
  table { border-collapse: collapse; width: 100%; font-family: "仿宋_GB2312", "仿宋", FangSong, "FandolFang", serif; font-size: 10.5pt; line-height: 1.4; margin: 0.5em 0 1em; }
  th, td { border: 1px solid #000; padding: 0.2em 0.4em; font-weight: normal; }
  td { text-align: center; }
  th[scope="row"] { text-align: left; }
  th.caption { text-align: left; }
  th.vertical { writing-mode: vertical-rl; text-align: center; }
  .signature { text-align: right; margin-top: 1.8em; padding-right: 2em; text-indent: 0; }
  .date { text-align: right; padding-right: 2em; text-indent: 0; }
  aside.chart { max-width: 46em; margin: 2em auto; padding: 0 1em; }
  aside.chart figure { margin: 0; }
  aside.chart svg { width: 100%; height: auto; }
  @media print { body { max-width: none; margin: 0; padding: 0; } thead { display: table-header-group; } tr { break-inside: avoid; } h2 { break-after: avoid; } }
)";

// The printed page's margins (OfficialDocument), top right bottom left as CSS orders them.
QString pageRule()
{
    using namespace OfficialDocument;
    return QStringLiteral("  @page { size: A4; margin: %1mm %2mm %3mm %4mm; }\n").arg(topMarginMm).arg(rightMarginMm).arg(bottomMarginMm).arg(leftMarginMm);
}

} // namespace

QByteArray HtmlExporter::write(const Report &report, const FormatRegistry &registry, const QByteArray &chartSvg)
{
    const ReportSchema schema = ReportSchema::forReport(registry, report);
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    h += QStringLiteral("<title>%1</title>\n<meta name=\"author\" content=\"%2\"/>\n<style>%3</style>\n</head>\n<body>\n<article>\n")
             .arg(esc(DocumentBlocks::printable(report.displayTitle())), esc(DocumentBlocks::printable(report.agency)), QString::fromUtf8(css) + pageRule());
    for (const DocumentBlock &b : DocumentBlocks::of(report, schema)) {
        switch (b.kind) {
        case DocumentBlock::Title:
            h += QStringLiteral("<h1>%1</h1>\n").arg(esc(b.text));
            break;
        case DocumentBlock::Heading:
            h += QStringLiteral("<h2>%1</h2>\n").arg(esc(b.text));
            break;
        case DocumentBlock::Paragraph:
            if (b.headingLength > 0)
                h += QStringLiteral("<p><span class=\"h3\">%1</span>%2</p>\n").arg(esc(b.text.left(b.headingLength)), esc(b.text.mid(b.headingLength)));
            else
                h += QStringLiteral("<p>%1</p>\n").arg(esc(b.text));
            break;
        case DocumentBlock::Signature:
            h += QStringLiteral("<p class=\"signature\">%1</p>\n<p class=\"date\">%2</p>\n").arg(esc(b.text), esc(b.date));
            break;
        case DocumentBlock::Table: {
            const auto rows = DocumentBlocks::rows(*b.table, report, schema);
            const int headerRows = DocumentBlocks::headerRowCount(*b.table);
            h += QStringLiteral("<table>\n");
            for (int r = 0; r < rows.size(); ++r) {
                if (r == 0 && headerRows > 0)
                    h += QStringLiteral("<thead>\n");
                if (r == headerRows)
                    h += QStringLiteral("<tbody>\n");
                h += QStringLiteral("<tr>");
                for (const TableCellText &c : rows[r]) {
                    QString spans;
                    if (c.rowSpan > 1)
                        spans += QStringLiteral(" rowspan=\"%1\"").arg(c.rowSpan);
                    if (c.columnSpan > 1)
                        spans += QStringLiteral(" colspan=\"%1\"").arg(c.columnSpan);
                    if (!c.label) {
                        h += QStringLiteral("<td%1>%2</td>").arg(spans, esc(c.text));
                    } else if (c.header || c.role == RowRole::Subheader) {
                        h += QStringLiteral("<th scope=\"%1\"%2>%3</th>").arg(c.columnSpan > 1 ? QStringLiteral("colgroup") : QStringLiteral("col"), spans, esc(c.text));
                    } else if (c.role == RowRole::Caption) {
                        h += QStringLiteral("<th scope=\"colgroup\" class=\"caption\"%1>%2</th>").arg(spans, esc(c.text));
                    } else {
                        const bool vertical = c.vertical;
                        h += QStringLiteral("<th scope=\"%1\"%2%3>%4</th>")
                                 .arg(c.rowSpan > 1 ? QStringLiteral("rowgroup") : QStringLiteral("row"), spans,
                                      vertical ? QStringLiteral(" class=\"vertical\"") : QString(), esc(c.text));
                    }
                }
                h += QStringLiteral("</tr>\n");
                if (r + 1 == headerRows)
                    h += QStringLiteral("</thead>\n");
            }
            if (rows.size() > headerRows)
                h += QStringLiteral("</tbody>\n");
            h += QStringLiteral("</table>\n");
            break;
        }
        }
    }
    h += QStringLiteral("</article>\n");
    // The chart is not part of the official format: an aside after the report, the SVG inline (no second file to
    // upload), its own <title> saying what it shows.
    const int svg = int(chartSvg.indexOf("<svg"));
    if (svg >= 0)
        h += QStringLiteral("<aside class=\"chart\">\n<figure>\n%1</figure>\n</aside>\n").arg(QString::fromUtf8(chartSvg.mid(svg)));
    h += QStringLiteral("</body>\n</html>\n");
    return h.toUtf8();
}
