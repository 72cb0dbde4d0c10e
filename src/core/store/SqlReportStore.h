#pragma once

#include "ReportStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <functional>

// What the embedded and the server store share: the reports, cells, prose and sign-off through Qt's SQL module, on
// one schema whose migrations live in resources/sql/<engine>/ (the same versions for both engines, spelled in each
// one's dialect). Every write is one transaction; SQL is parameterized.
//
// Many writers: every write first raises the report's revision (which, on a server, locks the report's row until
// the write commits, so writes to one report take turns). A cell, a prose part and the report's own fields remember
// the revision of the write that last changed them and who made it. A write is refused only when what it changes
// was changed by someone else since this store read it — two clerks' edits of different cells both stand; the same
// cell is refused with the other clerk's name and value. Whole-report acts (签发, changing forms, deleting) need the
// whole report as this store last read it.
class SqlReportStore : public ReportStore
{
    Q_DECLARE_TR_FUNCTIONS(SqlReportStore)
public:
    ~SqlReportStore() override;
    SqlReportStore(const SqlReportStore &) = delete;
    SqlReportStore &operator=(const SqlReportStore &) = delete;

    // The schema version this program writes: the number of migrations, the same for every engine.
    static int latestSchemaVersion();

    bool isOpen() const override { return m_db.isOpen(); }
    bool isReadOnly() const override { return m_readOnly; }
    QString lastError() const override { return m_error; }
    QString location() const override { return m_location; }
    int schemaVersion() override;
    // Whose name a write records: the server's role, or the desktop's login name.
    QString user() const override { return m_user; }

    bool changedElsewhere(const QString &agency, int year) override;
    std::optional<QVector<Entry>> list() override;
    bool contains(const QString &agency, int year) override;
    bool load(const QString &agency, int year, Report *out) override;
    bool save(const QVector<Report> &reports, bool replace) override;
    bool setCells(const QString &agency, int year, const QMap<QString, CellValue> &cells, const QMap<QString, QString> &doubts = {}) override;
    bool setProse(const QString &agency, int year, const QString &part, const std::optional<QString> &text) override;
    bool setDetails(const Report &report) override;
    bool setForms(const Report &report) override;
    bool remove(const QString &agency, int year) override;
    QStringList agencies() override;
    bool renameAgency(const QString &from, const QString &to, QList<int> years = {}, QList<int> *moved = nullptr) override;
    bool setAttachment(const QString &agency, int year, const QString &kind, const Attachment &attachment) override;
    std::optional<Attachment> attachment(const QString &agency, int year, const QString &kind) override;
    std::optional<SignOffEvent> signOff(const QString &agency, int year) override;
    bool sign(const QString &agency, int year, const QString &who) override;
    bool reopen(const QString &agency, int year, const QString &who, const QString &reason) override;
    QVector<SignOffEvent> signOffHistory(const QString &agency, int year) override;
    QString reviewState(const QString &agency, int year) override;
    bool review(const QString &agency, int year, const QString &action, const QString &who, const QString &reason = QString()) override;
    QVector<AgencyNode> agencyTree() override;
    bool setAgencyParents(const QVector<AgencyNode> &nodes) override;

protected:
    // engine: the folder of its migrations under :/sql/ ("sqlite", "postgresql").
    SqlReportStore(const FormatRegistry &registry, const QString &engine);

    // The connection: a fresh one of `driver` (any earlier one closed), for the engine to configure and open.
    QSqlDatabase &connection(const QString &driver);
    void closeConnection();
    QSqlDatabase &db() { return m_db; }
    const FormatRegistry &registry() const { return m_registry; }
    void setLocation(const QString &location) { m_location = location; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    void setUser(const QString &user) { m_user = user; }
    void forgetWhatWasSeen();

    // Brings the schema up to date (or refuses one from a newer program or not ours, *refused true); knownToBeOurs
    // runs first on a writable database of ours (SQLite's journal mode).
    bool migrate(bool *refused = nullptr);
    virtual bool knownToBeOurs() { return true; }
    // Before each write's transaction (SQLite: the day's backup).
    virtual void beforeWrite() {}
    // The driver's words, or the engine's explanation where they would puzzle a clerk.
    virtual QString why(const QSqlError &error) const;
    // Why the database at `location` of this version is not used ("" when it is); -1: not ours.
    static QString versionRefusal(const QString &location, int version);
    static int schemaVersionOf(const QSqlDatabase &db); // 0 empty, -1 not ours
    // Every report's entry; `review`: the database has schema 7's review state (peek reads older backups as they are).
    static std::optional<QVector<Entry>> entries(QSqlDatabase &db, bool review, QString *error);

    bool fail(const QString &what, const QString &detail);
    bool failDatabase(const QSqlError &error); // "数据库 … 出错（why）"
    bool exec(const QString &sql, const QVariantList &args = {});
    bool refuseReadOnly();
    QString m_error;

private:
    // What this store last read or wrote of a report (by id): its revision, and that of each cell, prose part (-1:
    // absent) and of its own fields.
    struct Seen
    {
        qint64 revision = 0;
        qint64 details = 0;
        QString review; // a review step changes no content, so it raises no revision: its state is seen apart
        QHash<QString, qint64> cells;
        QHash<QString, qint64> prose;
    };

    bool inTransaction(const std::function<bool()> &steps);
    // The report with the revisions of its parts, read as it is now (nothing remembered).
    bool readReport(qint64 id, const QString &agency, int year, Report *out, Seen *seen);
    qint64 reportId(const QString &agency, int year);
    // Exists, not signed and not under review (toSign: approved is fine); 0 or -1 with lastError.
    qint64 writableReportId(const QString &agency, int year, bool toSign = false);
    bool ensureAgency(const QString &name); // in a write's transaction
    bool writeReport(const Report &report, bool replace);
    bool writeCells(qint64 reportId, qint64 revision, const Report &report);
    // In a write's transaction, first: raises the report's revision (*revision: the new one) and keeps this store's
    // view of the whole report current when nobody else wrote since. Refused when the server does not let this role
    // write the report.
    bool bump(qint64 id, const QString &agency, int year, qint64 *revision);
    // For whole-report acts: refused unless this store has seen the report as it is (or never read it).
    bool seenWhole(qint64 id, qint64 revision, const QString &agency, int year);
    bool checkDetails(qint64 id, const QString &agency, int year);
    bool sealSignedReports(); // the fingerprint of reports signed before schema 5, taken at the upgrade
    static QString reviewActionName(const QString &action);
    bool markSeenReview(qint64 id, const QString &state); // this store's own review step: its view stays current
    QString conflict(const QString &agency, int year, const QString &what, const QString &who) const;

    const FormatRegistry &m_registry;
    const QString m_engine;
    const QString m_connectionName;
    QString m_location;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    QString m_user;
    QHash<qint64, Seen> m_seen;
};
