#pragma once

#include <QString>

class QCoreApplication;

// The interface language: Chinese (the source strings) by default, English from translations/.
class UiLanguage
{
public:
    static QString fromSettings(); // "zh_CN" unless the settings say "en"
    // Installs the translators for `code` on the application, which owns them.
    static bool install(QCoreApplication &app, const QString &code);
};
