#include "OfficeDialog.h"

#include "OfficeAdmin.h"
#include "ReportStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { NameColumn, KindColumn, WritesColumn, ReviewsColumn };

QString kindName(const QString &kind)
{
    return kind == QLatin1String("clerk") ? OfficeDialog::tr("填报人") : kind == QLatin1String("reviewer") ? OfficeDialog::tr("审核人") : OfficeDialog::tr("管理员");
}

// A password typed twice, hidden; nullopt when cancelled. Asked again while the two differ or it is too short.
std::optional<QString> askPassword(QWidget *parent, const QString &account)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(OfficeDialog::tr("%1 的口令").arg(account));
    auto *first = new QLineEdit(&dialog);
    auto *second = new QLineEdit(&dialog);
    for (QLineEdit *e : {first, second})
        e->setEchoMode(QLineEdit::Password);
    auto *why = new QLabel(&dialog);
    why->setWordWrap(true);
    auto *form = new QFormLayout(&dialog);
    form->addRow(OfficeDialog::tr("口令(&P)："), first);
    form->addRow(OfficeDialog::tr("再输入一遍(&A)："), second);
    form->addRow(why);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (first->text().size() < 8)
            why->setText(OfficeDialog::tr("口令太短：至少 8 个字符"));
        else if (first->text() != second->text())
            why->setText(OfficeDialog::tr("两次输入的口令不一致"));
        else
            dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return first->text();
}

} // namespace

OfficeDialog::OfficeDialog(ReportStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_agencies(new QTreeWidget(this))
    , m_accounts(new QTreeWidget(this))
    , m_who(new QLabel(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("机关与账号"));
    m_agencies->setHeaderLabels({tr("机关")});
    m_accounts->setHeaderLabels({tr("账号"), tr("身份"), tr("填报的机关"), tr("审核的地区")});
    m_accounts->setRootIsDecorated(false);
    m_accounts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (QLabel *l : {m_who, m_message})
        l->setWordWrap(true);
    auto *agencyLabel = new QLabel(tr("机关(&G)："), this);
    agencyLabel->setBuddy(m_agencies);
    auto *accountLabel = new QLabel(tr("账号(&C)："), this);
    accountLabel->setBuddy(m_accounts);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(agencyLabel);
    leftLayout->addWidget(m_agencies, 1);
    leftLayout->addWidget(m_who);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(accountLabel);
    rightLayout->addWidget(m_accounts, 1);
    auto *buttons = new QHBoxLayout;
    const auto button = [&](const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        m_buttons.append(b);
    };
    button(tr("新建填报人(&W)…"), [this] { newAccount(QStringLiteral("clerk")); });
    button(tr("新建审核人(&R)…"), [this] { newAccount(QStringLiteral("reviewer")); });
    button(tr("授予所选机关(&A)…"), [this] { grantOrRevoke(true); });
    button(tr("收回所选机关(&T)…"), [this] { grantOrRevoke(false); });
    button(tr("重设口令(&P)…"), [this] { resetPassword(); });
    button(tr("取消账号(&X)…"), [this] { removeSelected(); });
    rightLayout->addLayout(buttons);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("填报人填报所列机关的报告；审核人审核所列机关及其下级机关的报告（包括草稿），但不审核自己填报的报告。"
                                    "这些规则由数据库服务器自己执行，在程序之外也一样。"),
                                 this));
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);
    connect(m_agencies, &QTreeWidget::currentItemChanged, this, &OfficeDialog::showAgency);
    resize(900, 520);
    refresh();
}

bool OfficeDialog::done(bool ok, const QString &error)
{
    m_message->setText(ok ? QString() : error);
    if (ok)
        refresh();
    return ok;
}

bool OfficeDialog::refresh()
{
    const QString agency = selectedAgency();
    const QString account = selectedAccount();
    const auto accounts = m_store.accounts();
    if (!accounts) {
        m_message->setText(m_store.lastError());
        for (QPushButton *b : qAsConst(m_buttons))
            b->setEnabled(false);
        return false;
    }
    // The tree as it reads, each agency under its parent.
    m_agencies->clear();
    QHash<QString, QTreeWidgetItem *> items;
    const auto tree = m_store.agencyTree();
    for (const auto &n : tree)
        items.insert(n.name, new QTreeWidgetItem(QStringList{n.name}));
    for (const auto &n : tree) {
        QTreeWidgetItem *parent = n.parent.isEmpty() ? nullptr : items.value(n.parent);
        if (parent)
            parent->addChild(items.value(n.name));
        else
            m_agencies->addTopLevelItem(items.value(n.name));
    }
    m_agencies->expandAll();
    if (QTreeWidgetItem *again = items.value(agency))
        m_agencies->setCurrentItem(again);
    m_accounts->clear();
    for (const ReportStore::Account &a : *accounts) {
        QStringList kinds;
        for (const QString &k : a.kinds)
            kinds << kindName(k);
        auto *item = new QTreeWidgetItem(QStringList{a.name, kinds.join(QStringLiteral("、")), a.writes.join(QStringLiteral("、")), a.reviews.join(QStringLiteral("、"))});
        if (!a.canLogin)
            item->setToolTip(NameColumn, tr("不能登录"));
        m_accounts->addTopLevelItem(item);
        if (a.name == account)
            m_accounts->setCurrentItem(item);
    }
    showAgency();
    return true;
}

