#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;
class ReportStore;

// 文件 ▸ 机关与账号: an office's administrator's view of its server — the agency tree, and for each agency who writes
// its reports and who reviews it (its own reviewers and those of the regions above); every account with what it may
// do; new clerks and reviewers with their passwords, rights granted and taken back, passwords reset, accounts
// removed — without SQL (OfficeAdmin; the database checks that the login administers the office).
class OfficeDialog : public QDialog
{
    Q_OBJECT
public:
    OfficeDialog(ReportStore &store, QWidget *parent = nullptr);

    QTreeWidget *agencies() const { return m_agencies; }
    QTreeWidget *accounts() const { return m_accounts; }
    QLabel *message() const { return m_message; }
    // Reads the tree and the accounts again; false (the reason shown) when the store refuses.
    bool refresh();
    // What the buttons do, for keyboard and tests alike: false with the reason shown.
    bool addAccount(const QString &kind, const QString &name, const QString &password, const QStringList &agencies);
    bool setRight(const QString &name, const QString &right, const QString &agency, bool granted);
    bool removeAccount(const QString &name);

private:
    QString selectedAgency() const;
    QString selectedAccount() const;
    void showAgency();
    void newAccount(const QString &kind);
    void grantOrRevoke(bool granted);
    void resetPassword();
    void removeSelected();
    bool done(bool ok, const QString &error);

    ReportStore &m_store;
    QTreeWidget *m_agencies;
    QTreeWidget *m_accounts;
    QLabel *m_who;
    QLabel *m_message;
    QList<QPushButton *> m_buttons;
};
