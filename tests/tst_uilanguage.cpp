#include "CellValue.h"
#include "CommandLine.h"
#include "TestSupport.h"
#include "UiLanguage.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

class tst_UiLanguage : public QObject
{
    Q_OBJECT
private slots:
    void chineseIsTheDefault();
    void englishTranslatesEveryString();
};

void tst_UiLanguage::chineseIsTheDefault()
{
    QCOMPARE(UiLanguage::fromSettings(), QStringLiteral("zh_CN"));
    QVERIFY(UiLanguage::install(*QCoreApplication::instance(), "zh_CN"));
    CellValue v;
    QString error;
    QVERIFY(!CellValue::parse(ValueType::Count, "-1", &v, &error));
    QCOMPARE(error, QStringLiteral("件数不能为负数：“-1”"));
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

QTEST_GUILESS_MAIN(tst_UiLanguage)
#include "tst_uilanguage.moc"
