// A new user's first hour, as the program starts it (WindowHost) and driven the way a clerk drives it:
// the start page of an empty database and its buttons, the example, another database file, the language switch,
// 帮助 and 设置, and the day's flow through menus, shortcuts and the dialogs' own widgets.
#include "SqlSchema.h"
#include "BuildInfo.h"
#include "CommandLine.h"
#include "FigureChart.h"
#include "FigureChartView.h"
#include "ExportActions.h"
#include "FindingsModel.h"
#include "FormatRegistry.h"
#include "ProseEdit.h"
#include "GuiTestSupport.h"
#include "HelpDialog.h"
#include "ImportReviewDialog.h"
#include "MainWindow.h"
#include "NewReportDialog.h"
#include "Preferences.h"
#include "ReportDocument.h"
#include "ReportJson.h"
#include "ReportTableModel.h"
#include "ReportTableView.h"
#include "RestoreDialog.h"
#include "SettingsDialog.h"
#include "SqliteReportStore.h"
#include "StartPage.h"
#include "UiLanguage.h"
#include "WithdrawDialog.h"
#include "YearOnYearDialog.h"
#include "WindowHost.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QUndoStack>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoGroup>

#include <functional>

#include <unistd.h>

namespace {

QPushButton *button(QWidget *dialog, const QString &text)
{
    for (QPushButton *b : dialog->findChildren<QPushButton *>())
        if (b->text().remove('&').startsWith(text))
            return b;
    return nullptr;
}

// Picks `path` in the Qt file dialog the way a clerk types a name and presses Enter.
void chooseFile(const QString &path)
{
    TestSupport::whenModal<QFileDialog>([path](QFileDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(path);
        QTest::keyClick(name, Qt::Key_Return);
    });
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

QStringList menuTitles(MainWindow *window)
{
    QStringList titles;
    for (QAction *a : window->menuBar()->actions())
        titles.append(a->text());
    return titles;
}

// Every menu of the window, submenus included, in menu-bar order.
void menus(MainWindow *window, QList<QMenu *> *out)
{
    std::function<void(QMenu *)> walk = [&](QMenu *m) {
        out->append(m);
        for (QAction *a : m->actions())
            if (a->menu())
                walk(a->menu());
    };
    for (QAction *a : window->menuBar()->actions())
        if (a->menu())
            walk(a->menu());
}

// The text of the message box the window shows without waiting on it (open(), not exec()), or "".
QString shownMessage()
{
    for (QWidget *top : QApplication::topLevelWidgets())
        if (auto *box = qobject_cast<QMessageBox *>(top); box && box->isVisible())
            return box->text();
    return QString();
}

void closeMessages()
{
    for (QWidget *top : QApplication::topLevelWidgets())
        if (auto *box = qobject_cast<QMessageBox *>(top))
            box->close();
}

} // namespace

class tst_FirstHour : public QObject
{
    Q_OBJECT
private slots:
    void cleanupTestCase(); // every PDF written passes qpdf --check
    void initTestCase();
    void init();
    void cleanup();
    void emptyDatabaseShowsStartPage();
    void startPageNewReportAsksAgencyAndYear();
    void startPageImportsFromClipboard();
    void startPageImportsAFile();
    void exampleIsReadOnly();
    void secondDatabaseFile();
    void foreignFileRefusedUntouched();
    void mnemonicsUniqueInEachMenu();
    void languageSwitchKeepsReportAndUndo();
    void guideAndAbout();
    void settingsDialog();
    void clerkFlowByMenusAndKeys();
    void restoreFromBackup();
    void damagedFileOffersNewestBackup();
    void commandLineWritesWhileTheWindowHasTheReport();
    void diskFullRefusesTheEditInTheWindow();
    void proseFigureFoundSelectedAndFixed();
    void insertDataSentences();
    void yearOnYearView();

private:
    MainWindow *start(const QString &path);
    QString withReport(const QString &name);

    FormatRegistry m_registry;
    QTemporaryDir m_dir;
    std::unique_ptr<WindowHost> m_workspace;
    const QString m_agency = QStringLiteral("昌吉州科学技术局");
};

void tst_FirstHour::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // preferences and the default database in a throw-away place
    QVERIFY(m_dir.isValid());
}

void tst_FirstHour::init()
{
    QSettings(QStringLiteral("disclosure-report"), QStringLiteral("disclosure-report")).clear();
    Preferences().setLanguageChoice(QStringLiteral("zh_CN"));
    UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
}

void tst_FirstHour::cleanup()
{
    m_workspace.reset();
}

MainWindow *tst_FirstHour::start(const QString &path)
{
    m_workspace = std::make_unique<WindowHost>(m_registry);
    QString error;
    if (!m_workspace->start(path, &error))
        qFatal("cannot start: %s", qPrintable(error));
    MainWindow *w = m_workspace->window();
    if (!QTest::qWaitForWindowExposed(w))
        qFatal("window not shown");
    QApplication::setActiveWindow(w);
    return w;
}

QString tst_FirstHour::withReport(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    SqliteReportStore store(m_registry);
    if (!store.openSqlite(path) || !store.save({TestSupport::expectedReport(m_registry, "changji-kejiju-2021")}, true))
        qFatal("cannot make %s", qPrintable(path));
    return path;
}

