// An office's database: 500 agencies × 5 years on SQLite and on PostgreSQL — list, open one report, save
// one cell, roll up one year. SQLite in a temporary file; PostgreSQL at the address in DR_BENCH_POSTGRES (bench/run.sh
// starts a throwaway server with tests/pg_server.sh), skipped when it is not set.
#include "FormatRegistry.h"
#include "ReportJson.h"
#include "ReportStore.h"
#include "LatencyRelay.h"
#include "RollUp.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

constexpr int counties = 10;
constexpr int departmentsPerCounty = 49; // + the region and its counties: 500 agencies
constexpr int years = 5;

// The operation's median and p95, and how many statements (round trips to a server) one run sends.
void measure(const char *engine, const char *what, int runs, const ReportStore &store, const std::function<void()> &body)
{
    std::vector<qint64> ns;
    const qint64 before = store.statements();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        body();
        ns.push_back(t.nsecsElapsed());
    }
    std::sort(ns.begin(), ns.end());
    std::printf("%-10s %-40s median %9.2f ms   p95 %9.2f ms   %7.0f statements   (%d runs)\n", engine, what, double(ns[ns.size() / 2]) / 1e6,
                double(ns[std::min(ns.size() - 1, size_t(double(ns.size()) * 0.95))]) / 1e6, double(store.statements() - before) / runs, runs);
    std::fflush(stdout);
}

// filled: the database holds the office already (the run through the relay reuses the server's).
bool run(const char *engine, const QString &location, const FormatRegistry &registry, const Report &seed, bool filled = false)
{
    QString error;
    auto store = ReportStore::open(registry, location, &error);
    if (!store) {
        std::fprintf(stderr, "%s: %s\n", engine, qPrintable(error));
        return false;
    }
    store->setBackups(QString(), 0);
    // The tree: 某省 → 10 counties → 49 departments each; every department reports for 5 years.
    QVector<ReportStore::AgencyNode> tree{{QStringLiteral("某省人民政府"), QString()}};
    QVector<Report> reports;
    for (int c = 0; c < counties; ++c) {
        const QString county = QStringLiteral("第%1县").arg(c + 1);
        tree.append({county, QStringLiteral("某省人民政府")});
        for (int d = 0; d < departmentsPerCounty; ++d) {
            const QString department = QStringLiteral("%1第%2部门").arg(county).arg(d + 1);
            tree.append({department, county});
            for (int y = 0; y < years; ++y) {
                Report r = seed;
                r.agency = department;
                r.year = 2020 + y;
                r.title.reset();
                r.cells.insert(QStringLiteral("t3.new.natural"), CellValue::integer((c * 7 + d * 3 + y) % 50));
                reports.append(r);
            }
        }
    }
    QElapsedTimer fill;
    fill.start();
    for (int i = 0; i < reports.size() && !filled; i += 100)
        if (!store->save(reports.mid(i, 100), true)) {
            std::fprintf(stderr, "%s: %s\n", engine, qPrintable(store->lastError()));
            return false;
        }
    if (!filled && !store->setAgencyParents(tree)) {
        std::fprintf(stderr, "%s: %s\n", engine, qPrintable(store->lastError()));
        return false;
    }
    if (!filled)
        std::printf("%-10s filled: %d agencies, %d reports in %.1f s\n", engine, int(tree.size()), int(reports.size()), double(fill.elapsed()) / 1000);

    const QString one = QStringLiteral("第5县第17部门");
    measure(engine, "list (2 450 reports)", 20, *store, [&] { store->list(); });
    Report loaded;
    measure(engine, "open one report", 100, *store, [&] { store->load(one, 2023, &loaded); });
    int value = 0;
    measure(engine, "save one cell", 100, *store, [&] {
        store->setCells(one, 2023, {{QStringLiteral("t3.new.commercial"), CellValue::integer(++value % 9)}});
    });
    measure(engine, "roll up one year (490 reports)", 3, *store, [&] {
        if (!RollUp::compute(*store, registry, QStringLiteral("某省人民政府"), 2024, &error))
            std::fprintf(stderr, "%s\n", qPrintable(error));
    });
    measure(engine, "roll up one county (49 reports)", 10, *store, [&] { RollUp::compute(*store, registry, QStringLiteral("第5县"), 2024, &error); });
    Report imported = reports.first();
    imported.agency = QStringLiteral("新导入的部门（%1）").arg(QString::fromLatin1(engine));
    int importedYear = 2000;
    measure(engine, "import one report (save, new)", 20, *store, [&] {
        imported.year = ++importedYear;
        store->save({imported}, false);
    });
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
    QTemporaryDir dir;
    bool ok = run("SQLite", dir.filePath(QStringLiteral("office.sqlite")), registry, *seed);
    const QString server = qEnvironmentVariable("DR_BENCH_POSTGRES");
    if (server.isEmpty())
        std::printf("PostgreSQL: skipped (DR_BENCH_POSTGRES not set; bench/run.sh sets it)\n");
    else {
        ok = run("PostgreSQL", server, registry, *seed) && ok;
        // Again through a relay that adds 1 ms per round trip, as an office network would.
        const QString socketDir = QUrlQuery(QUrl(server)).queryItemValue(QStringLiteral("host"));
        LatencyRelay relay(dir.filePath(QStringLiteral(".s.PGSQL.5432")).toStdString(), QString(socketDir + QStringLiteral("/.s.PGSQL.5432")).toStdString(),
                           std::chrono::milliseconds(1));
        std::string relayError;
        QUrl relayed(server);
        QUrlQuery query(relayed);
        query.removeQueryItem(QStringLiteral("host"));
        query.addQueryItem(QStringLiteral("host"), dir.path());
        relayed.setQuery(query);
        if (socketDir.isEmpty() || !relay.start(&relayError))
            std::printf("PostgreSQL +1 ms: skipped (%s)\n", socketDir.isEmpty() ? "not a socket address" : relayError.c_str());
        else
            ok = run("PG +1ms", relayed.toString(), registry, *seed, true) && ok;
    }
    return ok ? 0 : 1;
}
