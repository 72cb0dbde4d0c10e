// An open window on an office's server while others change the report and the server goes away: on a server of the
// test's own (tests/pg_server.sh, stopped and started again by the test), a clerk's window that is no superuser, and
// another clerk writing through psql (not the program's store).
#include "DetailsForm.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "ReportDocument.h"
#include "ReportStore.h"
#include "ReportTableModel.h"
#include "ReportTableView.h"
#include "UiLanguage.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>
#include <QUrl>
#include <QUrlQuery>

class tst_LiveServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void changeThroughSqlShownWithinASecond();
    void undoAfterAnotherChangedAnotherCell();
    void staleUndoRefused();
    void serverRestartedUnderTheWindow();

private:
    // Another clerk's statement on the server, through a connection of its own.
    bool otherWrites(const QString &sql, const QVariantList &args = {});
    QVariant stored(const QString &key);
    void typeInto(const QString &key, const QString &text);
    bool server(const char *action);

    FormatRegistry m_registry;
    Report m_report;
    QString m_owner;
    QString m_other; // the other clerk's address
    std::unique_ptr<MainWindow> m_window;
    ReportDocument *document() const { return m_window->document(); }
};

void tst_LiveServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings(QStringLiteral("disclosure-report"), QStringLiteral("disclosure-report")).clear();
    Preferences().setLanguageChoice(QStringLiteral("zh_CN"));
    UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    QVERIFY2(!qEnvironmentVariable("DR_TEST_PG_DIR").isEmpty(), "needs the server ctest starts (postgres_live)");
    m_report = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
}

void tst_LiveServer::init()
{
    // A database per test function: what one leaves does not reach the next.
    m_owner = TestSupport::newPostgresDatabase(QString::fromLatin1(QTest::currentTestFunction()).toLower());
    QVERIFY(!m_owner.isEmpty());
    QString error;
    {
        auto admin = ReportStore::open(m_registry, m_owner, &error);
        QVERIFY2(admin, qPrintable(error));
        QVERIFY(admin->setAgencyParents({{m_report.agency, QString()}}));
    }
    const QString mine = TestSupport::officeAccount(m_owner, QStringLiteral("dr_live_clerk"), QStringLiteral("clerk"), QStringLiteral("write"), {m_report.agency});
    m_other = TestSupport::officeAccount(m_owner, QStringLiteral("dr_live_other"), QStringLiteral("clerk"), QStringLiteral("write"), {m_report.agency});
    QVERIFY(!mine.isEmpty() && !m_other.isEmpty());
    auto store = ReportStore::open(m_registry, mine, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->save({m_report}, false));
    m_window = std::make_unique<MainWindow>(m_registry, std::move(store));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openReport(m_report.agency, m_report.year));
}

void tst_LiveServer::cleanup()
{
    m_window.reset();
}

bool tst_LiveServer::otherWrites(const QString &sql, const QVariantList &args)
{
    // psql itself, as the other clerk: its variables :v1, :v2 … (quoted as :'v1') stand for the values.
    const QUrl url(m_other);
    QStringList arguments{QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                          QUrlQuery(url).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded), QStringLiteral("-U"), url.userName(),
                          QStringLiteral("-d"), url.path().mid(1)};
    for (int i = 0; i < args.size(); ++i)
        arguments << QStringLiteral("-v") << QStringLiteral("v%1=%2").arg(i + 1).arg(args.at(i).toString());
    QProcess psql;
    psql.start(QStandardPaths::findExecutable(QStringLiteral("psql")), arguments << QStringLiteral("-f") << QStringLiteral("-"));
    psql.write(sql.toUtf8());
    psql.closeWriteChannel();
    if (!psql.waitForFinished(30000) || psql.exitCode() != 0) {
        qWarning("psql: %s", psql.readAllStandardError().constData());
        return false;
    }
    return true;
}

QVariant tst_LiveServer::stored(const QString &key)
{
    return TestSupport::querySql(m_owner, QStringLiteral("SELECT int_value FROM cell c JOIN report r ON r.id = c.report_id WHERE r.year = ? AND c.key = ?"),
                                 {m_report.year, key});
}

void tst_LiveServer::typeInto(const QString &key, const QString &text)
{
    QApplication::setActiveWindow(m_window.get()); // after a box, as the clerk's click on the window would
    ReportTableView *view = TestSupport::showTable(m_window.get(), key.section(QLatin1Char('.'), 0, 0));
    TestSupport::clickCell(view, key);
    QTest::keyClicks(view, text.left(1)); // opens the cell's editor with the keystroke
    QWidget *editor = QApplication::focusWidget();
    QVERIFY2(editor && view->isAncestorOf(editor), editor ? editor->metaObject()->className() : "none");
    QTest::keyClicks(editor, text.mid(1));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // Qt's delegate commits on Enter a moment later
}

