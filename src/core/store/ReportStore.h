#pragma once

#include "FormatRegistry.h"
#include "Report.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QVector>
#include <functional>
#include <memory>
#include <optional>

// Where reports are kept: agencies, one report per agency and year, its cells (with an import's doubts), prose,
// attachments and sign-off history. Callers see reports, never SQL or a driver; each write is all or nothing, and a
// signed report refuses every write until it is reopened. SqliteReportStore is the embedded default; a shared
// server's store implements the same interface.
class ReportStore
{
public:
    // A stored report and where it stands: its review state and, once signed, who signed and what.
    struct Entry
    {
        QString agency;
        int year = 0;
        QString signedBy;   // the name typed for the printed page; empty unless signed
        QString signedRole; // the login that signed (on a server: the database's own record of session_user)
        QDateTime signedAt;
        QString sha256;     // the fingerprint recorded at signing (Fingerprint)
        QString review = QStringLiteral("draft"); // "draft", "submitted", "returned" or "approved"
        bool isSigned() const { return !signedBy.isEmpty(); }
    };
    // An agency and the one above it in the office's tree (省 → 市 → 县/区 → 部门); parent empty at the top.
    struct AgencyNode
    {
        QString name;
        QString parent;
    };
    struct Attachment
    {
        QString mimeType;
        QByteArray data;
    };
    struct SignOffEvent
    {
        QString action; // "submit", "return", "approve", "sign" or "reopen"
        QString who;    // the name typed (签发人, 审核人), else the login
        QString role;   // the login that took the step (on a server: session_user, recorded by the database)
        QDateTime at;
        QString reason;
        QString sha256; // at signing: the fingerprint of what was signed (Fingerprint)
    };
    // An account of an office's server and what it may do there.
    struct Account
    {
        QString name;        // the login role
        QStringList kinds;   // "clerk", "reviewer", "admin": the office's groups it belongs to
        QStringList writes;  // agencies whose reports it writes
        QStringList reviews; // regions (an agency and all below it) whose reports it reviews
        bool canLogin = true;
    };
    // What this store's user may do with an agency's reports (a desktop's user: everything).
    struct Rights
    {
        bool writes = true;
        bool reviews = true;
        bool administers = true; // manages agencies and accounts
    };

    virtual ~ReportStore() = default;

    // Asked for a server's password when libpq has none (~/.pgpass, PGPASSWORD): the address shown; nullopt = cancelled.
    using PasswordPrompt = std::function<std::optional<QString>(const QString &address)>;
    // The store a location names — a SQLite file path (created when absent), empty for the embedded default, or a
    // server's postgresql://USER@HOST[:PORT]/DBNAME — opened and migrated; nullptr with *error saying why, and
    // *unusable true when the file itself cannot be used as it is (not a database, another program's, damaged, from a
    // newer version) — when a backup could stand in.
    static std::unique_ptr<ReportStore> open(const FormatRegistry &registry, const QString &location, QString *error,
                                             bool *unusable = nullptr, const PasswordPrompt &askPassword = {});
    // A server's address rather than a file.
    static bool isServer(const QString &location);
    // For a database that will not open: its newest backup in `folder` (empty: "backups" beside it), or "".
    static QString newestBackup(const QString &location, const QString &folder);
    // The unusable file (and its -wal/-shm) set aside, renamed but byte-for-byte kept (*setAside names it), and the
    // backup copied in its place, owner-only. False with *error, and nothing moved, when it cannot be done.
    static bool replaceWithBackup(const QString &location, const QString &backup, QString *setAside, QString *error);
    // Where the embedded default database lives.
    static QString defaultLocation();
    // Now, as backup and set-aside file names carry it (yyyy-MM-dd-HHmmss: sorts by name, one per second).
    static QString timeStamp();

    virtual bool isOpen() const = 0;
    // Opened to be read only (the file or its folder cannot be written): every change is refused with a message.
    virtual bool isReadOnly() const = 0;
    virtual QString lastError() const = 0;
    virtual QString location() const = 0; // a file path or a server's address (no password), for messages
    // Whose name a write and a review step record: the server's role, or the desktop's login name.
    virtual QString user() const = 0;
    virtual int schemaVersion() = 0;

