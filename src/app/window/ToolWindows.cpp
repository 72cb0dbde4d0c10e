#include "ToolWindows.h"

#include "BatchDialog.h"
#include "BatchImportDialog.h"
#include "MainWindow.h"
#include "OfficeDialog.h"
#include "ReportDocument.h"
#include "ReportListModel.h"
#include "ReportStore.h"
#include "RollUpDialog.h"
#include "YearOnYearDialog.h"

#include <QMessageBox>
#include <QTreeView>

#include <algorithm>

ToolWindows::ToolWindows(const FormatRegistry &registry, ReportStore &store, MainWindow *window)
    : QObject(window)
    , m_registry(registry)
    , m_store(store)
    , m_window(window)
{
}

QVector<ReportBatch::Item> ToolWindows::selectedReports() const
{
    QVector<ReportBatch::Item> items;
    const auto add = [&items](const QModelIndex &i) {
        items.append({i.data(ReportListModel::AgencyRole).toString(), i.data(ReportListModel::YearRole).toInt()});
    };
    ReportListModel *model = m_window->reportModel();
    for (const QModelIndex &i : m_window->reportList()->selectionModel()->selectedRows()) {
        if (i.data(ReportListModel::YearRole).isValid())
            add(i);
        else
            for (const ReportStore::Entry &e : model->reportsOf(i)) // an agency: all its reports, read when not yet
                items.append({e.agency, e.year});
    }
    // An agency's row and one of its years both selected: that report once.
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    return items;
}

BatchDialog *ToolWindows::showBatch(bool exporting)
{
    if (m_batch) { // one batch at a time: the one open comes forward
        m_batch->raise();
        m_batch->activateWindow();
        return m_batch;
    }
    const auto entries = m_store.list();
    if (!entries) {
        QMessageBox::warning(m_window, m_window->windowTitle(), m_store.lastError());
        return nullptr;
    }
    if (entries->isEmpty()) {
        QMessageBox::information(m_window, m_window->windowTitle(), tr("数据库中还没有报告"));
        return nullptr;
    }
    m_batch = new BatchDialog(exporting ? BatchDialog::Mode::Export : BatchDialog::Mode::Check, m_registry, m_store.location(), m_window->printFonts(),
                              *entries, selectedReports(), m_window);
    m_batch->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_batch, &BatchDialog::openRequested, m_window, [this](const QString &agency, int year) { m_window->openReport(agency, year); });
    m_batch->show();
    return m_batch;
}

BatchImportDialog *ToolWindows::showBatchImport()
{
    if (!m_batchImport) {
        m_batchImport = new BatchImportDialog(m_registry, m_store.location(), m_window);
        m_batchImport->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_batchImport, &BatchImportDialog::openRequested, m_window, [this](const QString &agency, int year) { m_window->openReport(agency, year); });
        connect(m_batchImport, &BatchImportDialog::finished, m_window, [this] { m_window->refreshList(); });
    }
    m_batchImport->show();
    m_batchImport->raise();
    m_batchImport->activateWindow();
    return m_batchImport;
}

void ToolWindows::showRollUp()
{
    if (!m_rollUp) {
        m_rollUp = new RollUpDialog(m_store, m_registry, m_window);
        connect(m_rollUp, &RollUpDialog::openRequested, m_window, [this](const QString &agency, int year) {
            if (m_window->openReport(agency, year))
                m_window->activateWindow();
        });
    }
    const ReportDocument *d = m_window->document();
    if (d && !m_window->isShowingExample())
        m_rollUp->showRegion(d->report().agency, d->report().year);
    else
        m_rollUp->showRegion(QString(), 0);
    m_rollUp->show();
    m_rollUp->raise();
    m_rollUp->activateWindow();
}

void ToolWindows::showYearOnYear()
{
    if (!m_yearOnYear) {
        m_yearOnYear = new YearOnYearDialog(m_window);
        connect(m_yearOnYear, &YearOnYearDialog::jumpRequested, m_window, &MainWindow::jumpTo);
    }
    m_yearOnYear->setDocument(m_window->document());
    m_yearOnYear->show();
    m_yearOnYear->raise();
    m_yearOnYear->activateWindow();
}

void ToolWindows::showOffice()
{
    if (!m_office)
        m_office = new OfficeDialog(m_store, m_window);
    else
        m_office->refresh();
    m_office->show();
    m_office->raise();
    m_office->activateWindow();
}

YearOnYearDialog *ToolWindows::yearOnYear() const
{
    return m_yearOnYear;
}