bool tst_LiveServer::server(const char *action)
{
    const int rc = QProcess::execute(QStringLiteral("sh"), {qEnvironmentVariable("DR_TEST_PG_SERVER"), QString::fromLatin1(action), qEnvironmentVariable("DR_TEST_PG_DIR")});
    return rc == 0;
}

static const char *const setNatural = "UPDATE cell SET int_value = :v1 WHERE key = :'v2' AND report_id = (SELECT id FROM report WHERE year = :v3)";

// A cell changed through SQL (no revision, no notice of its own): the server stamps and announces it, and the open
// window shows it in its grid within a second, without a poll.
void tst_LiveServer::changeThroughSqlShownWithinASecond()
{
    ReportTableModel *t3 = TestSupport::showTable(m_window.get(), QStringLiteral("t3"))->reportModel();
    const QString key = QStringLiteral("t3.new.natural");
    QVERIFY(stored(key).toLongLong() != 4321);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(otherWrites(QString::fromLatin1(setNatural), {4321, key, m_report.year}));
    QTRY_COMPARE_WITH_TIMEOUT(t3->indexOfKey(key).data(Qt::EditRole).toString(), QStringLiteral("4321"), 1000);
    qInfo("a change through SQL shown in the window after %lld ms", clock.elapsed());
    QCOMPARE(document()->report().cell(key), CellValue::integer(4321));
    // Its total computed in the window, as the checks see it, and who did it said.
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("dr_live_other")), qPrintable(m_window->statusBar()->currentMessage()));
    // Not a reload: the clerk's undo history is still there.
    typeInto(QStringLiteral("t3.new.legal"), QStringLiteral("3"));
    QCOMPARE(stored(QStringLiteral("t3.new.legal")).toInt(), 3);
    QVERIFY(otherWrites(QString::fromLatin1(setNatural), {4322, key, m_report.year}));
    QTRY_COMPARE_WITH_TIMEOUT(document()->report().cell(key), CellValue::integer(4322), 1000);
    QVERIFY(document()->undoStack()->canUndo());
    // A report's own fields through SQL too.
    QVERIFY(otherWrites(QStringLiteral("UPDATE report SET contact_phone = '0994-1234567' WHERE year = :v1"), {m_report.year}));
    QTRY_COMPARE_WITH_TIMEOUT(document()->report().contact.phone.value_or(QString()), QStringLiteral("0994-1234567"), 1000);
}

