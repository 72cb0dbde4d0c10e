#include "DatabaseActions.h"

#include "Backups.h"
#include "ConnectDialog.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "ReportStore.h"
#include "RestoreDialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

DatabaseActions::DatabaseActions(ReportStore &store, MainWindow *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
{
}

void DatabaseActions::addTo(QMenu *file)
{
    file->addAction(tr("打开数据库(&K)…"), QKeySequence::Open, this, &DatabaseActions::chooseDatabase);
    file->addAction(tr("新建数据库(&E)…"), this, &DatabaseActions::createDatabase);
    file->addAction(tr("连接数据库服务器(&S)…"), this, &DatabaseActions::connectToServer);
    m_recent = file->addMenu(tr("最近的数据库(&U)"));
    connect(m_recent, &QMenu::aboutToShow, this, &DatabaseActions::fillRecentMenu);
    fillRecentMenu();
    QAction *restore = file->addAction(tr("从备份恢复(&Y)…"), this, &DatabaseActions::restoreBackup);
    if (ReportStore::isServer(m_store.location())) { // a server's backups are its administrator's (pg_dump)
        restore->setEnabled(false);
        restore->setToolTip(tr("服务器上的数据库由数据库管理员备份和恢复"));
    }
}

void DatabaseActions::fillRecentMenu()
{
    m_recent->clear();
    const QStringList recent = Preferences().recentDatabases();
    const QString current = ReportStore::isServer(m_store.location()) ? m_store.location() : QFileInfo(m_store.location()).absoluteFilePath();
    int n = 0;
    for (const QString &path : recent) {
        if (n == 9)
            break;
        QAction *a = m_recent->addAction(QStringLiteral("&%1 %2").arg(++n).arg(QDir::toNativeSeparators(path)));
        a->setCheckable(true);
        a->setChecked((ReportStore::isServer(path) ? path : QFileInfo(path).absoluteFilePath()) == current);
        connect(a, &QAction::triggered, this, [this, path] { emit databaseRequested(path, false); });
    }
    if (n == 0)
        m_recent->addAction(tr("（没有）"))->setEnabled(false);
}

QString DatabaseActions::fileFolder() const
{
    return QFileInfo(ReportStore::isServer(m_store.location()) ? ReportStore::defaultLocation() : m_store.location()).absolutePath();
}

void DatabaseActions::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("打开数据库"), fileFolder(), tr("报告数据库 (*.sqlite *.db);;所有文件 (*)"));
    if (!path.isEmpty())
        emit databaseRequested(path, false);
}

void DatabaseActions::connectToServer()
{
    // Start from the server in use, or the last one connected to.
    QString last = ReportStore::isServer(m_store.location()) ? m_store.location() : QString();
    const QStringList recent = Preferences().recentDatabases();
    for (auto it = recent.cbegin(); last.isEmpty() && it != recent.cend(); ++it)
        if (ReportStore::isServer(*it))
            last = *it;
    ConnectDialog dialog(last, m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit databaseRequested(dialog.address(), false);
}

void DatabaseActions::createDatabase()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("新建数据库"), fileFolder(), tr("报告数据库 (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        // Never over a file: "new" must not empty a colleague's database.
        QMessageBox::warning(m_window, tr("新建数据库"), tr("%1 已经存在，未作任何改动。要使用它，请选择“打开数据库”。").arg(QDir::toNativeSeparators(path)));
        return;
    }
    emit databaseRequested(path, true);
}

void DatabaseActions::restoreBackup()
{
    RestoreDialog dialog(m_store.backups(), m_store.backupFolder(), m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosen().isEmpty())
        return;
    const QString chosen = dialog.chosen();
    QMessageBox confirm(QMessageBox::Question, tr("从备份恢复"),
                        tr("用备份 %1 的内容替换数据库 %2 的全部内容？\n当前的内容会先另存为一个备份，可以再恢复回来。")
                            .arg(QFileInfo(chosen).fileName(), QDir::toNativeSeparators(m_store.location())),
                        QMessageBox::Yes | QMessageBox::No, m_window);
    confirm.setDefaultButton(QMessageBox::No);
    if (confirm.exec() != QMessageBox::Yes)
        return;
    // The open report and the undo history describe the database as it was: both go.
    m_window->closeReport();
    m_window->libraryStack()->clear();
    QString kept, error;
    if (!Backups::restore(m_store, chosen, &kept, &error)) {
        QMessageBox::warning(m_window, tr("从备份恢复"), error);
        m_window->refreshList();
        return;
    }
    m_window->refreshList();
    m_window->showMessage(tr("已从 %1 恢复；恢复前的内容保存在 %2").arg(QFileInfo(chosen).fileName(), QDir::toNativeSeparators(kept)), 15000);
}
