// Core speed: report JSON read/write, the check, store save/load — medians and p95 over many runs.
#include "FormatRegistry.h"
#include "ReportChecker.h"
#include "ReportJson.h"
#include "SqliteReportStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

void measure(const char *what, int runs, const std::function<void()> &body)
{
    std::vector<qint64> ns;
    ns.reserve(size_t(runs));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        body();
        ns.push_back(t.nsecsElapsed());
    }
    std::sort(ns.begin(), ns.end());
    std::printf("%-44s median %9.3f ms   p95 %9.3f ms   (%d runs)\n", what, double(ns[ns.size() / 2]) / 1e6,
                double(ns[size_t(double(ns.size()) * 0.95)]) / 1e6, runs);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString shared = qEnvironmentVariable("DR_SHARED_DIR", QStringLiteral(DR_SHARED_DIR_DEFAULT));
    QFile file(shared + QStringLiteral("/fixtures/expected/huaian-2024.json"));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray json = file.readAll();
    const FormatRegistry registry;
    QString error;
    const Report report = *ReportJson::read(json, registry, &error);
    const ReportChecker checker(registry);

    measure("load format definitions", 200, [] { FormatRegistry r; });
    measure("report JSON read (huaian-2024)", 1000, [&] { ReportJson::read(json, registry, &error); });
    measure("report JSON write", 1000, [&] { ReportJson::write(report, registry); });
    measure("check (200 cells, no previous year)", 1000, [&] { checker.check(report); });
    measure("check with previous year", 1000, [&] { checker.check(report, &report); });

    QTemporaryDir dir;
    SqliteReportStore store(registry);
    if (!store.openSqlite(dir.filePath(QStringLiteral("bench.sqlite"))))
        return 1;
    measure("store save (replace, one transaction)", 200, [&] { store.save({report}, true); });
    Report loaded;
    measure("store load", 500, [&] { store.load(report.agency, report.year, &loaded); });
    measure("store set one cell", 500, [&] { store.setCells(report.agency, report.year, {{QStringLiteral("t3.new.natural"), CellValue::integer(5)}}); });
    return 0;
}
