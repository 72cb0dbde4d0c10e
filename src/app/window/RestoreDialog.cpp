#include "RestoreDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

RestoreDialog::RestoreDialog(const QVector<ReportStore::BackupFile> &backups, const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("从备份恢复"));
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(backups.isEmpty() ? tr("%1 中还没有这个数据库的备份。").arg(QDir::toNativeSeparators(folder))
                                              : tr("选择一个备份：数据库的内容将换成它的内容，当前的内容先另存为一个备份（可以再恢复回来）。"),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_list->setHeaderLabels({tr("写入时间"), tr("报告"), tr("文件")});
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    for (const auto &b : backups) {
        QStringList reports;
        for (const auto &e : b.reports)
            reports.append(tr("%1 %2 年").arg(e.agency).arg(e.year));
        auto *item = new QTreeWidgetItem(m_list, {QLocale().toString(b.written, QLocale::ShortFormat),
                                                  reports.isEmpty() ? tr("（没有报告）") : tr("%n 份：", nullptr, int(reports.size())) + reports.join(QStringLiteral("、")),
                                                  QFileInfo(b.path).fileName()});
        item->setData(0, Qt::UserRole, b.path);
        item->setToolTip(1, reports.join(QLatin1Char('\n')));
        item->setToolTip(2, QDir::toNativeSeparators(b.path));
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->setCurrentItem(m_list->topLevelItem(0));
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *restore = buttons->addButton(tr("恢复(&R)"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(!backups.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemActivated, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(720, 360);
}

QString RestoreDialog::chosen() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
}
