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
// only agency and year). Tells whether last year's report of the agency will fill the carry-over cells.
class NewReportDialog : public QDialog
{
    Q_OBJECT
public:
    NewReportDialog(const FormatRegistry &registry, ReportStore &store, QWidget *parent = nullptr);
    ~NewReportDialog() override;

    // The new report: cells blank, totals blank, carry-over filled from last year when it exists.
    Report report() const;
    void accept() override;

private:
    void updateHints();

    const FormatRegistry &m_registry;
    ReportStore &m_store;
    std::unique_ptr<Ui::NewReportDialog> m_ui;
};
