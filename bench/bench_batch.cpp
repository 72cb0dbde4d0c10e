// An office's batches, whole processes of the real program:
// * `export --to OUT.pdf` of the seed and huaian against LibreOffice's `soffice --headless --convert-to pdf` of our
//   own DOCX of the same report, in the same run (the ratio printed);
// * import + check --all + export --all (PDF) of 10, 100 and 1 000 generated reports, each a single command, with the
//   cost per report (it should not grow with the count);
// * the peak RSS of one export and of each batch command (wait4's ru_maxrss).
#include "FormatRegistry.h"
#include "ReportJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct Run
{
    double ms = 0;
    double rssMb = 0;
    int status = -1;
};

// Runs a program to its end with stdout and stderr to /dev/null: wall time and peak RSS.
Run run(const QStringList &args)
{
    std::vector<QByteArray> bytes;
    for (const QString &a : args)
        bytes.push_back(QFile::encodeName(a));
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    timespec start{}, end{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = ::open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    clock_gettime(CLOCK_MONOTONIC, &end);
    Run r;
    r.ms = double(end.tv_sec - start.tv_sec) * 1e3 + double(end.tv_nsec - start.tv_nsec) / 1e6;
    r.rssMb = double(usage.ru_maxrss) / 1024;
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

bool check(const Run &r, const char *what)
{
    if (r.status <= 1) // 1: the check found errors, as some generated reports have (the fixtures' own findings)
        return true;
    std::fprintf(stderr, "%s failed with exit status %d\n", what, r.status);
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString exe = QStringLiteral(DR_EXE);
    const QString shared = qEnvironmentVariable("DR_SHARED_DIR", QStringLiteral(DR_SHARED_DIR_DEFAULT));
    const FormatRegistry registry;
    QTemporaryDir dir;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("HOME", QFile::encodeName(dir.path())); // the program's settings and default database of its own

    // One report, whole process: ours against LibreOffice converting our DOCX.
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    for (const QString &name : {QStringLiteral("changji-kejiju-2021"), QStringLiteral("huaian-2024")}) {
        const QString json = shared + QStringLiteral("/fixtures/expected/") + name + QStringLiteral(".json");
        const QString docx = dir.filePath(name + QStringLiteral(".docx"));
        run({exe, QStringLiteral("export"), json, QStringLiteral("--to"), docx});
        std::vector<double> ours, theirs, rss;
        for (int i = 0; i < 10; ++i) {
            const Run r = run({exe, QStringLiteral("export"), json, QStringLiteral("--to"), dir.filePath(name + QStringLiteral(".pdf"))});
            if (!check(r, "export"))
                return 1;
            ours.push_back(r.ms);
            rss.push_back(r.rssMb);
        }
        if (!soffice.isEmpty()) {
            const QString profile = QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo-profile"));
            run({soffice, profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
                 dir.filePath(QStringLiteral("lo")), docx}); // the profile made once, as on an office's desktop
            for (int i = 0; i < 3; ++i)
                theirs.push_back(run({soffice, profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                                      QStringLiteral("--outdir"), dir.filePath(QStringLiteral("lo")), docx})
                                     .ms);
            std::printf("export PDF, whole process, %-20s ours median %6.1f ms (peak RSS %.1f MB); soffice --convert-to pdf of our DOCX median %7.1f ms: ours %.0fx faster\n",
                        qPrintable(name), median(ours), *std::max_element(rss.begin(), rss.end()), median(theirs), median(theirs) / median(ours));
        } else {
            std::printf("export PDF, whole process, %-20s ours median %6.1f ms (peak RSS %.1f MB); soffice not installed (apt-get install libreoffice-writer-nogui)\n",
                        qPrintable(name), median(ours), *std::max_element(rss.begin(), rss.end()));
        }
        std::fflush(stdout);
    }

    // Batches of generated reports: the fixtures' expected reports under numbered agencies' names.
    QVector<QByteArray> bases;
    for (const QString &f : QDir(shared + QStringLiteral("/fixtures/expected")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(shared + QStringLiteral("/fixtures/expected/") + f);
        QString error;
        auto r = file.open(QIODevice::ReadOnly) ? ReportJson::read(file.readAll(), registry, &error) : std::nullopt;
        if (!r) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(f), qPrintable(error));
            return 1;
        }
        r->title.reset();
        bases.append(ReportJson::write(*r, registry));
    }
    const int workers = int(sysconf(_SC_NPROCESSORS_ONLN));
    for (int count : {10, 100, 1000}) {
        const QString folder = dir.filePath(QStringLiteral("batch-%1").arg(count));
        QDir().mkpath(folder + QStringLiteral("/in"));
        QStringList files;
        for (int i = 0; i < count; ++i) {
            QString error;
            auto r = ReportJson::read(bases.at(i % bases.size()), registry, &error);
            r->agency = QStringLiteral("测试市第%1局").arg(i + 1, 5, 10, QLatin1Char('0'));
            const QString path = QStringLiteral("%1/in/r%2.json").arg(folder).arg(i, 5, 10, QLatin1Char('0'));
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly) || out.write(ReportJson::write(*r, registry)) < 0)
                return 1;
            files.append(path);
        }
        const QString db = folder + QStringLiteral("/office.sqlite");
        const Run imported = run(QStringList{exe, QStringLiteral("import")} + files + QStringList{QStringLiteral("--db"), db});
        const Run checked = run({exe, QStringLiteral("check"), QStringLiteral("--all"), QStringLiteral("--db"), db});
        const Run exported = run({exe, QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("pdf"),
                                  QStringLiteral("--to"), folder + QStringLiteral("/out"), QStringLiteral("--db"), db});
        if (!check(imported, "import") || !check(checked, "check --all") || !check(exported, "export --all"))
            return 1;
        const int pdfs = int(QDir(folder + QStringLiteral("/out")).entryList({QStringLiteral("*.pdf")}, QDir::Files).size());
        const double total = imported.ms + checked.ms + exported.ms;
        std::printf("batch of %4d reports (%d workers): import %7.0f ms, check --all %6.0f ms, export --all PDF %7.0f ms (%d files); "
                    "total %5.1f s, %5.1f ms per report; peak RSS import %.0f / check %.0f / export %.0f MB\n",
                    count, workers, imported.ms, checked.ms, exported.ms, pdfs, total / 1000, total / count, imported.rssMb, checked.rssMb,
                    exported.rssMb);
        std::fflush(stdout);
    }
    return 0;
}
