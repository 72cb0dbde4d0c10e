#pragma once

#include <QCoreApplication>
#include <QString>

class FormatRegistry;
struct Report;

// The report as Office Open XML for Word and WPS, written with QXmlStreamWriter into a zip (libzip): GB/T 9704
// page set-up (A4, margins 37/35/28/26 mm), the official font names for East Asian text with free fallbacks in the
// font table, the official tables with their merged cells (gridSpan, vMerge) and header rows repeated, a centred
// "— PAGE —" footer, 落款 and 成文日期.
class DocxExporter
{
    Q_DECLARE_TR_FUNCTIONS(DocxExporter)
public:
    static bool write(const Report &report, const FormatRegistry &registry, const QString &path, QString *error);
    static QByteArray documentXml(const Report &report, const FormatRegistry &registry);
};
