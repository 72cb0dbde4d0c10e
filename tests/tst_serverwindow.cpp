// The window on an office's shared PostgreSQL database, on the throwaway server tests/pg_server.sh
// starts: connected through 文件 ▸ 连接数据库服务器…, remembered without a password for the next start, and learning
// within its poll what another clerk changed — another cell merged beside its own edit.
#include "ConnectDialog.h"
#include "DetailsForm.h"
#include "OfficeDialog.h"
#include "ReportTableView.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "ReportDocument.h"
#include "ReportStore.h"
#include "UiLanguage.h"
#include "WindowHost.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

class tst_ServerWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void connectEditAndSeeAnotherClerk();
    void clerkAndReviewerWindows();
    void administratorsDialog();

private:
    FormatRegistry m_registry;
};

void tst_ServerWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QStringLiteral("disclosure-report"), QStringLiteral("disclosure-report")).clear();
    Preferences().setLanguageChoice(QStringLiteral("zh_CN"));
    UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    QVERIFY2(!qEnvironmentVariable("DR_TEST_POSTGRES").isEmpty(), "needs the server tests/pg_server.sh starts (ctest runs it)");
}

void tst_ServerWindow::connectEditAndSeeAnotherClerk()
{
    const QString owner = TestSupport::newPostgresDatabase(QStringLiteral("server_window"));
    QVERIFY(!owner.isEmpty());
    const Report report = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    QString error;
    {
        auto admin = ReportStore::open(m_registry, owner, &error); // the office's administrator sets up the agency
        QVERIFY2(admin, qPrintable(error));
        QVERIFY(admin->setAgencyParents({{report.agency, QString()}}));
    }
    // Two clerks of the agency, neither a superuser: this window's, whose login needs a password libpq cannot find
    // (no ~/.pgpass, no PGPASSWORD), and another clerk's program on the same server.
    qunsetenv("PGPASSWORD");
    QVERIFY(!TestSupport::officeAccount(owner, QStringLiteral("dr_password"), QStringLiteral("clerk"), QStringLiteral("write"), {report.agency},
                                        QStringLiteral("secret-pw"))
                 .isEmpty());
    const QString database = TestSupport::officeAccount(owner, QStringLiteral("dr_other"), QStringLiteral("clerk"), QStringLiteral("write"), {report.agency});
    auto other = ReportStore::open(m_registry, database, &error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY(other->save({report}, false));

    auto workspace = std::make_unique<WindowHost>(m_registry);
    QVERIFY2(workspace->start(QString(), &error), qPrintable(error)); // the embedded default first
    MainWindow *w = workspace->window();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QVERIFY(!w->windowTitle().contains(QStringLiteral("服务器")));


    // 文件 ▸ 连接数据库服务器…: server (here the socket folder), database, user; no password field.
    const QUrl url(database);
    bool filled = false;
    bool asked = false;
    TestSupport::whenModal<ConnectDialog>([&](ConnectDialog *dialog) {
        dialog->hostEdit()->setText(QUrlQuery(url).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded));
        dialog->databaseEdit()->clear();
        dialog->userEdit()->setText(QStringLiteral("dr_password"));
        dialog->accept(); // a field missing: the dialog stays, saying which
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("数据库")));
        QCOMPARE(QApplication::focusWidget(), dialog->databaseEdit());
        dialog->databaseEdit()->setText(url.path().mid(1));
        filled = true;
        // The server asks for a password: the window asks the clerk once.
        TestSupport::whenModal<QInputDialog>([&](QInputDialog *ask) {
            QCOMPARE(ask->textEchoMode(), QLineEdit::Password);
            QVERIFY(ask->labelText().contains(QStringLiteral("dr_password")));
            ask->setTextValue(QStringLiteral("secret-pw"));
            asked = true;
            ask->accept();
        });
        dialog->accept();
    });
    QAction *connect = TestSupport::menuAction(w->menuBar(), QStringLiteral("连接数据库服务器"));
    QVERIFY(connect);
    connect->trigger();
    QVERIFY(filled);
    QTRY_VERIFY(asked);
    QTRY_VERIFY(workspace->window() != w);
    w = workspace->window();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QVERIFY2(w->windowTitle().contains(QStringLiteral("server_window（服务器")), qPrintable(w->windowTitle()));
    QVERIFY(ReportStore::isServer(Preferences().database()));
    // Remembered without the password: not in the address, not anywhere in the settings file.
    QVERIFY(Preferences().database().contains(QStringLiteral("dr_password@")));
    QSettings settings(QStringLiteral("disclosure-report"), QStringLiteral("disclosure-report"));
    settings.sync();
    QVERIFY(!TestSupport::readFile(settings.fileName()).isEmpty());
    QVERIFY(!TestSupport::readFile(settings.fileName()).contains("secret-pw"));
    QVERIFY(Preferences().recentDatabases().contains(Preferences().database()));

    // The report another clerk put there, edited here; the other clerk edits another cell of it meanwhile.
    QVERIFY(w->openReport(report.agency, report.year));
    Report seen;
    QVERIFY(other->load(report.agency, report.year, &seen));
    QVERIFY(other->setCells(report.agency, report.year, {{"t3.new.natural", CellValue::integer(41)}}));
    w->document()->editCells({{QStringLiteral("t3.new.legal"), CellValue::integer(9)}}, QStringLiteral("test"));
    // Within the window's poll: both edits, in the window and on the server.
    QTRY_COMPARE_WITH_TIMEOUT(w->document()->report().cell(QStringLiteral("t3.new.natural")), CellValue::integer(41), 10000);
    QCOMPARE(w->document()->report().cell(QStringLiteral("t3.new.legal")), CellValue::integer(9));
    QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("已在别处修改")));
    Report stored;
    QVERIFY(other->load(report.agency, report.year, &stored));
    QCOMPARE(stored.cell(QStringLiteral("t3.new.natural")), CellValue::integer(41));
    QCOMPARE(stored.cell(QStringLiteral("t3.new.legal")), CellValue::integer(9));

    // The next start goes straight back to the server, and asks for the password again (it was never kept).
    workspace.reset();
    workspace = std::make_unique<WindowHost>(m_registry);
    asked = false;
    TestSupport::whenModal<QInputDialog>([&](QInputDialog *ask) {
        ask->setTextValue(QStringLiteral("secret-pw"));
        asked = true;
        ask->accept();
    });
    QVERIFY2(workspace->start(QString(), &error), qPrintable(error));
    QVERIFY(asked);
    QVERIFY(workspace->window()->windowTitle().contains(QStringLiteral("服务器")));
    QVERIFY(workspace->window()->openReport(report.agency, report.year));
}

