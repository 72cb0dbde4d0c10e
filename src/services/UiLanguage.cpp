#include "UiLanguage.h"

#include "Preferences.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

const char translatorName[] = "disclosure-report-translator";

} // namespace

QString UiLanguage::fromSettings()
{
    return Preferences().language();
}

bool UiLanguage::install(QCoreApplication &app, const QString &code)
{
    // A second call switches: the previous language's catalogues go first (each removal is a LanguageChange).
    const auto previous = app.findChildren<QTranslator *>(QLatin1String(translatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator *t : previous) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    auto add = [&app](const QString &file, const QString &directory) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(file, directory))
            return false;
        translator->setObjectName(QLatin1String(translatorName));
        translator->setParent(&app);
        QCoreApplication::installTranslator(translator.release());
        return true;
    };
    // Qt's own strings (dialog buttons, file dialogs, context menus) in the same language; Qt's catalogue is
    // optional (Debian's qt6-translations-l10n), ours for English is built in.
    add(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (code != QLatin1String("en"))
        return true; // our source strings are the Chinese interface
    return add(QStringLiteral("disclosure-report_en.qm"), QStringLiteral(":/i18n"));
}