void tst_FirstHour::emptyDatabaseShowsStartPage()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
    MainWindow *w = start(path);
    StartPage *page = w->startPage();
    QVERIFY(page->isVisible());
    QVERIFY(!w->tabs()->isVisible());
    QVERIFY(page->findChild<QLabel *>() != nullptr);
    bool saysWhere = false;
    for (QLabel *l : page->findChildren<QLabel *>())
        saysWhere = saysWhere || l->text().contains(QDir::toNativeSeparators(path).toHtmlEscaped());
    QVERIFY(saysWhere);
    QVERIFY(w->windowTitle().contains(QStringLiteral("empty.sqlite")));
    // Everything that needs a report waits for one, and says so.
    for (const QString &text : {QStringLiteral("导出 PDF"), QStringLiteral("打印"), QStringLiteral("签发"), QStringLiteral("删除报告")}) {
        QAction *a = TestSupport::menuAction(w->menuBar(), text);
        QVERIFY2(a && !a->isEnabled(), qPrintable(text));
        QVERIFY(a->toolTip().contains(QStringLiteral("没有打开的报告")));
    }
    QVERIFY(TestSupport::menuAction(w->menuBar(), QStringLiteral("新建报告"))->isEnabled());
}

void tst_FirstHour::startPageNewReportAsksAgencyAndYear()
{
    MainWindow *w = start(m_dir.filePath(QStringLiteral("first.sqlite")));
    bool onlyAgencyAndYear = false;
    TestSupport::whenModal<NewReportDialog>([&](NewReportDialog *dialog) {
        onlyAgencyAndYear = dialog->findChild<QComboBox *>("agency")->isVisible() && dialog->findChild<QSpinBox *>("year")->isVisible()
            && !dialog->findChild<QComboBox *>("t2Form")->isVisible() && !dialog->findChild<QComboBox *>("t3Form")->isVisible()
            && !dialog->findChild<QWidget *>("proseFromLastYear")->isVisible();
        dialog->findChild<QComboBox *>("agency")->setCurrentText(QStringLiteral("示例县科学技术局"));
        dialog->findChild<QSpinBox *>("year")->setValue(2025);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(w->startPage()->newButton(), Qt::LeftButton);
    QVERIFY(onlyAgencyAndYear);
    QVERIFY(w->document());
    QCOMPARE(w->document()->report().agency, QStringLiteral("示例县科学技术局"));
    QCOMPARE(w->document()->report().formats.t2, QStringLiteral("2021")); // the current official form
    QCOMPARE(w->document()->report().formats.t3, QStringLiteral("2021"));
    QCOMPARE(w->tabs()->currentIndex(), int(MainWindow::DetailsTab));
    QVERIFY(w->tabs()->isVisible());
    QVERIFY(!w->startPage()->isVisible());
    QVERIFY(w->store().contains(QStringLiteral("示例县科学技术局"), 2025));
}

void tst_FirstHour::startPageImportsFromClipboard()
{
    MainWindow *w = start(m_dir.filePath(QStringLiteral("clipboard.sqlite")));
    QFile text(TestSupport::sharedDir() + QStringLiteral("/fixtures/changji-kejiju-2021.txt"));
    QVERIFY(text.open(QIODevice::ReadOnly));
    QApplication::clipboard()->setText(QString::fromUtf8(text.readAll()));
    bool reviewed = false;
    TestSupport::whenModal<ImportReviewDialog>([&](ImportReviewDialog *review) {
        reviewed = true;
        QTest::mouseClick(button(review, QStringLiteral("导入")), Qt::LeftButton);
    });
    QTest::mouseClick(w->startPage()->importClipboardButton(), Qt::LeftButton);
    QVERIFY(reviewed);
    QVERIFY(w->store().contains(m_agency, 2021));
    QVERIFY(w->document());
    const CellValue made = TestSupport::expectedReport(m_registry, "changji-kejiju-2021").cell("t2.normative_docs.made");
    QVERIFY(!made.isBlank());
    QCOMPARE(w->document()->report().cell("t2.normative_docs.made"), made);
}

void tst_FirstHour::startPageImportsAFile()
{
    // 导入去年发布的报告：从文件 takes report JSON (by its suffix) or a published text, from one file dialog.
    MainWindow *w = start(m_dir.filePath(QStringLiteral("file-import.sqlite")));
    chooseFile(TestSupport::expectedPath("huaian-2024"));
    QTest::mouseClick(w->startPage()->importFileButton(), Qt::LeftButton);
    const Report expected = TestSupport::expectedReport(m_registry, "huaian-2024");
    QVERIFY(w->store().contains(expected.agency, expected.year));
    QVERIFY(w->document() && w->document()->report().agency == expected.agency);
    QVERIFY(!w->startPage()->isVisible());
}

void tst_FirstHour::exampleIsReadOnly()
{
    MainWindow *w = start(m_dir.filePath(QStringLiteral("example.sqlite")));
    QTest::mouseClick(w->startPage()->exampleButton(), Qt::LeftButton);
    QVERIFY(w->isShowingExample());
    QVERIFY(w->document());
    QCOMPARE(w->document()->report().agency, m_agency);
    QVERIFY(w->windowTitle().contains(QStringLiteral("示例")));
    // Not in the database, not in the list, not editable.
    QVERIFY(!w->store().contains(m_agency, 2021));
    QCOMPARE(w->reportList()->model()->rowCount(), 0);
    ReportTableView *t2 = w->tableView("t2");
    const QModelIndex cell = t2->reportModel()->indexOfKey("t2.normative_docs.made");
    QVERIFY(cell.isValid());
    QVERIFY(!(cell.flags() & Qt::ItemIsEditable));
    for (const QString &text : {QStringLiteral("删除报告"), QStringLiteral("撤回签发"), QStringLiteral("签发")})
        QVERIFY2(!TestSupport::menuAction(w->menuBar(), text)->isEnabled(), qPrintable(text));
    // Exporting the example works (its pages are what a finished report looks like).
    QVERIFY(TestSupport::menuAction(w->menuBar(), QStringLiteral("导出 PDF"))->isEnabled());
    // 帮助 ▸ 打开示例报告 from a database with reports; choosing a report of the list leaves the example.
    w = start(withReport(QStringLiteral("with-report.sqlite")));
    QVERIFY(!w->isShowingExample());
    TestSupport::menuAction(w->menuBar(), QStringLiteral("打开示例报告"))->trigger();
    QVERIFY(w->isShowingExample());
    QVERIFY(w->openReport(m_agency, 2021));
    QVERIFY(!w->isShowingExample());
    QVERIFY(w->windowTitle().contains(QStringLiteral("with-report.sqlite")));
}

void tst_FirstHour::secondDatabaseFile()
{
    const QString first = withReport(QStringLiteral("office-a.sqlite"));
    const QString second = m_dir.filePath(QStringLiteral("office-b.sqlite"));
    QFile::remove(second);
    MainWindow *w = start(first);
    QCOMPARE(w->reportList()->model()->rowCount(), 1);
    // 文件 ▸ 新建数据库…: a new, empty file, shown in the title bar, with the start page.
    chooseFile(second);
    TestSupport::menuAction(w->menuBar(), QStringLiteral("新建数据库"))->trigger();
    QTRY_VERIFY(m_workspace->window() != w);
    w = m_workspace->window();
    QVERIFY(QFile::exists(second));
    QVERIFY(w->windowTitle().contains(QStringLiteral("office-b.sqlite")));
    QCOMPARE(w->reportList()->model()->rowCount(), 0);
    QVERIFY(w->startPage()->isVisible());
    // 文件 ▸ 打开数据库… (Ctrl+O) back to the first, through the file dialog.
    chooseFile(first);
    QApplication::setActiveWindow(w); // as the window manager does
    QTest::keyClick(w, Qt::Key_O, Qt::ControlModifier);
    QTRY_VERIFY(m_workspace->window() != w);
    w = m_workspace->window();
    QVERIFY(w->windowTitle().contains(QStringLiteral("office-a.sqlite")));
    QCOMPARE(w->reportList()->model()->rowCount(), 1);
    // 最近的数据库 lists both, newest first; the last one comes back at the next start.
    const QStringList recent = Preferences().recentDatabases();
    QCOMPARE(recent.value(0), QFileInfo(first).absoluteFilePath());
    QCOMPARE(recent.value(1), QFileInfo(second).absoluteFilePath());
    QMenu *recentMenu = nullptr;
    QList<QMenu *> all;
    menus(w, &all);
    for (QMenu *m : all)
        if (m->title().remove('&').startsWith(QStringLiteral("最近的数据库")))
            recentMenu = m;
    QVERIFY(recentMenu);
    emit recentMenu->aboutToShow();
    QCOMPARE(recentMenu->actions().size(), 2);
    QVERIFY(recentMenu->actions().at(0)->isChecked());
    recentMenu->actions().at(1)->trigger();
    QTRY_VERIFY(m_workspace->window() != w);
    QVERIFY(m_workspace->window()->windowTitle().contains(QStringLiteral("office-b.sqlite")));
    m_workspace->window()->close();
    w = start(QString());
    QVERIFY(w->windowTitle().contains(QStringLiteral("office-b.sqlite")));
}

void tst_FirstHour::foreignFileRefusedUntouched()
{
    const QString ours = withReport(QStringLiteral("ours.sqlite"));
    MainWindow *w = start(ours);
    // Not a database at all, and a database of another program: refused, byte for byte untouched.
    const QString text = m_dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("这不是数据库\n");
    }
    const QString other = m_dir.filePath(QStringLiteral("other.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(other);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    for (const QString &path : {text, other}) {
        const QByteArray before = sha256(path);
        QString message;
        TestSupport::whenModal<QMessageBox>([&message](QMessageBox *box) {
            message = box->text();
            box->accept();
        });
        chooseFile(path);
        TestSupport::menuAction(w->menuBar(), QStringLiteral("打开数据库"))->trigger();
        QTRY_VERIFY(!message.isEmpty());
        QVERIFY2(message.contains(path) && message.contains(QStringLiteral("未作任何改动")), qPrintable(message));
        QCOMPARE(sha256(path), before);
        QCOMPARE(m_workspace->window(), w); // the database in use stays open
        QVERIFY(w->windowTitle().contains(QStringLiteral("ours.sqlite")));
    }
}

void tst_FirstHour::mnemonicsUniqueInEachMenu()
{
    MainWindow *w = start(withReport(QStringLiteral("mnemonics.sqlite")));
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        Preferences().setLanguageChoice(language);
        m_workspace->applyLanguage();
        w = m_workspace->window();
        QList<QMenu *> all;
        menus(w, &all);
        all.prepend(nullptr); // the menu bar itself
        for (QMenu *m : all) {
            const QList<QAction *> actions = m ? m->actions() : w->menuBar()->actions();
            QHash<QChar, QString> seen;
            for (QAction *a : actions) {
                const QRegularExpressionMatch mnemonic = QRegularExpression(QStringLiteral("&([^&])")).match(a->text());
                if (!mnemonic.hasMatch())
                    continue;
                const QChar key = mnemonic.captured(1).at(0).toUpper();
                QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("%1: “%2” and “%3” share Alt+%4")
                                                             .arg(language, seen.value(key), a->text(), key)));
                seen.insert(key, a->text());
            }
        }
    }
}

