#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

class FontSet;

// The user's preferences, typed, with every key in one place. Stored in
// ~/.config/disclosure-report/disclosure-report.conf.
class Preferences
{
public:
    Preferences();

    // The interface language chosen in 设置: "zh_CN", "en", or empty to follow the system (the default).
    QString languageChoice() const;
    void setLanguageChoice(const QString &code);
    // The language to show: the choice, or the system's (zh* → Chinese, anything else → English).
    QString language() const;
    static QString systemLanguage();

    // The database file last opened in the window (empty: the embedded default) and the recent ones, newest first.
    QString database() const;
    QStringList recentDatabases() const;
    void noteDatabase(const QString &path); // becomes the last one and heads the recent list
    void forgetDatabase(const QString &path);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray splitterState(const QString &name) const;
    int currentTab() const;
    void saveWindow(const QByteArray &geometry, const QByteArray &state, int tab);
    void saveSplitter(const QString &name, const QByteArray &state);

    // The face an office maps to a print role (FontSet::Role), e.g. 仿宋_GB2312 for the body; empty = shipped.
    QString printFamily(int role) const;
    void setPrintFamily(int role, const QString &family);
    // Applies the saved faces to `fonts` (installed families only).
    void applyPrintFamilies(FontSet &fonts) const;

    // Automatic backups (ReportStore::setBackups): the folder (empty: "backups" beside the database) and how many.
    QString backupFolder() const;
    int backupKeep() const; // 14 unless chosen; 0 = none
    void setBackups(const QString &folder, int keep);

    QString lastAgency() const;
    int lastYear() const;
    void setLastReport(const QString &agency, int year);

    // The folder the last batch export wrote into (empty: none yet).
    QString batchFolder() const;
    void setBatchFolder(const QString &folder);

    // The folder a file dialog of this kind ("import", "export", "database", …) last chose a file in; Documents (or
    // home) before the first.
    QString fileFolder(const QString &kind) const;
    void noteFileFolder(const QString &kind, const QString &file);

private:
    QSettings m_settings;
};
