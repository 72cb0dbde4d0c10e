// A clerk's second afternoon, driven as a clerk drives the window (menus, keys, mouse, dialogs) under
// QT_QPA_PLATFORM=offscreen: each test is one of the rough edges a new clerk met, and fails without its fix.
#include "FindingsModel.h"
#include "FindingsPanel.h"
#include "GuiTestSupport.h"
#include "ImportReviewDialog.h"
#include "MainWindow.h"
#include "NewReportDialog.h"
#include "ReportDocument.h"
#include "ReportSchema.h"
#include "ReportTableModel.h"
#include "ReportTableView.h"
#include "SqliteReportStore.h"
#include "Totals.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QMessageBox>
#include <QSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class tst_SecondAfternoon : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fixKeepsTotalsOnScreen();
    void eachAltKeyReachesOnePlace();
    void lastYearsWordsFoundBeforeSigning();
    void signedReportRefusedAtOnce();
    void reviewBeforeReplacing();

private:
    Report blankReport(int year) const;
    void showWindow();
    void open(const Report &report);
    Report stored(int year) const;
    // Selects the finding of `rule` at `anchor` in the findings panel with the mouse and applies its fix with Alt+Y (应用修正).
    void applyFix(const QString &rule, const QString &anchor);
    // Every cell of `table` as the window's model shows it against the database's value.
    void screenMatchesDatabase(const QString &table, int year);

    FormatRegistry m_registry;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SqliteReportStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    const QString m_agency = QStringLiteral("昌吉州科学技术局");
};

void tst_SecondAfternoon::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_SecondAfternoon::init()
{
    QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)); // no remembered layout
    m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
    m_store = std::make_unique<SqliteReportStore>(m_registry);
    QVERIFY(m_store->openSqlite(m_path));
}

void tst_SecondAfternoon::cleanup()
{
    m_window.reset();
    m_store.reset();
}

Report tst_SecondAfternoon::blankReport(int year) const
{
    Report r;
    r.agency = m_agency;
    r.year = year;
    ReportSchema(m_registry, r.formats, {}).conform(r);
    return r;
}

void tst_SecondAfternoon::open(const Report &report)
{
    Report r = report;
    Totals::computeAll(r, ReportSchema::forReport(m_registry, r));
    QVERIFY2(m_store->save({r}, true), qPrintable(m_store->lastError()));
    showWindow();
    QVERIFY(m_window->openReport(r.agency, r.year));
}

void tst_SecondAfternoon::showWindow()
{
    m_window = std::make_unique<MainWindow>(m_registry, *m_store);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
}

Report tst_SecondAfternoon::stored(int year) const
{
    SqliteReportStore other(m_registry);
    Report r;
    if (!other.openSqlite(m_path) || !other.load(m_agency, year, &r))
        qFatal("cannot read back");
    return r;
}

void tst_SecondAfternoon::applyFix(const QString &rule, const QString &anchor)
{
    QApplication::setActiveWindow(m_window.get()); // back from any dialog (a window manager does this)
    QTreeView *view = m_window->findingsView();
    auto *model = qobject_cast<FindingsModel *>(view->model());
    QModelIndex row;
    for (int i = 0; i < model->rowCount() && !row.isValid(); ++i) {
        const QModelIndex at = model->index(i, 0);
        if (at.data(FindingsModel::RuleRole).toString() == rule && at.data(FindingsModel::AnchorRole).toString() == anchor)
            row = at;
    }
    QVERIFY2(row.isValid(), qPrintable(rule + QLatin1Char(' ') + anchor + QStringLiteral(": not listed")));
    view->scrollTo(row);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
    QCOMPARE(view->currentIndex(), row);
    // The button's mnemonic clicks it as a mouse would: a moment later.
    QSignalSpy clicked(m_window->findings(), &FindingsPanel::fixRequested);
    QTest::keyClick(view, Qt::Key_Y, Qt::AltModifier);
    QVERIFY(clicked.wait(2000));
}

void tst_SecondAfternoon::screenMatchesDatabase(const QString &table, int year)
{
    const Report inDatabase = stored(year);
    ReportTableModel *model = m_window->tableView(table)->reportModel();
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex i = model->index(r, c);
            const QString key = model->keyAt(i);
            if (!key.isEmpty())
                QVERIFY2(i.data(Qt::EditRole).toString() == inDatabase.cell(key).toString(),
                         qPrintable(QStringLiteral("%1: the window shows “%2”, the database holds “%3”")
                                        .arg(key, i.data(Qt::EditRole).toString(), inDatabase.cell(key).toString())));
        }
}

