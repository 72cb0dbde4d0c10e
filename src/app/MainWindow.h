#pragma once

#include <QMainWindow>

class FormatRegistry;
class QTreeWidget;
class ReportStore;

// The clerk's workspace. For now: the reports in the database, by agency then year.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const FormatRegistry &registry, ReportStore &store, QWidget *parent = nullptr);

    void refreshReports();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    ReportStore &m_store;
    QTreeWidget *m_reports = nullptr;
};
