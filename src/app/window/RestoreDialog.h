#pragma once

#include "ReportStore.h"

#include <QDialog>

class QTreeWidget;

// 文件 ▸ 从备份恢复: the database's backups, newest first, each with when it was written and the reports it holds;
// the chosen one's path once accepted (the window asks again before it replaces anything).
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(const QVector<ReportStore::BackupFile> &backups, const QString &folder, QWidget *parent = nullptr);

    QString chosen() const;
    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};
