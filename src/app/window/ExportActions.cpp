#include "ExportActions.h"

#include "FileDialogs.h"
#include "MainWindow.h"
#include "PreviewPane.h"
#include "ReportDocument.h"
#include "ReportExport.h"
#include "ReportLayout.h"

#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QStatusBar>

ExportActions::ExportActions(const FormatRegistry &registry, MainWindow *window)
    : QObject(window)
    , m_registry(registry)
    , m_window(window)
{
}

ReportDocument *ExportActions::document() const
{
    return m_window->document();
}

bool ExportActions::exportPdf(const QString &path, bool pdfa, QString *error)
{
    if (!document() || !m_window->preview()->reportLayout()) {
        *error = document() ? tr("找不到打印字体，无法导出 PDF") : tr("未打开报告");
        return false;
    }
    m_window->preview()->refresh(); // exactly what the clerk sees, the latest keystroke included
    ReportExport::Options options;
    options.pdfa = pdfa;
    options.layout = m_window->preview()->reportLayout();
    options.signature = document()->signature();
    return ReportExport::write(document()->report(), m_registry, path, options, error);
}

void ExportActions::exportPdfDialog(bool pdfa)
{
    if (!document())
        return;
    const Report &r = document()->report();
    const QString path = FileDialogs::save(m_window, QStringLiteral("export"), pdfa ? tr("导出 PDF/A-1b") : tr("导出 PDF"),
                                                   r.displayTitle() + QStringLiteral(".pdf"), tr("PDF 文件 (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPdf(path, pdfa, &error))
        QMessageBox::warning(m_window, tr("导出 PDF"), error);
    else
        m_window->statusBar()->showMessage(tr("已导出 %1").arg(path), 8000);
}

bool ExportActions::exportDocument(const QString &path, QString *error, bool chart)
{
    if (!document()) {
        *error = tr("未打开报告");
        return false;
    }
    const Report &report = document()->report();
    ReportExport::Options options;
    if (chart)
        options.chart = FigureHistory::load(document()->store(), document()->registry(), report.agency, report.year, &report);
    return ReportExport::write(report, m_registry, path, options, error);
}

void ExportActions::exportDocument(const QString &suffix, bool chart)
{
    if (!document())
        return;
    if (chart && !FigureHistory::load(document()->store(), document()->registry(), document()->report().agency, document()->report().year).isChartable()) {
        QMessageBox::information(m_window, tr("导出"), tr("数据库中只有 %1 这一年的报告：历年数据图至少要两年。").arg(document()->report().year));
        return;
    }
    const QString filter = suffix == QLatin1String("docx") ? tr("Word 文档 (*.docx)")
                         : suffix == QLatin1String("odt")  ? tr("ODT 文档 (*.odt)")
                                                           : tr("网页 (*.html)");
    QString path = FileDialogs::save(m_window, QStringLiteral("export"), tr("导出"), document()->report().displayTitle() + QLatin1Char('.') + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    QString error;
    if (!exportDocument(path, &error, chart))
        QMessageBox::warning(m_window, tr("导出"), error);
    else
        m_window->statusBar()->showMessage(tr("已导出 %1").arg(path), 8000);
}

void ExportActions::exportJson()
{
    if (!document())
        return;
    const Report &r = document()->report();
    const QString path = FileDialogs::save(m_window, QStringLiteral("export"), tr("导出报告 JSON"), QStringLiteral("%1-%2.json").arg(r.agency).arg(r.year),
                                                   tr("报告 JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!ReportExport::write(r, m_registry, path, ReportExport::Options(), &error))
        QMessageBox::warning(m_window, tr("导出报告 JSON"), error);
}

void ExportActions::print()
{
    if (!document() || !m_window->preview()->reportLayout())
        return;
    m_window->preview()->refresh();
    const ReportLayout &layout = *m_window->preview()->reportLayout();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    printer.setDocName(document()->report().displayTitle());
    printer.setFromTo(1, layout.pageCount());
    QPrintDialog dialog(&printer, m_window);
    dialog.setOption(QAbstractPrintDialog::PrintPageRange);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!printPages(printer, &error))
        QMessageBox::warning(m_window, tr("打印"), error);
}

bool ExportActions::printPages(QPrinter &printer, QString *error)
{
    if (!document() || !m_window->preview()->reportLayout()) {
        *error = tr("未打开报告");
        return false;
    }
    const ReportLayout &layout = *m_window->preview()->reportLayout();
    const bool range = printer.printRange() == QPrinter::PageRange && printer.fromPage() > 0;
    const int from = range ? printer.fromPage() - 1 : 0;
    const int to = range && printer.toPage() > 0 ? qMin(printer.toPage(), layout.pageCount()) - 1 : layout.pageCount() - 1;
    if (from > to) {
        *error = tr("报告只有 %1 页").arg(layout.pageCount());
        return false;
    }
    QPainter painter;
    if (!painter.begin(&printer)) {
        *error = tr("无法开始打印");
        return false;
    }
    for (int i = from; i <= to; ++i) {
        if (i > from)
            printer.newPage();
        painter.resetTransform();
        ReportLayout::scaleToDots(painter, printer.resolution());
        layout.paintPage(i, painter);
    }
    painter.end();
    return true;
}
