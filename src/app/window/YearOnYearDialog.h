#pragma once

#include "Report.h"

#include <QDialog>
#include <QPointer>

class FigureChartView;
class QLabel;
class QPushButton;
class QTableWidget;
class ReportDocument;

// 视图 ▸ 同比: the open report's figures beside last year's, largest change first, and the main figures over every
// year the database holds for the agency as a chart (saved as PNG or SVG); kept up to date as the clerk edits, not
// modal (it sits beside the tables). A double-click goes to the cell.
class YearOnYearDialog : public QDialog
{
    Q_OBJECT
public:
    explicit YearOnYearDialog(QWidget *parent = nullptr);
    void setDocument(ReportDocument *document);
    QTableWidget *table() const { return m_table; }
    FigureChartView *chart() const { return m_chart; }
    // Writes the chart as a PNG or SVG by the suffix; false with *error.
    bool saveChart(const QString &path, QString *error) const;

signals:
    void jumpRequested(const QString &key);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void loadOtherYears();
    void saveChartDialog();

    QPointer<ReportDocument> m_document;
    QLabel *m_heading;
    QTableWidget *m_table;
    FigureChartView *m_chart;
    QPushButton *m_saveChart;
    QVector<Report> m_otherYears; // the agency's other reports, read once per document (the open one changes)
};
