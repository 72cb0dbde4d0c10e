#include "BuildInfo.h"
#include "CommandLine.h"
#include "FormatRegistry.h"
#include "UiLanguage.h"
#include "WindowArguments.h"
#include "WindowHost.h"

#include <QApplication>
#include <QDir>
#include <QFile>

#include <QGuiApplication>
#include <QMessageBox>

#include <cstdlib>
#include <unistd.h>

namespace {

void describe(QCoreApplication &app)
{
    app.setApplicationName(QStringLiteral("disclosure-report"));
    app.setApplicationVersion(BuildInfo::version());
}

} // namespace

int main(int argc, char *argv[])
{
    // Tesseract (reading scans) runs on OpenMP threads that spin while they wait: a scanned page took 9 s of CPU and
    // 6 s on the clock so, 1.8 s on one thread (bench_import) — and a batch has a worker per core already. OpenMP
    // reads its thread limit once, as the program is loaded: the program starts again with it set (a few ms, once).
    if (qEnvironmentVariableIsEmpty("OMP_THREAD_LIMIT")) {
        setenv("OMP_THREAD_LIMIT", "1", 1);
        execv("/proc/self/exe", argv);
        // Not possible here (no /proc): on with OpenMP's own threads, slower but the same.
    }
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    arguments = CommandLine::normalized(arguments);

    if (CommandLine::wants(arguments) && CommandLine::needsGui(arguments)) {
        // Pages are laid out with fonts: a GUI application on the offscreen platform, never a display.
        // Qt warns on stderr when XDG_RUNTIME_DIR is unset (as for root); a command's output stays clean.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString dir = QDir::tempPath() + QStringLiteral("/disclosure-report-runtime-") + QString::number(getuid());
            QDir().mkpath(dir);
            QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
        }
        QVector<char *> args(argv, argv + argc);
        char platform[] = "-platform";
        char offscreen[] = "offscreen";
        args.insert(1, offscreen);
        args.insert(1, platform);
        int count = int(args.size());
        QGuiApplication app(count, args.data());
        describe(app);
        UiLanguage::install(app, UiLanguage::fromSettings());
        const FormatRegistry registry;
        QTextStream out(stdout);
        QTextStream err(stderr);
        QStringList forwarded = app.arguments();
        return CommandLine(registry, out, err).run(forwarded);
    }
    if (CommandLine::wants(arguments)) {
        // Sub-commands never touch a display.
        QCoreApplication app(argc, argv);
        describe(app);
        UiLanguage::install(app, UiLanguage::fromSettings());
        const FormatRegistry registry;
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CommandLine(registry, out, err).run(app.arguments());
    }

    QApplication app(argc, argv);
    describe(app);
    UiLanguage::install(app, UiLanguage::fromSettings());
    const FormatRegistry registry;
    QString error = registry.error();
    WindowHost workspace(registry);
    if (!registry.isValid() || !workspace.start(WindowArguments(app.arguments()), &error)) {
        if (!error.isEmpty()) // empty: the clerk declined the backup offered in its place, having read why
            QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), error);
        return 2;
    }
    return app.exec();
}
