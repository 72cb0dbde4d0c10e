#include "ReportJson.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QTest>

namespace {

QJsonObject withoutComments(QJsonObject o)
{
    for (const QString &k : o.keys())
        if (k.startsWith(QLatin1Char('_')))
            o.remove(k);
    return o;
}

// Sets or removes a member by a '/'-separated path (cell keys contain dots).
QJsonObject edited(QJsonObject o, const QStringList &path, const std::optional<QJsonValue> &value)
{
    if (path.size() == 1) {
        if (value)
            o.insert(path[0], *value);
        else
            o.remove(path[0]);
        return o;
    }
    o.insert(path[0], edited(o.value(path[0]).toObject(), path.mid(1), value));
    return o;
}

} // namespace

class tst_ReportJson : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void writerOrder();
    void keepsNegativeCountsAndAnnotations();
    void unconfirmedIsAComment();
    void invalid_data();
    void invalid();

private:
    FormatRegistry m_registry;
};

// Marked cells are listed as `_unconfirmed` (a comment member): reading the file back changes nothing.
void tst_ReportJson::unconfirmedIsAComment()
{
    Report r = TestSupport::expectedReport(m_registry, "huaian-2024");
    r.doubts.insert("t3.total.natural", QStringLiteral("x"));
    r.doubts.insert("t2.regulations.issued", QStringLiteral("y"));
    const QByteArray written = ReportJson::write(r, m_registry);
    const QJsonObject o = QJsonDocument::fromJson(written).object();
    QCOMPARE(o.value("_unconfirmed").toArray(), QJsonArray({"t2.regulations.issued", "t3.total.natural"}));
    QString error;
    const auto back = ReportJson::read(written, m_registry, &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(back->doubts.isEmpty());
    QCOMPARE(*back, r);
    r.doubts.clear();
    QVERIFY(!ReportJson::write(r, m_registry).contains("_unconfirmed"));
}

void tst_ReportJson::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &n : TestSupport::expectedFixtures())
        QTest::newRow(qPrintable(n)) << TestSupport::expectedPath(n);
}

