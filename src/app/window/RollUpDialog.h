#pragma once

#include "RollUp.h"

#include <QDialog>
#include <optional>

class DashboardView;
class FormatRegistry;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;
class ReportStore;

// 视图 ▸ 汇总: a region's roll-up for a year — one row per agency below it, as the tree reads (its state, 新收 and 办结,
// errors and warnings, what needs a look), the sum on top; beside it the office's 一览 (DashboardView): the steps
// counted, the agencies sortable with their figures among their peers, the figures that moved most. A double-click
// opens an agency's report. The agency tree is set here too (import a CSV of name,parent; set an agency's 上级机关);
// the sum is exported like a report, the 一览 as CSV, PDF or HTML.
class RollUpDialog : public QDialog
{
    Q_OBJECT
public:
    RollUpDialog(ReportStore &store, const FormatRegistry &registry, QWidget *parent = nullptr);
    // The region and year to show (the open report's agency's top and year, say); empty: the first region.
    void showRegion(const QString &agency, int year);

    QTreeWidget *tree() const { return m_tree; }
    QComboBox *regionBox() const { return m_region; }
    QSpinBox *yearBox() const { return m_year; }
    QLabel *summary() const { return m_summary; }
    QTabWidget *tabs() const { return m_tabs; }
    DashboardView *dashboard() const { return m_dashboard; }
    const std::optional<RollUp::Result> &result() const { return m_result; }
    // The agencies' parents from a CSV file (name,parent per line); false with *error, nothing changed.
    bool importTree(const QString &path, QString *error);
    // Writes the sum as JSON, PDF, DOCX, ODT or HTML by the suffix; false with *error.
    bool exportSum(const QString &path, QString *error) const;
    // Writes the 一览 as CSV, PDF or HTML by the suffix; false with *error.
    bool exportDashboard(const QString &path, QString *error) const;

signals:
    void openRequested(const QString &agency, int year);

private:
    void fillRegions(const QString &select);
    void refresh();
    void chooseParent();
    void importTreeDialog();
    void exportDialog();
    void exportDashboardDialog();

    ReportStore &m_store;
    const FormatRegistry &m_registry;
    QComboBox *m_region;
    QSpinBox *m_year;
    QTabWidget *m_tabs;
    QTreeWidget *m_tree;
    DashboardView *m_dashboard;
    QLabel *m_summary;
    QPushButton *m_export;
    QPushButton *m_exportDashboard;
    std::optional<RollUp::Result> m_result;
};
