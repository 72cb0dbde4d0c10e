#include "MainWindow.h"

#include "ReportStore.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTreeWidget>

MainWindow::MainWindow(const FormatRegistry &, ReportStore &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_reports(new QTreeWidget(this))
{
    setWindowTitle(tr("政府信息公开工作年度报告"));
    m_reports->setHeaderLabels({tr("机关"), tr("年度")});
    m_reports->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    setCentralWidget(m_reports);

    QMenu *file = menuBar()->addMenu(tr("文件(&F)"));
    QAction *quit = file->addAction(tr("退出(&Q)"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    refreshReports();
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 720);
}

void MainWindow::refreshReports()
{
    m_reports->clear();
    const auto entries = m_store.list();
    if (!entries) {
        QMessageBox::warning(this, windowTitle(), m_store.lastError());
        return;
    }
    QTreeWidgetItem *agency = nullptr;
    for (const auto &e : *entries) {
        if (!agency || agency->text(0) != e.agency) {
            agency = new QTreeWidgetItem(m_reports, {e.agency});
            agency->setExpanded(true);
        }
        new QTreeWidgetItem(agency, {QString(), QString::number(e.year)});
    }
    statusBar()->showMessage(tr("共 %n 份报告", nullptr, int(entries->size())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}
