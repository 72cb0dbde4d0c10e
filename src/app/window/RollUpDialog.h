#pragma once

#include "RollUp.h"

#include <QDialog>
#include <optional>

class FormatRegistry;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class ReportStore;

// 视图 ▸ 汇总: a region's roll-up for a year — one row per agency below it, as the tree reads (its state, 新收 and 办结,
// errors and warnings, what needs a look), the sum on top; a double-click opens an agency's report. The agency tree
// is set here too (import a CSV of name,parent; set an agency's 上级机关), and the sum is exported like a report.
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
    const std::optional<RollUp::Result> &result() const { return m_result; }
    // The agencies' parents from a CSV file (name,parent per line); false with *error, nothing changed.
    bool importTree(const QString &path, QString *error);
    // Writes the sum as JSON, PDF, DOCX, ODT or HTML by the suffix; false with *error.
    bool exportSum(const QString &path, QString *error) const;

signals:
    void openRequested(const QString &agency, int year);

private:
    void fillRegions(const QString &select);
    void refresh();
    void chooseParent();
    void importTreeDialog();
    void exportDialog();

    ReportStore &m_store;
    const FormatRegistry &m_registry;
    QComboBox *m_region;
    QSpinBox *m_year;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    QPushButton *m_export;
    std::optional<RollUp::Result> m_result;
};
