// A clerk's second afternoon, driven as a clerk drives the window (menus, keys, mouse, dialogs) under
// QT_QPA_PLATFORM=offscreen: each test is one of the rough edges a new clerk met, and fails without its fix.
#include "FindingsModel.h"
#include "FindingsPanel.h"
#include "GuiTestSupport.h"
#include "ImportReviewDialog.h"
#include "FigureChartView.h"
#include "MainWindow.h"
#include "ProseEdit.h"
#include "RestoreDialog.h"
#include "StartPage.h"
#include "NewReportDialog.h"
#include "ReportDocument.h"
#include "ReportSchema.h"
#include "ReportTableModel.h"
#include "ReportTableView.h"
#include "SqliteReportStore.h"
#include "Totals.h"
#include "DetailsForm.h"
#include "PreviewPane.h"
#include "ReportLayout.h"
#include "Preferences.h"
#include "ReportJson.h"
#include "UiLanguage.h"
#include "WindowArguments.h"
#include "WindowHost.h"
#include "YearOnYearDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QDir>
#include <QFileDialog>
#include <QTreeWidget>
#include <QComboBox>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QGroupBox>
#include <QInputMethodEvent>
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
    void proseFiguresHoweverWritten();
    void countsWhatIsListed();
    void yearOnYearByRelativeChange();
    void refusalGoesWithItsCause();
    void newReportProposesWhatFollows();
    void dayWorkBackedUpOnClose();
    void windowOpensWhatItIsGiven();
    void fileDialogsRememberTheirFolder();
    void keysAndWordsAsShown();
    void contactLineIsTheClerksChoice();
    void compactOnASmallScreen();
    void bookTitleKeptWhole();

private:
    Report blankReport(int year) const;
    void showWindow();
    void open(const Report &report);
    Report stored(int year, const QString &agency = QString()) const;
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
    // Chinese, whatever a failed test left (keysAndWordsAsShown switches to English).
    Preferences().setLanguageChoice(QStringLiteral("zh_CN"));
    UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
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

