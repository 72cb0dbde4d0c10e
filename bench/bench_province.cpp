// A province on one database (#31 item 4): DR_PROVINCE_AGENCIES departments (default 20 000) under 14 cities and
// their counties — a 4-level tree — each with DR_PROVINCE_YEARS reports (default 5), on SQLite and, when
// DR_BENCH_POSTGRES is set (bench/run.sh), on the server. Measured against the targets on this 2-core machine:
// open a report ≤ 50 ms; roll-up of the province ≤ 3 s and of a county ≤ 100 ms; `check --all --year` ≤ 60 s; importing
// 1 500 reports on the server ≤ 3× the file's time. (Window start to first paint is bench_startup's.)
#include "BatchRunner.h"
#include "FormatRegistry.h"
#include "ReportBatch.h"
#include "ReportJson.h"
#include "ReportStore.h"
#include "RollUp.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int cities = 14;
constexpr int countiesPerCity = 10;
constexpr int firstYear = 2020;

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

void verdict(const char *engine, const char *what, double measured, double target, const char *unit)
{
    std::printf("%-10s %-44s %10.3f %s   target ≤ %g %s   %s\n", engine, what, measured, unit, target, unit, measured <= target ? "met" : "NOT MET");
    std::fflush(stdout);
}

// Fills the store; returns the seconds 1 500 reports of a new year took to save (one import), or -1.
double fill(ReportStore &store, const Report &seed, int agencies, int years, const char *engine)
{
    QVector<ReportStore::AgencyNode> tree{{QStringLiteral("某省人民政府"), QString()}};
    QStringList departments;
    const int perCounty = std::max(1, agencies / (cities * countiesPerCity));
    for (int c = 0; c < cities; ++c) {
        const QString city = QStringLiteral("第%1市").arg(c + 1);
        tree.append({city, QStringLiteral("某省人民政府")});
        for (int k = 0; k < countiesPerCity; ++k) {
            const QString county = QStringLiteral("%1第%2县").arg(city).arg(k + 1);
            tree.append({county, city});
            for (int d = 0; d < perCounty && departments.size() < agencies; ++d) {
                departments.append(QStringLiteral("%1第%2部门").arg(county).arg(d + 1));
                tree.append({departments.constLast(), county});
            }
        }
    }
    if (!store.setAgencyParents(tree)) {
        std::fprintf(stderr, "%s: %s\n", engine, qPrintable(store.lastError()));
        return -1;
    }
    QElapsedTimer t;
    t.start();
    double imported = -1;
    for (int y = 0; y < years; ++y) {
        for (int first = 0; first < departments.size(); first += 1500) {
            QVector<Report> batch;
            for (int i = first; i < std::min<int>(first + 1500, departments.size()); ++i) {
                Report r = seed;
                r.agency = departments.at(i);
                r.year = firstYear + y;
                r.title.reset();
                r.cells.insert(QStringLiteral("t3.new.natural"), CellValue::integer((i * 7 + y) % 50));
                batch.append(r);
            }
            QElapsedTimer one;
            one.start();
            if (!store.save(batch, true)) {
                std::fprintf(stderr, "%s: %s\n", engine, qPrintable(store.lastError()));
                return -1;
            }
            if (imported < 0) // the first: a new year's 1 500 (or all there are)
                imported = seconds(one);
        }
        std::printf("%-10s filled %d: %d reports in %.0f s\n", engine, firstYear + y, int(departments.size()) * (y + 1), seconds(t));
        std::fflush(stdout);
    }
    return imported;
}