void tst_ReportJson::roundTrip()
{
    QFETCH(QString, path);
    const QByteArray original = TestSupport::readFile(path);
    QString error;
    const auto report = ReportJson::read(original, m_registry, &error);
    QVERIFY2(report, qPrintable(error));
    const QByteArray written = ReportJson::write(*report, m_registry);

    // The same document: members, strings, integers, nulls — `_` members dropped, defaults allowed.
    QJsonObject expected = withoutComments(QJsonDocument::fromJson(original).object());
    for (const char *member : {"contact", "prose"})
        if (!expected.contains(QLatin1String(member)))
            expected.insert(QLatin1String(member), QJsonObject());
    if (!expected.contains(QLatin1String("date")))
        expected.insert(QStringLiteral("date"), QJsonValue::Null);
    QJsonParseError pe;
    const QJsonObject actual = QJsonDocument::fromJson(written, &pe).object();
    QCOMPARE(pe.error, QJsonParseError::NoError);
    QCOMPARE(actual.keys(), expected.keys());
    for (const QString &k : expected.keys())
        QVERIFY2(actual.value(k) == expected.value(k), qPrintable(k));

    // Reading the export gives the same report, and writing it again the same bytes.
    const auto again = ReportJson::read(written, m_registry, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(*again, *report);
    QCOMPARE(ReportJson::write(*again, m_registry), written);
    QVERIFY(!written.startsWith("\xEF\xBB\xBF"));
    QVERIFY(!written.contains("\\u")); // Chinese unescaped
}

void tst_ReportJson::writerOrder()
{
    const Report r = TestSupport::specExample(m_registry);
    const QString text = QString::fromUtf8(ReportJson::write(r, m_registry));
    int last = -1;
    for (const char *m : {"\"schema\"", "\"agency\"", "\"year\"", "\"formats\"", "\"date\"", "\"title\"", "\"contact\"", "\"prose\"",
                          "\"cells\"", "\"t2.regulations.issued\"", "\"t2.fees.amount\"", "\"t3.new.natural\"", "\"t3.new.total\"",
                          "\"t3.carry.natural\"", "\"t3.forward.total\"", "\"t4.review.upheld\"", "\"t4.after.total\""}) {
        const int at = text.indexOf(QLatin1String(m));
        QVERIFY2(at > last, m);
        last = at;
    }
    QVERIFY(text.contains("\n    \"t3.new.natural\": 4,\n")); // one cell per line
    QVERIFY(text.contains("\"t2.fees.amount\": \"12.5\""));   // amounts stay strings
}

void tst_ReportJson::keepsNegativeCountsAndAnnotations()
{
    QJsonObject o = withoutComments(TestSupport::readJsonObject(TestSupport::expectedPath("shanghai-szfbgt-2019")));
    o = edited(o, {"cells", "t3.new.natural"}, QJsonValue(-4));
    o = edited(o, {"cells", "t2.licensing.change"}, QJsonValue(-8));
    o = edited(o, {"annotations"}, QJsonObject{{"t2.regulations.made", QStringLiteral("（其中修订 5 件）")}});
    QString error;
    const auto r = ReportJson::read(QJsonDocument(o).toJson(), m_registry, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->cell("t3.new.natural"), CellValue::integer(-4));
    QCOMPARE(r->annotations.value("t2.regulations.made"), QStringLiteral("（其中修订 5 件）"));
    QCOMPARE(r->cell("t2.procurement.amount"), CellValue::text(QStringLiteral("251000元")));
    const QByteArray written = ReportJson::write(*r, m_registry);
    QVERIFY(written.contains("\"annotations\": {\n    \"t2.regulations.made\": \"（其中修订 5 件）\"\n  }\n}"));
}

void tst_ReportJson::invalid_data()
{
    QTest::addColumn<QString>("base");     // spec example (all 2021) or shanghai (2019 with （九）)
    QTest::addColumn<QString>("path");     // member to set ('/'-separated), or text to replace when value starts with "raw:"
    QTest::addColumn<QString>("value");    // JSON of the new value; empty = remove the member
    QTest::addColumn<QString>("message");  // the whole message must contain this

    QTest::newRow("not json") << "example" << "" << "raw:{" << "不是有效的 JSON";
    QTest::newRow("truncated") << "example" << "" << "raw:half" << "不是有效的 JSON";
    QTest::newRow("array") << "example" << "" << "raw:[]" << "顶层应为一个对象";
    QTest::newRow("binary") << "example" << "" << "raw:binary" << "不是有效的 JSON";
    QTest::newRow("missing schema") << "example" << "schema" << "" << "schema：缺少必需的成员";
    QTest::newRow("wrong schema") << "example" << "schema" << R"("disclosure-report/2")" << "schema：应为 \"disclosure-report/1\"";
    QTest::newRow("unknown member") << "example" << "colour" << R"("red")" << "colour：未知的成员";
    QTest::newRow("empty agency") << "example" << "agency" << R"("")" << "agency：应为非空字符串";
    QTest::newRow("year as string") << "example" << "year" << R"("2023")" << "year：应为四位整数年份";
    QTest::newRow("year with fraction") << "example" << "" << "raw:\"year\": 2023→\"year\": 2023.0" << "year：应为四位整数年份，实为 2023.0";
    QTest::newRow("year two digits") << "example" << "year" << "23" << "year：";
    QTest::newRow("missing formats") << "example" << "formats" << "" << "formats：缺少必需的成员";
    QTest::newRow("bad t2 form") << "example" << "formats/t2" << R"("2020")" << "formats.t2：应为 2019、2021 之一";
    QTest::newRow("t4 2019") << "example" << "formats/t4" << R"("2019")" << "formats.t4：";
    QTest::newRow("unknown formats member") << "example" << "formats/t5" << R"("2021")" << "formats.t5：未知的成员";
    QTest::newRow("impossible date") << "example" << "date" << R"("2024-02-30")" << "date：应为 YYYY-MM-DD";
    QTest::newRow("unpadded date") << "example" << "date" << R"("2024-1-5")" << "date：";
    QTest::newRow("title number") << "example" << "title" << "5" << "title：应为字符串";
    QTest::newRow("contact phone number") << "example" << "contact/phone" << "991" << "contact.phone：应为字符串";
    QTest::newRow("contact email") << "example" << "contact/email" << R"("a@b")" << "contact.email：未知的成员";
    QTest::newRow("prose part7") << "example" << "prose/part7" << R"("x")" << "prose.part7：未知的成员";
    QTest::newRow("cells array") << "example" << "cells" << "[]" << "cells：应为对象";
    QTest::newRow("chinese numeral") << "example" << "cells/t3.new.natural" << R"("五")"
                                     << "cells.t3.new.natural：应为整数（不带小数点或指数），实为 \"五\"";
    QTest::newRow("fraction") << "example" << "" << "raw:\"t3.new.natural\": 4,→\"t3.new.natural\": 4.0," << "cells.t3.new.natural：应为整数（不带小数点或指数），实为 4.0";
    QTest::newRow("exponent") << "example" << "" << "raw:\"t3.new.natural\": 4,→\"t3.new.natural\": 4e0," << "cells.t3.new.natural：应为整数";
    QTest::newRow("2^53") << "example" << "" << "raw:\"t3.new.natural\": 4,→\"t3.new.natural\": 9007199254740992," << "cells.t3.new.natural：整数超出范围";
    QTest::newRow("beyond int64") << "example" << "" << "raw:\"t3.new.natural\": 4,→\"t3.new.natural\": 99999999999999999999," << "cells.t3.new.natural：整数超出范围";
    QTest::newRow("-2^53") << "example" << "" << "raw:\"t3.new.natural\": 4,→\"t3.new.natural\": -9007199254740992," << "整数超出范围";
    QTest::newRow("boolean") << "example" << "cells/t3.new.natural" << "true" << "cells.t3.new.natural：应为整数";
    QTest::newRow("amount as number") << "example" << "cells/t2.fees.amount" << "12.5" << "cells.t2.fees.amount：应为以字符串书写的金额";
    QTest::newRow("amount 7 places") << "example" << "cells/t2.fees.amount" << R"("1.1234567")" << "cells.t2.fees.amount：金额格式不正确";
    QTest::newRow("amount empty") << "example" << "cells/t2.fees.amount" << R"("")" << "cells.t2.fees.amount：金额格式不正确";
    QTest::newRow("missing cell") << "example" << "cells/t3.new.natural" << "" << "cells.t3.new.natural：缺少单元格";
    QTest::newRow("unknown cell") << "example" << "cells/t3.new.alien" << "0" << "cells.t3.new.alien：未知的单元格";
    QTest::newRow("cell of the other form") << "example" << "cells/t3.other.natural" << "0" << "cells.t3.other.natural：不属于所选表式（t3: 2021）";
    QTest::newRow("half of （九）") << "shanghai" << "cells/t2.procurement.amount" << "" << "cells.t2.procurement.amount：第二十条第（九）项";
    QTest::newRow("empty text") << "shanghai" << "cells/t2.procurement.amount" << R"("")" << "cells.t2.procurement.amount：空字符串不是值";
    QTest::newRow("text as number") << "shanghai" << "cells/t2.procurement.amount" << "251000" << "cells.t2.procurement.amount：应为字符串";
    QTest::newRow("annotation of no cell") << "example" << "annotations/t3.nothing.natural" << R"("x")" << "annotations.t3.nothing.natural：";
    QTest::newRow("annotation number") << "example" << "annotations/t3.new.natural" << "1" << "annotations.t3.new.natural：应为字符串";
}

void tst_ReportJson::invalid()
{
    QFETCH(QString, base);
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, message);
    const QJsonObject start = base == QLatin1String("example")
        ? QJsonDocument::fromJson(ReportJson::write(TestSupport::specExample(m_registry), m_registry)).object()
        : withoutComments(TestSupport::readJsonObject(TestSupport::expectedPath("shanghai-szfbgt-2019")));
    QByteArray text;
    if (value.startsWith(QLatin1String("raw:"))) {
        const QString raw = value.mid(4);
        const QByteArray whole = QJsonDocument(start).toJson();
        if (raw == QLatin1String("half"))
            text = whole.left(whole.size() / 2);
        else if (raw == QLatin1String("binary"))
            text = QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11);
        else if (raw.contains(QStringLiteral("→"))) {
            text = whole;
            const QByteArray from = raw.section(QStringLiteral("→"), 0, 0).toUtf8();
            QVERIFY(text.contains(from));
            text.replace(from, raw.section(QStringLiteral("→"), 1).toUtf8());
        } else
            text = raw.toUtf8();
    } else {
        std::optional<QJsonValue> v;
        if (!value.isEmpty())
            v = QJsonDocument::fromJson("[" + value.toUtf8() + "]").array().at(0);
        text = QJsonDocument(edited(start, path.split(QLatin1Char('/')), v)).toJson();
    }
    QString error;
    const auto r = ReportJson::read(text, m_registry, &error);
    QVERIFY(!r);
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_ReportJson)
#include "tst_reportjson.moc"
