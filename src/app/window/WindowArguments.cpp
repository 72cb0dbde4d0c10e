#include "WindowArguments.h"

#include "WebPage.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

WindowArguments::WindowArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("PATH"));
    parser.addOption(db);
    parser.addPositionalArgument(QStringLiteral("files"), QString());
    if (!parser.parse(arguments))
        problems.append(parser.errorText());
    database = parser.value(db);
    for (const QString &given : parser.positionalArguments()) {
        if (WebPage::isAddress(given)) { // a published report's page, fetched and imported
            imports.append(given);
            continue;
        }
        const QFileInfo file(given);
        const QString shown = QDir::toNativeSeparators(file.absoluteFilePath());
        if (!file.exists())
            problems.append(tr("%1 不存在").arg(shown));
        else if (file.isDir())
            problems.append(tr("%1 是文件夹，不是报告或数据库").arg(shown));
        else if (!isDatabaseFile(given))
            imports.append(file.absoluteFilePath());
        else if (database.isEmpty())
            database = file.absoluteFilePath();
        else
            problems.append(tr("一个窗口只打开一个数据库：%1 未打开").arg(shown));
    }
}

bool WindowArguments::isDatabaseFile(const QString &path)
{
    QFile file(path);
    if (file.size() > 0 && file.open(QIODevice::ReadOnly))
        return file.read(16) == QByteArray("SQLite format 3\0", 16);
    // Not there, or empty (SQLite's empty database): by its name.
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("sqlite") || suffix == QLatin1String("sqlite3") || suffix == QLatin1String("db");
}