bool run(const char *engine, const QString &location, const FormatRegistry &registry, const Report &seed, int agencies, int years, double *importSeconds)
{
    QString error;
    auto store = ReportStore::open(registry, location, &error);
    if (!store) {
        std::fprintf(stderr, "%s: %s\n", engine, qPrintable(error));
        return false;
    }
    store->setBackups(QString(), 0);
    *importSeconds = fill(*store, seed, agencies, years, engine);
    if (*importSeconds < 0)
        return false;
    const int year = firstYear + years - 1;
    std::printf("%-10s %-44s %10.3f s   (one save of 1 500 new reports)\n", engine, "import 1 500 reports", *importSeconds);

    std::vector<double> opens;
    Report r;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer t;
        t.start();
        store->load(QStringLiteral("第3市第4县第%1部门").arg(i % 10 + 1), year, &r);
        opens.push_back(seconds(t) * 1000);
    }
    std::sort(opens.begin(), opens.end());
    verdict(engine, "open a report (median of 50)", opens[opens.size() / 2], 50, "ms");

    // A roll-up checks each report once and keeps the check with the report's revision (RollUp): the first of a
    // region checks them all, the next only those changed since.
    QElapsedTimer t;
    t.start();
    auto county = RollUp::compute(*store, registry, QStringLiteral("第3市第4县"), year, &error);
    std::printf("%-10s %-44s %10.3f ms  (every report checked and the checks kept)\n", engine,
                qPrintable(QStringLiteral("roll up a county (%1 reports), first").arg(county ? county->summed : 0)), seconds(t) * 1000);
    t.restart();
    county = RollUp::compute(*store, registry, QStringLiteral("第3市第4县"), year, &error);
    verdict(engine, "roll up the county again", seconds(t) * 1000, 100, "ms");
    t.restart();
    auto province = RollUp::compute(*store, registry, QStringLiteral("某省人民政府"), year, &error);
    if (!province)
        std::fprintf(stderr, "%s: %s\n", engine, qPrintable(error));
    std::printf("%-10s %-44s %10.3f s   (every report checked and the checks kept)\n", engine,
                qPrintable(QStringLiteral("roll up the province (%1 reports), first").arg(province ? province->summed : 0)), seconds(t));
    t.restart();
    province = RollUp::compute(*store, registry, QStringLiteral("某省人民政府"), year, &error);
    verdict(engine, "roll up the province again", seconds(t), 3, "s");
    // The last week of January: 200 departments changed a figure since the last roll-up.
    for (int i = 0; i < 200; ++i)
        store->setCells(QStringLiteral("第%1市第%2县第%3部门").arg(i % 14 + 1).arg(i % 10 + 1).arg(i / 140 + 1), year,
                        {{QStringLiteral("t3.new.legal"), CellValue::integer(100 + i)}});
    t.restart();
    province = RollUp::compute(*store, registry, QStringLiteral("某省人民政府"), year, &error);
    verdict(engine, "… after 200 reports changed", seconds(t), 3, "s");

    // check --all --year: the same work as the command, on a worker per core with a connection each.
    const auto entries = store->list();
    const QVector<ReportBatch::Item> items = ReportBatch::items(entries ? *entries : QVector<ReportStore::Entry>(), year);
    const ReportBatch::StoreOpener open = [&registry, location](QString *why) { return ReportStore::open(registry, location, why); };
    t.restart();
    BatchRunner batch;
    batch.start(int(items.size()), ReportBatch::check(registry, open, items), 0, ReportBatch::readAhead);
    while (!batch.wait(200)) {
    }
    verdict(engine, qPrintable(QStringLiteral("check --all --year (%1 reports)").arg(items.size())), seconds(t), 60, "s");
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString shared = qEnvironmentVariable("DR_SHARED_DIR", QStringLiteral(DR_SHARED_DIR_DEFAULT));
    QFile file(shared + QStringLiteral("/fixtures/expected/huaian-2024.json"));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const FormatRegistry registry;
    QString error;
    const auto seed = ReportJson::read(file.readAll(), registry, &error);
    if (!seed)
        return 1;
    const int agencies = qEnvironmentVariableIntValue("DR_PROVINCE_AGENCIES") > 0 ? qEnvironmentVariableIntValue("DR_PROVINCE_AGENCIES") : 20000;
    const int years = qEnvironmentVariableIntValue("DR_PROVINCE_YEARS") > 0 ? qEnvironmentVariableIntValue("DR_PROVINCE_YEARS") : 5;
    std::printf("a province: %d departments under %d cities and %d counties, %d years\n", agencies, cities, cities * countiesPerCity, years);
    QTemporaryDir dir;
    double fileImport = 0, serverImport = 0;
    // DR_PROVINCE_SQLITE=FILE: the province's file kept there (made afresh), to look into after.
    const QString kept = qEnvironmentVariable("DR_PROVINCE_SQLITE", dir.filePath(QStringLiteral("province.sqlite")));
    QFile::remove(kept);
    bool ok = run("SQLite", kept, registry, *seed, agencies, years, &fileImport);
    const QString server = qEnvironmentVariable("DR_BENCH_POSTGRES");
    if (server.isEmpty()) {
        std::printf("PostgreSQL: skipped (DR_BENCH_POSTGRES not set; bench/run.sh sets it)\n");
    } else if (run("PostgreSQL", server, registry, *seed, agencies, years, &serverImport) && fileImport > 0) {
        std::printf("%-10s %-44s %10.1f ×   target ≤ 3 ×   %s\n", "both", "import 1 500 reports: server against file", serverImport / fileImport,
                    serverImport / fileImport <= 3 ? "met" : "NOT MET");
    } else {
        ok = false;
    }
    return ok ? 0 : 1;
}
