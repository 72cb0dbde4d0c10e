// Rendering speed and size: whole-process PDF export (seed, huaian-2024), the preview's refresh after one cell
// edit (in-process), peak RSS of an export, and the seed PDF's size. Targets are in bench/RESULTS.md.
#include "FontSet.h"
#include "PageGeometry.h"
#include "ReportJson.h"
#include "ReportLayout.h"
#include "ReportSchema.h"
#include "Totals.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {

struct Stats
{
    double median, p95;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.95))]};
}

Report load(const FormatRegistry &registry, const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    QString error;
    return *ReportJson::read(f.readAll(), registry, &error);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QString shared = qEnvironmentVariable("DR_SHARED_DIR", QStringLiteral(DR_SHARED_DIR_DEFAULT));
    const QString seed = shared + QStringLiteral("/fixtures/expected/changji-kejiju-2021.json");
    const QString huaian = shared + QStringLiteral("/fixtures/expected/huaian-2024.json");
    QTemporaryDir dir;

    // Whole process, as a script or the clerk's button would run it.
    for (const QString &file : {seed, huaian}) {
        std::vector<double> ms;
        for (int i = 0; i < 30; ++i) {
            QElapsedTimer t;
            t.start();
            QProcess p;
            p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
            p.start(QStringLiteral(DR_EXE), {QStringLiteral("export"), file, QStringLiteral("--to"), dir.filePath(QStringLiteral("out.pdf"))});
            p.waitForFinished(-1);
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
            if (p.exitCode() != 0) {
                std::printf("export failed: %s\n", p.readAllStandardError().constData());
                return 1;
            }
        }
        const Stats s = stats(ms);
        std::printf("%-48s median %8.1f ms   p95 %8.1f ms   (30 runs)\n",
                    qPrintable(QStringLiteral("export --to PDF, whole process, ") + QFileInfo(file).baseName()), s.median, s.p95);
        if (file == seed)
            std::printf("%-48s %8.1f KB\n", "seed PDF size", double(QFileInfo(dir.filePath(QStringLiteral("out.pdf"))).size()) / 1024);
    }
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    std::printf("%-48s %8.1f MB\n", "export peak RSS (largest of the runs)", double(usage.ru_maxrss) / 1024);

    // The preview after one cell edit: recompute totals, lay out again, paint the page in view.
    const FormatRegistry registry;
    FontSet fonts;
    QString error;
    if (!fonts.loadShipped(&error)) {
        std::printf("%s\n", qPrintable(error));
        return 1;
    }
    ReportLayout layout(registry, fonts);
    Report report = load(registry, huaian);
    const ReportSchema schema = ReportSchema::forReport(registry, report);
    layout.layout(report);
    QImage screen(640, 905, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> ms;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer t;
        t.start();
        report.cells[QStringLiteral("t3.granted.natural")] = CellValue::integer(1000 + i);
        Totals::recomputeDependents(report, schema, {QStringLiteral("t3.granted.natural")});
        layout.layout(report);
        QPainter painter(&screen);
        painter.scale(640.0 / PageGeometry::pageWidth, 640.0 / PageGeometry::pageWidth);
        layout.paintPage(2, painter);
        painter.end();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const Stats s = stats(ms);
    std::printf("%-48s median %8.2f ms   p95 %8.2f ms   (200 edits)\n", "preview refresh after one cell edit (huaian)", s.median, s.p95);
    return 0;
}
