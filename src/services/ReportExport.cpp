#include "ReportExport.h"

#include "DocxExporter.h"
#include "FigureChart.h"
#include "FontSet.h"
#include "HtmlExporter.h"
#include "OdtExporter.h"
#include "PdfExporter.h"
#include "Preferences.h"
#include "Fingerprint.h"
#include "OfficeDashboard.h"
#include "ReportJson.h"
#include "ReportLayout.h"
#include "ReportStore.h"

#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

QStringList ReportExport::suffixes()
{
    return {QStringLiteral("json"), QStringLiteral("pdf"), QStringLiteral("docx"), QStringLiteral("odt"), QStringLiteral("html")};
}

ReportExport::Options ReportExport::forStored(ReportStore &store, const Report &report, const FormatRegistry &registry)
{
    return forStored(store.status(report.agency, report.year).value_or(ReportStore::Entry{}), report, registry);
}

ReportExport::Options ReportExport::forStored(const ReportStore::Entry &entry, const Report &report, const FormatRegistry &registry)
{
    Options options;
    const bool intact = entry.isSigned() && !Fingerprint::verify(entry.signedBy, entry.signedAt, entry.sha256, report, registry);
    options.render.watermark = !intact;
    if (intact)
        options.signature = entry.sha256;
    return options;
}

bool ReportExport::loadPrintFonts(FontSet *fonts, QString *error)
{
    if (!fonts->loadShipped(error))
        return false;
    Preferences().applyPrintFamilies(*fonts); // the same faces as the window prints with
    return true;
}

QFont ReportExport::chartFont()
{
    FontSet fonts;
    QString ignored;
    QFont font = fonts.loadShipped(&ignored) ? QFont(fonts.family(FontSet::Heading1)) : QFont();
    font.setPointSizeF(10);
    return font;
}

bool ReportExport::writeChart(const FigureHistory &history, const QString &path, QString *error)
{
    return FigureChart::write(history, path, chartFont(), error);
}

QStringList ReportExport::dashboardSuffixes()
{
    return {QStringLiteral("csv"), QStringLiteral("pdf"), QStringLiteral("html")};
}

bool ReportExport::writeDashboard(const OfficeDashboard &dashboard, const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QSaveFile file(path);
    if (!dashboardSuffixes().contains(suffix)) {
        *error = tr("不支持的输出格式“%1”（一览支持 .csv、.pdf、.html）").arg(suffix);
        return false;
    }
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("无法写入 %1：%2").arg(path, file.errorString());
        return false;
    }
    if (suffix == QLatin1String("csv")) {
        file.write(dashboard.csv());
    } else if (suffix == QLatin1String("html")) {
        file.write(dashboard.html().toUtf8());
    } else {
        FontSet fonts;
        if (!loadPrintFonts(&fonts, error))
            return false;
        QPdfWriter pdf(&file);
        pdf.setTitle(tr("%1%2年度报告一览").arg(dashboard.region).arg(dashboard.year));
        pdf.setCreator(QCoreApplication::applicationName());
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QTextDocument document;
        QFont font(fonts.family(FontSet::Table));
        font.setPointSizeF(9);
        document.setDefaultFont(font);
        document.setHtml(dashboard.html());
        document.print(&pdf);
    }
    if (!file.commit()) {
        *error = tr("无法写入 %1：%2").arg(path, file.errorString());
        return false;
    }
    return true;
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
        PdfExporter::Metadata metadata = PdfExporter::Metadata::forReport(report);
        metadata.reportSha256 = options.signature;
        if (options.layout)
            return PdfExporter::write(*options.layout, path, metadata, options.pdfa, error);
        FontSet loaded;
        if (!options.fonts && !loadPrintFonts(&loaded, error))
            return false;
        ReportLayout layout(registry, options.fonts ? *options.fonts : loaded);
        layout.layout(report, options.render);
        return PdfExporter::write(layout, path, metadata, options.pdfa, error);
    }
    if (suffix == QLatin1String("docx"))
        return DocxExporter::write(report, registry, path, error);
    if (suffix == QLatin1String("odt"))
        return OdtExporter::write(report, registry, path, error);
    QByteArray chart;
    if (suffix == QLatin1String("html") && options.chart && options.chart->isChartable())
        chart = FigureChart::svg(*options.chart, FigureChart::defaultSize(), chartFont());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(suffix == QLatin1String("html") ? HtmlExporter::write(report, registry, chart) : ReportJson::write(report, registry)) < 0
        || !file.commit()) {
        *error = tr("无法写入 %1（%2）").arg(path, file.errorString());
        return false;
    }
    return true;
}