    // Automatic backups: before the first change of each day, a consistent copy of the whole database (never a
    // file copy of a live database) into `folder` (empty: "backups" beside the database), the newest `keep` kept
    // (0: none). A backup that fails does not stop the change; backupWarning() says why.
    virtual void setBackups(const QString &folder, int keep) = 0;
    // The day's work kept too: when the window closes after changes, a copy of the database as it now stands
    // (NAME-DATE-closed, replaced at each close that day, kept as long as the daily ones). A server's database is its
    // administrator's to back up: nothing.
    virtual void backupDayWork() {}
    virtual QString backupFolder() const = 0;
    virtual QString backupWarning() const = 0;
    struct BackupFile
    {
        QString path;
        QDateTime written;
        QVector<Entry> reports;
    };
    // The copies in backupFolder() that are this database's (daily, by hand, or kept before a restore), newest first.
    virtual QVector<BackupFile> backups() = 0;
    // A consistent copy of the whole database into `file` (which must not exist), readable by the owner only.
    virtual bool backupTo(const QString &file) = 0;
    // The database's content replaced by a backup's (a database of ours, not from a newer version), the current
    // content first kept as a backup whose path is *kept. All or nothing.
    virtual bool restoreFrom(const QString &file, QString *kept) = 0;

    // Every report carries a revision that each write raises. A store remembers the revision it last read or wrote of
    // each report, and refuses a write to one changed since by another program (the command line, another window) —
    // with a message, never overwriting. changedElsewhere() tells a window to reload; dataVersion() changes whenever
    // another connection has written anything (cheap enough to poll).
    virtual bool changedElsewhere(const QString &agency, int year) = 0;
    virtual qint64 dataVersion() = 0;

    // What others changed in one report since this store last read or wrote it, taken into this store's view (its
    // next write compares with the report as it now is). Each part's key says what moved; `by` says who (the login).
    struct Changes
    {
        bool gone = false;     // deleted or moved to another agency
        bool reshaped = false; // its forms changed: the report is to be read again whole
        bool review = false;   // a review step, a signature or its withdrawal
        bool details = false;  // title, 成文日期, contact, seal
        QStringList cells;     // value cells, the totals computed again included
        QStringList prose;     // prose parts
        QHash<QString, QString> by; // a cell key or prose part → who changed it
        Report report;          // the report as it now stands
        bool isEmpty() const { return !gone && !reshaped && !review && !details && cells.isEmpty() && prose.isEmpty(); }
    };
    // nullopt when it could not be read (lastError() says why).
    virtual std::optional<Changes> takeChanges(const QString &agency, int year) = 0;

    // Told of changes: a server announces every committed change (LISTEN/NOTIFY), whoever made it; `changed` is
    // called with what changed ("report ID", "agency") for each change another connection commits, and true returned.
    // A file returns false: it is polled through dataVersion().
    virtual bool listen(const std::function<void(const QString &what)> &changed)
    {
        Q_UNUSED(changed);
        return false;
    }
    // A server's connection: ping() asks whether it still answers (one round trip); connectionLost() says a statement
    // failed because it was lost; reconnect() makes it again with what it was opened with (a password given for this
    // session is kept in memory only), remembering what this store had read, so that takeChanges() gives what
    // changed meanwhile. A file is always there.
    virtual bool ping() { return true; }
    // Statements this store has sent to its database (each a round trip to a server), for the benchmarks.
    virtual qint64 statements() const { return 0; }
    virtual bool connectionLost() const { return false; }
    virtual bool reconnect() { return true; }

