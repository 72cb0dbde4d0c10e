#pragma once

#include "ReadRevisions.h"
#include "ReportStore.h"

#include <QCoreApplication>

class SqlConnection;
class SqlReports;

// A clerk's edits of a stored report — cells, a prose part, the report's own fields, its seal — each one
// transaction that claims the report first and is refused when what it changes was changed by someone else since
// this store read it (SqlReports says how).
class SqlReportEdits
{
    Q_DECLARE_TR_FUNCTIONS(SqlReportEdits)
public:
    SqlReportEdits(SqlConnection &connection, const FormatRegistry &registry, ReadRevisions &seen, SqlReports &reports);

    bool setCells(const QString &agency, int year, const QMap<QString, CellValue> &cells, const QMap<QString, QString> &doubts,
                  QMap<QString, CellValue> *written);
    bool setProse(const QString &agency, int year, const QString &part, const std::optional<QString> &text);
    bool setDetails(const Report &report);
    bool setAttachment(const QString &agency, int year, const QString &kind, const ReportStore::Attachment &attachment);
    std::optional<ReportStore::Attachment> attachment(const QString &agency, int year, const QString &kind);

private:
    // The report's fields were changed by another since this store read them: refused.
    bool checkDetails(qint64 id, const QString &agency, int year);

    SqlConnection &m_c;
    const FormatRegistry &m_registry;
    ReadRevisions &m_seen;
    SqlReports &m_reports;
};
