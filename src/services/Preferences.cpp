#include "Preferences.h"

#include "FontSet.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLocale>
#include <QStandardPaths>

Preferences::Preferences()
    : m_settings(QStringLiteral("disclosure-report"), QStringLiteral("disclosure-report"))
{
}

QString Preferences::languageChoice() const
{
    const QString code = m_settings.value(QStringLiteral("ui/language")).toString();
    return code == QLatin1String("en") || code == QLatin1String("zh_CN") ? code : QString();
}

void Preferences::setLanguageChoice(const QString &code)
{
    if (code.isEmpty())
        m_settings.remove(QStringLiteral("ui/language"));
    else
        m_settings.setValue(QStringLiteral("ui/language"), code);
}

QString Preferences::language() const
{
    const QString choice = languageChoice();
    return choice.isEmpty() ? systemLanguage() : choice;
}

QString Preferences::systemLanguage()
{
    // The first of the user's preferred languages decides, as a desktop's other programs do.
    const QStringList wanted = QLocale::system().uiLanguages();
    const QString first = wanted.isEmpty() ? QLocale::system().name() : wanted.constFirst();
    return first.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString Preferences::database() const
{
    return m_settings.value(QStringLiteral("database/last")).toString();
}

QStringList Preferences::recentDatabases() const
{
    return m_settings.value(QStringLiteral("database/recent")).toStringList();
}

void Preferences::noteDatabase(const QString &path)
{
    QStringList recent = recentDatabases();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8)
        recent.removeLast();
    m_settings.setValue(QStringLiteral("database/recent"), recent);
    m_settings.setValue(QStringLiteral("database/last"), path);
}

void Preferences::forgetDatabase(const QString &path)
{
    QStringList recent = recentDatabases();
    recent.removeAll(path);
    m_settings.setValue(QStringLiteral("database/recent"), recent);
    if (database() == path)
        m_settings.remove(QStringLiteral("database/last"));
}

QByteArray Preferences::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

QByteArray Preferences::windowState() const
{
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

QByteArray Preferences::splitterState(const QString &name) const
{
    return m_settings.value(QStringLiteral("window/splitter-") + name).toByteArray();
}

int Preferences::currentTab() const
{
    return m_settings.value(QStringLiteral("window/tab")).toInt();
}

void Preferences::saveWindow(const QByteArray &geometry, const QByteArray &state, int tab)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
    m_settings.setValue(QStringLiteral("window/state"), state);
    m_settings.setValue(QStringLiteral("window/tab"), tab);
}

void Preferences::saveSplitter(const QString &name, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/splitter-") + name, state);
}

QString Preferences::backupFolder() const
{
    return m_settings.value(QStringLiteral("backup/folder")).toString();
}

int Preferences::backupKeep() const
{
    return qBound(0, m_settings.value(QStringLiteral("backup/keep"), 14).toInt(), 365);
}

void Preferences::setBackups(const QString &folder, int keep)
{
    m_settings.setValue(QStringLiteral("backup/folder"), folder);
    m_settings.setValue(QStringLiteral("backup/keep"), keep);
}

QString Preferences::lastAgency() const
{
    return m_settings.value(QStringLiteral("report/agency")).toString();
}

int Preferences::lastYear() const
{
    return m_settings.value(QStringLiteral("report/year")).toInt();
}

void Preferences::setLastReport(const QString &agency, int year)
{
    m_settings.setValue(QStringLiteral("report/agency"), agency);
    m_settings.setValue(QStringLiteral("report/year"), year);
}

QString Preferences::batchFolder() const
{
    return m_settings.value(QStringLiteral("export/batchFolder")).toString();
}

void Preferences::setBatchFolder(const QString &folder)
{
    m_settings.setValue(QStringLiteral("export/batchFolder"), folder);
}

QString Preferences::fileFolder(const QString &kind) const
{
    const QString folder = m_settings.value(QStringLiteral("files/") + kind).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void Preferences::noteFileFolder(const QString &kind, const QString &file)
{
    m_settings.setValue(QStringLiteral("files/") + kind, QFileInfo(file).absolutePath());
}

QString Preferences::printFamily(int role) const
{
    return m_settings.value(QStringLiteral("print/font-%1").arg(role)).toString();
}

void Preferences::setPrintFamily(int role, const QString &family)
{
    m_settings.setValue(QStringLiteral("print/font-%1").arg(role), family);
}

void Preferences::applyPrintFamilies(FontSet &fonts) const
{
    for (int role = 0; role < FontSet::RoleCount; ++role) {
        const QString family = printFamily(role);
        if (!family.isEmpty() && QFontDatabase::hasFamily(family))
            fonts.setFamily(FontSet::Role(role), family);
    }
}
