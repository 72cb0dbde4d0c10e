#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

// 连接数据库服务器: where an office's shared PostgreSQL database is (server, port, database, user). The password is not
// asked here: libpq finds it in ~/.pgpass or PGPASSWORD, or the window asks once when connecting, and it is never
// kept. OK with a field missing keeps the dialog open and says which.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    // `last`: an address used before (postgresql://…), to start from.
    explicit ConnectDialog(const QString &last, QWidget *parent = nullptr);
    // postgresql://USER@HOST:PORT/DATABASE (a host that is a folder becomes ?host=, as libpq reads a socket folder).
    QString address() const;

    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLabel *messageLabel() const { return m_message; }

    void accept() override;

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLabel *m_message;
};
