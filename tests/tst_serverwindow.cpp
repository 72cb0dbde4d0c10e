// The window on an office's shared PostgreSQL database (issue #13), on the throwaway server tests/pg_server.sh
// starts: connected through 文件 ▸ 连接数据库服务器…, remembered without a password for the next start, and learning
// within its poll what another clerk changed — another cell merged beside its own edit.
#include "ConnectDialog.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "ReportDocument.h"
#include "ReportStore.h"
#include "UiLanguage.h"
#include "Workspace.h"

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

    auto workspace = std::make_unique<Workspace>(m_registry);
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
    workspace = std::make_unique<Workspace>(m_registry);
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

QTEST_MAIN(tst_ServerWindow)
#include "tst_serverwindow.moc"