// The review in two windows on the server, neither a superuser: the bureau's clerk submits and signs, the county's
// reviewer approves; each window offers only the steps its login may take (the others disabled with why), the
// database records the login beside the name typed, and a report under review cannot be edited in either window.
void tst_ServerWindow::clerkAndReviewerWindows()
{
    const QString owner = TestSupport::newPostgresDatabase(QStringLiteral("review_windows"));
    QVERIFY(!owner.isEmpty());
    Report report = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    QString error;
    {
        auto admin = ReportStore::open(m_registry, owner, &error);
        QVERIFY2(admin, qPrintable(error));
        QVERIFY(admin->setAgencyParents({{QStringLiteral("昌吉州人民政府"), QString()}, {report.agency, QStringLiteral("昌吉州人民政府")}}));
    }
    const QString clerkUrl = TestSupport::officeAccount(owner, QStringLiteral("kj_window_clerk"), QStringLiteral("clerk"), QStringLiteral("write"), {report.agency});
    const QString officeUrl = TestSupport::officeAccount(owner, QStringLiteral("zhou_office"), QStringLiteral("reviewer"), QStringLiteral("review"),
                                                         {QStringLiteral("昌吉州人民政府")});
    auto clerkStore = ReportStore::open(m_registry, clerkUrl, &error);
    auto officeStore = ReportStore::open(m_registry, officeUrl, &error);
    QVERIFY2(clerkStore && officeStore, qPrintable(error));
    QVERIFY(clerkStore->save({report}, false));
    MainWindow clerk(m_registry, std::move(clerkStore));
    MainWindow office(m_registry, std::move(officeStore));
    for (MainWindow *w : {&clerk, &office}) {
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QVERIFY(w->openReport(report.agency, report.year));
    }
    const auto action = [](MainWindow &w, const char *text) { return TestSupport::menuAction(w.menuBar(), QString::fromUtf8(text)); };
    // The clerk submits; approving is not the clerk's.
    QVERIFY(action(clerk, "提交审核")->isEnabled());
    QVERIFY(!action(clerk, "审核通过")->isEnabled());
    QVERIFY2(action(clerk, "审核通过")->toolTip().contains(QStringLiteral("不是这个机关的审核人")), qPrintable(action(clerk, "审核通过")->toolTip()));
    QVERIFY(!action(clerk, "机关与账号")->isEnabled());
    // Nor returning it, nor renaming its agency (the administrator's): disabled, saying why.
    QVERIFY(!action(clerk, "退回修改")->isEnabled());
    QVERIFY(!action(clerk, "重命名或合并机关")->isEnabled());
    QVERIFY2(action(clerk, "重命名或合并机关")->toolTip().contains(QStringLiteral("管理员")), qPrintable(action(clerk, "重命名或合并机关")->toolTip()));
    QVERIFY(!action(office, "重命名或合并机关")->isEnabled());
    // The reviewer may not submit or sign, nor edit a draft of the region.
    QVERIFY(!action(office, "提交审核")->isEnabled());
    QVERIFY2(action(office, "提交审核")->toolTip().contains(QStringLiteral("不填报")), qPrintable(action(office, "提交审核")->toolTip()));
    QVERIFY(!action(office, "签发")->isEnabled());
    action(clerk, "提交审核")->trigger();
    QCOMPARE(clerk.document()->reviewState(), QStringLiteral("submitted"));
    QVERIFY(clerk.document()->isReadOnly());
    // The reviewer's window learns of it, and offers 审核通过 and 退回修改.
    QTRY_COMPARE_WITH_TIMEOUT(office.document()->reviewState(), QStringLiteral("submitted"), 10000);
    QVERIFY(action(office, "审核通过")->isEnabled() && action(office, "退回修改")->isEnabled());
    // Under review: a cell typed in either window is refused, by the window before the database.
    QVERIFY(office.document()->isReadOnly());
    office.document()->editCells({{QStringLiteral("t3.new.natural"), CellValue::integer(99)}}, QStringLiteral("test"));
    action(office, "审核通过")->trigger();
    QCOMPARE(office.document()->reviewState(), QStringLiteral("approved"));
    // Back to the clerk: 签发 with the name printed; the database records the login beside it.
    QTRY_VERIFY_WITH_TIMEOUT(action(clerk, "签发")->isEnabled(), 10000);
    TestSupport::whenModal<QInputDialog>([](QInputDialog *ask) {
        ask->setTextValue(QStringLiteral("局长"));
        ask->accept();
    });
    action(clerk, "签发")->trigger();
    QVERIFY(clerk.document()->isSigned());
    const QString record = clerk.detailsForm()->signOffLabel()->text();
    for (const QString &line : {QStringLiteral("由 kj_window_clerk 提交审核"), QStringLiteral("由 zhou_office 审核通过"),
                                QStringLiteral("由 局长（登录名 kj_window_clerk） 签发")})
        QVERIFY2(record.contains(line), qPrintable(record));
    Report stored;
    auto check = ReportStore::open(m_registry, owner, &error);
    QVERIFY(check->load(report.agency, report.year, &stored));
    QCOMPARE(stored.cell(QStringLiteral("t3.new.natural")), report.cell(QStringLiteral("t3.new.natural")));
}

