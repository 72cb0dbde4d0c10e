#pragma once

#include <QObject>
#include <QPointer>
#include <memory>

class FormatRegistry;
class MainWindow;
class ReportStore;
class WindowArguments;

// The program's one window and the database it shows. Opening another database file, or switching the interface
// language, replaces the window by a new one built in the new state (Qt widgets built in code do not retranslate
// themselves): the layout, the open report and its undo history carry over.
class WindowHost : public QObject
{
    Q_OBJECT
public:
    explicit WindowHost(const FormatRegistry &registry, QObject *parent = nullptr);
    ~WindowHost() override;

    // Shows the window on `location` (a SQLite file), or when empty on the database last used in the window, or the
    // embedded default. False with *error when not even the default opens.
    bool start(const QString &location, QString *error);
    // What the command line gave: its database (noted as the last used), or when it cannot be opened the usual one
    // with the reason shown; then its files imported, each through the review, and what could not be used said.
    bool start(const WindowArguments &arguments, QString *error);
    MainWindow *window() const;

    // Another database file in the window: an existing one, or (create) a new one. False with *error, the current
    // database still open, when it cannot be used.
    bool openDatabase(const QString &path, bool create, QString *error);
    // Installs the language Preferences name and rebuilds the window in it.
    void applyLanguage();

private:
    void show(MainWindow *window, MainWindow *previous);
    // ReportStore::open, and when the file cannot be used as it is (damaged, not a database, from a newer version)
    // and has a backup: the clerk is offered the newest backup in its place, the file set aside untouched. nullptr
    // with *error, empty when the clerk declined (the box said it all).
    std::unique_ptr<ReportStore> openOrOfferBackup(const QString &path, QString *error);
    QString m_replaced; // what openOrOfferBackup did, for the new window's status bar

    const FormatRegistry &m_registry;
    QString m_systemFamily; // the interface's face before ours was put first
    QPointer<MainWindow> m_window; // owned
};
