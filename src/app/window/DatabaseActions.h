#pragma once

#include <QObject>

class MainWindow;
class QAction;
class QMenu;
class ReportStore;

// Which database the window shows: 打开数据库, 新建数据库, 连接数据库服务器, 最近的数据库 and 从备份恢复 (文件). Another
// database is asked for with databaseRequested (WindowHost replaces the window); a restore happens in place.
class DatabaseActions : public QObject
{
    Q_OBJECT
public:
    DatabaseActions(ReportStore &store, MainWindow *window);

    // Its entries, placed in `file` where the window builds its menu.
    void addTo(QMenu *file);
    // Where a file dialog for databases starts: the open file's folder, or the default database's.
    QString fileFolder() const;

public slots:
    void chooseDatabase();  // 打开数据库…
    void createDatabase();  // 新建数据库…
    void connectToServer(); // 连接数据库服务器: an office's shared PostgreSQL database
    void restoreBackup();   // 从备份恢复…

signals:
    void databaseRequested(const QString &location, bool create);

private:
    void fillRecentMenu();

    ReportStore &m_store;
    MainWindow *m_window;
    QMenu *m_recent = nullptr;
};