// 1. 应用修正 on a balance error writes 结转下年度 自然人; the row's 总计 on screen follows, as in the database.
void tst_SecondAfternoon::fixKeepsTotalsOnScreen()
{
    Report r = blankReport(2025);
    r.cells["t3.new.natural"] = CellValue::integer(10);
    r.cells["t3.granted.natural"] = CellValue::integer(3);
    open(r);
    ReportTableModel *t3 = TestSupport::showTable(m_window.get(), QStringLiteral("t3"))->reportModel();
    const QModelIndex forwardTotal = t3->indexOfKey(QStringLiteral("t3.forward.total"));
    QVERIFY(forwardTotal.data(Qt::EditRole).toString().isEmpty());

    applyFix(QStringLiteral("t3.balance"), QStringLiteral("t3.forward.natural"));
    QCOMPARE(t3->indexOfKey(QStringLiteral("t3.forward.natural")).data(Qt::EditRole).toString(), QStringLiteral("7"));
    QCOMPARE(forwardTotal.data(Qt::EditRole).toString(), QStringLiteral("7"));
    screenMatchesDatabase(QStringLiteral("t3"), 2025);

    // The clerk corrects 新收 自然人 to 6 and adds 1 for 商业企业, granted 0: two balance errors, each fixed from the panel.
    ReportTableView *view = TestSupport::showTable(m_window.get(), QStringLiteral("t3"));
    for (const auto &[key, typed] : {std::pair{"t3.new.natural", "6"}, std::pair{"t3.new.commercial", "1"}, std::pair{"t3.granted.commercial", "0"}}) {
        TestSupport::clickCell(view, QString::fromLatin1(key));
        QTest::keyClicks(view, QString::fromLatin1(typed)); // opens the cell's editor with the keystroke
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && view->isAncestorOf(editor));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // Qt's delegate commits on Enter a moment later
        QCOMPARE(stored(2025).cell(QString::fromLatin1(key)).toString(), QString::fromLatin1(typed));
    }
    applyFix(QStringLiteral("t3.balance"), QStringLiteral("t3.forward.natural"));
    applyFix(QStringLiteral("t3.balance"), QStringLiteral("t3.forward.commercial"));
    QCOMPARE(forwardTotal.data(Qt::EditRole).toString(), QStringLiteral("4"));
    screenMatchesDatabase(QStringLiteral("t3"), 2025);
    for (const Finding &f : m_window->document()->findings())
        QVERIFY2(f.severity != Severity::Error, qPrintable(f.message)); // no false 总计 error

    // Undo of both fixes, from the keyboard: the totals go back with them.
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(forwardTotal.data(Qt::EditRole).toString(), QStringLiteral("7"));
    screenMatchesDatabase(QStringLiteral("t3"), 2025);
}

// 13. Alt+R in 基本信息 went to 地址(&R), not the 报告 menu; Alt+F to 文件 and not 应用修正(&F) (an ambiguous key does
// nothing at all). On every tab, every Alt+letter the window shows belongs to one thing.
void tst_SecondAfternoon::eachAltKeyReachesOnePlace()
{
    open(TestSupport::expectedReport(m_registry, "changji-kejiju-2021"));
    for (int tab = 0; tab < m_window->tabs()->count(); ++tab) {
        m_window->tabs()->setCurrentIndex(tab);
        QApplication::processEvents();
        QMultiMap<QString, QString> owners; // Alt+letter → what shows it
        auto add = [&](const QString &text, const QString &what) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (!key.isEmpty())
                owners.insert(key.toString(), what + QStringLiteral(" “") + text + QStringLiteral("”"));
        };
        for (QAction *menu : m_window->menuBar()->actions())
            add(menu->text(), QStringLiteral("menu"));
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(m_window.get()) || w->window() != m_window.get())
                continue;
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                add(b->text(), QStringLiteral("button"));
            else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
                add(l->text(), QStringLiteral("label"));
            else if (auto *g = qobject_cast<QGroupBox *>(w))
                add(g->title(), QStringLiteral("group"));
            else if (auto *bar = qobject_cast<QTabBar *>(w))
                for (int i = 0; i < bar->count(); ++i)
                    add(bar->tabText(i), QStringLiteral("tab"));
        }
        QStringList clashes;
        for (const QString &key : owners.uniqueKeys())
            if (owners.count(key) > 1)
                clashes << key + QStringLiteral(": ") + QStringList(owners.values(key)).join(QStringLiteral(", "));
        QVERIFY2(clashes.isEmpty(), qPrintable(m_window->tabs()->tabText(tab) + QStringLiteral(" — ") + clashes.join(QStringLiteral("; "))));
    }
}

