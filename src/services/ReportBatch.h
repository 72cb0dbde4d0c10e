#pragma once

#include "BatchRunner.h"
#include "Finding.h"
#include "FormatRegistry.h"
#include "ReportCheck.h"
#include "ReportStore.h"

#include <QCoreApplication>

class FontSet;

// The work of `check --all`, `export --all` and the window's 批量导出/批量检查, one report per item, for a
// BatchRunner: each worker opens its own connection to the store and checks or writes the reports it takes.
class ReportBatch
{
    Q_DECLARE_TR_FUNCTIONS(ReportBatch)
public:
    struct Item
    {
        QString agency;
        int year = 0;
        // By agency, then year: the order of the list, of a batch and of its table.
        bool operator<(const Item &o) const { return agency != o.agency ? agency < o.agency : year < o.year; }
        bool operator==(const Item &o) const { return agency == o.agency && year == o.year; }
    };
    // The stored reports of `year` (0: every year), by agency then year.
    static QVector<Item> items(const QVector<ReportStore::Entry> &entries, int year = 0);

    // Items a worker takes and reads at once (BatchRunner::start's chunk for check() and exportTo()).
    static constexpr int readAhead = 64;
    // Opens a connection to the store for one worker, in the worker's thread.
    using StoreOpener = std::function<std::unique_ptr<ReportStore>(QString *error)>;

    // What `check` says of a report — what the window's findings panel lists: a signed one that is no longer what was
    // signed first, then ReportCheck (narrowed to report-formats.md §7's rules with Scope::Rules), with last year's
    // report from `store` when it has one. `stored`: the report is the store's own (not a file beside it).
    static QVector<Finding> findings(const ReportCheck &check, const FormatRegistry &registry, ReportStore *store, const Report &report, bool stored,
                                     ReportCheck::Scope scope = ReportCheck::Scope::All);
    // The same for a report read with its entry (signature) and last year's report already at hand.
    static QVector<Finding> findings(const ReportCheck &check, const FormatRegistry &registry, const ReportStore::Entry &entry, const Report &report,
                                     const Report *lastYear, ReportCheck::Scope scope = ReportCheck::Scope::All);
    // Each report checked as `check` does: Done with its errors and warnings counted, the first error as the message.
    static BatchRunner::WorkerFactory check(const FormatRegistry &registry, const StoreOpener &open, const QVector<Item> &items,
                                            ReportCheck::Scope scope = ReportCheck::Scope::All);

    struct ExportSpec
    {
        QString folder;
        QString format;                 // a ReportExport suffix: json pdf docx odt html
        bool pdfa = false;
        std::shared_ptr<const FontSet> fonts; // loaded once (printFonts()), shared read-only: font engines are per thread
    };
    // Each report written as `export` writes it — draft mark and signature as for one — to folder/fileName().
    static BatchRunner::WorkerFactory exportTo(const FormatRegistry &registry, const StoreOpener &open, const QVector<Item> &items,
                                               const ExportSpec &spec);
    // 批量导入 and `import --each` in the window: each source (a file or a page's address, ReportImport::sources) read —
    // report JSON, or a published report's text with last year's report from the worker's store — and saved as a
    // transaction of its own (an existing report replaced only with `replace`; a signed one or one under review never).
    // Done with the report's agency and year, its errors and warnings, and in the message how many cells are marked
    // for the clerk to confirm (and the known agency a printed name was filed under); Failed with why it was not
    // imported.
    static BatchRunner::WorkerFactory importFrom(const FormatRegistry &registry, const StoreOpener &open, const QStringList &sources, bool replace);

    // The print faces for a batch of PDFs, loaded once, on the thread that has the QGuiApplication; null with *error.
    static std::shared_ptr<const FontSet> printFonts(QString *error);
    // "机关-年份.pdf", with the characters a file name cannot hold (/ \ : * ? " < > | and controls) as "_".
    static QString fileName(const Item &item, const QString &suffix);
};
