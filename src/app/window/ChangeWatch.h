#pragma once

#include <QObject>

class MainWindow;
class QTimer;
class ReportStore;

// What another program or clerk changed in the database, shown in the window: the list, and the open report read
// again when it was the one changed. Looked for every 2 seconds (one cheap query), and at once when a write of ours
// was refused because of such a change.
class ChangeWatch : public QObject
{
    Q_OBJECT
public:
    ChangeWatch(ReportStore &store, MainWindow *window);

public slots:
    void look();

private:
    ReportStore &m_store;
    MainWindow *m_window;
    QTimer *m_timer;
    qint64 m_version = -1;
};
