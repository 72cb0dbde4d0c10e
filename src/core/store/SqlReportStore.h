#pragma once

#include "ReadRevisions.h"
#include "ReportStore.h"
#include "SqlAgencies.h"
#include "SqlChangeWatch.h"
#include "SqlConnection.h"
#include "SqlReportEdits.h"
#include "SqlReports.h"
#include "SqlReview.h"

#include <QCoreApplication>

// What the embedded and the server store share: the ReportStore interface over one SQL connection, made of parts by
// concern — the reports (SqlReports) and a clerk's edits of one (SqlReportEdits), the review and sign-off
// (SqlReview), the agencies and accounts (SqlAgencies), change tracking (SqlChangeWatch) and the schema with its
// migrations (SqlSchema). The engines add what is theirs: opening the file safely and its backups
// (SqliteReportStore); connecting to a server (PostgresReportStore).
class SqlReportStore : public ReportStore
{
    Q_DECLARE_TR_FUNCTIONS(SqlReportStore)
public:
    ~SqlReportStore() override;

    bool isOpen() const override { return m_c.isOpen(); }
    bool isReadOnly() const override { return m_c.readOnly; }
    QString lastError() const override { return m_c.error; }
    QString location() const override { return m_c.location; }
    QString user() const override { return m_c.user; }
    qint64 statements() const override { return m_c.statements; }
    int schemaVersion() override;

    bool changedElsewhere(const QString &agency, int year) override { return m_changes.changedElsewhere(agency, year); }
    qint64 dataVersion() override { return m_changes.dataVersion(); }
    std::optional<Changes> takeChanges(const QString &agency, int year) override { return m_changes.take(agency, year); }
    std::optional<QVector<Entry>> list() override { return m_reports.list(); }
    std::optional<QVector<Entry>> list(const QString &agency) override { return m_reports.list(agency); }
    bool eachEntry(const std::function<bool(const Entry &)> &each) override { return m_reports.eachEntry(each); }
    std::optional<QVector<AgencyReports>> agenciesWithReports(const QString &after, int limit) override
    {
        return m_reports.agenciesWithReports(after, limit);
    }
    std::optional<Entry> status(const QString &agency, int year) override;
    bool load(const QString &agency, int year, Report *out) override { return m_reports.load(agency, year, out); }
    std::optional<RegionSummary> regionSummary(const QString &agency, int year, const QString &rules, const QStringList &amountKeys) override
    {
        return m_reports.regionSummary(agency, year, rules, amountKeys);
    }
    bool recordChecks(const QVector<RecordedCheck> &checks) override { return m_reports.recordChecks(checks); }
    bool reports(const QVector<QPair<QString, int>> &which, const std::function<bool(Stored &&)> &each) override
    {
        return m_reports.reports(which, each);
    }
    bool region(const QString &agency, int fromYear, int toYear, const std::function<bool(Stored &&)> &each) override
    {
        return m_reports.region(agency, fromYear, toYear, each);
    }
    bool save(const QVector<Report> &reports, bool replace) override { return m_reports.save(reports, replace); }
    bool setCells(const QString &agency, int year, const QMap<QString, CellValue> &cells, const QMap<QString, QString> &doubts = {},
                  QMap<QString, CellValue> *written = nullptr) override
    {
        return m_edits.setCells(agency, year, cells, doubts, written);
    }
    bool setProse(const QString &agency, int year, const QString &part, const std::optional<QString> &text) override
    {
        return m_edits.setProse(agency, year, part, text);
    }
    bool setDetails(const Report &report) override { return m_edits.setDetails(report); }
    bool setForms(const Report &report) override { return m_reports.setForms(report); }
    bool remove(const QString &agency, int year) override { return m_reports.remove(agency, year); }
    QStringList agencies() override { return m_agencies.names(); }
    bool renameAgency(const QString &from, const QString &to, QList<int> years = {}, QList<int> *moved = nullptr) override
    {
        return m_reports.renameAgency(from, to, years, moved);
    }
    bool setAttachment(const QString &agency, int year, const QString &kind, const Attachment &attachment) override
    {
        return m_edits.setAttachment(agency, year, kind, attachment);
    }
    std::optional<Attachment> attachment(const QString &agency, int year, const QString &kind) override { return m_edits.attachment(agency, year, kind); }
    bool sign(const QString &agency, int year, const QString &who) override { return m_review.sign(agency, year, who); }
    bool reopen(const QString &agency, int year, const QString &who, const QString &reason) override { return m_review.reopen(agency, year, who, reason); }
    QVector<SignOffEvent> signOffHistory(const QString &agency, int year) override { return m_review.history(agency, year); }
    bool review(const QString &agency, int year, const QString &action, const QString &who, const QString &reason = QString()) override
    {
        return m_review.review(agency, year, action, who, reason);
    }
    QVector<AgencyNode> agencyTree() override { return m_agencies.tree(); }
    QVector<AgencyNode> agencyTree(const QString &root) override { return m_agencies.tree(root); }
    bool setAgencyParents(const QVector<AgencyNode> &nodes) override { return m_agencies.setParents(nodes); }
    Rights rights(const QString &agency) override { return m_agencies.rights(agency); }
    std::optional<QVector<Account>> accounts() override { return m_agencies.accounts(); }
    bool addAccount(const QString &name, const QString &password, const QString &kind) override { return m_agencies.addAccount(name, password, kind); }
    bool setRight(const QString &name, const QString &agency, const QString &right, bool granted) override
    {
        return m_agencies.setRight(name, agency, right, granted);
    }
    bool removeAccount(const QString &name) override { return m_agencies.removeAccount(name); }

protected:
    // engine: the folder of its migrations under :/sql/ ("sqlite", "postgresql").
    SqlReportStore(const FormatRegistry &registry, const QString &engine);

    SqlConnection &connection() { return m_c; }
    const FormatRegistry &registry() const { return m_registry; }
    // Every report may differ now (another file, a restore): nothing this store read still holds.
    void forgetWhatWasSeen() { m_seen.clear(); }
    // Brings the schema up to date (SqlSchema::migrate), then fingerprints the reports signed before fingerprints
    // were recorded (schema 5).
    bool migrate(bool *refused = nullptr, const std::function<bool()> &ours = {});
    bool fail(const QString &what, const QString &detail = QString()) { return m_c.fail(what, detail); }
    // A refusal by the database's own rules (triggers, report_step) in words; else the driver's.
    static QString databaseError(const QSqlError &error);

private:
    const FormatRegistry &m_registry;
    SqlConnection m_c;
    ReadRevisions m_seen;
    SqlAgencies m_agencies;
    SqlReports m_reports;
    SqlReportEdits m_edits;
    SqlReview m_review;
    SqlChangeWatch m_changes;
};
