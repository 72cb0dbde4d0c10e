// Importing a report as it is published, timed: a saved web page, a 10-page PDF with a text layer (its tables ruled,
// and the same printed by LibreOffice without rules), and one scanned page read by OCR (CPU time of this process: Tesseract's own threads included). The
// sources are the fixtures' reports written by our exporters; each figure the median of its runs. Targets (issue #30):
// page ≤ 0.3 s, PDF ≤ 1 s, scanned page ≤ 10 s of a core.
#include "FormatRegistry.h"
#include "ReportExport.h"
#include "ReportImport.h"
#include "ReportJson.h"
#include "ScanText.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
}

template<typename F>
double medianMs(int runs, F work)
{
    QVector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!work())
            return -1;
        ms.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    FormatRegistry registry;
    const QString shared = qEnvironmentVariable("DR_SHARED_DIR", QStringLiteral(DR_SHARED_DIR_DEFAULT));
    QFile json(shared + QStringLiteral("/fixtures/expected/huaian-2024.json"));
    QString error;
    if (!json.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_import: cannot read %s\n", qPrintable(json.fileName()));
        return 1;
    }
    const auto report = ReportJson::read(json.readAll(), registry, &error);
    if (!report) {
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    ReportImport import(registry, [] { return nullptr; });
    const auto read = [&](const QString &path) {
        QString why;
        const bool ok = import.readFile(path, {}, &why).has_value();
        if (!ok)
            std::fprintf(stderr, "bench_import: %s\n", qPrintable(why));
        return ok;
    };

    // A saved web page: our HTML page of the report.
    const QString page = dir.filePath(QStringLiteral("page.html"));
    if (!ReportExport::write(*report, registry, page, ReportExport::Options(), &error))
        return std::fprintf(stderr, "bench_import: %s\n", qPrintable(error)), 1;
    std::printf("import: a saved web page: %.0f ms (target 300 ms)\n", medianMs(9, [&] { return read(page); }));

    // A 10-page PDF with a text layer: the report with its prose long enough to run to 10 pages.
    Report longer = *report;
    QString prose = longer.prose.get(QStringLiteral("part1")).value_or(QString());
    while (prose.size() < 3200)
        prose += QStringLiteral("\n") + longer.prose.get(QStringLiteral("part1")).value_or(QStringLiteral("政府信息公开工作稳步推进。"));
    longer.prose.set(QStringLiteral("part1"), prose);
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    if (!ReportExport::write(longer, registry, pdf, ReportExport::Options(), &error))
        return std::fprintf(stderr, "bench_import: %s\n", qPrintable(error)), 1;
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    info.waitForFinished();
    const QString pages = QString::fromUtf8(info.readAllStandardOutput()).section(QStringLiteral("Pages:"), 1).trimmed().section(QLatin1Char('\n'), 0, 0);
    std::printf("import: a %s-page PDF with a text layer: %.0f ms (target 1000 ms)\n", qPrintable(pages), medianMs(5, [&] { return read(pdf); }));

    // The same report's web page printed by LibreOffice, which draws its tables without rules: their columns are
    // rebuilt from where the words stand, and pdftotext's layout read too, the better reading kept.
    const QString longPage = dir.filePath(QStringLiteral("long.html"));
    if (!ReportExport::write(longer, registry, longPage, ReportExport::Options(), &error))
        return std::fprintf(stderr, "bench_import: %s\n", qPrintable(error)), 1;
    QProcess soffice;
    soffice.start(QStringLiteral("soffice"), {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo-profile")),
                                              QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf:writer_web_pdf_Export"),
                                              QStringLiteral("--outdir"), dir.filePath(QStringLiteral("lo")), longPage});
    const QString unruled = dir.filePath(QStringLiteral("lo/long.pdf"));
    if (soffice.waitForStarted() && soffice.waitForFinished(180000) && QFile::exists(unruled)) {
        info.start(QStringLiteral("pdfinfo"), {unruled});
        info.waitForFinished();
        const QString count = QString::fromUtf8(info.readAllStandardOutput()).section(QStringLiteral("Pages:"), 1).trimmed().section(QLatin1Char('\n'), 0, 0);
        std::printf("import: a %s-page PDF whose tables have no rules (LibreOffice's print of the web page): %.0f ms (target 1000 ms)\n",
                    qPrintable(count), medianMs(5, [&] { return read(unruled); }));
    } else {
        std::printf("import: a PDF whose tables have no rules: not measured (LibreOffice's soffice did not print one)\n");
    }

    // One scanned page: table 三's first page, rasterised at 200 dpi, read by OCR.
    const QString prefix = dir.filePath(QStringLiteral("scan"));
    QProcess::execute(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-gray"), QStringLiteral("-png"),
                                                   QStringLiteral("-f"), QStringLiteral("4"), QStringLiteral("-l"), QStringLiteral("4"), pdf, prefix});
    const QStringList images = QDir(dir.path()).entryList({QStringLiteral("scan*.png")});
    if (images.isEmpty())
        return std::fprintf(stderr, "bench_import: pdftoppm made no page\n"), 1;
    const QImage scanned(dir.filePath(images.first()));
    QVector<double> cpu, wall;
    for (int i = 0; i < 3; ++i) {
        const double before = cpuSeconds();
        QElapsedTimer t;
        t.start();
        if (!ScanText::text({scanned}, &error))
            return std::fprintf(stderr, "bench_import: %s\n", qPrintable(error)), 1;
        wall.append(t.nsecsElapsed() / 1e9);
        cpu.append(cpuSeconds() - before);
    }
    std::sort(cpu.begin(), cpu.end());
    std::sort(wall.begin(), wall.end());
    std::printf("import: a scanned page (OCR): %.1f s of CPU, %.1f s on the clock (target 10 s of a core)\n", cpu.at(1), wall.at(1));
    return 0;
}
