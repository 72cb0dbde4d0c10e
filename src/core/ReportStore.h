#pragma once

#include "FormatRegistry.h"
#include "Report.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QVector>
#include <functional>

// Reports kept in a database through QSqlDatabase: agencies, one report per agency and year, its cells,
// prose and attachments. Every write is one transaction; SQL is parameterized; the schema carries a version
// and is migrated forward on open. Callers see reports, never SQL or the driver.
class ReportStore
{
    Q_DECLARE_TR_FUNCTIONS(ReportStore)
public:
    struct Entry
    {
        QString agency;
        int year = 0;
    };
    struct Attachment
    {
        QString mimeType;
        QByteArray data;
    };
    struct SignOffEvent
    {
        QString action; // "sign" or "reopen"
        QString who;
        QDateTime at;
        QString reason;
    };

    explicit ReportStore(const FormatRegistry &registry);
    ~ReportStore();
    ReportStore(const ReportStore &) = delete;
    ReportStore &operator=(const ReportStore &) = delete;

    // The embedded default database: reports.sqlite under QStandardPaths::AppDataLocation.
    static QString defaultSqlitePath();
    static int latestSchemaVersion();

    // Opens (creating when absent) a SQLite file and migrates it to the latest schema; ":memory:" is a scratch
    // database that lives as long as the store.
    bool openSqlite(const QString &path);
    bool isOpen() const { return m_db.isOpen(); }
    QString lastError() const { return m_error; }
    int schemaVersion();

    std::optional<QVector<Entry>> list();
    bool contains(const QString &agency, int year);
    // False with lastError() empty when there is no such report.
    bool load(const QString &agency, int year, Report *out);
    // Inserts the reports; an existing agency+year is replaced only with `replace`. All or nothing.
    bool save(const QVector<Report> &reports, bool replace);
    // Changes some cells of a stored report (the editor's and `set`'s write). A written cell keeps an import's doubt
    // only when `doubts` gives it one: an edit is a confirmation. All or nothing.
    bool setCells(const QString &agency, int year, const QMap<QString, CellValue> &cells, const QMap<QString, QString> &doubts = {});
    // Changes one prose part (absent = no text). All or nothing.
    bool setProse(const QString &agency, int year, const QString &part, const std::optional<QString> &text);
    // Changes the report's own fields: title, 成文日期, contact (not agency, year or forms).
    bool setDetails(const Report &report);
    // Changes a report's forms: its cells and annotations become `report`'s (see ReportSchema::withForms); prose,
    // details, seal and sign-off history stay. All or nothing.
    bool setForms(const Report &report);
    bool remove(const QString &agency, int year);
    QStringList agencies();
    // Moves the reports of `years` (all when empty) of agency `from` to agency `to`: a rename, or a merge when `to`
    // exists. Refused when both have a report for one of the years, or a report moved is signed (its name is
    // printed). `from` goes once it has no report left; *moved lists the years moved (for undo). All or nothing.
    bool renameAgency(const QString &from, const QString &to, QList<int> years = {}, QList<int> *moved = nullptr);
    bool setAttachment(const QString &agency, int year, const QString &kind, const Attachment &attachment);
    std::optional<Attachment> attachment(const QString &agency, int year, const QString &kind);

    // 签发: a signed report is read-only (every write above refuses) until it is reopened with a reason.
    std::optional<SignOffEvent> signOff(const QString &agency, int year);
    bool sign(const QString &agency, int year, const QString &who);
    bool reopen(const QString &agency, int year, const QString &who, const QString &reason);
    QVector<SignOffEvent> signOffHistory(const QString &agency, int year);

private:
    bool migrate();
    bool writeCells(qint64 reportId, const Report &report);
    // Runs one write's steps in a transaction: all or nothing.
    bool inTransaction(const std::function<bool()> &steps);
    bool fail(const QString &what, const QString &detail);
    bool exec(const QString &sql, const QVariantList &args = {});
    qint64 reportId(const QString &agency, int year);
    // The report's id when it exists and is not signed; 0 or -1 (with lastError) otherwise.
    qint64 writableReportId(const QString &agency, int year);
    bool writeReport(const Report &report, bool replace);

    const FormatRegistry &m_registry;
    QString m_connection;
    QString m_path;
    QSqlDatabase m_db;
    QString m_error;
};
