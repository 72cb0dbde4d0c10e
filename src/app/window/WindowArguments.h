#pragma once

#include <QCoreApplication>
#include <QStringList>

// What the window was given on its command line (`disclosure-report [--db PATH] [FILE…]`, as a file manager's
// 打开方式 passes it): the database to open — --db, or a database file among the files — and the reports to import
// (report JSON, a published report's text). What cannot be used is said, never dropped silently.
class WindowArguments
{
    Q_DECLARE_TR_FUNCTIONS(WindowArguments)
public:
    explicit WindowArguments(const QStringList &arguments); // as main() has them, the program's name first

    QString database; // a SQLite file or a server's address; empty: the database last used
    QStringList imports; // files to import, in the order given
    QStringList problems; // one sentence each: an unknown option, a file that is not there, a second database

    // A SQLite database by its first bytes (or, for a file not yet there, its suffix).
    static bool isDatabaseFile(const QString &path);
};
