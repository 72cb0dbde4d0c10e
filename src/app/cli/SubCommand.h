#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <memory>
#include <vector>

class CliContext;

// One sub-command of `disclosure-report`: its name, the line `--help` shows for it, what it does, its options
// (beyond --db and --help, which every one takes) and what it does when run. CommandLine parses the arguments with
// QCommandLineParser from these and runs the one named; the usage text is made from the table (all()).
class SubCommand
{
public:
    virtual ~SubCommand() = default;
    virtual QString name() const = 0;
    // After the program's name: the arguments, e.g. "import 文件... [--replace] [--db 路径]" (translated).
    virtual QString synopsis() const = 0;
    // What it does, in one line or two (translated).
    virtual QString summary() const = 0;
    virtual QList<QCommandLineOption> options() const { return {}; }
    // Lays out pages or draws a chart with these arguments: needs a QGuiApplication (offscreen).
    virtual bool needsGui(const QCommandLineParser &) const { return false; }
    virtual int run(CliContext &context, const QCommandLineParser &parser) = 0;

    // Every sub-command, in the order the usage lists them.
    static std::vector<std::unique_ptr<SubCommand>> all();
};

std::unique_ptr<SubCommand> makeListCommand();
std::unique_ptr<SubCommand> makeImportCommand();
std::unique_ptr<SubCommand> makeExportCommand();
std::unique_ptr<SubCommand> makeChartCommand();
std::unique_ptr<SubCommand> makeSetCommand();
std::unique_ptr<SubCommand> makeCheckCommand();
std::unique_ptr<SubCommand> makeBackupCommand();
std::unique_ptr<SubCommand> makeRestoreCommand();
std::unique_ptr<SubCommand> makeVerifyCommand();
std::unique_ptr<SubCommand> makeReviewCommand();
std::unique_ptr<SubCommand> makeAgenciesCommand();
std::unique_ptr<SubCommand> makeRollUpCommand();
std::unique_ptr<SubCommand> makeAccessCommand();
