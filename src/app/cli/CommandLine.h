#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class FormatRegistry;
class QCommandLineParser;
class SubCommand;

// The headless front end: `disclosure-report SUB-COMMAND [options]`, each sub-command a SubCommand in the table
// SubCommand::all(), its arguments parsed with QCommandLineParser. Needs no display and no environment. Exit status:
// CliContext::Exit.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    CommandLine(const FormatRegistry &registry, QTextStream &out, QTextStream &err);

    // `arguments` with a leading --db PATH (disclosure-report --db PATH import …) moved behind the sub-command, where
    // it is an option like any other; unchanged otherwise.
    static QStringList normalized(const QStringList &arguments);
    // True when argv[1] selects the command line rather than the window (after normalized()).
    static bool wants(const QStringList &arguments);
    // True when the command renders pages and so needs a QGuiApplication.
    static bool needsGui(const QStringList &arguments);
    // `arguments` as in QCoreApplication::arguments(): program name first, then the sub-command.
    int run(const QStringList &arguments);
    // The usage text, made from the table of sub-commands.
    static QString usage();

private:
    // The parser for `command` with its options and every command's --db and --help; false (and *error) when the
    // arguments do not parse, in words.
    static bool parse(const SubCommand &command, const QStringList &arguments, QCommandLineParser *parser, QString *error);

    const FormatRegistry &m_registry;
    QTextStream &m_out;
    QTextStream &m_err;
};
