#include "ReportExport.h"

#include "DocxExporter.h"
#include "FontSet.h"
#include "HtmlExporter.h"
#include "OdtExporter.h"
#include "PdfExporter.h"
#include "Preferences.h"
#include "ReportJson.h"
#include "ReportLayout.h"
#include "ReportStore.h"

#include <QFileInfo>
#include <QSaveFile>

QStringList ReportExport::suffixes()
{
    return {QStringLiteral("json"), QStringLiteral("pdf"), QStringLiteral("docx"), QStringLiteral("odt"), QStringLiteral("html")};
}

ReportExport::Options ReportExport::forStored(ReportStore &store, const Report &report)
{
    Options options;
    options.render.watermark = !store.signOff(report.agency, report.year);
    return options;
}

bool ReportExport::write(const Report &report, const FormatRegistry &registry, const QString &path, const Options &options, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!suffixes().contains(suffix)) {
        *error = tr("不支持的输出格式“%1”（支持 .json、.pdf、.docx、.odt、.html）").arg(suffix);
        return false;
    }
    if (options.pdfa && suffix != QLatin1String("pdf")) {
        *error = tr("PDF/A 只用于 PDF 输出");
        return false;
    }
    if (suffix == QLatin1String("pdf")) {
        if (options.layout)
            return PdfExporter::write(*options.layout, path, PdfExporter::Metadata::forReport(report), options.pdfa, error);
        FontSet fonts;
        if (!fonts.loadShipped(error))
            return false;
        Preferences().applyPrintFamilies(fonts); // the same faces as the window prints with
        ReportLayout layout(registry, fonts);
        layout.layout(report, options.render);
        return PdfExporter::write(layout, path, PdfExporter::Metadata::forReport(report), options.pdfa, error);
    }
    if (suffix == QLatin1String("docx"))
        return DocxExporter::write(report, registry, path, error);
    if (suffix == QLatin1String("odt"))
        return OdtExporter::write(report, registry, path, error);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(suffix == QLatin1String("html") ? HtmlExporter::write(report, registry) : ReportJson::write(report, registry)) < 0
        || !file.commit()) {
        *error = tr("无法写入 %1（%2）").arg(path, file.errorString());
        return false;
    }
    return true;
}
