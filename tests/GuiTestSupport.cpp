#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "ReportDocument.h"
#include "ReportTableModel.h"
#include "ReportTableView.h"

#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>

namespace TestSupport {

ReportTableView *showTable(MainWindow *window, const QString &table)
{
    window->tabs()->setCurrentIndex(MainWindow::Table2Tab + ReportFormats::tables().indexOf(table));
    ReportTableView *view = window->tableView(table);
    view->setFocus();
    QApplication::processEvents();
    return view;
}

void clickCell(ReportTableView *view, const QString &key)
{
    const QModelIndex i = view->reportModel()->indexOfKey(key);
    QVERIFY(i.isValid());
    view->scrollTo(i);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(i).center());
    QCOMPARE(view->currentIndex(), i);
}

QAction *menuAction(QMenuBar *bar, const QString &text)
{
    for (QAction *menu : bar->actions())
        if (menu->menu())
            for (QAction *a : menu->menu()->actions())
                if (a->text().remove('&').startsWith(text))
                    return a;
    return nullptr;
}

} // namespace TestSupport
