#pragma once

#include <QString>

class QCoreApplication;

// The interface language: Chinese (the source strings) or English (translations/), as chosen in 设置 or else as
// the system's; Qt's own catalogue alongside.
class UiLanguage
{
public:
    static QString fromSettings(); // the choice in 设置, or the system's language (zh* → "zh_CN", else "en")
    // Installs the translators for `code` on the application, which owns them, in place of the previous ones.
    static bool install(QCoreApplication &app, const QString &code);
};
