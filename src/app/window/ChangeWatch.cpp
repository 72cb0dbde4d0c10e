#include "ChangeWatch.h"

#include "MainWindow.h"
#include "ReportDocument.h"
#include "ReportStore.h"

#include <QTabWidget>
#include <QThread>
#include <QTimer>

ChangeWatch::ChangeWatch(ReportStore &store, MainWindow *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
    , m_timer(new QTimer(this))
{
    m_version = m_store.dataVersion();
    m_timer->setInterval(2000); // one cheap query: a change made elsewhere shows within two seconds
    connect(m_timer, &QTimer::timeout, this, &ChangeWatch::look);
    m_timer->start();
}

void ChangeWatch::look()
{
    // Not under a dialog's own event loop: the code that opened it may hold the open report.
    if (QThread::currentThread()->loopLevel() > 1)
        return;
    const qint64 version = m_store.dataVersion();
    if (version == m_version)
        return;
    m_version = version;
    const ReportDocument *d = m_window->document();
    const bool reload = d && !m_window->isShowingExample() && m_store.changedElsewhere(d->report().agency, d->report().year);
    const QString agency = d ? d->report().agency : QString();
    const int year = d ? d->report().year : 0;
    m_window->refreshList(); // closes the report if it is gone
    if (!reload || !m_window->document())
        return;
    const int tab = m_window->tabs()->currentIndex();
    m_window->closeReport();
    if (!m_window->openReport(agency, year))
        return;
    m_window->tabs()->setCurrentIndex(tab);
    m_window->showMessage(tr("%1 %2 年的报告已在别处修改，已重新载入，显示的是数据库中现在的内容（之前的撤销记录已清空）").arg(agency).arg(year), 20000);
}
