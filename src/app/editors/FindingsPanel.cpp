#include "FindingsPanel.h"

#include "FindingsModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_view(new QTreeView(this))
    , m_filter(new QComboBox(this))
    , m_fix(new QPushButton(tr("应用修正(&Y)"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *head = new QHBoxLayout;
    auto *label = new QLabel(tr("检查结果(&C)"), this);
    label->setBuddy(m_view);
    head->addWidget(label);
    head->addStretch(1);
    m_filter->addItem(tr("全部"), int(FindingsModel::Filter::All));
    m_filter->addItem(tr("仅错误"), int(FindingsModel::Filter::Errors));
    m_filter->addItem(tr("仅警告"), int(FindingsModel::Filter::Warnings));
    m_filter->setToolTip(tr("检查结果中显示哪些问题"));
    head->addWidget(m_filter);
    layout->addLayout(head);
    m_model->setIcons(style()->standardIcon(QStyle::SP_MessageBoxCritical), style()->standardIcon(QStyle::SP_MessageBoxWarning),
                      style()->standardIcon(QStyle::SP_MessageBoxInformation));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setWordWrap(true);
    m_view->setUniformRowHeights(false);
    m_view->setExpandsOnDoubleClick(false); // a double-click jumps; the arrow or → expands
    layout->addWidget(m_view, 1);
    layout->addWidget(m_fix, 0, Qt::AlignLeft);
    connect(m_filter, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_model->setFilter(FindingsModel::Filter(m_filter->currentData().toInt()));
        emit currentChanged();
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &i) {
        if (const Finding *f = m_model->finding(i))
            emit jumpRequested(*f, i.data(FindingsModel::AnchorRole).toString());
        else
            emit jumpRequested(Finding(), i.data(FindingsModel::AnchorRole).toString());
    });
    connect(m_fix, &QPushButton::clicked, this, &FindingsPanel::fixRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &FindingsPanel::currentChanged);
}

void FindingsPanel::setDocument(ReportDocument *document)
{
    m_model->setDocument(document);
}

const Finding *FindingsPanel::current() const
{
    return m_model->finding(m_view->currentIndex());
}

void FindingsPanel::setFixable(bool fixable, const QString &why)
{
    m_fix->setEnabled(fixable);
    m_fix->setToolTip(fixable ? m_view->currentIndex().data(Qt::DisplayRole).toString() : why);
}
