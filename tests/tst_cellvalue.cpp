#include "CellValue.h"

#include <QTest>

Q_DECLARE_METATYPE(ValueType)

class tst_CellValue : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void decimalKeepsTextComparesExactly();
};

void tst_CellValue::parse_data()
{
    QTest::addColumn<ValueType>("type");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("printed"); // the value as printed, or a fragment of the refusal

    QTest::newRow("count") << ValueType::Count << "42" << true << "42";
    QTest::newRow("count spaces") << ValueType::Count << " 7 " << true << "7";
    QTest::newRow("count full-width digits") << ValueType::Count << QStringLiteral("１２") << true << "12";
    QTest::newRow("count empty is blank") << ValueType::Count << "" << true << "";
    QTest::newRow("count seven digits") << ValueType::Count << "3985758" << true << "3985758";
    QTest::newRow("count 2^53-1") << ValueType::Count << "9007199254740991" << true << "9007199254740991";
    QTest::newRow("count 2^53") << ValueType::Count << "9007199254740992" << false << QStringLiteral("太大");
    QTest::newRow("count letter") << ValueType::Count << "1a" << false << QStringLiteral("不是件数");
    QTest::newRow("count chinese numeral") << ValueType::Count << QStringLiteral("五") << false << QStringLiteral("“五”不是件数");
    QTest::newRow("count negative") << ValueType::Count << "-3" << false << QStringLiteral("不能为负数");
    QTest::newRow("count fraction") << ValueType::Count << "1.5" << false << QStringLiteral("不是件数");
    QTest::newRow("signed negative") << ValueType::Signed << "-8" << true << "-8";
    QTest::newRow("signed minus sign") << ValueType::Signed << QStringLiteral("−8") << true << "-8";
    QTest::newRow("signed letter") << ValueType::Signed << "x" << false << QStringLiteral("不是整数");
    QTest::newRow("amount") << ValueType::Amount << "96171.6" << true << "96171.6";
    QTest::newRow("amount six places") << ValueType::Amount << "24252.311082" << true << "24252.311082";
    QTest::newRow("amount seven places") << ValueType::Amount << "1.1234567" << false << QStringLiteral("最多 6 位小数");
    QTest::newRow("amount leading zero") << ValueType::Amount << "012" << false << QStringLiteral("不是金额");
    QTest::newRow("amount negative") << ValueType::Amount << "-1" << false << QStringLiteral("不能为负数");
    QTest::newRow("amount comma") << ValueType::Amount << "1,5" << false << QStringLiteral("不是金额");
    QTest::newRow("text") << ValueType::Text << QStringLiteral("251000元") << true << QStringLiteral("251000元");
    QTest::newRow("text blank") << ValueType::Text << "  " << true << "";
}

void tst_CellValue::parse()
{
    QFETCH(ValueType, type);
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, printed);
    CellValue v = CellValue::integer(999);
    QString error;
    QCOMPARE(CellValue::parse(type, input, &v, &error), ok);
    if (ok) {
        QCOMPARE(v.toString(), printed);
        QCOMPARE(v.isBlank(), printed.isEmpty());
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY2(error.contains(printed), qPrintable(error));
        QCOMPARE(v.toInteger(), qint64(999)); // untouched
    }
}

void tst_CellValue::decimalKeepsTextComparesExactly()
{
    const auto a = Decimal::fromString(QStringLiteral("7545.00"));
    const auto b = Decimal::fromString(QStringLiteral("7545"));
    QVERIFY(a && b);
    QCOMPARE(a->text(), QStringLiteral("7545.00"));
    QVERIFY(*a == *b);
    QCOMPARE(CellValue::decimal(*a), CellValue::decimal(*b));
    QCOMPARE(CellValue::decimal(*a).toString(), QStringLiteral("7545.00"));
    // 0.1 + 0.2 style traps do not exist in scaled integers.
    QCOMPARE(Decimal::fromString(QStringLiteral("0.3"))->micros(), qint64(300000));
    QVERIFY(!Decimal::fromString(QStringLiteral("1e5")));
    QVERIFY(!Decimal::fromString(QStringLiteral("")));
    QVERIFY(CellValue::integer(0) != CellValue());
}

QTEST_GUILESS_MAIN(tst_CellValue)
#include "tst_cellvalue.moc"
