#pragma once

#include <QCoreApplication>
#include <QString>

class FormatRegistry;
struct Report;

// The report as OpenDocument Text, package written by hand (Qt 6.4's QTextDocumentWriter drops CJK fonts and page
// layout): A4 with GB/T 9704 margins, the official font names for Asian text, tables with merged cells
// (number-columns/rows-spanned, covered cells) and header rows repeated, a centred "— N —" page number footer.
class OdtExporter
{
    Q_DECLARE_TR_FUNCTIONS(OdtExporter)
public:
    static bool write(const Report &report, const FormatRegistry &registry, const QString &path, QString *error);
    static QByteArray contentXml(const Report &report, const FormatRegistry &registry);
    static QByteArray stylesXml();
};