// The clerk's edit, then another's of a different cell: undo takes back the clerk's own edit only.
void tst_LiveServer::undoAfterAnotherChangedAnotherCell()
{
    const QString mine = QStringLiteral("t3.new.legal");
    const QString theirs = QStringLiteral("t3.new.natural");
    const qlonglong before = stored(mine).toLongLong();
    typeInto(mine, QStringLiteral("17"));
    QCOMPARE(stored(mine).toInt(), 17);
    QVERIFY(otherWrites(QString::fromLatin1(setNatural), {555, theirs, m_report.year}));
    QTRY_COMPARE_WITH_TIMEOUT(document()->report().cell(theirs), CellValue::integer(555), 1000);
    QVERIFY(document()->undoStack()->canUndo());
    QTest::keyClick(TestSupport::showTable(m_window.get(), QStringLiteral("t3")), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(mine).toLongLong(), before);
    QCOMPARE(stored(theirs).toInt(), 555);
    QCOMPARE(document()->report().cell(mine), CellValue::integer(before));
    QCOMPARE(document()->report().cell(theirs), CellValue::integer(555));
    // The total over both: what the server holds, in the window.
    QCOMPARE(document()->report().cell(QStringLiteral("t3.new.total")).toString(),
             TestSupport::querySql(m_owner, QStringLiteral("SELECT int_value FROM cell WHERE key = 't3.new.total'")).toString());
    // And redo puts the clerk's edit back beside theirs.
    QTest::keyClick(TestSupport::showTable(m_window.get(), QStringLiteral("t3")), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(stored(mine).toInt(), 17);
    QCOMPARE(stored(theirs).toInt(), 555);
}

// Another changed the very cell the clerk edited: undo would overwrite their value, so it is refused with their name
// and value, and nothing is written.
void tst_LiveServer::staleUndoRefused()
{
    const QString key = QStringLiteral("t3.new.legal");
    typeInto(key, QStringLiteral("17"));
    QCOMPARE(stored(key).toInt(), 17);
    QVERIFY(otherWrites(QString::fromLatin1(setNatural), {99, key, m_report.year}));
    QTRY_COMPARE_WITH_TIMEOUT(document()->report().cell(key), CellValue::integer(99), 1000);
    QString said;
    connect(document(), &ReportDocument::storeFailed, this, [&said](const QString &message) { said = message; });
    QTest::keyClick(TestSupport::showTable(m_window.get(), QStringLiteral("t3")), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY2(said.contains(QStringLiteral("dr_live_other")) && said.contains(QStringLiteral("99")), qPrintable(said));
    QCOMPARE(stored(key).toInt(), 99);
    QCOMPARE(document()->report().cell(key), CellValue::integer(99));
    QVERIFY(!document()->undoStack()->canUndo()); // the step is gone, not waiting to overwrite later
    for (QMessageBox *box : m_window->findChildren<QMessageBox *>())
        box->close();
}

// The server stopped and started again under the open window: the window says so, keeps the report, refuses an edit
// while it is down and offers it again once back, reconnects by itself without asking for a password, and nothing
// acknowledged is lost.
void tst_LiveServer::serverRestartedUnderTheWindow()
{
    typeInto(QStringLiteral("t3.new.legal"), QStringLiteral("11"));
    QCOMPARE(stored(QStringLiteral("t3.new.legal")).toInt(), 11); // acknowledged
    ReportDocument *open = document();
    auto *state = m_window->findChild<QLabel *>(QStringLiteral("connectionState"));
    QVERIFY(state && !state->isVisible());

    QVERIFY(server("pause"));
    QTRY_VERIFY_WITH_TIMEOUT(state->isVisible(), 8000);
    QVERIFY2(state->text().contains(QStringLiteral("断开")), qPrintable(state->text()));
    QVERIFY(!state->text().contains(QLatin1String("server")) && !state->text().contains(QLatin1String("connection")));
    QCOMPARE(document(), open); // the report stays open and readable
    QCOMPARE(document()->report().cell(QStringLiteral("t3.new.legal")), CellValue::integer(11));
    // An edit while it is down: refused, saying why, the value kept.
    typeInto(QStringLiteral("t3.new.commercial"), QStringLiteral("22"));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("连接已断开")), qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(m_window->findChildren<QMessageBox *>().isEmpty()); // a message, not a box per keystroke
    // A field of 基本信息 too: refused, and the number typed stays in its box.
    m_window->tabs()->setCurrentIndex(MainWindow::DetailsTab);
    QLineEdit *phone = m_window->detailsForm()->phoneEdit();
    phone->setFocus();
    phone->selectAll();
    QTest::keyClicks(phone, "0994-7654321");
    QTest::keyClick(phone, Qt::Key_Return);
    QCOMPARE(phone->text(), QStringLiteral("0994-7654321"));

    QVERIFY(server("resume"));
    QTRY_VERIFY_WITH_TIMEOUT(!state->isVisible(), 10000);
    QCOMPARE(document(), open);
    // Back: the edit made while it was down offered again, and saved when the clerk says so.
    QMessageBox *offer = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((offer = m_window->findChild<QMessageBox *>(QStringLiteral("unsavedEdits"))) != nullptr, 3000);
    QVERIFY2(offer->text().contains(QStringLiteral("22")) && offer->text().contains(QStringLiteral("基本信息")), qPrintable(offer->text()));
    offer->button(QMessageBox::Save)->click();
    QTRY_COMPARE(stored(QStringLiteral("t3.new.commercial")).toInt(), 22);
    QCOMPARE(TestSupport::querySql(m_owner, QStringLiteral("SELECT contact_phone FROM report WHERE year = ?"), {m_report.year}).toString(),
             QStringLiteral("0994-7654321"));
    // Saved now: the status no longer says the last change was not.
    QVERIFY2(m_window->statusLabel()->text().contains(QStringLiteral("全部修改已保存")), qPrintable(m_window->statusLabel()->text()));
    QCOMPARE(stored(QStringLiteral("t3.new.legal")).toInt(), 11);
    // Listening again: another's change after the restart reaches the window.
    QVERIFY(otherWrites(QString::fromLatin1(setNatural), {808, QStringLiteral("t3.new.natural"), m_report.year}));
    QTRY_COMPARE_WITH_TIMEOUT(document()->report().cell(QStringLiteral("t3.new.natural")), CellValue::integer(808), 1000);
    // And the clerk's next edit is saved as usual.
    typeInto(QStringLiteral("t3.new.legal"), QStringLiteral("12"));
    QCOMPARE(stored(QStringLiteral("t3.new.legal")).toInt(), 12);
}

QTEST_MAIN(tst_LiveServer)
#include "tst_liveserver.moc"
