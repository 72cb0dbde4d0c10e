#include "CommandLine.h"
#include "FormatRegistry.h"
#include "MainWindow.h"
#include "ReportDocument.h"
#include "ReportStore.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QMessageBox>

namespace {

void describe(QCoreApplication &app)
{
    app.setApplicationName(QStringLiteral("disclosure-report"));
    app.setApplicationVersion(QStringLiteral(DR_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

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
    app.setApplicationDisplayName(QApplication::translate("main", "政府信息公开年报"));
    const FormatRegistry registry;
    ReportStore store(registry);
    if (!registry.isValid() || !store.openSqlite(ReportStore::defaultSqlitePath())) {
        QMessageBox::critical(nullptr, app.applicationDisplayName(), registry.isValid() ? store.lastError() : registry.error());
        return 2;
    }
    MainWindow window(registry, store);
    window.show();
    return app.exec();
}