// 文件 ▸ 机关与账号 for the office's administrator: enabled for it alone; a new clerk made there can log in and write.
void tst_ServerWindow::administratorsDialog()
{
    const QString owner = TestSupport::newPostgresDatabase(QStringLiteral("admin_window"));
    QVERIFY(!owner.isEmpty());
    QString error;
    auto store = ReportStore::open(m_registry, owner, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->setAgencyParents({{QStringLiteral("某县人民政府"), QString()}, {QStringLiteral("某县教育局"), QStringLiteral("某县人民政府")}}));
    MainWindow w(m_registry, std::move(store));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QAction *office = TestSupport::menuAction(w.menuBar(), QStringLiteral("机关与账号"));
    QVERIFY(office && office->isEnabled());
    office->trigger();
    auto *dialog = w.findChild<OfficeDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->agencies()->topLevelItemCount(), 1);
    QCOMPARE(dialog->agencies()->topLevelItem(0)->child(0)->text(0), QStringLiteral("某县教育局"));
    QVERIFY2(dialog->addAccount(QStringLiteral("clerk"), QStringLiteral("jy_window_clerk"), QStringLiteral("window-password"), {QStringLiteral("某县教育局")}),
             qPrintable(dialog->message()->text()));
    QList<QTreeWidgetItem *> rows = dialog->accounts()->findItems(QStringLiteral("jy_window_clerk"), Qt::MatchExactly);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst()->text(2), QStringLiteral("某县教育局"));
    QVERIFY(!dialog->addAccount(QStringLiteral("clerk"), QStringLiteral("bad name"), QStringLiteral("window-password"), {QStringLiteral("某县教育局")}));
    QVERIFY2(dialog->message()->text().contains(QStringLiteral("账号名")), qPrintable(dialog->message()->text()));
    auto clerk = ReportStore::open(m_registry, TestSupport::asUser(owner, QStringLiteral("jy_window_clerk")), &error);
    QVERIFY2(clerk, qPrintable(error));
    QVERIFY(clerk->rights(QStringLiteral("某县教育局")).writes);
    QVERIFY(dialog->removeAccount(QStringLiteral("jy_window_clerk")));
    QVERIFY(dialog->accounts()->findItems(QStringLiteral("jy_window_clerk"), Qt::MatchExactly).isEmpty());
}

QTEST_MAIN(tst_ServerWindow)
#include "tst_serverwindow.moc"
