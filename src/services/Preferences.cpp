#include "Preferences.h"

#include "FontSet.h"

#include <QFontDatabase>

Preferences::Preferences()
    : m_settings(QStringLiteral("disclosure-report"), QStringLiteral("disclosure-report"))
{
}

QString Preferences::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString() == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

void Preferences::setLanguage(const QString &code)
{
    m_settings.setValue(QStringLiteral("ui/language"), code);
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
