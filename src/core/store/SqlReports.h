#pragma once

#include "ReadRevisions.h"
#include "ReportStore.h"

#include <QCoreApplication>

class QJsonArray;
class QSqlQuery;

class SqlAgencies;
class SqlConnection;

// The reports in a SQL database (SqlReportStore's part for them): found, listed, read, saved whole, their forms
// changed, deleted, moved to another agency. A clerk's edits of one are SqlReportEdits'.
//
// Many writers: every write first claims the report (raises its revision, which on a server locks the report's row
// until the write commits, so writes to one report take turns). A cell, a prose part and the report's own fields
// remember the revision of the write that last changed them and who made it. A write is refused only when what it
// changes was changed by someone else since this store read it — two clerks' edits of different cells both stand; the
// same cell is refused with the other's name and value. Whole-report acts (签发, changing forms, deleting) need the
// whole report as this store last read it.
class SqlReports
{
    Q_DECLARE_TR_FUNCTIONS(SqlReports)
public:
    SqlReports(SqlConnection &connection, const FormatRegistry &registry, ReadRevisions &seen, SqlAgencies &agencies);

    // A report found by agency and year, with where it stands: id 0 none, -1 the database failed (error set).
    struct Found
    {
        qint64 id = 0;
        qint64 revision = 0;
        ReportStore::Entry entry;
    };
    Found find(const QString &agency, int year);
    // Exists, not signed and not under review (toSign: approved will do); else id ≤ 0 with the reason set.
    Found editable(const QString &agency, int year, bool toSign = false);

    // Every report's entry, in a database of schema `version` (an older backup is read as it is).
    static std::optional<QVector<ReportStore::Entry>> entries(QSqlDatabase &db, int version, QString *error);
    std::optional<QVector<ReportStore::Entry>> list();
    std::optional<QVector<ReportStore::Entry>> list(const QString &agency);
    bool eachEntry(const std::function<bool(const ReportStore::Entry &)> &each);
    std::optional<QVector<ReportStore::AgencyReports>> agenciesWithReports(const QString &after, int limit);
    bool load(const QString &agency, int year, Report *out);
    bool region(const QString &agency, int fromYear, int toYear, const std::function<bool(ReportStore::Stored &&)> &each);
    bool reports(const QVector<QPair<QString, int>> &which, const std::function<bool(ReportStore::Stored &&)> &each);
    std::optional<ReportStore::RegionSummary> regionSummary(const QString &agency, int year, const QString &rules, const QStringList &amountKeys);
    bool recordChecks(const QVector<ReportStore::RecordedCheck> &checks);
    bool save(const QVector<Report> &reports, bool replace);
    bool setForms(const Report &report);
    bool remove(const QString &agency, int year);
    bool renameAgency(const QString &from, const QString &to, QList<int> years, QList<int> *moved);

    // In a write's transaction, first: raises the report's revision (*revision: the new one), keeping this store's
    // view of the whole report current when nobody else wrote since. Refused when the server does not let this role
    // write the report. `head` receives the report's forms and details with it (no read of its own).
    bool claim(qint64 id, const QString &agency, int year, qint64 *revision, Report *head = nullptr);
    // For whole-report acts: refused unless this store has seen the report as it is (or never read it).
    bool seenWhole(qint64 id, qint64 revision, const QString &agency, int year);
    // "…已被 X 改动…": a write refused rather than overwrite another's change.
    QString conflict(const QString &agency, int year, const QString &what, const QString &who) const;

    // The report with the revisions of its parts, read as it is now (nothing remembered); without its prose (and
    // their revisions) unless withProse.
    bool read(qint64 id, const QString &agency, int year, Report *out, ReadRevision *seen, bool withProse = true);
    // The report's own row (forms, details, revisions) without cells or prose; some of its cells with their revisions.
    bool readHead(qint64 id, const QString &agency, int year, Report *out, ReadRevision *seen);
    bool readCells(qint64 id, const QStringList &keys, Report *out, ReadRevision *seen);

private:
    // An entry from a row's (name, year, signed_by, signed_at, review_state, signed_role, signed_sha256), from `first`.
    static ReportStore::Entry entryOf(const QSqlQuery &q, int first = 0);
    // A report's forms, title, 成文日期 and contact from nine columns of a row, from `first`.
    static void readDetails(const QSqlQuery &q, int first, Report *r);
    // One cell (key, int_value, text_value, annotation, doubt from `first`) into *r, whose forms are read.
    bool readCell(const QSqlQuery &q, int first, Report *r);
    // Every cell of its forms read.
    bool complete(const Report &r);
    QString where(const Report &r) const; // "数据库 … 中 … 年的报告", for messages
    bool write(const Report &report, bool replace);
    // The reports of q's rows (report rows as region() selects them) read with their cells and prose, given to `each`;
    // one that cannot be read whole fails them all, or with leaveOutDamaged is left out (read alone, it says why).
    bool readReports(QSqlQuery &q, const std::function<bool(ReportStore::Stored &&)> &each, bool leaveOutDamaged = false);
    // Ids bound as one value: a JSON array on SQLite, an array literal on PostgreSQL.
    QString idList(const QJsonArray &ids) const;
    // Every cell of `report` inserted in one statement.
    bool insertCells(qint64 reportId, qint64 revision, const Report &report);

    SqlConnection &m_c;
    const FormatRegistry &m_registry;
    ReadRevisions &m_seen;
    SqlAgencies &m_agencies;
};
