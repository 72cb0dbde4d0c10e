// Start-up with a full database: from starting the process to the main window's first paint, with 1 000,
// 10 000 and 100 000 reports, and then until the report open last time is loaded; the window's peak RSS. Each start is a
// new process (this program again, with --child), so that loading the libraries, fontconfig and the database all
// count. On the offscreen platform: what is measured is ours and Qt's work, not an X server's.
#include "FormatRegistry.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "ReportDocument.h"
#include "ReportJson.h"
#include "ReportStore.h"
#include "WindowHost.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

qint64 monotonicNs()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

// Prints when the main window has first been painted, then when the last report is open, then the peak RSS.
class FirstPaint : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!painted && event->type() == QEvent::Paint && qobject_cast<MainWindow *>(watched)) {
            painted = true;
            // After this sync of the backing store: every widget of the window painted in it.
            QTimer::singleShot(0, [] { std::printf("paint %lld\n", monotonicNs()); std::fflush(stdout); });
        }
        return false;
    }
    bool painted = false;
};

int child(int argc, char **argv)
{
    QApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("disclosure-report"));
    const QString db = QString::fromLocal8Bit(argv[2]);
    Preferences().setLastReport(QString::fromLocal8Bit(argv[3]), QByteArray(argv[4]).toInt());
    FirstPaint watch;
    app.installEventFilter(&watch);
    const FormatRegistry registry;
    WindowHost workspace(registry);
    QString error;
    if (!workspace.start(db, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (watch.painted && workspace.window() && workspace.window()->document()) {
            std::printf("report %lld\n", monotonicNs());
            // The rest of the first minute's work: the preview has laid the report out; settle, then the peak.
            QTimer::singleShot(300, [&] {
                std::printf("rss %ld\n", peakRssKb());
                std::fflush(stdout);
                app.quit();
            });
            poll.stop();
        }
    });
    poll.start();
    return app.exec();
}

void makeDatabase(const QString &path, int count, const Report &seed, const FormatRegistry &registry)
{
    QString error;
    auto store = ReportStore::open(registry, path, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        std::exit(1);
    }
    store->setBackups(QString(), 0);
    QVector<Report> batch;
    for (int i = 0; i < count; ++i) {
        Report r = seed;
        r.agency = QStringLiteral("测试市第%1局").arg(i / 5 + 1, 5, 10, QLatin1Char('0'));
        r.year = 2020 + i % 5;
        r.title.reset();
        batch.append(r);
        if (batch.size() == 200 || i == count - 1) {
            if (!store->save(batch, true)) {
                std::fprintf(stderr, "%s\n", qPrintable(store->lastError()));
                std::exit(1);
            }
            batch.clear();
        }
    }
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(double(v.size()) * p))];
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 5 && QByteArray(argv[1]) == "--child")
        return child(argc, argv);
    QCoreApplication app(argc, argv);
    const FormatRegistry registry;
    const QString shared = qEnvironmentVariable("DR_SHARED_DIR", QStringLiteral(DR_SHARED_DIR_DEFAULT));
    QFile file(shared + QStringLiteral("/fixtures/expected/huaian-2024.json"));
    QString error;
    std::optional<Report> seed = file.open(QIODevice::ReadOnly) ? ReportJson::read(file.readAll(), registry, &error) : std::nullopt;
    if (!seed) {
        std::fprintf(stderr, "huaian-2024.json: %s\n", qPrintable(error));
        return 1;
    }
    const int runs = 10;
    // Each start of the window on `db`, the report `agency`/`year` opened last time.
    const auto measure = [&](const QString &db, const QString &what, const QString &agency, const QString &year, const QString &home) {
        std::vector<double> paint, report, rss;
        for (int run = 0; run < runs; ++run) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("HOME"), home); // settings of its own
            env.remove(QStringLiteral("XDG_CONFIG_HOME"));
            p.setProcessEnvironment(env);
            const qint64 started = monotonicNs();
            p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), db, agency, year});
            if (!p.waitForFinished(60000) || p.exitCode() != 0) {
                std::fprintf(stderr, "the window did not start: %s\n", p.readAllStandardError().constData());
                return false;
            }
            for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
                const QList<QByteArray> f = line.split(' ');
                if (f.value(0) == "paint")
                    paint.push_back(double(f.value(1).toLongLong() - started) / 1e6);
                else if (f.value(0) == "report")
                    report.push_back(double(f.value(1).toLongLong() - started) / 1e6);
                else if (f.value(0) == "rss")
                    rss.push_back(f.value(1).toDouble() / 1024);
            }
        }
        std::printf("window start, %s: first paint median %6.0f ms, p95 %6.0f ms; last report open median %6.0f ms; peak RSS %.1f MB (%d runs)\n",
                    qPrintable(what), percentile(paint, 0.5), percentile(paint, 0.95), percentile(report, 0.5), percentile(rss, 1.0), runs);
        std::fflush(stdout);
        return true;
    };
    // DR_STARTUP_DB (a server's address, say — bench/run.sh gives the province bench_province left on its server) and
    // DR_STARTUP_REPORT (AGENCY/YEAR): that database only.
    if (const QString db = qEnvironmentVariable("DR_STARTUP_DB"); !db.isEmpty()) {
        QTemporaryDir home;
        const QString last = qEnvironmentVariable("DR_STARTUP_REPORT");
        return measure(db, QStringLiteral("%1").arg(qEnvironmentVariable("DR_STARTUP_WHAT", db)), last.section(QLatin1Char('/'), 0, 0),
                       last.section(QLatin1Char('/'), 1, 1), home.path())
            ? 0
            : 1;
    }
    for (int count : {1000, 10000, 100000}) { // 100 000: a province, 20 000 agencies × 5 years
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("office.sqlite"));
        makeDatabase(db, count, *seed, registry);
        if (!measure(db, QStringLiteral("%1 reports").arg(count, 6), QStringLiteral("测试市第00001局"), QStringLiteral("2024"), dir.path()))
            return 1;
    }
    return 0;
}
