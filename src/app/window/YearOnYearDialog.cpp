#include "YearOnYearDialog.h"

#include "FigureChartView.h"
#include "FileDialogs.h"
#include "ReportDocument.h"
#include "ReportExport.h"
#include "YearOnYear.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

YearOnYearDialog::YearOnYearDialog(QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_table(new QTableWidget(0, 5, this))
    , m_chart(new FigureChartView(this))
    , m_saveChart(new QPushButton(tr("保存图表(&S)…"), this))
{
    setWindowTitle(tr("同比"));
    m_table->setHorizontalHeaderLabels({tr("项目"), tr("上年"), tr("本年"), tr("增减"), tr("增减率")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        emit jumpRequested(m_table->item(item->row(), 0)->data(Qt::UserRole).toString());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_saveChart, QDialogButtonBox::ActionRole);
    m_saveChart->setAutoDefault(false);
    connect(m_saveChart, &QPushButton::clicked, this, &YearOnYearDialog::saveChartDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    // Within the window it belongs to, its title bar included (a 1366×768 screen leaves the window some 730 px).
    const QSize room = parentWidget() ? parentWidget()->window()->size() * 0.85 : QSize(760, 720);
    resize(qMin(760, room.width()), qMin(720, room.height()));
}

void YearOnYearDialog::setDocument(ReportDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document)
        connect(m_document, &ReportDocument::findingsChanged, this, &YearOnYearDialog::refresh);
    m_otherYears.clear();
    if (isVisible())
        loadOtherYears();
    refresh();
}

void YearOnYearDialog::showEvent(QShowEvent *event)
{
    loadOtherYears(); // another window or the command line may have added a year while it was closed
    refresh();        // what changed while it was closed
    QDialog::showEvent(event);
}

void YearOnYearDialog::loadOtherYears()
{
    m_otherYears.clear();
    if (m_document)
        m_otherYears = FigureHistory::stored(m_document->store(), m_document->report().agency, 0, m_document->report().year);
}

bool YearOnYearDialog::saveChart(const QString &path, QString *error) const
{
    return ReportExport::writeChart(m_chart->history(), path, error);
}

void YearOnYearDialog::saveChartDialog()
{
    const FigureHistory &h = m_chart->history();
    const QString suggested = tr("%1主要数据历年变化.png").arg(h.agency);
    QString filter = tr("PNG 图片 (*.png)");
    const QString path = FileDialogs::save(this, QStringLiteral("export"), tr("保存图表"), suggested, filter + QStringLiteral(";;") + tr("SVG 矢量图 (*.svg)"), &filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!saveChart(path, &error))
        QMessageBox::warning(this, tr("保存图表"), error);
}

void YearOnYearDialog::refresh()
{
    if (!isVisible())
        return; // closed: no table rebuilt on every keystroke for nobody
    m_table->setRowCount(0);
    QVector<Report> years = m_otherYears;
    if (m_document)
        years.append(m_document->report());
    m_chart->setHistory(m_document ? FigureHistory::of(years, m_document->registry()) : FigureHistory());
    m_saveChart->setEnabled(m_chart->history().isChartable());
    const Report *previous = m_document ? m_document->previousYear() : nullptr;
    if (!m_document || !previous) {
        m_heading->setText(m_document ? tr("数据库中没有同一机关上一年的报告，无从比较") : tr("未打开报告"));
        return;
    }
    const Report &r = m_document->report();
    m_heading->setText(tr("%1：%2 年与 %3 年，变化最大的在前").arg(r.agency).arg(r.year).arg(previous->year));
    const QVector<YearOnYear::Row> rows = YearOnYear::rows(r, *previous, m_document->registry());
    const QLocale locale;
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const YearOnYear::Row &row = rows[i];
        auto *name = new QTableWidgetItem(row.name);
        name->setData(Qt::UserRole, row.key);
        name->setToolTip(row.key);
        m_table->setItem(i, 0, name);
        const QString change = row.change() > 0 ? QStringLiteral("+") + locale.toString(row.change()) : locale.toString(row.change());
        const QString rate = row.before == 0 ? (row.now == 0 ? locale.toString(0.0, 'f', 1) + QStringLiteral("%") : QStringLiteral("—"))
                                             : locale.toString(100.0 * double(row.change()) / double(row.before), 'f', 1) + QStringLiteral("%");
        const QStringList cells{locale.toString(row.before), locale.toString(row.now), change, rate};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, c + 1, item);
        }
    }
}
