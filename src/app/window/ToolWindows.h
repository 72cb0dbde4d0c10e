#pragma once

#include "ReportBatch.h"

#include <QObject>
#include <QPointer>

class BatchDialog;
class BatchImportDialog;
class FontSet;
class FormatRegistry;
class MainWindow;
class OfficeDialog;
class ReportStore;
class RollUpDialog;
class YearOnYearDialog;

// The window's tool windows, each made when first asked for and kept beside it: 同比 (F9), 汇总 (F10), 批量导出 and
// 批量检查 (one batch at a time), 批量导入, and an office's 机关与账号.
class ToolWindows : public QObject
{
    Q_OBJECT
public:
    ToolWindows(const FormatRegistry &registry, ReportStore &store, MainWindow *window);

    YearOnYearDialog *yearOnYear() const; // null until first shown
    // The reports selected in the list: a year's row is that report, an agency's row all of its years.
    QVector<ReportBatch::Item> selectedReports() const;

public slots:
    void showYearOnYear();
    void showRollUp();
    // 文件 ▸ 批量导出 / 报告 ▸ 批量检查: the reports selected in the list (an agency's row: all its years), every
    // report, or one year's, on a worker per core with a progress dialog that can stop it.
    BatchDialog *showBatch(bool exporting);
    // 文件 ▸ 批量导入: files, folders and addresses, each its own transaction; the list shows what came in.
    BatchImportDialog *showBatchImport();
    void showOffice();

private:
    const FormatRegistry &m_registry;
    ReportStore &m_store;
    MainWindow *m_window;
    QPointer<YearOnYearDialog> m_yearOnYear;
    QPointer<RollUpDialog> m_rollUp;
    QPointer<BatchDialog> m_batch;
    QPointer<BatchImportDialog> m_batchImport;
    QPointer<OfficeDialog> m_office;
};
