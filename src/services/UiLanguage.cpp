#include "UiLanguage.h"

#include "Preferences.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

QString UiLanguage::fromSettings()
{
    return Preferences().language();
}

bool UiLanguage::install(QCoreApplication &app, const QString &code)
{
    // Qt's own strings (dialog buttons, context menus) in the same language.
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    if (code != QLatin1String("en"))
        return true; // our source strings are the Chinese interface
    auto *own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/disclosure-report_en.qm")))
        return false;
    app.installTranslator(own);
    return true;
}