    virtual std::optional<QVector<Entry>> list() = 0;
    // One agency's reports, by year.
    virtual std::optional<QVector<Entry>> list(const QString &agency) = 0;
    // list()'s entries given to `each` as they are read (a province's 100 000 never held at once); false when they
    // could not be read (lastError() says why) or `each` returned false.
    virtual bool eachEntry(const std::function<bool(const Entry &)> &each) = 0;
    // The agencies that have reports, in list()'s order, at most `limit` of them after `after` (empty: from the first),
    // each with how many: the window's list a page at a time, never a province's 100 000 reports at once.
    struct AgencyReports
    {
        QString agency;
        int reports = 0;
    };
    virtual std::optional<QVector<AgencyReports>> agenciesWithReports(const QString &after, int limit) = 0;
    // One report's entry; nullopt when there is none (or it cannot be read: lastError() says why).
    virtual std::optional<Entry> status(const QString &agency, int year) = 0;
    bool contains(const QString &agency, int year) { return status(agency, year).has_value(); }
    // A report read with where it stands.
    struct Stored
    {
        Entry entry;
        Report report;
    };
    // Every report of `agency` and the agencies below it in the tree, of the years fromYear … toYear, given to `each`
    // an agency at a time (its years in order), for a roll-up: the tree walked by the database, the reports read a
    // batch of agencies at a time in three statements, so a county costs a handful and a province is never held
    // whole. Remembers nothing for a later write; on a server, only what this login may read. False when it could not
    // be read (lastError() says why) or `each` returned false (lastError() empty).
    virtual bool region(const QString &agency, int fromYear, int toYear, const std::function<bool(Stored &&)> &each) = 0;
    // The reports named (agency, year), read 250 at a time in three statements (a batch's `check --all`), given to
    // `each` in no particular order; those not there (or not this login's to read), and any that cannot be read whole
    // (load() says why), are left out. Remembers nothing for a later write. False when they could not be read
    // (lastError() says why) or `each` returned false.
    virtual bool reports(const QVector<QPair<QString, int>> &which, const std::function<bool(Stored &&)> &each) = 0;
    // A roll-up's region without its reports' cells, in a statement and two for each combination of forms among its
    // reports (one or two, usually) whatever its size: the reports of `year` of `agency` and every agency below it,
    // each with its entry, forms, revision, its agency's report of the year before's revision (-1: none) and the check
    // recorded for it at these revisions with `rules` (empty: none); then, over the reports below `agency` (not its
    // own), the integer cells summed by the database per combination of forms and key, and the texts of the cells
    // `amountKeys` (amounts, summed exactly by the caller). On a server, only what this login may read. nullopt when
    // it could not be read (lastError() says why).
    struct RegionReport
    {
        Entry entry;
        ReportFormats forms;
        qint64 id = 0;
        qint64 revision = 0;
        qint64 lastYearRevision = -1;
        QString check;
    };
    struct RegionCells
    {
        ReportFormats forms;
        QString key;
        qint64 sum = 0;      // of the integers
        bool summed = false; // some report had an integer here
        QStringList texts;   // amounts' texts
    };
    struct RegionSummary
    {
        QVector<RegionReport> reports;
        QVector<RegionCells> cells;
    };
    virtual std::optional<RegionSummary> regionSummary(const QString &agency, int year, const QString &rules, const QStringList &amountKeys) = 0;
    // Checks a roll-up made, kept for the next one. The database keeps one only for the report as it stands (the
    // revisions given must be its own) and, on a server, only from an administrator or a reviewer of the report's
    // region who does not write its agency: a clerk cannot make its own report look checked. All or nothing.
    struct RecordedCheck
    {
        qint64 reportId = 0;
        qint64 revision = 0;
        qint64 lastYearRevision = -1;
        QString rules;
        QString result;
    };
    virtual bool recordChecks(const QVector<RecordedCheck> &checks) = 0;
    // False with lastError() empty when there is no such report.
    virtual bool load(const QString &agency, int year, Report *out) = 0;
    // Inserts the reports; an existing agency+year is replaced only with `replace`. All or nothing.
    virtual bool save(const QVector<Report> &reports, bool replace) = 0;
    // Changes some cells of a stored report (the editor's and `set`'s write). A written cell keeps an import's doubt
    // only when `doubts` gives it one: an edit is a confirmation. The totals over the cells changed are computed again
    // (Totals::write) from the report as it now stands; `written` receives every cell written, those totals included.
    // All or nothing.
    virtual bool setCells(const QString &agency, int year, const QMap<QString, CellValue> &cells, const QMap<QString, QString> &doubts = {},
                          QMap<QString, CellValue> *written = nullptr) = 0;
    // Changes one prose part (absent = no text). All or nothing.
    virtual bool setProse(const QString &agency, int year, const QString &part, const std::optional<QString> &text) = 0;
    // Changes the report's own fields: title, 成文日期, contact (not agency, year or forms).
    virtual bool setDetails(const Report &report) = 0;
    // Changes a report's forms: its cells and annotations become `report`'s (see ReportSchema::withForms); prose,
    // details, seal and sign-off history stay. All or nothing.
    virtual bool setForms(const Report &report) = 0;
    virtual bool remove(const QString &agency, int year) = 0;
    virtual QStringList agencies() = 0;
    // Moves the reports of `years` (all when empty) of agency `from` to agency `to`: a rename, or a merge when `to`
    // exists. Refused when both have a report for one of the years, or a report moved is signed (its name is
    // printed). `from` goes once it has no report left; *moved lists the years moved (for undo). All or nothing.
    virtual bool renameAgency(const QString &from, const QString &to, QList<int> years = {}, QList<int> *moved = nullptr) = 0;
    virtual bool setAttachment(const QString &agency, int year, const QString &kind, const Attachment &attachment) = 0;
    virtual std::optional<Attachment> attachment(const QString &agency, int year, const QString &kind) = 0;

