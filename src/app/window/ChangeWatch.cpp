#include "ChangeWatch.h"

#include "MainWindow.h"
#include "ReportDocument.h"
#include "ReportStore.h"

#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QTimer>

ChangeWatch::ChangeWatch(ReportStore &store, MainWindow *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
    , m_timer(new QTimer(this))
    , m_soon(new QTimer(this))
    , m_retry(new QTimer(this))
    , m_state(new QLabel(window))
{
    m_soon->setSingleShot(true);
    m_soon->setInterval(50);
    connect(m_soon, &QTimer::timeout, this, &ChangeWatch::look);
    // The store may outlive this window (a language switch hands it to the next one, which listens in its turn).
    m_listening = m_store.listen([self = QPointer<ChangeWatch>(this)](const QString &) {
        if (self)
            self->m_soon->start();
    });
    m_version = m_store.dataVersion();
    // A file: one cheap query shows a change made elsewhere within two seconds. A server: whether it still answers.
    m_timer->setInterval(m_listening ? 3000 : 2000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_listening)
            look();
        else if (!m_lost && !m_store.ping())
            disconnected();
    });
    m_timer->start();
    m_retry->setInterval(2000);
    connect(m_retry, &QTimer::timeout, this, &ChangeWatch::retry);
    m_state->setObjectName(QStringLiteral("connectionState"));
    m_state->setStyleSheet(QStringLiteral("color: #b00020"));
    m_state->hide();
    window->statusBar()->addPermanentWidget(m_state);
}

void ChangeWatch::look()
{
    if (m_lost)
        return;
    if (m_store.connectionLost()) { // a write or a read just failed for it
        disconnected();
        return;
    }
    // Not under a dialog's own event loop: the code that opened it may hold the open report.
    if (QThread::currentThread()->loopLevel() > 1) {
        m_soon->start(500);
        return;
    }
    if (!m_listening) {
        const qint64 version = m_store.dataVersion();
        if (version == m_version)
            return;
        m_version = version;
    }
    m_window->refreshList(); // closes the report if it is gone
    if (m_store.connectionLost()) {
        disconnected();
        return;
    }
    mergeOpenReport();
}

void ChangeWatch::mergeOpenReport()
{
    ReportDocument *d = m_window->document();
    if (!d || m_window->isShowingExample())
        return;
    const QString agency = d->report().agency;
    const int year = d->report().year;
    const auto changes = m_store.takeChanges(agency, year);
    if (!changes) {
        if (m_store.connectionLost())
            disconnected();
        return;
    }
    if (changes->isEmpty())
        return;
    if (d->merge(*changes)) {
        QStringList who;
        for (const QString &name : changes->by)
            if (!who.contains(name))
                who << name;
        const int parts = int(changes->cells.size() + changes->prose.size()) + (changes->details ? 1 : 0);
        QString text = tr("%1 %2 年的报告已在别处修改").arg(agency).arg(year);
        if (parts > 0)
            text += (who.isEmpty() ? tr("（%n 处）", nullptr, parts) : tr("（%1，%n 处）", nullptr, parts).arg(who.join(QStringLiteral("、"))))
                + tr("，已合并到正在编辑的报告，您的撤销记录保留");
        else if (changes->review)
            text += tr("：%1").arg(ReportStore::reviewStateName(d->reviewState()));
        m_window->showMessage(text, 20000);
        return;
    }
    // Gone, or its forms changed: read again whole (a report gone was closed by the list already).
    const int tab = m_window->tabs()->currentIndex();
    m_window->closeReport();
    if (changes->gone || !m_window->openReport(agency, year))
        return;
    m_window->tabs()->setCurrentIndex(tab);
    m_window->showMessage(tr("%1 %2 年的报告的表格样式已在别处更换，已重新载入（之前的撤销记录已清空）").arg(agency).arg(year), 20000);
}

void ChangeWatch::disconnected()
{
    if (m_lost)
        return;
    m_lost = true;
    m_state->setText(tr("● 与服务器的连接已断开，正在自动重新连接"));
    m_state->setToolTip(tr("与数据库服务器 %1 的连接已断开（服务器停止、重启或网络中断）。程序每 2 秒自动重新连接一次，不需要重新输入口令。\n"
                           "打开的报告仍可查看；这期间的修改不能保存，您输入的内容会在连接恢复后再次提供保存。")
                            .arg(m_store.location()));
    m_state->show();
    m_window->showMessage(tr("与服务器 %1 的连接已断开：正在自动重新连接。打开的报告仍可查看，修改暂时不能保存").arg(m_store.location()), 0);
    m_retry->start();
}

void ChangeWatch::retry()
{
    if (!m_store.reconnect())
        return; // the label stays; the next try in 2 seconds
    m_lost = false;
    m_retry->stop();
    m_state->hide();
    m_window->showMessage(tr("已重新连接服务器 %1，断线期间别处的修改已载入").arg(m_store.location()), 15000);
    look();
    offerUnsaved();
}

void ChangeWatch::offerUnsaved()
{
    ReportDocument *d = m_window->document();
    if (!d)
        return;
    const ReportDocument::Unsaved unsaved = d->takeUnsaved();
    if (unsaved.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, m_window->windowTitle(),
                                tr("连接已恢复。断线时有 %n 处修改没有保存：", nullptr, int(unsaved.cells.size() + unsaved.prose.size()) + (unsaved.details ? 1 : 0)) + QLatin1Char('\n')
                                    + d->describe(unsaved).join(QLatin1Char('\n')) + QLatin1Char('\n') + tr("现在保存吗？"),
                                QMessageBox::Save | QMessageBox::Discard, m_window);
    box->setObjectName(QStringLiteral("unsavedEdits"));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, doc = QPointer<ReportDocument>(d), unsaved](int result) {
        if (result != QMessageBox::Save || !doc || doc != m_window->document())
            return;
        if (!unsaved.cells.isEmpty())
            doc->editCells(unsaved.cells, tr("保存断线时的修改"));
        for (auto it = unsaved.prose.begin(); it != unsaved.prose.end(); ++it)
            doc->editProse(it.key(), it.value().value_or(QString()));
        if (unsaved.details)
            doc->editDetails(*unsaved.details, tr("保存断线时的修改"));
    });
    box->open();
}
