#include "CellValue.h"
#include "CommandLine.h"
#include "TestSupport.h"
#include "Preferences.h"
#include "UiLanguage.h"

#include <QFile>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>
#include <QRegularExpression>
#include <QTest>

class tst_UiLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void followsTheSystemUnlessChosen();
    void englishTranslatesEveryString();
    void switchesBack();
};

void tst_UiLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the choice in a throw-away settings file
    Preferences().setLanguageChoice(QString());
}

void tst_UiLanguage::followsTheSystemUnlessChosen()
{
    // ctest runs with LANG=C.UTF-8: a system that is not Chinese gets English …
    QCOMPARE(QLocale::system().name(), QStringLiteral("C"));
    QCOMPARE(Preferences::systemLanguage(), QStringLiteral("en"));
    QCOMPARE(UiLanguage::fromSettings(), QStringLiteral("en"));
    // … unless 设置 says otherwise; and back to following the system.
    Preferences().setLanguageChoice(QStringLiteral("zh_CN"));
    QCOMPARE(UiLanguage::fromSettings(), QStringLiteral("zh_CN"));
    Preferences().setLanguageChoice(QStringLiteral("xx")); // a hand-edited file: not a language we have
    QCOMPARE(Preferences().languageChoice(), QString());
    Preferences().setLanguageChoice(QString());
    QCOMPARE(UiLanguage::fromSettings(), QStringLiteral("en"));
    // (A Chinese system is checked by cli_headless, which runs the program with LANG=zh_CN.UTF-8.)
}

void tst_UiLanguage::englishTranslatesEveryString()
{
    // Every source string has a finished English translation …
    QFile ts(QStringLiteral(DR_SOURCE_DIR "/translations/disclosure-report_en.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(ts.readAll());
    QVERIFY(text.count("<source>") > 80);
    QCOMPARE(text.count(QStringLiteral("type=\"unfinished\"")), 0);
    QCOMPARE(text.count(QStringLiteral("type=\"vanished\"")), 0);
    // … and the built-in catalogue is used.
    QVERIFY(UiLanguage::install(*QCoreApplication::instance(), "en"));
    CellValue v;
    QString error;
    QVERIFY(!CellValue::parse(ValueType::Count, "-1", &v, &error));
    QCOMPARE(error, QStringLiteral("A count cannot be negative: “-1”"));
    const FormatRegistry registry;
    QString out, err;
    QTextStream o(&out), e(&err);
    QCOMPARE(CommandLine(registry, o, e).run({"disclosure-report", "frobnicate"}), 2);
    e.flush();
    QVERIFY2(err.contains("Unknown command “frobnicate”"), qPrintable(err));
}

void tst_UiLanguage::switchesBack()
{
    // A switch removes the previous catalogues: Chinese again after English, and Qt's own strings with it.
    QVERIFY(UiLanguage::install(*QCoreApplication::instance(), "en"));
    QVERIFY(UiLanguage::install(*QCoreApplication::instance(), "zh_CN"));
    CellValue v;
    QString error;
    QVERIFY(!CellValue::parse(ValueType::Count, "-1", &v, &error));
    QCOMPARE(error, QStringLiteral("件数不能为负数：“-1”"));
    QCOMPARE(QCoreApplication::instance()->findChildren<QTranslator *>().size(), 1); // qtbase_zh_CN only
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
}

QTEST_GUILESS_MAIN(tst_UiLanguage)
#include "tst_uilanguage.moc"