    // 签发: a signed report is read-only (every write above refuses) until it is reopened with a reason. Signing
    // records the name typed (`who`), the login, when, and the SHA-256 of the report as this store last read it
    // (Fingerprint): refused when it changed since. On a server the database takes each step itself (report_step).
    virtual bool sign(const QString &agency, int year, const QString &who) = 0;
    // 撤回签发: back to a draft; the reason is required and kept. `who`: a name typed, or empty.
    virtual bool reopen(const QString &agency, int year, const QString &who, const QString &reason) = 0;
    // The report's history: every review step, signing and reopening, oldest first. Append-only.
    virtual QVector<SignOffEvent> signOffHistory(const QString &agency, int year) = 0;
    // The signature in force (nullopt when not signed).
    std::optional<SignOffEvent> signOff(const QString &agency, int year);

    // 审核: a report's step in the office's review — "draft" (草稿) → "submitted" (待审核) → "returned" (退回, with the
    // reviewer's reason) or "approved" (审核通过) → 签发. A draft or returned report is edited; a submitted or approved
    // one is the reviewer's and the signer's and refuses edits (a reviewer may still return an approved one); a
    // report is signed as a draft in a file (no review) or once approved (on a server, always), and reopening makes
    // it a draft again. The database itself refuses an edit of a report under review, on either engine.
    QString reviewState(const QString &agency, int year);
    // action "submit" (from draft or returned; a writer), "return" (from submitted or approved; a reviewer, with a
    // reason) or "approve" (from submitted; a reviewer who does not write the agency); recorded with the login, the
    // name typed (`who`, may be empty), when and the reason.
    virtual bool review(const QString &agency, int year, const QString &action, const QString &who, const QString &reason = QString()) = 0;
    // 草稿, 待审核, 退回, 审核通过 (已签发 is Entry::signedBy's).
    static QString reviewStateName(const QString &state);
    // 提交审核, 退回, 审核通过, 签发, 撤回签发.
    static QString actionName(const QString &action);

    // The agencies with their parents, by name.
    virtual QVector<AgencyNode> agencyTree() = 0;
    // `root` and every agency below it, walked by the database (a county's roll-up need not read a province's tree).
    virtual QVector<AgencyNode> agencyTree(const QString &root) = 0;
    // Sets each node's parent (empty: none), creating the agencies not yet there; refused whole when it would make a
    // cycle or names an agency as its own parent.
    virtual bool setAgencyParents(const QVector<AgencyNode> &nodes) = 0;

    // An office's accounts (a server's; a file has none and refuses each with a message). Managed by its
    // administrator through functions the database owns, without SQL: a clerk writes the reports of the agencies it is
    // granted, a reviewer reviews (and reads) a region, an administrator manages agencies and accounts.
    virtual Rights rights(const QString &agency) = 0;
    virtual std::optional<QVector<Account>> accounts() = 0;
    // A new login (kind "clerk", "reviewer" or "admin") with its password, or an existing one put in that group (a
    // password given: changed too).
    virtual bool addAccount(const QString &name, const QString &password, const QString &kind) = 0;
    // right "write" or "review" of `agency` granted or revoked.
    virtual bool setRight(const QString &name, const QString &agency, const QString &right, bool granted) = 0;
    // Every right of the account in this database goes; the login itself stays (the history names it).
    virtual bool removeAccount(const QString &name) = 0;
};
