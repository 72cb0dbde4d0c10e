// An office's last week of January: 100 clerks at once on one PostgreSQL server, each in a program of its own (here a
// thread with its own store and connection: the store's real path, setCells), each editing its own agency's report
// and, one edit in five, one of three reports they share. Twice: undisturbed, then with the server restarted in the
// middle (pg_ctl restart -m fast). Printed: edits a second, latency p50/p95, same-cell conflicts (refused, with the
// other's value), reconnections; then checked against the server: every acknowledged edit of a clerk's own report is
// there, and every shared cell holds a value somebody was told was saved — nothing acknowledged is lost.
//
// bench/run.sh starts the server (tests/pg_server.sh) and gives DR_BENCH_POSTGRES (its administrator's address),
// DR_BENCH_PG_SERVER and DR_BENCH_PG_DIR (to restart it); DR_LOAD_SECONDS (default 60) and DR_LOAD_CLERKS (100).
#include "FormatRegistry.h"
#include "ReportJson.h"
#include "ReportStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>

namespace {

const QStringList editable{QStringLiteral("t3.new.natural"), QStringLiteral("t3.new.commercial"), QStringLiteral("t3.new.research"),
                           QStringLiteral("t3.new.nonprofit"), QStringLiteral("t3.new.legal"), QStringLiteral("t3.new.other_org"),
                           QStringLiteral("t3.granted.natural"), QStringLiteral("t3.granted.legal")};

struct Tally
{
    QMutex lock;
    std::vector<qint64> latencyNs;
    qint64 acknowledged = 0, conflicts = 0, conflictsWithValue = 0, reconnections = 0, retried = 0, failed = 0;
    // Acknowledged values: own reports' last value per cell; shared cells, every value acknowledged.
    QHash<QString, QList<qint64>> ownPossible;           // "agency|key" → the last acknowledged value, and any tried since
    QHash<QString, QList<qint64>> sharedAcknowledged;   // "agency|key" → values
};

QString sharedAgency(int i)
{
    return QStringLiteral("共享报告%1").arg(i + 1);
}

QString clerkAgency(int i)
{
    return QStringLiteral("第%1部门").arg(i + 1);
}

// One clerk's program: edits until `stop`, reconnecting when the server goes away and trying the edit again.
void clerk(int n, const QString &url, const FormatRegistry &registry, const std::atomic_bool &stop, Tally &tally)
{
    QString error;
    auto store = ReportStore::open(registry, url, &error);
    if (!store) {
        std::fprintf(stderr, "clerk %d: %s\n", n, qPrintable(error));
        QMutexLocker l(&tally.lock);
        ++tally.failed;
        return;
    }
    QRandomGenerator random(quint32(20260131 + n));
    std::vector<qint64> latencies;
    qint64 acknowledged = 0, conflicts = 0, withValue = 0, reconnections = 0, retried = 0;
    QHash<QString, QList<qint64>> ownPossible;
    QHash<QString, QList<qint64>> shared;
    // What the cells hold as this clerk starts is a value they may still hold at the end (an edit tried while the
    // server went away may never have been committed).
    for (int i = -1; i < 3; ++i) {
        const QString agency = i < 0 ? clerkAgency(n) : sharedAgency(i);
        Report seen;
        store->load(agency, 2025, &seen);
        for (const QString &key : editable)
            (i < 0 ? ownPossible : shared)[agency + QLatin1Char('|') + key].append(seen.cell(key).toInteger());
    }
    while (!stop.load()) {
        const bool sharing = random.bounded(5) == 0;
        const QString agency = sharing ? sharedAgency(random.bounded(3)) : clerkAgency(n);
        const QString key = editable.at(random.bounded(int(editable.size())));
        const qint64 value = random.bounded(1, 100000);
        for (int attempt = 0; attempt < 50 && !stop.load(); ++attempt) {
            QElapsedTimer t;
            t.start();
            const bool ok = store->setCells(agency, 2025, {{key, CellValue::integer(value)}});
            const qint64 ns = t.nsecsElapsed();
            if (ok) {
                latencies.push_back(ns);
                ++acknowledged;
                if (sharing)
                    shared[agency + QLatin1Char('|') + key].append(value);
                else
                    ownPossible.insert(agency + QLatin1Char('|') + key, {value});
                break;
            }
            if (store->connectionLost()) {
                // Unacknowledged: perhaps committed before the connection went, perhaps not.
                if (sharing)
                    shared[agency + QLatin1Char('|') + key].append(value);
                else
                    ownPossible[agency + QLatin1Char('|') + key].append(value);
                // The server went away: reconnect (the window does it every 2 s; a client here, every 100 ms) and try
                // the same edit again — it was not acknowledged, so it may or may not have been committed; the server
                // decides again now.
                ++retried;
                while (!stop.load() && !store->reconnect())
                    QThread::msleep(100);
                ++reconnections;
                continue;
            }
            // Refused because another clerk changed the cell since this one read it: their value is said; this clerk
            // looks again (as its window merges the change) and goes on with its next edit.
            ++conflicts;
            if (store->lastError().contains(QStringLiteral("对方填的是")) || store->lastError().contains(QStringLiteral("the other")))
                ++withValue;
            store->takeChanges(agency, 2025);
            break;
        }
    }
    QMutexLocker l(&tally.lock);
    tally.latencyNs.insert(tally.latencyNs.end(), latencies.begin(), latencies.end());
    tally.acknowledged += acknowledged;
    tally.conflicts += conflicts;
    tally.conflictsWithValue += withValue;
    tally.reconnections += reconnections;
    tally.retried += retried;
    for (auto it = ownPossible.cbegin(); it != ownPossible.cend(); ++it)
        tally.ownPossible.insert(it.key(), it.value());
    for (auto it = shared.cbegin(); it != shared.cend(); ++it)
        tally.sharedAcknowledged[it.key()] += it.value();
}

bool serverScript(const char *action)
{
    return QProcess::execute(QStringLiteral("sh"), {qEnvironmentVariable("DR_BENCH_PG_SERVER"), QString::fromLatin1(action), qEnvironmentVariable("DR_BENCH_PG_DIR")}) == 0;
}

bool round(const char *name, const QString &owner, const FormatRegistry &registry, int clerks, int seconds, bool restart)
{
    Tally tally;
    std::atomic_bool stop{false};
    std::vector<std::unique_ptr<QThread>> threads;
    for (int n = 0; n < clerks; ++n) {
        QUrl url(owner);
        url.setUserName(QStringLiteral("load_clerk_%1").arg(n + 1));
        threads.emplace_back(QThread::create([n, url, &registry, &stop, &tally] { clerk(n, url.toString(), registry, stop, tally); }));
        threads.back()->start();
    }
    QElapsedTimer clock;
    clock.start();
    bool restarted = false;
    while (clock.elapsed() < seconds * 1000LL) {
        QThread::msleep(200);
        if (restart && !restarted && clock.elapsed() > seconds * 500LL) {
            restarted = serverScript("pause") && serverScript("resume"); // pg_ctl stop -m fast, then start
            std::printf("  server restarted at %.0f s\n", clock.elapsed() / 1000.0);
        }
    }
    stop = true;
    for (auto &t : threads)
        t->wait();
    const double elapsed = clock.elapsed() / 1000.0;
    std::sort(tally.latencyNs.begin(), tally.latencyNs.end());
    const auto pct = [&](double p) { return tally.latencyNs.empty() ? 0.0 : tally.latencyNs.at(size_t(p * double(tally.latencyNs.size() - 1))) / 1e6; };

    // What the server holds now, read by its administrator.
    QString error;
    auto check = ReportStore::open(registry, owner, &error);
    if (!check) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    qint64 lost = 0, sharedUnknown = 0;
    QHash<QString, Report> reports;
    const auto stored = [&](const QString &agencyKey) -> qint64 {
        const QString agency = agencyKey.section(QLatin1Char('|'), 0, 0), key = agencyKey.section(QLatin1Char('|'), 1);
        if (!reports.contains(agency))
            check->load(agency, 2025, &reports[agency]);
        return reports[agency].cell(key).isInteger() ? reports[agency].cell(key).toInteger() : -1;
    };
    // A clerk's own cell holds its last acknowledged value, or one it tried after (unacknowledged when the server went
    // away: it may have been committed) — never an older one.
    for (auto it = tally.ownPossible.cbegin(); it != tally.ownPossible.cend(); ++it)
        lost += it.value().contains(stored(it.key())) ? 0 : 1;
    for (auto it = tally.sharedAcknowledged.cbegin(); it != tally.sharedAcknowledged.cend(); ++it)
        if (!it.value().contains(stored(it.key()))) {
            ++sharedUnknown;
            std::fprintf(stderr, "  %s holds %lld, not one of the %d values acknowledged or tried\n", qPrintable(it.key()), stored(it.key()), int(it.value().size()));
        }
    std::printf("load %-22s %d clerks, %.0f s: %lld edits acknowledged, %.0f edits/s; latency p50 %.1f ms, p95 %.1f ms; "
                "%lld same-cell conflicts refused (%lld with the other's value); %lld edits retried after %lld reconnections; "
                "own cells not as acknowledged: %lld; shared cells holding no acknowledged value: %lld; clerks that could not start: %lld\n",
                name, clerks, elapsed, tally.acknowledged, tally.acknowledged / elapsed, pct(0.5), pct(0.95), tally.conflicts, tally.conflictsWithValue,
                tally.retried, tally.reconnections, lost, sharedUnknown, tally.failed);
    std::fflush(stdout);
    return lost == 0 && sharedUnknown == 0 && tally.failed == 0 && tally.conflicts == tally.conflictsWithValue;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString admin = qEnvironmentVariable("DR_BENCH_POSTGRES");
    if (admin.isEmpty()) {
        std::printf("load: skipped (DR_BENCH_POSTGRES not set; bench/run.sh sets it)\n");
        return 0;
    }
    const int seconds = qEnvironmentVariableIntValue("DR_LOAD_SECONDS") > 0 ? qEnvironmentVariableIntValue("DR_LOAD_SECONDS") : 60;
    const int clerks = qEnvironmentVariableIntValue("DR_LOAD_CLERKS") > 0 ? qEnvironmentVariableIntValue("DR_LOAD_CLERKS") : 100;
    FormatRegistry registry;
    QFile json(qEnvironmentVariable("DR_SHARED_DIR", QStringLiteral(DR_SHARED_DIR_DEFAULT)) + QStringLiteral("/fixtures/expected/huaian-2024.json"));
    QString error;
    if (!json.open(QIODevice::ReadOnly))
        return 1;
    const auto seed = ReportJson::read(json.readAll(), registry, &error);
    if (!seed)
        return 1;
    // A new database, the office set up in it: an agency and a clerk account per clerk, three shared reports.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("setup"));
        const QUrl url(admin);
        db.setHostName(QUrlQuery(url).queryItemValue(QStringLiteral("host")));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open())
            return std::fprintf(stderr, "load: %s\n", qPrintable(db.lastError().text())), 1;
        QSqlQuery q(db);
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS office_load"));
        q.exec(QStringLiteral("CREATE DATABASE office_load"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup"));
    QUrl ownerUrl(admin);
    ownerUrl.setPath(QStringLiteral("/office_load"));
    const QString owner = ownerUrl.toString();
    {
        auto store = ReportStore::open(registry, owner, &error);
        if (!store)
            return std::fprintf(stderr, "load: %s\n", qPrintable(error)), 1;
        QVector<ReportStore::AgencyNode> tree;
        QVector<Report> reports;
        for (int i = 0; i < clerks + 3; ++i) {
            Report r = *seed;
            r.agency = i < clerks ? clerkAgency(i) : sharedAgency(i - clerks);
            r.year = 2025;
            tree.append({r.agency, QString()});
            reports.append(r);
        }
        if (!store->setAgencyParents(tree) || !store->save(reports, false))
            return std::fprintf(stderr, "load: %s\n", qPrintable(store->lastError())), 1;
        for (int n = 0; n < clerks; ++n) {
            const QString account = QStringLiteral("load_clerk_%1").arg(n + 1);
            bool ok = store->addAccount(account, QStringLiteral("load-password-%1").arg(n + 1), QStringLiteral("clerk"))
                && store->setRight(account, clerkAgency(n), QStringLiteral("write"), true);
            for (int s = 0; s < 3 && ok; ++s)
                ok = store->setRight(account, sharedAgency(s), QStringLiteral("write"), true);
            if (!ok)
                return std::fprintf(stderr, "load: %s\n", qPrintable(store->lastError())), 1;
        }
    }
    const bool quiet = round("(undisturbed)", owner, registry, clerks, seconds, false);
    const bool restarted = round("(server restarted)", owner, registry, clerks, seconds, true);
    return quiet && restarted ? 0 : 1;
}
