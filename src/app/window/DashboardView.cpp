#include "DashboardView.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int OpensRole = Qt::UserRole + 1; // the agency a row opens (empty: no report)
constexpr int NumberRole = Qt::UserRole + 2;

// A cell that sorts by the number behind its text (a rate shown as "85.0%", a blank as lowest).
class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(const QString &text, const std::optional<double> &value)
        : QTableWidgetItem(text)
    {
        setData(NumberRole, value ? *value : -1e300);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override { return data(NumberRole).toDouble() < other.data(NumberRole).toDouble(); }
};

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSortingEnabled(true);
    return t;
}

} // namespace

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
    , m_states(new QLabel(this))
    , m_peers(new QLabel(this))
{
    QStringList headers{tr("机关"), tr("层级"), tr("状态"), tr("错误"), tr("警告")};
    for (int m = 0; m < OfficeDashboard::MeasureCount; ++m)
        headers << OfficeDashboard::measureName(OfficeDashboard::Measure(m)) << tr("同级中");
    m_agencies = table(headers, this);
    m_agencies->horizontalHeader()->setStretchLastSection(false);
    m_agencies->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_agencies->setToolTip(tr("点击列标题排序；双击一行打开该机关的报告。“同级中”是与同一层级各机关相比的位置（P25、P50、P75 为四分位数）"));
    m_moves = table({tr("机关"), tr("项目"), tr("上年"), tr("本年"), tr("变化")}, this);
    m_moves->horizontalHeader()->setStretchLastSection(false);
    m_moves->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_moves->setToolTip(tr("与本机关上年报告相比变化异常的数字（检查规则 cell.jump），变化大的在前；双击打开报告"));
    m_states->setWordWrap(true);
    m_peers->setWordWrap(true);
    m_peers->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *movesBox = new QWidget(this);
    auto *movesLayout = new QVBoxLayout(movesBox);
    movesLayout->setContentsMargins(0, 0, 0, 0);
    movesLayout->addWidget(new QLabel(tr("与上年相比变化最大的数字："), movesBox));
    movesLayout->addWidget(m_moves);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_agencies);
    split->addWidget(movesBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_states);
    layout->addWidget(split, 1);
    layout->addWidget(m_peers);

    for (QTableWidget *t : {m_agencies, m_moves}) {
        auto open = [this, t](int row) {
            if (const QTableWidgetItem *item = t->item(row, 0); item && !item->data(OpensRole).toString().isEmpty())
                emit openRequested(item->data(OpensRole).toString());
        };
        connect(t, &QTableWidget::cellDoubleClicked, this, open);
        connect(t, &QTableWidget::cellActivated, this, open);
    }
}

void DashboardView::clear(const QString &why)
{
    m_agencies->setRowCount(0);
    m_moves->setRowCount(0);
    m_states->setText(why);
    m_peers->clear();
}

void DashboardView::setDashboard(const OfficeDashboard &d)
{
    m_states->setText(tr("%1%2年：%3").arg(d.region).arg(d.year).arg(d.stepsLine()));

    m_agencies->setSortingEnabled(false); // rows filled in place, then sorted once
    m_agencies->setRowCount(int(d.rows.size()));
    for (int i = 0; i < d.rows.size(); ++i) {
        const OfficeDashboard::Row &r = d.rows.at(i);
        auto *name = new QTableWidgetItem(r.agency);
        name->setData(OpensRole, r.present ? r.agency : QString());
        m_agencies->setItem(i, 0, name);
        m_agencies->setItem(i, 1, new NumberItem(QString::number(r.depth), double(r.depth)));
        auto *state = new QTableWidgetItem(r.state);
        if (!r.present)
            state->setForeground(QColor(0xb0, 0x00, 0x20));
        m_agencies->setItem(i, 2, state);
        m_agencies->setItem(i, 3, new NumberItem(r.present ? QString::number(r.errors) : QString(), r.present ? std::optional<double>(r.errors) : std::nullopt));
        m_agencies->setItem(i, 4, new NumberItem(r.present ? QString::number(r.warnings) : QString(), r.present ? std::optional<double>(r.warnings) : std::nullopt));
        if (r.errors > 0)
            m_agencies->item(i, 3)->setForeground(QColor(0xb0, 0x00, 0x20));
        for (int m = 0; m < OfficeDashboard::MeasureCount; ++m) {
            const auto measure = OfficeDashboard::Measure(m);
            m_agencies->setItem(i, 5 + 2 * m, new NumberItem(OfficeDashboard::format(measure, r.measures[m]), r.measures[m]));
            m_agencies->setItem(i, 6 + 2 * m, new QTableWidgetItem(d.position(r, measure)));
        }
    }
    m_agencies->setSortingEnabled(true);

    m_moves->setSortingEnabled(false);
    m_moves->setRowCount(int(d.moves.size()));
    for (int i = 0; i < d.moves.size(); ++i) {
        const OfficeDashboard::Move &m = d.moves.at(i);
        auto *name = new QTableWidgetItem(m.agency);
        name->setData(OpensRole, m.agency);
        m_moves->setItem(i, 0, name);
        m_moves->setItem(i, 1, new QTableWidgetItem(m.name));
        m_moves->setItem(i, 2, new NumberItem(QString::number(m.before), double(m.before)));
        m_moves->setItem(i, 3, new NumberItem(QString::number(m.now), double(m.now)));
        m_moves->setItem(i, 4, new NumberItem(QStringLiteral("%1%2").arg(m.now >= m.before ? QStringLiteral("+") : QString()).arg(m.now - m.before), m.size()));
    }
    m_moves->setSortingEnabled(true);
    m_moves->sortItems(4, Qt::DescendingOrder);

    // The quartiles each level's positions are read against.
    QStringList lines;
    for (int depth : d.levels())
        lines.append(d.peersLine(depth));
    m_peers->setText(lines.join(QLatin1Char('\n')));
}
