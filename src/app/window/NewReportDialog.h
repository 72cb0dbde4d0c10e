#pragma once

#include "Report.h"

#include <QDialog>
#include <memory>

class FormatRegistry;
class ReportStore;
namespace Ui {
class NewReportDialog;
}

// Agency, year and the form of each table for a new report (2021 by default; the first report of a database asks
// only agency and year). Proposes the agency (the open report's, or the database's only one) and the year after that
// agency's latest report, and tells whether last year's report will fill the carry-over cells — or which year it
// would need.
class NewReportDialog : public QDialog
{
    Q_OBJECT
public:
    NewReportDialog(const FormatRegistry &registry, ReportStore &store, const QString &agency = QString(), QWidget *parent = nullptr);
    ~NewReportDialog() override;

    struct Proposal
    {
        QString agency; // empty when the database holds several and none is open
        int year = 0;
    };
    // The agency given, or the database's only one; the year after its latest report, or last year when it has none.
    static Proposal propose(ReportStore &store, const QString &agency = QString());

    // The new report: cells blank, totals blank, carry-over filled from last year when it exists.
    Report report() const;
    void accept() override;

private:
    void updateHints();
    int latestYear(const QString &agency) const; // 0: none

    bool m_yearChosen = false;              // the clerk set the year: an agency typed later does not move it

    const FormatRegistry &m_registry;
    ReportStore &m_store;
    std::unique_ptr<Ui::NewReportDialog> m_ui;
};