Report tst_SecondAfternoon::stored(int year, const QString &agency) const
{
    SqliteReportStore other(m_registry);
    Report r;
    if (!other.openSqlite(m_path) || !other.load(agency.isEmpty() ? m_agency : agency, year, &r))
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

    // Two sentences of 六 open with last year: said once, with how many.
    m_window->document()->editProse(QStringLiteral("part6"), QStringLiteral("2021年，本机关未收取信息处理费。2021年，本机关无其他需要报告的事项。"));
    // 签发 asks, naming what is still last year's.
    QString asked;
    TestSupport::whenModal<QMessageBox>([&asked](QMessageBox *box) {
        asked = box->text();
        QTest::keyClick(box, Qt::Key_Escape);
    });
    TestSupport::menuAction(m_window->menuBar(), QStringLiteral("签发"))->trigger();
    QVERIFY2(asked.contains(QStringLiteral("仍是 2021 年报告的原文")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("五、存在的主要问题及改进情况")) || asked.contains(QStringLiteral("六、其他需要报告的事项")), qPrintable(asked));
    const QStringList said = asked.split(QLatin1Char('\n')).filter(QStringLiteral("  · "));
    QCOMPARE(QSet<QString>(said.cbegin(), said.cend()).size(), said.size());
    QVERIFY2(!said.filter(QStringLiteral("六、其他需要报告的事项")).filter(QStringLiteral("（2 处）")).isEmpty(), qPrintable(asked));
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
    QString target;
    TestSupport::whenModal<ImportReviewDialog>([&](ImportReviewDialog *review) {
        shown << QStringLiteral("review");
        target = review->targetLabel()->text();
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
    // 12. The review says what it will be saved under.
    for (const QString &part : {m_agency, QStringLiteral("2021 年度"), QStringLiteral("昌吉州科学技术局2021年度政府信息公开工作年度报告")})
        QVERIFY2(target.contains(part), qPrintable(target));
    QCOMPARE(stored(2021), before);
}

// 3. "申请 999 件" (as real reports write it) is checked against the table like "申请999件", and its fix keeps the spaces.
void tst_SecondAfternoon::proseFiguresHoweverWritten()
{
    Report r = TestSupport::expectedReport(m_registry, "huaian-2024");
    const qint64 received = r.cell("t3.new.total").toInteger();
    r.prose.part1 = QStringLiteral("本年度共收到政府信息公开申请 999 件，全部按时答复。");
    open(r);
    applyFix(QStringLiteral("prose.figure"), QStringLiteral("prose.part1"));
    const QString fixed = QStringLiteral("本年度共收到政府信息公开申请 %1 件，全部按时答复。").arg(received);
    QCOMPARE(*m_window->document()->report().prose.part1, fixed);
    QCOMPARE(*stored(2024, r.agency).prose.part1, fixed);
    QCOMPARE(m_window->proseEdit(QStringLiteral("part1"))->toPlainText(), fixed);
}

// 8. The status bar and 签发 count what the panel lists (a blank total of blank terms is not listed, nor counted).
void tst_SecondAfternoon::countsWhatIsListed()
{
    Report r = blankReport(2025);
    r.cells["t3.new.natural"] = CellValue::integer(-3); // one error
    open(r);
    auto *model = qobject_cast<FindingsModel *>(m_window->findingsView()->model());
    int errors = 0, warnings = 0;
    for (int i = 0; i < model->rowCount(); ++i) {
        const QModelIndex row = model->index(i, 0);
        if (model->rowCount(row) > 0)
            warnings += model->rowCount(row); // a table's blank cells
        else
            (row.data(FindingsModel::SeverityRole).toInt() == int(Severity::Error) ? errors : warnings) += 1;
    }
    const QRegularExpressionMatch counts = QRegularExpression(QStringLiteral("(\\d+) 个错误 · (\\d+) 个警告")).match(m_window->statusLabel()->text());
    QVERIFY2(counts.hasMatch(), qPrintable(m_window->statusLabel()->text()));
    QCOMPARE(counts.captured(1).toInt(), errors);
    QCOMPARE(counts.captured(2).toInt(), warnings);
    QString asked;
    TestSupport::whenModal<QMessageBox>([&asked](QMessageBox *box) {
        asked = box->text();
        QTest::keyClick(box, Qt::Key_Escape);
    });
    TestSupport::menuAction(m_window->menuBar(), QStringLiteral("签发"))->trigger();
    QVERIFY2(asked.contains(QStringLiteral("%1 个警告").arg(warnings)) && asked.contains(QStringLiteral("%1 个错误").arg(errors)), qPrintable(asked));
}

// 8. 同比 (F9) ranks by relative change (行政复议 100 → 20 above 行政处罚 4100 → 3981), and its chart marks a total the
// check finds wrong.
void tst_SecondAfternoon::yearOnYearByRelativeChange()
{
    Report now = TestSupport::expectedReport(m_registry, "huaian-2024");
    now.cells["t4.review.upheld"] = CellValue::integer(20);
    now.cells["t4.review.corrected"] = CellValue::integer(0);
    now.cells["t4.review.other"] = CellValue::integer(0);
    now.cells["t4.review.pending"] = CellValue::integer(0);
    now.cells["t3.new.natural"] = CellValue::integer(3981);
    Report last = now;
    last.year = 2023;
    last.cells["t4.review.upheld"] = CellValue::integer(100);
    last.cells["t3.new.natural"] = CellValue::integer(4100);
    Totals::computeAll(last, ReportSchema::forReport(m_registry, last));
    last.cells["t3.new.total"] = CellValue::integer(last.cell("t3.new.total").toInteger() + 7); // printed wrong
    QVERIFY(m_store->save({last}, true));
    open(now);
    QTest::keyClick(m_window.get(), Qt::Key_F9);
    auto *dialog = m_window->findChild<YearOnYearDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QStringList order;
    for (int row = 0; row < dialog->table()->rowCount(); ++row)
        order << dialog->table()->item(row, 0)->data(Qt::UserRole).toString();
    QVERIFY2(order.indexOf(QStringLiteral("t4.review.upheld")) < order.indexOf(QStringLiteral("t3.new.natural")), qPrintable(order.mid(0, 8).join(' ')));
    const FigureHistory &history = dialog->chart()->history();
    QCOMPARE(history.years, (QVector<int>{2023, 2024}));
    QCOMPARE(history.series[0].doubtful, (QVector<bool>{true, false}));
    dialog->close();
}

// 9. "件数不能为负数" after −5: gone from under the cell and from the status bar once Esc drops the −5, and after a
// valid 1,234.
void tst_SecondAfternoon::refusalGoesWithItsCause()
{
    open(TestSupport::expectedReport(m_registry, "changji-kejiju-2021"));
    ReportTableView *view = TestSupport::showTable(m_window.get(), QStringLiteral("t3"));
    const auto typeInto = [&](const QString &key, const QString &text) {
        TestSupport::clickCell(view, key);
        QTest::keyClicks(view, text.left(1));
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && view->isAncestorOf(editor));
        QTest::keyClicks(editor, text.mid(1));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
    };
    const auto refusalShown = [&] {
        return view->cellMessage().contains(QStringLiteral("负数")) || m_window->statusBar()->currentMessage().contains(QStringLiteral("负数"));
    };
    typeInto(QStringLiteral("t3.new.natural"), QStringLiteral("-5"));
    QVERIFY(view->cellMessage().contains(QStringLiteral("负数")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("负数")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCoreApplication::processEvents();
    QVERIFY(!refusalShown());
    // Again, then answered with a valid value.
    typeInto(QStringLiteral("t3.new.natural"), QStringLiteral("-5"));
    QVERIFY(refusalShown());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    typeInto(QStringLiteral("t3.new.natural"), QStringLiteral("1,234"));
    QCOMPARE(stored(2021).cell(QStringLiteral("t3.new.natural")), CellValue::integer(1234));
    QVERIFY(!refusalShown());
}

// 7. A database holding one agency's 2023 report: the start page and the dialog propose that agency and 2024, and
// a year whose carry-over is missing says which year it would need.
void tst_SecondAfternoon::newReportProposesWhatFollows()
{
    Report last = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    last.year = 2023;
    QVERIFY(m_store->save({last}, true));
    showWindow();
    const auto buttons = m_window->startPage()->findChildren<QCommandLinkButton *>();
    QVERIFY(std::any_of(buttons.cbegin(), buttons.cend(), [](QCommandLinkButton *b) { return b->text().startsWith(QStringLiteral("新建 2024 年度报告")); }));
    QString agency, hint, laterHint;
    int year = 0;
    TestSupport::whenModal<NewReportDialog>([&](NewReportDialog *dialog) {
        agency = dialog->findChild<QComboBox *>("agency")->currentText();
        auto *spin = dialog->findChild<QSpinBox *>("year");
        year = spin->value();
        hint = dialog->findChild<QLabel *>("carryOver")->text();
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, "2026");
        laterHint = dialog->findChild<QLabel *>("carryOver")->text();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(agency, m_agency);
    QCOMPARE(year, 2024);
    QVERIFY2(hint.contains(QStringLiteral("2023 年的报告结转")), qPrintable(hint));
    QVERIFY2(laterHint.contains(QStringLiteral("2025 年的报告")) && laterHint.contains(QStringLiteral("最近的是 2023 年")), qPrintable(laterHint));
}

// 11. The first day's only backup was taken before the first change: closing the window now keeps the day's work
// too; 恢复's question defaults to 否.
void tst_SecondAfternoon::dayWorkBackedUpOnClose()
{
    open(TestSupport::expectedReport(m_registry, "changji-kejiju-2021"));
    ReportTableView *view = TestSupport::showTable(m_window.get(), QStringLiteral("t3"));
    TestSupport::clickCell(view, QStringLiteral("t3.new.natural"));
    QTest::keyClicks(view, QStringLiteral("8"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("88"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(stored(2021).cell("t3.new.natural"), CellValue::integer(888));
    const QDir backups(QFileInfo(m_path).absoluteDir().filePath(QStringLiteral("backups")));
    const QString base = QFileInfo(m_path).completeBaseName() + QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate);
    QVERIFY(backups.exists(base + QStringLiteral(".sqlite"))); // the morning's, before the change
    QVERIFY(!backups.exists(base + QStringLiteral("-closed.sqlite")));
    m_window->close();
    QVERIFY(backups.exists(base + QStringLiteral("-closed.sqlite")));
    const auto valueIn = [this](const QString &file) {
        SqliteReportStore copy(m_registry);
        Report r;
        return copy.openSqlite(file) && copy.load(m_agency, 2021, &r) ? r.cell("t3.new.natural") : CellValue();
    };
    QCOMPARE(valueIn(backups.filePath(base + QStringLiteral("-closed.sqlite"))), CellValue::integer(888));
    QVERIFY(valueIn(backups.filePath(base + QStringLiteral(".sqlite"))) != CellValue::integer(888));

    // 文件 ▸ 从备份恢复: the evening's copy is offered; the question's default is 否.
    showWindow();
    QStringList offered;
    QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
    TestSupport::whenModal<RestoreDialog>([&](RestoreDialog *dialog) {
        for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i)
            offered << dialog->list()->topLevelItem(i)->text(2);
        dialog->list()->setCurrentItem(dialog->list()->topLevelItem(0));
        TestSupport::whenModal<QMessageBox>([&](QMessageBox *box) {
            defaultButton = box->standardButton(box->defaultButton());
            QTest::keyClick(box, Qt::Key_Return);
        });
        dialog->accept();
    });
    TestSupport::menuAction(m_window->menuBar(), QStringLiteral("从备份恢复"))->trigger();
    QVERIFY2(!offered.filter(QStringLiteral("closed")).isEmpty(), qPrintable(offered.join('\n')));
    QCOMPARE(defaultButton, QMessageBox::No);
    QCOMPARE(stored(2021).cell("t3.new.natural"), CellValue::integer(888)); // Enter kept it as it was
}

// 14. `disclosure-report --db PATH FILE…`, as main() and a file manager's 打开方式 give it: the window shows PATH's
// reports, imports each FILE, and says what it could not use.
void tst_SecondAfternoon::windowOpensWhatItIsGiven()
{
    const Report report = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    QVERIFY(m_store->save({report}, true));
    m_store.reset();
    Report next = report;
    next.year = 2022;
    const QString json = m_dir.filePath(QStringLiteral("2022.json"));
    QFile out(json);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(ReportJson::write(next, m_registry)) > 0);
    out.close();
    const QString missing = m_dir.filePath(QStringLiteral("not-there.txt"));

    QString said;
    TestSupport::whenModal<QMessageBox>([&](QMessageBox *box) {
        said = box->text();
        box->accept();
    });
    WindowHost host(m_registry);
    QString error;
    QVERIFY2(host.start(WindowArguments({QStringLiteral("disclosure-report"), QStringLiteral("--db"), m_path, json, missing}), &error),
             qPrintable(error));
    QCOMPARE(host.window()->store().location(), m_path);
    QCOMPARE(Preferences().database(), m_path); // the next plain start opens it too
    QTRY_VERIFY2(said.contains(QStringLiteral("不存在")) && said.contains(QStringLiteral("not-there.txt")), qPrintable(said));
    SqliteReportStore check(m_registry);
    Report imported;
    QVERIFY(check.openSqlite(m_path));
    QTRY_VERIFY(check.load(m_agency, 2022, &imported));
    QCOMPARE(imported.cell("t3.new.total"), report.cell("t3.new.total"));

    // A database file on its own (打开方式 of a .sqlite): opened, not imported as text.
    Preferences().noteDatabase(m_dir.filePath(QStringLiteral("elsewhere.sqlite")));
    WindowHost second(m_registry);
    QVERIFY2(second.start(WindowArguments({QStringLiteral("disclosure-report"), m_path}), &error), qPrintable(error));
    QCOMPARE(second.window()->store().location(), m_path);
    QVERIFY(!WindowArguments({QStringLiteral("disclosure-report"), QStringLiteral("--nonsense")}).problems.isEmpty());
}

// 12. Each kind of file dialog opens where that kind last chose a file, Documents before the first.
void tst_SecondAfternoon::fileDialogsRememberTheirFolder()
{
    open(TestSupport::expectedReport(m_registry, "changji-kejiju-2021"));
    QDir(m_dir.path()).mkpath(QStringLiteral("downloads"));
    const QString folder = m_dir.filePath(QStringLiteral("downloads"));
    const QString json = folder + QStringLiteral("/2022.json");
    Report next = stored(2021);
    next.year = 2022;
    QFile out(json);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(ReportJson::write(next, m_registry)) > 0);
    out.close();
    QStringList openedIn;
    const auto choose = [&](const QString &file) {
        TestSupport::whenModal<QFileDialog>([&openedIn, file](QFileDialog *dialog) {
            openedIn << QFileInfo(dialog->directory().absolutePath()).canonicalFilePath();
            if (file.isEmpty()) {
                dialog->reject();
                return;
            }
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")); // the dialog's 文件名 box
            QVERIFY(name);
            name->setText(file); // pasted rather than typed: a completer's popup would take the Return
            QTest::keyClick(name, Qt::Key_Return);
        }, 600); // a file dialog under load takes a while to show
    };
    choose(json);
    TestSupport::menuAction(m_window->menuBar(), QStringLiteral("导入报告 JSON"))->trigger();
    QCOMPARE(openedIn.size(), 1);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QCOMPARE(openedIn.at(0), QFileInfo(QFileInfo(documents).isDir() ? documents : QDir::homePath()).canonicalFilePath());
    choose(QString());
    QApplication::setActiveWindow(m_window.get());
    TestSupport::menuAction(m_window->menuBar(), QStringLiteral("导入报告 JSON"))->trigger();
    QCOMPARE(openedIn.size(), 2);
    QCOMPARE(openedIn.at(1), QFileInfo(folder).canonicalFilePath());
}

// 13. The View menu names the key that works (Ctrl+Shift+Tab, not X11's Backtab), and that key, as X11 sends it,
// goes to the previous tab; in English, "last year’s" is set in a Latin face, its apostrophe narrow.
void tst_SecondAfternoon::keysAndWordsAsShown()
{
    open(TestSupport::expectedReport(m_registry, "changji-kejiju-2021"));
    QAction *previous = TestSupport::menuAction(m_window->menuBar(), QStringLiteral("上一个标签页"));
    QVERIFY(previous);
    const QString shown = previous->shortcut().toString(QKeySequence::NativeText);
    QVERIFY2(shown == QStringLiteral("Ctrl+Shift+Tab"), qPrintable(shown));
    ReportTableView *view = TestSupport::showTable(m_window.get(), QStringLiteral("t3"));
    const int tab = m_window->tabs()->currentIndex();
    QTest::keyClick(view, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), tab - 1);
    m_window.reset();

    // English, as the program starts when it was chosen.
    Preferences().setLanguageChoice(QStringLiteral("en"));
    QVERIFY(UiLanguage::install(*QCoreApplication::instance(), UiLanguage::fromSettings()));
    {
        WindowHost host(m_registry);
        QString error;
        QVERIFY2(host.start(m_path, &error), qPrintable(error));
        const QFontMetricsF metrics(QApplication::font());
        QVERIFY2(metrics.horizontalAdvance(QChar(0x2019)) < 0.5 * metrics.horizontalAdvance(QChar(0x4E2D)),
                 qPrintable(QApplication::font().families().join(QLatin1Char(','))));
        QVERIFY(host.window()->menuBar()->actions().constFirst()->text().contains(QStringLiteral("File")));
    }
    Preferences().setLanguageChoice(QStringLiteral("zh_CN"));
    UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
}

// 10. A report whose phone number came from its 导语 prints no "联系方式" line of its own after 六; the line is
// printed once the clerk names a contact person in 基本信息, where the empty box says so.
void tst_SecondAfternoon::contactLineIsTheClerksChoice()
{
    open(TestSupport::expectedReport(m_registry, "hongze-2024"));
    const auto printed = [this] {
        QStringList lines;
        for (const LayoutPage &page : m_window->preview()->reportLayout()->pages())
            for (const PlacedLine &line : page.lines)
                lines << line.text();
        return lines.join(QLatin1Char('\n'));
    };
    QVERIFY(!printed().contains(QStringLiteral("联系方式")));
    m_window->tabs()->setCurrentIndex(MainWindow::DetailsTab);
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::AltModifier);
    QLineEdit *person = m_window->detailsForm()->personEdit();
    QCOMPARE(QApplication::focusWidget(), person);
    QVERIFY(person->placeholderText().contains(QStringLiteral("不印")));
    QInputMethodEvent typed; // as an input method commits Chinese
    typed.setCommitString(QStringLiteral("王五"));
    QApplication::sendEvent(person, &typed);
    QTest::keyClick(person, Qt::Key_Tab);
    QTRY_VERIFY2(printed().contains(QStringLiteral("联系人：王五")), qPrintable(printed().right(200)));
    QVERIFY(printed().contains(QStringLiteral("联系方式：0517-87290606")));
    QCOMPARE(stored(2024, QStringLiteral("淮安市洪泽区人民政府")).contact.person, std::optional<QString>(QStringLiteral("王五")));
}

// 12. On a 1366×768 screen (the window maximised under a panel: 1366×728) table 三's header is compact — every
// header row as tall as its own words need — and more of the table is in view; the 同比 dialog fits the window.
void tst_SecondAfternoon::compactOnASmallScreen()
{
    open(TestSupport::expectedReport(m_registry, "changji-kejiju-2021"));
    m_window->resize(1366, 728);
    QApplication::processEvents();
    ReportTableView *view = TestSupport::showTable(m_window.get(), QStringLiteral("t3"));
    QApplication::processEvents();
    const int header = view->horizontalHeader()->height();
    const int rows = view->viewport()->height() / qMax(1, view->verticalHeader()->defaultSectionSize());
    // Three header rows: two of one line, one of two (社会公益组织 wraps), the 勾稽关系 note beside them in three —
    // not three rows as tall as the tallest.
    const int line = view->horizontalHeader()->fontMetrics().boundingRect(QStringLiteral("自然人")).height(); // CJK lines, taller than the Latin face's
    QVERIFY2(header <= 5 * line + 3 * 10, qPrintable(QStringLiteral("header %1 px, line %2 px").arg(header).arg(line)));
    QVERIFY2(rows >= 13, qPrintable(QString::number(rows)));

    // 视图 ▸ 同比 (F9): within the window it belongs to, room left for a window manager's title bar.
    QApplication::setActiveWindow(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_F9);
    YearOnYearDialog *yoy = m_window->findChild<YearOnYearDialog *>();
    QVERIFY(yoy);
    QTRY_VERIFY(yoy->isVisible());
    QVERIFY2(yoy->frameGeometry().height() + 40 <= m_window->height(), qPrintable(QStringLiteral("%1 > %2").arg(yoy->frameGeometry().height()).arg(m_window->height())));
}

// 4. Last year's report pasted from a PDF viewer, a line broken inside 《…》: 从剪贴板导入 and 导入 keep the
// paragraph whole in the prose editor, not two paragraphs (printed as two, and carried into next year's).
void tst_SecondAfternoon::bookTitleKeptWhole()
{
    showWindow();
    QString text = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/changji-kejiju-2021.txt"));
    const QString title = QStringLiteral("《昌吉州科学技术局政府信息公开工作制度》");
    QVERIFY(text.contains(title));
    text.replace(title, QStringLiteral("《昌吉州科学技术局政府信息\n公开工作制度》"));
    QApplication::clipboard()->setText(text);
    TestSupport::whenModal<ImportReviewDialog>([](ImportReviewDialog *review) { QMetaObject::invokeMethod(review, "accept", Qt::QueuedConnection); });
    TestSupport::menuAction(m_window->menuBar(), QStringLiteral("从剪贴板导入"))->trigger();
    QTRY_VERIFY(m_window->document());
    const QString shown = m_window->proseEdit(QStringLiteral("part1"))->toPlainText();
    QVERIFY2(shown.contains(title), qPrintable(shown));
    QCOMPARE(stored(2021).prose.part1, TestSupport::expectedReport(m_registry, "changji-kejiju-2021").prose.part1);
}

QTEST_MAIN(tst_SecondAfternoon)
#include "tst_secondafternoon.moc"