// 2. A 2022 report made from 2021's keeps 2021's 统计期限 and sentences: each is a finding whose fix rewrites the whole
// phrase or sentence, and 签发's question names the parts still last year's word for word.
void tst_SecondAfternoon::lastYearsWordsFoundBeforeSigning()
{
    QVERIFY(m_store->save({TestSupport::expectedReport(m_registry, "changji-kejiju-2021")}, true));
    showWindow();
    TestSupport::whenModal<NewReportDialog>([this](NewReportDialog *dialog) {
        dialog->findChild<QComboBox *>("agency")->setCurrentText(m_agency);
        dialog->findChild<QSpinBox *>("year")->setValue(2022);
        auto *prose = dialog->findChild<QCheckBox *>("proseFromLastYear");
        if (!prose->isChecked())
            QTest::mouseClick(prose, Qt::LeftButton, {}, QPoint(8, prose->height() / 2));
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(m_window->document() && m_window->document()->report().year == 2022);
    QVERIFY(m_window->document()->report().prose.preamble->contains(QStringLiteral("2021年1月1日起至2021年12月31日")));

    applyFix(QStringLiteral("prose.year"), QStringLiteral("prose.preamble"));
    const QString preamble = *m_window->document()->report().prose.preamble;
    QVERIFY2(preamble.contains(QStringLiteral("2022年1月1日起至2022年12月31日")), qPrintable(preamble));
    QCOMPARE(*stored(2022).prose.preamble, preamble);
    // 总体情况 opens "2021年,…": the sentence moves to 2022 whole.
    applyFix(QStringLiteral("prose.year"), QStringLiteral("prose.part1"));
    QVERIFY(m_window->document()->report().prose.part1->startsWith(QStringLiteral("2022年,")));

    // 签发 asks, naming what is still last year's.
    QString asked;
    TestSupport::whenModal<QMessageBox>([&asked](QMessageBox *box) {
        asked = box->text();
        QTest::keyClick(box, Qt::Key_Escape);
    });
    TestSupport::menuAction(m_window->menuBar(), QStringLiteral("签发"))->trigger();
    QVERIFY2(asked.contains(QStringLiteral("仍是 2021 年报告的原文")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("五、存在的主要问题及改进情况")) || asked.contains(QStringLiteral("六、其他需要报告的事项")), qPrintable(asked));
    QVERIFY(!m_window->document()->isSigned());
}

// 5. A signed report: 删除报告 disabled, saying how to withdraw; importing over it refused at once, before any question
// or review.
void tst_SecondAfternoon::signedReportRefusedAtOnce()
{
    open(TestSupport::expectedReport(m_registry, "changji-kejiju-2021"));
    QVERIFY(m_window->document()->sign(QStringLiteral("王主任"))); // (signing's own dialogs are tst_windowflow's)
    QAction *remove = TestSupport::menuAction(m_window->menuBar(), QStringLiteral("删除报告"));
    QVERIFY(remove);
    QVERIFY(!remove->isEnabled());
    QVERIFY2(remove->toolTip().contains(QStringLiteral("撤回签发")), qPrintable(remove->toolTip()));

    QApplication::clipboard()->setText(QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/changji-kejiju-2021.txt")));
    QStringList shown; // the modal windows, in order
    QString said;
    TestSupport::whenModal<QDialog>([&](QDialog *dialog) {
        shown << QString::fromLatin1(dialog->metaObject()->className());
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            said = box->text();
        dialog->reject();
    });
    const Report before = stored(2021);
    TestSupport::menuAction(m_window->menuBar(), QStringLiteral("从剪贴板导入"))->trigger();
    QCOMPARE(shown, QStringList{QStringLiteral("QMessageBox")});
    QVERIFY2(said.contains(QStringLiteral("已签发")) && said.contains(QStringLiteral("撤回签发")), qPrintable(said));
    QCOMPARE(stored(2021), before);
}

// 6. Importing over a report that is there: the review of what was read first, then whether to replace.
void tst_SecondAfternoon::reviewBeforeReplacing()
{
    open(TestSupport::expectedReport(m_registry, "changji-kejiju-2021"));
    QApplication::clipboard()->setText(QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/changji-kejiju-2021.txt")));
    QStringList shown;
    QString asked;
    TestSupport::whenModal<ImportReviewDialog>([&](ImportReviewDialog *review) {
        shown << QStringLiteral("review");
        TestSupport::whenModal<QMessageBox>([&](QMessageBox *box) {
            shown << QStringLiteral("question");
            asked = box->text();
            QTest::keyClick(box, Qt::Key_Escape); // keep the report there
        });
        review->accept();
    });
    const Report before = stored(2021);
    TestSupport::menuAction(m_window->menuBar(), QStringLiteral("从剪贴板导入"))->trigger();
    QCOMPARE(shown, (QStringList{QStringLiteral("review"), QStringLiteral("question")}));
    QVERIFY2(asked.contains(QStringLiteral("已有")), qPrintable(asked));
    QCOMPARE(stored(2021), before);
}

QTEST_MAIN(tst_SecondAfternoon)
#include "tst_secondafternoon.moc"
