#pragma once

#include <QObject>

class MainWindow;
class QLabel;
class QTimer;
class ReportStore;

// What another program or clerk changed in the database, shown in the window: the list, and another's changes to the
// open report merged into it as it stands (the clerk's undo steps stay; ReportDocument::merge). A server announces
// each change (ReportStore::listen) and is looked at within a moment; a file is polled every 2 seconds (one cheap
// query); both at once when a write of ours was refused.
//
// A server's connection is asked every few seconds whether it still answers. Lost, the window says so in the status
// bar, keeps the open report as it is (readable; edits refused, what was typed kept to be offered again), and
// reconnects by itself every 2 seconds; back, it takes in what changed meanwhile and offers the refused edits again.
class ChangeWatch : public QObject
{
    Q_OBJECT
public:
    ChangeWatch(ReportStore &store, MainWindow *window);

    bool isDisconnected() const { return m_lost; }

public slots:
    void look();

private:
    void disconnected();
    void retry();
    void mergeOpenReport();
    void offerUnsaved();

    ReportStore &m_store;
    MainWindow *m_window;
    QTimer *m_timer;  // a file: its data_version; a server: whether it answers
    QTimer *m_soon;   // a server's announcements, a burst looked at once
    QTimer *m_retry;  // reconnecting
    QLabel *m_state;  // "与服务器的连接已断开…" while it is
    bool m_listening = false;
    bool m_lost = false;
    qint64 m_version = -1;
};
