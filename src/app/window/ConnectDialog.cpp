#include "ConnectDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

ConnectDialog::ConnectDialog(const QString &last, QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("连接数据库服务器"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_host->setPlaceholderText(tr("例如 192.168.1.10 或 db.example.gov.cn"));
    m_database->setPlaceholderText(tr("例如 reports"));
    const QUrl url(last);
    if (!last.isEmpty() && url.isValid()) {
        const QString socket = QUrlQuery(url).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        m_host->setText(socket.isEmpty() ? url.host() : socket);
        if (url.port() > 0)
            m_port->setValue(url.port());
        m_database->setText(url.path().mid(1));
        m_user->setText(url.userName(QUrl::FullyDecoded));
    } else {
        m_host->setText(QStringLiteral("localhost"));
        m_user->setText(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    }

    auto *form = new QFormLayout;
    auto row = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field); // the mnemonic moves to the field, and the & is not printed
        form->addRow(label, field);
    };
    row(tr("服务器(&H)："), m_host);
    row(tr("端口(&P)："), m_port);
    row(tr("数据库(&D)："), m_database);
    row(tr("用户名(&U)："), m_user);
    auto *note = new QLabel(tr("口令取自 ~/.pgpass 或环境变量 PGPASSWORD；都没有时，连接时询问一次，本程序不保存口令。"
                               "服务器上的数据库由数据库管理员建立，每位办事员一个数据库用户（见 README）。"),
                            this);
    note->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("连接(&C)"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    (m_database->text().isEmpty() ? m_database : m_host)->setFocus();
}

QString ConnectDialog::address() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user->text().trimmed());
    const QString host = m_host->text().trimmed();
    if (host.startsWith(QLatin1Char('/'))) { // a socket folder on this machine
        url.setHost(QStringLiteral("localhost"));
        url.setQuery(QStringLiteral("host=") + QString::fromUtf8(QUrl::toPercentEncoding(host, "/")));
    } else {
        url.setHost(host);
        url.setPort(m_port->value());
    }
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    return url.toString();
}

void ConnectDialog::accept()
{
    QString missing;
    QLineEdit *first = nullptr;
    for (auto [edit, name] : {std::pair{m_host, tr("服务器")}, std::pair{m_database, tr("数据库")}, std::pair{m_user, tr("用户名")}})
        if (edit->text().trimmed().isEmpty()) {
            missing += (missing.isEmpty() ? QString() : tr("、")) + name;
            if (!first)
                first = edit;
        }
    if (first) {
        m_message->setText(tr("请填写%1").arg(missing));
        m_message->show();
        first->setFocus();
        return;
    }
    QDialog::accept();
}
