#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "ReportDocument.h"
#include "ReportTableModel.h"
#include "ReportTableView.h"

#include <QBuffer>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QTabWidget>
#include <QTest>

namespace TestSupport {

QByteArray sealPng(const QSize &size)
{
    QImage seal(size, QImage::Format_ARGB32);
    seal.fill(Qt::transparent);
    QPainter p(&seal);
    p.setRenderHint(QPainter::Antialiasing);
    const int side = qMin(size.width(), size.height());
    p.setPen(QPen(QColor(200, 0, 0), side / 20.0));
    p.drawEllipse(QRectF((size.width() - side) / 2.0, (size.height() - side) / 2.0, side, side).adjusted(side / 20.0, side / 20.0, -side / 20.0, -side / 20.0));
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    seal.save(&buffer, "PNG");
    return png;
}

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
