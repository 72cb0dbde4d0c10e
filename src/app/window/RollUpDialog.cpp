#include "RollUpDialog.h"

#include "DashboardView.h"
#include "FileDialogs.h"
#include "OfficeDashboard.h"
#include "OfficeAdmin.h"
#include "ReportChecker.h"
#include "ReportExport.h"
#include "ReportStore.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { AgencyColumn, StateColumn, ReceivedColumn, ConcludedColumn, ErrorsColumn, WarningsColumn, NoteColumn };
constexpr int AgencyRole = Qt::UserRole + 1; // the agency a row opens (empty on the sum's row)

QString figure(const CellValue &v)
{
    return v.isBlank() ? QStringLiteral("—") : v.toString();
}

} // namespace

RollUpDialog::RollUpDialog(ReportStore &store, const FormatRegistry &registry, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_registry(registry)
    , m_region(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_tabs(new QTabWidget(this))
    , m_tree(new QTreeWidget(m_tabs))
    , m_dashboard(new DashboardView(m_tabs))
    , m_summary(new QLabel(this))
    , m_export(new QPushButton(tr("导出汇总(&E)…"), this))
    , m_exportDashboard(new QPushButton(tr("导出一览(&D)…"), this))
{
    setWindowTitle(tr("汇总"));
    m_year->setRange(2008, 2100);
    m_year->setValue(QDate::currentDate().year() - 1);
    auto *regionLabel = new QLabel(tr("机关(&J)："), this);
    regionLabel->setBuddy(m_region);
    auto *yearLabel = new QLabel(tr("年度(&N)："), this);
    yearLabel->setBuddy(m_year);
    auto *top = new QHBoxLayout;
    top->addWidget(regionLabel);
    top->addWidget(m_region, 1);
    top->addWidget(yearLabel);
    top->addWidget(m_year);

    m_tree->setHeaderLabels({tr("机关"), tr("状态"), tr("新收申请"), tr("办结"), tr("错误"), tr("警告"), tr("需要注意")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(AgencyColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setToolTip(tr("双击一行打开该机关的报告"));
    m_summary->setWordWrap(true);

    auto *parentButton = new QPushButton(tr("设置上级机关(&P)…"), this);
    auto *importButton = new QPushButton(tr("导入机关层级 (CSV)(&I)…"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_exportDashboard, QDialogButtonBox::ActionRole);
    buttons->addButton(parentButton, QDialogButtonBox::ActionRole);
    buttons->addButton(importButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter belongs to the lists (it opens the agency's report), never to a button that happens to be the default.
    for (QAbstractButton *b : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);
    connect(m_export, &QPushButton::clicked, this, &RollUpDialog::exportDialog);
    connect(m_exportDashboard, &QPushButton::clicked, this, &RollUpDialog::exportDashboardDialog);
    connect(m_dashboard, &DashboardView::openRequested, this, [this](const QString &agency) {
        if (m_store.contains(agency, m_year->value()))
            emit openRequested(agency, m_year->value());
    });
    connect(parentButton, &QPushButton::clicked, this, &RollUpDialog::chooseParent);
    connect(importButton, &QPushButton::clicked, this, &RollUpDialog::importTreeDialog);
    connect(m_region, &QComboBox::currentTextChanged, this, &RollUpDialog::refresh);
    connect(m_year, &QSpinBox::valueChanged, this, &RollUpDialog::refresh);
    // A double-click or Enter on an agency with a report opens it.
    auto open = [this](QTreeWidgetItem *item) {
        const QString agency = item ? item->data(AgencyColumn, AgencyRole).toString() : QString();
        if (!agency.isEmpty() && m_store.contains(agency, m_year->value()))
            emit openRequested(agency, m_year->value());
    };
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, open);
    connect(m_tree, &QTreeWidget::itemActivated, this, open);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    m_tabs->addTab(m_tree, tr("汇总(&S)"));
    m_tabs->addTab(m_dashboard, tr("一览(&L)"));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(1100, 640);
    fillRegions(QString());
}

void RollUpDialog::showRegion(const QString &agency, int year)
{
    const QSignalBlocker block(m_year);
    if (year > 0)
        m_year->setValue(year);
    // The agency's topmost region above it, else the agency itself when it has agencies below.
    QHash<QString, QString> parent;
    for (const auto &n : m_store.agencyTree())
        parent.insert(n.name, n.parent);
    QString region = agency;
    for (int i = 0; i < parent.size() && !parent.value(region).isEmpty(); ++i)
        region = parent.value(region);
    fillRegions(region);
}

void RollUpDialog::fillRegions(const QString &select)
{
    // The regions: agencies with agencies below them.
    QStringList regions;
    for (const auto &n : m_store.agencyTree())
        if (!n.parent.isEmpty() && !regions.contains(n.parent))
            regions.append(n.parent);
    std::sort(regions.begin(), regions.end());
    const QString keep = select.isEmpty() ? m_region->currentText() : select;
    {
        const QSignalBlocker block(m_region);
        m_region->clear();
        m_region->addItems(regions);
        const int at = regions.indexOf(keep);
        m_region->setCurrentIndex(at >= 0 ? at : 0);
    }
    refresh();
}

void RollUpDialog::refresh()
{
    m_tree->clear();
    m_result.reset();
    m_export->setEnabled(false);
    m_exportDashboard->setEnabled(false);
    if (m_region->count() == 0) {
        m_summary->setText(tr("还没有机关层级：请用“导入机关层级 (CSV)”或“设置上级机关”说明哪些机关在哪个机关之下。"));
        m_dashboard->clear(m_summary->text());
        return;
    }
    QString error;
    m_result = RollUp::compute(m_store, m_registry, m_region->currentText(), m_year->value(), &error);
    if (!m_result) {
        m_summary->setText(error);
        m_dashboard->clear(error);
        return;
    }
    m_dashboard->setDashboard(OfficeDashboard::from(*m_result, m_year->value()));
    m_exportDashboard->setEnabled(true);
    const RollUp::Result &r = *m_result;
    auto *sum = new QTreeWidgetItem(m_tree);
    sum->setText(AgencyColumn, tr("合计：%1").arg(r.report.agency));
    sum->setText(StateColumn, tr("%n 份报告", nullptr, r.summed));
    sum->setText(ReceivedColumn, figure(r.report.cell(QStringLiteral("t3.new.total"))));
    sum->setText(ConcludedColumn, figure(r.report.cell(QStringLiteral("t3.total.total"))));
    sum->setText(ErrorsColumn, QString::number(ReportChecker::count(r.findings, Severity::Error)));
    sum->setText(WarningsColumn, QString::number(ReportChecker::count(r.findings, Severity::Warning)));
    QFont bold = sum->font(AgencyColumn);
    bold.setBold(true);
    for (int c = AgencyColumn; c <= NoteColumn; ++c)
        sum->setFont(c, bold);
    // The agencies below, nested as the tree is.
    QVector<QTreeWidgetItem *> parents{sum};
    int missing = 0, unsigned_ = 0, failing = 0;
    for (const RollUp::Child &c : r.children) {
        parents.resize(c.depth);
        auto *item = new QTreeWidgetItem(parents.constLast());
        parents.append(item);
        item->setData(AgencyColumn, AgencyRole, c.agency);
        item->setText(AgencyColumn, c.agency);
        item->setText(StateColumn, RollUp::stateName(c));
        if (c.present) {
            item->setText(ReceivedColumn, figure(c.received));
            item->setText(ConcludedColumn, figure(c.concluded));
            item->setText(ErrorsColumn, QString::number(c.errors));
            item->setText(WarningsColumn, QString::number(c.warnings));
        }
        item->setText(NoteColumn, c.note);
        for (int col : {ReceivedColumn, ConcludedColumn, ErrorsColumn, WarningsColumn})
            item->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
        if (c.errors > 0 || (c.expected && !c.present))
            item->setForeground(NoteColumn, QColor(0xb0, 0x00, 0x20));
        missing += c.expected && !c.present;
        unsigned_ += c.present && c.signedBy.isEmpty();
        failing += c.errors > 0;
    }
    for (int col : {ReceivedColumn, ConcludedColumn, ErrorsColumn, WarningsColumn})
        sum->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
    m_tree->expandAll();
    m_summary->setText(tr("%1 %2 年：汇总 %3 份报告；缺报告 %4 个机关，未签发 %5 份，检查有错误 %6 份。合计按同样的规则检查：%7 个错误、%8 个警告。")
                           .arg(r.report.agency)
                           .arg(m_year->value())
                           .arg(r.summed)
                           .arg(missing)
                           .arg(unsigned_)
                           .arg(failing)
                           .arg(ReportChecker::count(r.findings, Severity::Error))
                           .arg(ReportChecker::count(r.findings, Severity::Warning)));
    m_export->setEnabled(r.summed > 0);
}

bool RollUpDialog::importTree(const QString &path, QString *error)
{
    if (OfficeAdmin::importTree(m_store, path, error) < 0)
        return false;
    fillRegions(QString());
    return true;
}

void RollUpDialog::importTreeDialog()
{
    const QString path = FileDialogs::open(this, QStringLiteral("agencies"), tr("导入机关层级"), tr("机关层级 (*.csv);;所有文件 (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!importTree(path, &error))
        QMessageBox::warning(this, tr("导入机关层级"), error);
}

void RollUpDialog::chooseParent()
{
    // The selected agency (or the one to pick), then its parent among the others.
    QStringList names = m_store.agencies();
    if (names.isEmpty())
        return;
    const QTreeWidgetItem *current = m_tree->currentItem();
    QString agency = current ? current->data(AgencyColumn, AgencyRole).toString() : QString();
    bool ok = false;
    if (agency.isEmpty()) {
        agency = QInputDialog::getItem(this, tr("设置上级机关"), tr("机关："), names, 0, false, &ok);
        if (!ok)
            return;
    }
    QHash<QString, QString> parent;
    for (const auto &n : m_store.agencyTree())
        parent.insert(n.name, n.parent);
    names.removeAll(agency);
    names.prepend(tr("（无上级机关）"));
    const int at = qMax(0, int(names.indexOf(parent.value(agency))));
    const QString chosen = QInputDialog::getItem(this, tr("设置上级机关"), tr("“%1”的上级机关：").arg(agency), names, at, false, &ok);
    if (!ok)
        return;
    QString error;
    if (!OfficeAdmin::setParent(m_store, agency, chosen == names.constFirst() ? QString() : chosen, &error)) {
        QMessageBox::warning(this, tr("设置上级机关"), error);
        return;
    }
    fillRegions(QString());
}

bool RollUpDialog::exportSum(const QString &path, QString *error) const
{
    if (!m_result) {
        *error = tr("没有可导出的汇总");
        return false;
    }
    return ReportExport::write(m_result->report, m_registry, path, ReportExport::Options(), error);
}

bool RollUpDialog::exportDashboard(const QString &path, QString *error) const
{
    if (!m_result) {
        *error = tr("没有可导出的一览");
        return false;
    }
    return ReportExport::writeDashboard(OfficeDashboard::from(*m_result, m_year->value()), path, error);
}

void RollUpDialog::exportDashboardDialog()
{
    if (!m_result)
        return;
    const QString path = FileDialogs::save(this, QStringLiteral("export"), tr("导出一览"), tr("%1%2年度报告一览.csv").arg(m_result->report.agency).arg(m_year->value()),
                                           tr("CSV 表格 (*.csv);;PDF (*.pdf);;网页 (*.html)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportDashboard(path, &error))
        QMessageBox::warning(this, tr("导出一览"), error);
}

void RollUpDialog::exportDialog()
{
    if (!m_result)
        return;
    const QString path = FileDialogs::save(this, QStringLiteral("export"), tr("导出汇总"), tr("%1%2年度汇总.pdf").arg(m_result->report.agency).arg(m_year->value()),
                                                      tr("PDF (*.pdf);;Word 文档 (*.docx);;ODT 文档 (*.odt);;网页 (*.html);;报告 JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportSum(path, &error))
        QMessageBox::warning(this, tr("导出汇总"), error);
}
