#pragma once

#include "BatchRunner.h"
#include "Report.h"
#include "ReportStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <memory>
#include <optional>

class FormatRegistry;

// What every sub-command works with: the forms, where to write, the store named by --db, and the ways a command says
// what went wrong. Exit status: 0 done, 1 the check found errors, 2 unusable input (nothing written), 3 imported with
// cells to confirm, 4 a batch where some reports failed, 130 a batch stopped by Ctrl+C (every file written is whole).
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)
public:
    enum Exit { Ok = 0, FoundErrors = 1, BadInput = 2, ToConfirm = 3, SomeFailed = 4, Interrupted = 130 };

    CliContext(const FormatRegistry &registry, QTextStream &out, QTextStream &err);

    const FormatRegistry &registry() const { return m_registry; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // "错误：message" on stderr; BadInput, to return.
    int bad(const QString &message);
    // The --db given, or the embedded default.
    static QString location(const QCommandLineParser &parser);
    // The store --db names (a server's password asked on the terminal once, never echoed or kept); null once said why.
    // mustExist: a file that is not there is an error rather than a new database.
    std::unique_ptr<ReportStore> openStore(const QCommandLineParser &parser, bool mustExist);
    // Another connection to the same store, for a batch's worker (the password given once, kept in memory).
    std::unique_ptr<ReportStore> openAnother(const QString &location, QString *error) const;
    // A report JSON file, read and checked; false once said why.
    bool readReportFile(const QString &path, Report *out);
    // --year as given: false once a bad value is said; *given false when absent.
    bool year(const QCommandLineParser &parser, int *year, bool *given);

    // The report a command is about — a file, or --agency/--year in the store — with the store when one is used (for
    // a file: when a database exists, so that the check finds last year's). nullopt once the problem is said.
    struct NamedReport
    {
        Report report;
        std::unique_ptr<ReportStore> store;
        bool stored = false; // the report is the store's (named by --agency/--year)
    };
    std::optional<NamedReport> namedReport(const QCommandLineParser &parser);

    // Runs a batch to its end or to Ctrl+C (SIGINT/SIGTERM: the reports begun are finished, no other is begun), with
    // a progress bar on a terminal's stderr (plain lines otherwise). True when it ran to its end.
    bool runBatch(BatchRunner &batch, int count, const BatchRunner::WorkerFactory &factory, int jobs, const QString &verb, int chunk = 1);
    // The summary after a batch: done, skipped and failed with why; the exit status.
    int summarize(const BatchRunner &batch, const QStringList &names, bool finished);
    // --jobs as given (0: a worker per core); false once a bad value is said.
    bool jobs(const QCommandLineParser &parser, int *jobs);

    // A password typed on the terminal after `prompt`, not echoed; nullopt when stdin is not a terminal. Read a byte at
    // a time, so that what was typed ahead for the next question (or the next command of a script) stays there.
    std::optional<QString> askSecret(const QString &prompt);

    // The options several sub-commands share, spelled once.
    static QCommandLineOption agencyOption();
    static QCommandLineOption yearOption();
    static QCommandLineOption toOption(const QString &what);
    static QCommandLineOption jobsOption();
    static QCommandLineOption jsonOption();

private:
    const FormatRegistry &m_registry;
    QTextStream &m_out;
    QTextStream &m_err;
    std::optional<QString> m_password; // a server's, as typed for this run: never written anywhere
};
