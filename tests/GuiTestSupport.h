#pragma once

#include "SealImage.h"
#include "TestSupport.h"

#include <QApplication>
#include <QByteArray>
#include <QSize>
#include <QTimer>

class MainWindow;
class QAction;
class QMenuBar;
class ReportTableView;

// What the tests of the window, the preview and the print path add: images and modal dialogs.
namespace TestSupport {

// Runs `steps` on the next modal dialog of type T once it is shown (from a dialog's exec()); `steps` closes it.
// Gives up after ~5 s, leaving the dialog to the test's own time-out.
template<typename T, typename F>
void whenModal(F steps, int tries = 100)
{
    QTimer::singleShot(50, [steps, tries] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget()))
            steps(dialog);
        else if (tries > 0)
            whenModal<T>(steps, tries - 1);
    });
}

// The window's table tab for "t2" … "t4" brought to front, its view focused.
ReportTableView *showTable(MainWindow *window, const QString &table);
// A mouse click on the cell `key` of `view` (scrolled into view first); verifies it became the current cell.
void clickCell(ReportTableView *view, const QString &key);
// The first menu action whose text (mnemonics removed) starts with `text`, menus in menu-bar order.
QAction *menuAction(QMenuBar *bar, const QString &text);

} // namespace TestSupport