void tst_FirstHour::languageSwitchKeepsReportAndUndo()
{
    MainWindow *w = start(withReport(QStringLiteral("language.sqlite")));
    QVERIFY(w->openReport(m_agency, 2021));
    QCOMPARE(menuTitles(w), (QStringList{"文件(&F)", "编辑(&E)", "报告(&R)", "视图(&V)", "帮助(&H)"}));
    ReportTableView *t3 = TestSupport::showTable(w, "t3");
    TestSupport::clickCell(t3, "t3.new.natural");
    QTest::keyClicks(t3, "7");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits after the key
    QCOMPARE(w->document()->report().cell("t3.new.natural").toInteger(), 7);
    // 设置 ▸ English, through the dialog: the window comes back in English with the report, the tab and the edit's undo.
    TestSupport::whenModal<SettingsDialog>([](SettingsDialog *dialog) {
        dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("en")));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    TestSupport::menuAction(w->menuBar(), QStringLiteral("设置"))->trigger();
    QTRY_VERIFY(m_workspace->window() != w);
    w = m_workspace->window();
    QCOMPARE(menuTitles(w), (QStringList{"&File", "&Edit", "&Report", "&View", "&Help"}));
    QVERIFY(w->document());
    QCOMPARE(w->document()->report().agency, m_agency);
    QCOMPARE(w->tabs()->currentIndex(), int(MainWindow::Table3Tab));
    QCOMPARE(w->tabs()->tabText(MainWindow::DetailsTab), QStringLiteral("Details (&1)"));
    QVERIFY(w->tableView("t3")->reportModel() != nullptr);
    QCOMPARE(w->document()->report().cell("t3.new.natural").toInteger(), 7);
    QApplication::setActiveWindow(w); // as the window manager does
    w->tableView("t3")->setFocus();
    QCOMPARE(w->undoGroup()->activeStack(), w->document()->undoStack());
    QVERIFY(w->undoGroup()->canUndo());
    QTest::keyClick(w->tableView("t3"), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w->document()->report().cell("t3.new.natural"), CellValue::integer(0)); // the edit made in Chinese, undone
    QCOMPARE(QApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    // And back to Chinese, with Qt's own buttons in Chinese too.
    Preferences().setLanguageChoice(QStringLiteral("zh_CN"));
    m_workspace->applyLanguage();
    QCOMPARE(menuTitles(m_workspace->window()), (QStringList{"文件(&F)", "编辑(&E)", "报告(&R)", "视图(&V)", "帮助(&H)"}));
    QCOMPARE(QApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
}

void tst_FirstHour::guideAndAbout()
{
    MainWindow *w = start(withReport(QStringLiteral("help.sqlite")));
    QString guide;
    TestSupport::whenModal<HelpDialog>([&guide](HelpDialog *dialog) {
        guide = dialog->findChild<QTextBrowser *>()->toPlainText();
        dialog->reject();
    });
    QTest::keyClick(w, Qt::Key_F1);
    QVERIFY(!guide.isEmpty());
    // The eight steps, the keys as the menus have them, and every rule's meaning from the format data.
    QVERIFY(guide.contains(QStringLiteral("八个步骤")));
    QVERIFY2(guide.contains(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)), qPrintable(guide));
    QVERIFY(guide.contains(QStringLiteral("新建报告")));
    int rules = 0;
    for (const TableFormat &t : m_registry.all())
        for (const RuleText &r : t.ruleTexts) {
            QVERIFY2(!r.description.isEmpty() && !r.descriptionEn.isEmpty(), qPrintable(r.id));
            QVERIFY2(guide.contains(r.id) && guide.contains(r.description), qPrintable(r.id));
            ++rules;
        }
    QVERIFY(rules >= 7);
    QVERIFY(guide.contains(QStringLiteral("cell.blank")) && guide.contains(QStringLiteral("cell.negative")));
    // 关于: version, the build's commit, Qt and both schema versions.
    QString about;
    TestSupport::whenModal<QMessageBox>([&about](QMessageBox *box) {
        about = box->text();
        box->accept();
    });
    TestSupport::menuAction(w->menuBar(), QStringLiteral("关于"))->trigger();
    QVERIFY2(about.contains(BuildInfo::version()) && about.contains(BuildInfo::commit()) && about.contains(QString::fromLatin1(qVersion())),
             qPrintable(about));
    QVERIFY(about.contains(QStringLiteral("数据库结构版本：%1").arg(SqlSchema::latestVersion())));
    QVERIFY(about.contains(QStringLiteral("help.sqlite")));
}

void tst_FirstHour::settingsDialog()
{
    MainWindow *w = start(withReport(QStringLiteral("settings.sqlite")));
    // Ctrl+, opens it; the data folder is shown; a print face chosen there is used by the preview and kept.
    bool shown = false;
    TestSupport::whenModal<SettingsDialog>([&shown](SettingsDialog *dialog) {
        shown = true;
        bool path = false;
        for (QLineEdit *e : dialog->findChildren<QLineEdit *>())
            path = path || e->text().endsWith(QStringLiteral("settings.sqlite"));
        QVERIFY(path);
        QCOMPARE(dialog->languageBox()->currentData().toString(), QStringLiteral("zh_CN"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    });
    QTest::keyClick(w, Qt::Key_Comma, Qt::ControlModifier);
    QVERIFY(shown);
    QCOMPARE(m_workspace->window(), w); // cancelled: nothing rebuilt
    // The backups: another folder and how many; the next change of the day is preceded by a copy there.
    const QString folder = m_dir.filePath(QStringLiteral("office-backups"));
    TestSupport::whenModal<SettingsDialog>([folder](SettingsDialog *dialog) {
        dialog->backupFolderEdit()->setText(folder);
        dialog->backupKeepBox()->setValue(5);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    TestSupport::menuAction(w->menuBar(), QStringLiteral("设置"))->trigger();
    QCOMPARE(Preferences().backupKeep(), 5);
    QCOMPARE(w->store().backupFolder(), folder);
    QVERIFY(w->openReport(m_agency, 2021));
    w->document()->editCells({{"t3.new.natural", CellValue::integer(3)}}, "test");
    QCOMPARE(QDir(folder).entryList(QDir::Files),
             QStringList{QStringLiteral("settings-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate))});
}

void tst_FirstHour::clerkFlowByMenusAndKeys()
{
    MainWindow *w = start(withReport(QStringLiteral("flow.sqlite")));
    // Ctrl+N: the dialog, filled through its widgets.
    TestSupport::whenModal<NewReportDialog>([](NewReportDialog *dialog) {
        dialog->findChild<QComboBox *>("agency")->setCurrentText(QStringLiteral("昌吉州科学技术局"));
        dialog->findChild<QSpinBox *>("year")->setValue(2022);
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::keyClick(w, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(w->document() && w->document()->report().year == 2022);
    QApplication::setActiveWindow(w); // what the window manager does when a dialog closes
    QCOMPARE(w->tabs()->currentIndex(), int(MainWindow::DetailsTab));
    // Paste two cells from a spreadsheet with Ctrl+V; Ctrl+Z takes both back.
    ReportTableView *t4 = TestSupport::showTable(w, "t4");
    TestSupport::clickCell(t4, "t4.review.upheld");
    QApplication::clipboard()->setText(QStringLiteral("3\t1\n"));
    QTest::keyClick(t4, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(w->document()->report().cell("t4.review.upheld").toInteger(), 3);
    QCOMPARE(w->document()->report().cell("t4.review.corrected").toInteger(), 1);
    QTest::keyClick(t4, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(w->document()->report().cell("t4.review.upheld").isBlank());
    QVERIFY(w->document()->report().cell("t4.review.corrected").isBlank());
    QTest::keyClick(t4, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w->document()->report().cell("t4.review.upheld").toInteger(), 3);
    // 导出 PDF through the menu and the file dialog.
    const QString pdf = m_dir.filePath(QStringLiteral("flow.pdf"));
    QFile::remove(pdf);
    chooseFile(pdf);
    TestSupport::menuAction(w->menuBar(), QStringLiteral("导出 PDF"))->trigger();
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5) == "%PDF-");
    QApplication::setActiveWindow(w);
    // Ctrl+P: the print dialog, offering every page.
    int pages = 0;
    TestSupport::whenModal<QPrintDialog>([&pages](QPrintDialog *dialog) {
        pages = dialog->printer()->toPage();
        dialog->reject();
    });
    QTest::keyClick(w, Qt::Key_P, Qt::ControlModifier);
    QVERIFY(pages >= 4);
    // 签发 through its confirmation (blank cells are warnings: Yes is the default) and the signer's name.
    TestSupport::whenModal<QMessageBox>([](QMessageBox *box) {
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        TestSupport::whenModal<QInputDialog>([](QInputDialog *input) {
            input->findChild<QLineEdit *>()->setText(QStringLiteral("王主任"));
            QTest::mouseClick(input->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
    });
    TestSupport::menuAction(w->menuBar(), QStringLiteral("签发"))->trigger();
    QVERIFY(w->document()->isSigned());
    QCOMPARE(w->document()->signedBy(), QStringLiteral("王主任"));
    // 撤回签发 with its reason.
    TestSupport::whenModal<WithdrawDialog>([](WithdrawDialog *dialog) {
        dialog->reasonEdit()->setPlainText(QStringLiteral("数字有误"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    TestSupport::menuAction(w->menuBar(), QStringLiteral("撤回签发"))->trigger();
    QVERIFY(!w->document()->isSigned());
    QCOMPARE(w->document()->signOffHistory().constLast().reason, QStringLiteral("数字有误"));
    // 删除报告 (confirmed with Yes), and Ctrl+Z in the report list brings it back.
    TestSupport::whenModal<QMessageBox>([](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); });
    TestSupport::menuAction(w->menuBar(), QStringLiteral("删除报告"))->trigger();
    QVERIFY(!w->store().contains(m_agency, 2022));
    QApplication::setActiveWindow(w);
    w->reportList()->setFocus();
    QTest::keyClick(w->reportList(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(w->store().contains(m_agency, 2022));
    QVERIFY(w->document() && w->document()->report().year == 2022);
    QCOMPARE(w->document()->report().cell("t4.review.upheld").toInteger(), 3);
}

void tst_FirstHour::restoreFromBackup()
{
    const QString path = withReport(QStringLiteral("restore.sqlite"));
    MainWindow *w = start(path);
    const QString copy = QFileInfo(path).absoluteDir().filePath(QStringLiteral("backups/restore-by-hand.sqlite"));
    QFile::remove(copy);
    QVERIFY(w->store().backupTo(copy));
    QVERIFY(w->openReport(m_agency, 2021));
    TestSupport::whenModal<QMessageBox>([](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); });
    TestSupport::menuAction(w->menuBar(), QStringLiteral("删除报告"))->trigger();
    QVERIFY(!w->store().contains(m_agency, 2021));
    // 文件 ▸ 从备份恢复: the list says what each backup holds; 恢复, then Yes to the question.
    QString listed;
    TestSupport::whenModal<RestoreDialog>([&listed, copy](RestoreDialog *dialog) {
        for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i)
            if (dialog->list()->topLevelItem(i)->data(0, Qt::UserRole).toString() == copy) {
                dialog->list()->setCurrentItem(dialog->list()->topLevelItem(i));
                listed = dialog->list()->topLevelItem(i)->text(1);
            }
        TestSupport::whenModal<QMessageBox>([](QMessageBox *box) {
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::No)); // Enter does not replace a database
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QTest::mouseClick(button(dialog, QStringLiteral("恢复")), Qt::LeftButton);
    });
    TestSupport::menuAction(w->menuBar(), QStringLiteral("从备份恢复"))->trigger();
    QVERIFY2(listed.contains(m_agency) && listed.contains(QStringLiteral("2021")), qPrintable(listed));
    QVERIFY(w->store().contains(m_agency, 2021));
    QCOMPARE(w->reportList()->model()->rowCount(), 1);
    QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("before-restore")));
    // What was there before (no report) was kept and is offered too.
    bool keptListed = false;
    for (const auto &b : w->store().backups())
        keptListed = keptListed || (b.path.contains(QStringLiteral("before-restore")) && b.reports.isEmpty());
    QVERIFY(keptListed);
}

void tst_FirstHour::cleanupTestCase()
{
    TestSupport::verifyPdfsWithQpdf(m_dir.path());
}

// A database whose pages are damaged: refused untouched, and the newest backup offered in its place (declined once,
// then taken: the damaged file kept aside byte for byte).
void tst_FirstHour::damagedFileOffersNewestBackup()
{
    MainWindow *w = start(withReport(QStringLiteral("current.sqlite")));
    const QString path = withReport(QStringLiteral("damaged.sqlite"));
    {
        SqliteReportStore store(m_registry);
        QVERIFY(store.openSqlite(path));
        QVERIFY(store.backupTo(QDir(store.backupFolder()).filePath(QStringLiteral("damaged-2026-12-01.sqlite"))));
    }
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2 - (f.size() / 2) % 4096);
        f.write(QByteArray(8192, char(0x5a)));
    }
    const QByteArray before = sha256(path);
    for (const bool take : {false, true}) {
        QString offer;
        TestSupport::whenModal<QMessageBox>([&offer, take](QMessageBox *box) {
            offer = box->text();
            button(box, take ? QStringLiteral("用备份代替") : QStringLiteral("不打开"))->click();
        });
        chooseFile(path);
        TestSupport::menuAction(w->menuBar(), QStringLiteral("打开数据库"))->trigger();
        QTRY_VERIFY(!offer.isEmpty());
        QVERIFY2(offer.contains(QStringLiteral("已损坏")) && offer.contains(QStringLiteral("damaged-2026-12-01.sqlite")), qPrintable(offer));
        if (!take) {
            QTest::qWait(200);
            QCOMPARE(m_workspace->window(), w); // declined: nothing else asked, the database in use stays
            QCOMPARE(sha256(path), before);
        }
    }
    QTRY_VERIFY(m_workspace->window() != w);
    w = m_workspace->window();
    QVERIFY(w->windowTitle().contains(QStringLiteral("damaged.sqlite")));
    QVERIFY2(w->statusBar()->currentMessage().contains(QStringLiteral("改名保留")), qPrintable(w->statusBar()->currentMessage()));
    const QStringList aside = QDir(m_dir.path()).entryList({QStringLiteral("damaged.sqlite.unusable-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QCOMPARE(sha256(m_dir.filePath(aside.constFirst())), before);
    const Report report = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    QVERIFY(w->openReport(report.agency, report.year));
}

// `disclosure-report set` on the report the window shows: the window shows the new value within its poll; an edit of
// another cell made from its older view stands beside it, an edit of the same cell is refused with the reason.
void tst_FirstHour::commandLineWritesWhileTheWindowHasTheReport()
{
    const QString path = withReport(QStringLiteral("shared.sqlite"));
    MainWindow *w = start(path);
    const Report report = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    QVERIFY(w->openReport(report.agency, report.year));
    const QString key = QStringLiteral("t3.new.natural");
    const qint64 was = report.cell(key).isInteger() ? report.cell(key).toInteger() : 0;
    auto set = [&](qint64 value) {
        QString out, err;
        QTextStream o(&out), e(&err);
        const QStringList args{QStringLiteral("disclosure-report"), QStringLiteral("set"), QStringLiteral("--agency"), report.agency,
                               QStringLiteral("--year"), QString::number(report.year), QStringLiteral("%1=%2").arg(key).arg(value),
                               QStringLiteral("--db"), path};
        return CommandLine(m_registry, o, e).run(args) == 0;
    };
    QVERIFY(set(was + 5));
    QTRY_COMPARE(w->document()->report().cell(key), CellValue::integer(was + 5));
    QVERIFY2(w->statusBar()->currentMessage().contains(QStringLiteral("已在别处修改")), qPrintable(w->statusBar()->currentMessage()));
    auto *model = qobject_cast<ReportTableModel *>(TestSupport::showTable(w, QStringLiteral("t3"))->model());
    QVERIFY(model);
    QCOMPARE(model->data(model->indexOfKey(key), Qt::DisplayRole).toString(), QString::number(was + 5));

    // Before the window has looked again, the clerk types into another cell: both edits stand, and the window shows both.
    QVERIFY(set(was + 6));
    const QString other = QStringLiteral("t3.new.legal");
    w->document()->editCells({{other, CellValue::integer(9)}}, QStringLiteral("test"));
    QTRY_COMPARE(w->document()->report().cell(key), CellValue::integer(was + 6));
    QCOMPARE(w->document()->report().cell(other), CellValue::integer(9));
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(path));
    Report stored;
    QVERIFY(store.load(report.agency, report.year, &stored));
    QCOMPARE(stored.cell(key), CellValue::integer(was + 6));
    QCOMPARE(stored.cell(other), CellValue::integer(9));

    // The same cell the command line changed: refused with the reason and the value the other side wrote.
    QVERIFY(set(was + 7));
    w->document()->editCells({{key, CellValue::integer(1)}}, QStringLiteral("test"));
    QString said;
    QTRY_VERIFY(!(said = shownMessage()).isEmpty());
    QVERIFY2(said.contains(QStringLiteral("改动")) && said.contains(QString::number(was + 7)), qPrintable(said));
    QTRY_COMPARE(w->document()->report().cell(key), CellValue::integer(was + 7));
    QVERIFY(store.load(report.agency, report.year, &stored));
    QCOMPARE(stored.cell(key), CellValue::integer(was + 7)); // the refused edit is nowhere
    closeMessages();
}

// The disk fills up while the clerk types: the edit is refused with a message saying so, the window shows the text as it
// was, nothing is left to undo, and after space is freed the same edit goes through.
void tst_FirstHour::diskFullRefusesTheEditInTheWindow()
{
    if (geteuid() != 0)
        QSKIP("needs root to mount a small tmpfs that can be filled");
    const QString folder = m_dir.filePath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(folder));
    auto run = [](const QString &program, const QStringList &args) {
        QProcess p;
        p.start(program, args);
        return p.waitForFinished() && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    };
    if (!run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=4m"), QStringLiteral("tmpfs"), folder}))
        QSKIP("root without the right to mount a tmpfs");
    struct Unmount
    {
        QString folder;
        ~Unmount() { QProcess::execute(QStringLiteral("umount"), {QStringLiteral("--lazy"), folder}); } // lazy: a failed check leaves the window open
    } unmount{folder};
    const QString path = QDir(folder).filePath(QStringLiteral("reports.sqlite"));
    const Report report = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    {
        SqliteReportStore store(m_registry);
        QVERIFY(store.openSqlite(path) && store.save({report}, false));
    }
    MainWindow *w = start(path);
    QVERIFY(w->openReport(report.agency, report.year));
    ReportDocument *document = w->document();
    document->editProse(QStringLiteral("part6"), QStringLiteral("先写一句")); // today's backup taken while there is room
    const QString filler = QDir(folder).filePath(QStringLiteral("filler"));
    {
        QFile f(filler);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray block(64 * 1024, 'f');
        while (f.write(block) == block.size() && f.flush()) {
        }
    }
    const int steps = document->undoStack()->count();
    const QString big(90000, QChar(0x5b57));
    document->editProse(QStringLiteral("part6"), big);
    QString said;
    QTRY_VERIFY(!(said = shownMessage()).isEmpty());
    QVERIFY2(said.contains(QStringLiteral("磁盘已满")), qPrintable(said));
    QCOMPARE(document->report().prose.get(QStringLiteral("part6")), std::optional<QString>(QStringLiteral("先写一句")));
    QCOMPARE(document->undoStack()->count(), steps); // the refused edit is not an undo step
    closeMessages();
    QFile::remove(filler);
    document->editProse(QStringLiteral("part6"), big);
    QCOMPARE(document->report().prose.get(QStringLiteral("part6")), std::optional<QString>(big));
    m_workspace.reset(); // the database closed before its file system goes
}

// hongze's 总体情况 says 受理…申请17件 where its table 三 says 95: a warning in the findings; activating it selects the
// 17 in the prose editor; 应用修正 writes 95 as one undoable edit.
void tst_FirstHour::proseFigureFoundSelectedAndFixed()
{
    const QString path = m_dir.filePath(QStringLiteral("hongze.sqlite"));
    const Report report = TestSupport::expectedReport(m_registry, "hongze-2024");
    {
        SqliteReportStore store(m_registry);
        QVERIFY(store.openSqlite(path) && store.save({report}, true));
    }
    MainWindow *w = start(path);
    QVERIFY(w->openReport(report.agency, report.year));
    QTreeView *view = w->findingsView();
    QAbstractItemModel *model = view->model();
    QModelIndex found;
    for (int r = 0; r < model->rowCount() && !found.isValid(); ++r)
        if (model->index(r, 0).data(FindingsModel::RuleRole).toString() == QLatin1String("prose.figure"))
            found = model->index(r, 0);
    QVERIFY(found.isValid());
    QVERIFY2(found.data().toString().contains(QStringLiteral("17")) && found.data().toString().contains(QStringLiteral("95")), qPrintable(found.data().toString()));
    view->setCurrentIndex(found);
    emit view->activated(found);
    auto *prose = qobject_cast<ProseEdit *>(QApplication::focusWidget());
    QVERIFY(prose);
    QCOMPARE(prose->part(), QStringLiteral("part1"));
    QCOMPARE(prose->textCursor().selectedText(), QStringLiteral("17"));
    view->setCurrentIndex(found);
    TestSupport::menuAction(w->menuBar(), QStringLiteral("应用所选问题的修正"))->trigger();
    QVERIFY(w->document()->report().prose.part1->contains(QStringLiteral("申请95件")));
    QVERIFY(!w->document()->report().prose.part1->contains(QStringLiteral("申请17件")));
    for (const Finding &f : w->document()->findings())
        QVERIFY(f.rule != QLatin1String("prose.figure"));
    w->document()->undoStack()->undo();
    QVERIFY(w->document()->report().prose.part1->contains(QStringLiteral("申请17件")));
}

// 报告 ▸ 插入数据说明: the data paragraph typed at the cursor of 一、总体情况, an ordinary undoable edit, no prose finding.
void tst_FirstHour::insertDataSentences()
{
    const QString path = withReport(QStringLiteral("sentences.sqlite"));
    MainWindow *w = start(path);
    const Report report = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    QVERIFY(w->openReport(report.agency, report.year));
    const QString before = w->document()->report().prose.part1.value_or(QString());
    TestSupport::menuAction(w->menuBar(), QStringLiteral("插入数据说明"))->trigger();
    auto *prose = qobject_cast<ProseEdit *>(QApplication::focusWidget());
    QVERIFY(prose && prose->part() == QLatin1String("part1"));
    QTRY_VERIFY(w->document()->report().prose.part1.value_or(QString()).contains(QStringLiteral("本年度未收到政府信息公开申请。")));
    QVERIFY(w->document()->report().prose.part1->contains(QStringLiteral("未发生政府信息公开行政复议案件")));
    for (const Finding &f : w->document()->findings())
        QVERIFY2(f.rule != QLatin1String("prose.figure"), qPrintable(f.message));
    w->document()->undoStack()->undo();
    QCOMPARE(w->document()->report().prose.part1.value_or(QString()), before);
}

// 视图 ▸ 同比 (F9): last year's figures beside this year's, largest change first, following the clerk's edits; a
// double-click goes to the cell.
void tst_FirstHour::yearOnYearView()
{
    const QString path = m_dir.filePath(QStringLiteral("years.sqlite"));
    Report now = TestSupport::expectedReport(m_registry, "huaian-2024");
    Report last = now;
    last.year = 2023;
    last.cells.insert(QStringLiteral("t3.new.natural"), CellValue::integer(now.cell(QStringLiteral("t3.new.natural")).toInteger() - 500));
    last.cells.insert(QStringLiteral("t4.review.upheld"), CellValue::integer(now.cell(QStringLiteral("t4.review.upheld")).toInteger() + 30));
    {
        SqliteReportStore store(m_registry);
        QVERIFY(store.openSqlite(path) && store.save({last, now}, true));
    }
    MainWindow *w = start(path);
    QVERIFY(w->openReport(now.agency, now.year));
    QTest::keyClick(w, Qt::Key_F9);
    auto *dialog = w->findChild<YearOnYearDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QTableWidget *table = dialog->table();
    QVERIFY(table->rowCount() > 100);
    // The two changed rows first (their totals moved as much), then the unchanged ones.
    QStringList first;
    for (int r = 0; r < 4; ++r)
        first.append(table->item(r, 0)->data(Qt::UserRole).toString());
    QVERIFY2(first.contains(QStringLiteral("t3.new.natural")) && first.contains(QStringLiteral("t4.review.upheld")), qPrintable(first.join(' ')));
    const int natural = int(first.indexOf(QStringLiteral("t3.new.natural")));
    QCOMPARE(table->item(natural, 3)->text(), QStringLiteral("+500"));
    QCOMPARE(table->item(4, 3)->text(), QStringLiteral("0"));
    // An edit in the window shows at once.
    w->document()->editCells({{QStringLiteral("t3.new.commercial"), CellValue::integer(now.cell(QStringLiteral("t3.new.commercial")).toInteger() + 900)}},
                             QStringLiteral("test"));
    QCOMPARE(table->item(0, 0)->data(Qt::UserRole).toString().left(7), QStringLiteral("t3.new."));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("+900")); // the cell typed (its total moved as much; last year's total was as now)
    // The chart: both years, this year's figure as edited; saved as the clerk picks (PNG here), the button enabled.
    const FigureHistory &history = dialog->chart()->history();
    QCOMPARE(history.years, (QVector<int>{2023, 2024}));
    QCOMPARE(history.series[0].values.last(), w->document()->report().sum({QStringLiteral("t3.new.total")}));
    const auto buttons = dialog->findChildren<QPushButton *>();
    QVERIFY(std::any_of(buttons.cbegin(), buttons.cend(), [](QPushButton *b) {
        return b->isEnabled() && (b->text().contains(QStringLiteral("图表")) || b->text().contains(QStringLiteral("chart"), Qt::CaseInsensitive));
    }));
    const QString png = m_dir.filePath(QStringLiteral("chart.png"));
    QString error;
    QVERIFY2(dialog->saveChart(png, &error), qPrintable(error));
    QCOMPARE(QImage(png).size(), FigureChart::defaultSize() * 2);
    QVERIFY(!dialog->chart()->grab().isNull());
    // 文件 ▸ 导出网页并附历年数据图: the page ends with the chart, this year's edited figure in it.
    const QString html = m_dir.filePath(QStringLiteral("with-chart.html"));
    QVERIFY2(w->exports()->exportDocument(html, &error, true), qPrintable(error));
    const QByteArray page = TestSupport::readFile(html);
    QVERIFY(page.indexOf("<svg") > page.indexOf("</article>"));
    QVERIFY(page.mid(page.indexOf("<svg")).contains(QByteArray::number(*history.series[0].values.last())));
    // Double-click (activation) goes to the cell in its table.
    const QList<QTableWidgetItem *> rows = table->findItems(QStringLiteral("自然人"), Qt::MatchContains);
    const auto naturalRow = std::find_if(rows.cbegin(), rows.cend(), [](QTableWidgetItem *i) { return i->data(Qt::UserRole).toString() == QLatin1String("t3.new.natural"); });
    QVERIFY(naturalRow != rows.cend());
    emit table->itemActivated(*naturalRow);
    QCOMPARE(w->tabs()->currentIndex(), int(MainWindow::Table3Tab));
    dialog->close();
}

QTEST_MAIN(tst_FirstHour)
#include "tst_firsthour.moc"
