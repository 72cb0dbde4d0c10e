#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

// The user's preferences, typed, with every key in one place. Stored in
// ~/.config/disclosure-report/disclosure-report.conf.
class Preferences
{
public:
    Preferences();

    QString language() const; // "zh_CN" (default) or "en"
    void setLanguage(const QString &code);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray splitterState(const QString &name) const;
    int currentTab() const;
    void saveWindow(const QByteArray &geometry, const QByteArray &state, int tab);
    void saveSplitter(const QString &name, const QByteArray &state);

    QString lastAgency() const;
    int lastYear() const;
    void setLastReport(const QString &agency, int year);

private:
    QSettings m_settings;
};