QString OfficeDialog::selectedAgency() const
{
    return m_agencies->currentItem() ? m_agencies->currentItem()->text(0) : QString();
}

QString OfficeDialog::selectedAccount() const
{
    return m_accounts->currentItem() ? m_accounts->currentItem()->text(NameColumn) : QString();
}

void OfficeDialog::showAgency()
{
    const QString agency = selectedAgency();
    if (agency.isEmpty()) {
        m_who->clear();
        return;
    }
    // Its reviewers are those named for it or for a region above it.
    QStringList above{agency};
    QHash<QString, QString> parent;
    for (const auto &n : m_store.agencyTree())
        parent.insert(n.name, n.parent);
    for (QString at = parent.value(agency); !at.isEmpty() && !above.contains(at); at = parent.value(at))
        above.append(at);
    QStringList writers, reviewers;
    for (int i = 0; i < m_accounts->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *a = m_accounts->topLevelItem(i);
        if (a->text(WritesColumn).split(QStringLiteral("、")).contains(agency))
            writers << a->text(NameColumn);
        for (const QString &region : a->text(ReviewsColumn).split(QStringLiteral("、"), Qt::SkipEmptyParts))
            if (above.contains(region))
                reviewers << a->text(NameColumn);
    }
    m_who->setText(tr("%1\n填报：%2\n审核：%3").arg(agency, writers.isEmpty() ? tr("（无）") : writers.join(QStringLiteral("、")),
                                                 reviewers.isEmpty() ? tr("（无）") : reviewers.join(QStringLiteral("、"))));
}

bool OfficeDialog::addAccount(const QString &kind, const QString &name, const QString &password, const QStringList &agencies)
{
    QString error;
    return done(OfficeAdmin::addAccount(m_store, kind, name, password, agencies, &error), error);
}

bool OfficeDialog::setRight(const QString &name, const QString &right, const QString &agency, bool granted)
{
    QString error;
    return done(OfficeAdmin::setRights(m_store, name, right, {agency}, granted, &error), error);
}

bool OfficeDialog::removeAccount(const QString &name)
{
    QString error;
    return done(OfficeAdmin::removeAccount(m_store, name, &error), error);
}

void OfficeDialog::newAccount(const QString &kind)
{
    const QString agency = selectedAgency();
    if (agency.isEmpty()) {
        m_message->setText(kind == QLatin1String("clerk") ? tr("请先在左边选择这个填报人填报的机关") : tr("请先在左边选择这个审核人审核的地区"));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, kind == QLatin1String("clerk") ? tr("新建填报人") : tr("新建审核人"),
                                               tr("账号名（字母、数字、下划线，%1）：").arg(kind == QLatin1String("clerk") ? tr("填报“%1”").arg(agency)
                                                                                                                  : tr("审核“%1”及其下级").arg(agency)),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    const auto password = askPassword(this, name);
    if (password)
        addAccount(kind, name, *password, {agency});
}

void OfficeDialog::grantOrRevoke(bool granted)
{
    const QString agency = selectedAgency();
    const QString account = selectedAccount();
    if (agency.isEmpty() || account.isEmpty()) {
        m_message->setText(tr("请先选择一个机关和一个账号"));
        return;
    }
    const QStringList rights{tr("填报这个机关的报告"), tr("审核这个机关及其下级的报告")};
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, granted ? tr("授予") : tr("收回"), tr("%1：%2“%3”的").arg(account, granted ? tr("授予") : tr("收回"), agency),
                                                 rights, 0, false, &ok);
    if (ok)
        setRight(account, chosen == rights.constFirst() ? QStringLiteral("write") : QStringLiteral("review"), agency, granted);
}

void OfficeDialog::resetPassword()
{
    const QString account = selectedAccount();
    if (account.isEmpty()) {
        m_message->setText(tr("请先选择一个账号"));
        return;
    }
    const auto password = askPassword(this, account);
    if (!password)
        return;
    // The account keeps its group; only its password changes.
    const QStringList kinds = m_accounts->currentItem()->text(KindColumn).split(QStringLiteral("、"));
    const QString kind = kinds.contains(kindName(QStringLiteral("admin"))) ? QStringLiteral("admin")
        : kinds.contains(kindName(QStringLiteral("reviewer")))             ? QStringLiteral("reviewer")
                                                                           : QStringLiteral("clerk");
    done(m_store.addAccount(account, *password, kind), m_store.lastError());
}

void OfficeDialog::removeSelected()
{
    const QString account = selectedAccount();
    if (account.isEmpty()) {
        m_message->setText(tr("请先选择一个账号"));
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("取消账号"), tr("取消 %1 在这个数据库中的全部权限？\n它的审核与签发记录保留。").arg(account),
                    QMessageBox::Yes | QMessageBox::No, this);
    ask.setDefaultButton(QMessageBox::No);
    if (ask.exec() == QMessageBox::Yes)
        removeAccount(account);
}
