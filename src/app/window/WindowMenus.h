#pragma once

#include <QObject>

class MainWindow;
class QAction;
class QMenuBar;

// The window's menu bar, built from its parts — 文件 (ReportActions, DatabaseActions, ImportActions, ExportActions,
// ToolWindows), 编辑, 报告, 视图, 帮助 — and kept honest: every action enabled where it can act, the reason in its
// tooltip where not (update()).
class WindowMenus : public QObject
{
    Q_OBJECT
public:
    explicit WindowMenus(MainWindow *window);

    void build(QMenuBar *bar);
    void update();
    QAction *previewAction() const { return m_preview; }
    // Every menu's actions, for the guide's list of keys.
    QList<QAction *> allActions() const;

public slots:
    void showGuide();
    void showAbout();

private:
    MainWindow *m_window;
    QList<QAction *> m_needReport; // need an open report, nothing more
    QList<QAction *> m_needTable;  // need a table in front
    QList<QAction *> m_add;        // add reports to the database: the imports
    QAction *m_fix = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_office = nullptr;
};
