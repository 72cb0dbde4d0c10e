#pragma once

#include "ReportStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVector>
#include <functional>

// The embedded default store: a SQLite file through Qt's QSQLITE driver — the only code that sees QSql*. Every
// write is one transaction; SQL is parameterized; the schema carries a version and is migrated forward on open (a
// database written by a newer program is refused untouched).
class SqliteReportStore : public ReportStore
{
    Q_DECLARE_TR_FUNCTIONS(SqliteReportStore)
public:
    explicit SqliteReportStore(const FormatRegistry &registry);
    ~SqliteReportStore() override;
    SqliteReportStore(const SqliteReportStore &) = delete;
    SqliteReportStore &operator=(const SqliteReportStore &) = delete;

    // reports.sqlite under QStandardPaths::AppDataLocation.
    static QString defaultSqlitePath();
    static int latestSchemaVersion();

    // Opens (creating when absent) a SQLite file and migrates it to the latest schema; ":memory:" is a scratch
    // database that lives as long as the store.
    bool openSqlite(const QString &path);
    // After openSqlite failed: the file is there but cannot be used as it is (see ReportStore::open).
    bool fileUnusable() const { return m_unusable; }
    static QString newestBackup(const QString &path, const QString &folder);
    static bool replaceWithBackup(const QString &path, const QString &backup, QString *setAside, QString *error);
    // The whole file is checked on opening (PRAGMA quick_check) up to this size; beyond it damage is found where read.
    static constexpr qint64 checkedOnOpenBytes = 256LL * 1024 * 1024;

    bool isOpen() const override { return m_db.isOpen(); }
    bool isReadOnly() const override { return m_readOnly; }
    void setBackups(const QString &folder, int keep) override;
    QString backupFolder() const override;
    QString backupWarning() const override { return m_backupWarning; }
    QVector<BackupFile> backups() override;
    static QVector<BackupFile> backupsOf(const QString &path, const QString &folder); // newest first
    bool backupTo(const QString &file) override;
    bool restoreFrom(const QString &file, QString *kept) override;
    // The reports in a database file, read without writing anything (not even a journal); nullopt with *error
    // when it is not one of ours or is from a newer version.
    static std::optional<QVector<Entry>> peek(const QString &path, QString *error);
    QString lastError() const override { return m_error; }
    QString location() const override { return m_path; }
    int schemaVersion() override;

    bool changedElsewhere(const QString &agency, int year) override;
    qint64 dataVersion() override;
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

private:
    bool migrate();
    bool writeCells(qint64 reportId, const Report &report);
    // Runs one write's steps in a transaction: all or nothing.
    bool inTransaction(const std::function<bool()> &steps);
    bool fail(const QString &what, const QString &detail);
    bool refuseReadOnly();
    QString why(const QSqlError &error) const; // the driver's words, or ours where they would puzzle a clerk
    static bool isLocked(const QSqlError &error); // another program holds the file
    static constexpr int busyTimeoutMs = 5000; // how long a write waits for another program's lock: not forever
    bool exec(const QString &sql, const QVariantList &args = {});
    qint64 reportId(const QString &agency, int year);
    // The report's id when it exists and is not signed; 0 or -1 (with lastError) otherwise.
    qint64 writableReportId(const QString &agency, int year);
    bool writeReport(const Report &report, bool replace);
    // In a write's transaction: raises the report's revision, refused when it is not the one this store last saw.
    bool bump(qint64 id, const QString &agency, int year);
    bool sealSignedReports(); // the fingerprint of reports signed before schema 5, taken at the upgrade
    bool isScratch() const { return m_path == QLatin1String(":memory:"); }
    void backupIfDue(); // before a change: the day's backup, once
    static bool createOwnerOnly(const QString &path, QString *error); // an empty file only its owner may read
    static int schemaVersionOf(const QSqlDatabase &db);                // 0 empty, -1 not ours
    static QString versionRefusal(const QString &path, int version);   // why a file of that version is not used; "" when it is
    bool writeCopy(const QString &target, QString *error); // VACUUM INTO an owner-only file, renamed when whole
    static std::optional<QVector<Entry>> entries(QSqlDatabase &db, QString *error);

    const FormatRegistry &m_registry;
    QString m_connection;
    QString m_path;
    QSqlDatabase m_db;
    QString m_error;
    bool m_readOnly = false; // the file or its folder cannot be written: every change is refused
    bool m_unusable = false; // why openSqlite failed: the file's content, not its circumstances
    QString m_backupFolder; // empty: beside the database
    int m_keepBackups = 14;
    QDate m_backedUp; // the day whose backup was taken (or tried)
    QString m_backupWarning;
    QHash<qint64, qint64> m_revisions; // report id → the revision this store last read or wrote
};
