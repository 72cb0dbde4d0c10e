#include "WithdrawDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

WithdrawDialog::WithdrawDialog(const QString &report, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("撤回签发"));
    auto *label = new QLabel(tr("撤回 %1 的签发。撤回的原因（将记录在案）(&R)：").arg(report), this);
    label->setWordWrap(true);
    label->setBuddy(m_reason);
    m_reason->setTabChangesFocus(true);
    m_message->setObjectName(QStringLiteral("withdrawMessage"));
    m_message->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: bold;"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("撤回签发(&W)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WithdrawDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, m_message, &QWidget::hide);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(460, 240);
}

QString WithdrawDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void WithdrawDialog::accept()
{
    if (reason().isEmpty()) {
        m_message->setText(tr("请写明撤回签发的原因：它将和撤回人、时间一起记录在案。"));
        m_message->show();
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}
