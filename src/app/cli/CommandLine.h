#pragma once

#include "BatchRunner.h"
#include "ReportBatch.h"
#include "Report.h"
#include "ReportStore.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <optional>

class FormatRegistry;
struct Report;

// The headless sub-commands: list, import, export, set, check, backup, restore, verify. Needs no display and no environment.
// Exit status: 0 done, 1 the check found errors, 2 unusable input (nothing written), 3 imported with cells to confirm,
// 4 a batch where some reports failed, 130 a batch stopped by Ctrl+C (every file written is whole).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum Exit { Ok = 0, FoundErrors = 1, BadInput = 2, ToConfirm = 3, SomeFailed = 4, Interrupted = 130 };

    CommandLine(const FormatRegistry &registry, QTextStream &out, QTextStream &err);

    // `arguments` with a leading --db PATH (disclosure-report --db PATH import …) moved behind the sub-command, where
    // the other functions look for it; unchanged otherwise.
    static QStringList normalized(const QStringList &arguments);
    // True when argv[1] selects the command line rather than the window (after normalized()).
    static bool wants(const QStringList &arguments);
    // True when the command renders pages and so needs a QGuiApplication.
    static bool needsGui(const QStringList &arguments);
    // `arguments` as in QCoreApplication::arguments(): program name first, then the sub-command.
    int run(const QStringList &arguments);

private:
    struct Options;

    int list(const Options &o);
    int importFiles(const Options &o);
    int exportReport(const Options &o);
    int set(const Options &o);
    int check(const Options &o);
    int backup(const Options &o);
    int restore(const Options &o);
    int verify(const Options &o);
    int chart(const Options &o);
    int review(const Options &o);
    int agencies(const Options &o);
    int rollUp(const Options &o);
    int usage(int status);
    // The stored reports a batch takes (--year: one year's) and the store's location; false once the problem is said.
    bool storedItems(const Options &o, QVector<ReportBatch::Item> *items, QString *location);
    int checkAll(const Options &o);
    int exportAll(const Options &o);
    // Runs a batch to its end or to Ctrl+C (SIGINT/SIGTERM: the reports begun are finished, no other is begun), with
    // a progress bar on a terminal's stderr (plain lines otherwise). True when it ran to its end.
    bool runBatch(BatchRunner &batch, int count, const BatchRunner::WorkerFactory &factory, int jobs, const QString &verb);
    // The summary after a batch: done, skipped and failed with why; the exit status.
    int summarize(const BatchRunner &batch, const QStringList &names, bool finished);

    int bad(const QString &message);
    std::unique_ptr<ReportStore> openStore(const Options &o, bool mustExist);
    // Another connection to the store openStore() opened, for a batch's worker (the password given once, kept in memory).
    std::unique_ptr<ReportStore> openAnother(const QString &location, QString *error) const;
    bool readReportFile(const QString &path, Report *out);
    // The report a command is about — a file, or --agency/--year in the store — with the store when one is used (for
    // a file: when a database exists, so that the check finds last year's). nullopt once the problem is reported.
    struct Subject
    {
        Report report;
        std::unique_ptr<ReportStore> store;
        bool stored = false; // the report is the store's (named by --agency/--year)
    };
    std::optional<Subject> subjectOf(const Options &o);

    const FormatRegistry &m_registry;
    QTextStream &m_out;
    QTextStream &m_err;
    std::optional<QString> m_password; // a server's, as typed for this run: never written anywhere
};
