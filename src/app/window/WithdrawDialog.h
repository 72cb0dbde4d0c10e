#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

// 撤回签发: asks why (the reason goes on record). OK with an empty reason keeps the dialog open and says so,
// so nothing typed so far is lost.
class WithdrawDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WithdrawDialog(const QString &report, QWidget *parent = nullptr);
    QString reason() const;
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLabel *messageLabel() const { return m_message; }

    void accept() override;

private:
    QPlainTextEdit *m_reason;
    QLabel *m_message;
};
