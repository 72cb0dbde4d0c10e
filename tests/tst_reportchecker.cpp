#include "ReportChecker.h"
#include "ReportJson.h"
#include "ReportSchema.h"
#include "TestSupport.h"

#include <QTest>

namespace {

// Applies "key=value" edits (value: integer, "null", or a quoted string) without recomputing totals.
void apply(Report &r, const QStringList &edits)
{
    for (const QString &e : edits) {
        const QString key = e.section(QLatin1Char('='), 0, 0);
        const QString value = e.section(QLatin1Char('='), 1);
        QVERIFY2(r.cells.contains(key), qPrintable(key));
        if (value == QLatin1String("null"))
            r.cells[key] = CellValue();
        else
            r.cells[key] = CellValue::integer(value.toLongLong());
    }
}

QStringList summary(const QVector<Finding> &findings, Severity severity)
{
    QStringList out;
    for (const Finding &f : findings)
        if (f.severity == severity)
            out.append(f.rule + QLatin1Char('@') + f.anchor() + (f.fix ? QLatin1Char('=') + f.fix->toString() : QString()));
    out.sort();
    return out;
}

} // namespace

class tst_ReportChecker : public QObject
{
    Q_OBJECT
private slots:
    void consistentReportIsClean();
    void ruleFires_data();
    void ruleFires();
    void crossYear_data();
    void crossYear();
    void messagesNameCellsAndNumbers();
    void fixtures_data();
    void fixtures();

private:
    FormatRegistry m_registry;
};

void tst_ReportChecker::consistentReportIsClean()
{
    const Report r = TestSupport::specExample(m_registry);
    QCOMPARE(r.cells.size(), 200);
    const auto findings = ReportChecker(m_registry).check(r);
    QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).message));
}

void tst_ReportChecker::ruleFires_data()
{
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<QStringList>("errors");   // rule@anchor=fix, sorted
    QTest::addColumn<QStringList>("warnings");

    QTest::newRow("t3.row_total") << QStringList{"t3.granted.total=4", "t3.total.total=6"}
                                  << QStringList{"t3.balance@t3.forward.total=0", "t3.row_total@t3.granted.total=3",
                                                 "t3.row_total@t3.total.total=5"}
                                  << QStringList{};
    QTest::newRow("t3.results_total") << QStringList{"t3.granted.natural=3", "t3.granted.total=4"}
                                      << QStringList{"t3.results_total@t3.total.natural=5", "t3.results_total@t3.total.total=6"}
                                      << QStringList{};
    QTest::newRow("t3.balance") << QStringList{"t3.forward.natural=2", "t3.forward.total=2"}
                                << QStringList{"t3.balance@t3.forward.natural=1", "t3.balance@t3.forward.total=1"}
                                << QStringList{};
    QTest::newRow("t4.group_total") << QStringList{"t4.direct.upheld=1"} << QStringList{"t4.group_total@t4.direct.total=1"}
                                    << QStringList{};
    QTest::newRow("t4 total printed as 0") << QStringList{"t4.review.total=0"} << QStringList{"t4.group_total@t4.review.total=1"}
                                           << QStringList{};
    QTest::newRow("cell.negative") << QStringList{"t2.normative_docs.issued=-2"} << QStringList{"cell.negative@t2.normative_docs.issued"}
                                   << QStringList{};
    QTest::newRow("cell.blank detail counts as 0") << QStringList{"t3.denied_1.natural=null"} << QStringList{}
                                                   << QStringList{"cell.blank@t3.denied_1.natural"};
    QTest::newRow("cell.blank detail with a number") << QStringList{"t3.new.commercial=null"}
                                                     << QStringList{"t3.balance@t3.forward.commercial=-1", "t3.row_total@t3.new.total=4"}
                                                     << QStringList{"cell.blank@t3.new.commercial"};
    // §7.2: a blank total is reported once, as cell.blank with the computed value as fix, never as a wrong sum.
    QTest::newRow("blank total") << QStringList{"t3.new.total=null"} << QStringList{} << QStringList{"cell.blank@t3.new.total=5"};
    QTest::newRow("blank total column") << QStringList{"t3.granted.total=null", "t3.partial.total=null", "t3.unable_1.total=null"}
                                        << QStringList{}
                                        << QStringList{"cell.blank@t3.granted.total=3", "cell.blank@t3.partial.total=1",
                                                       "cell.blank@t3.unable_1.total=1"};
    QTest::newRow("blank forward counts as 0") << QStringList{"t3.forward.commercial=null"} << QStringList{}
                                               << QStringList{"cell.blank@t3.forward.commercial"};
}

void tst_ReportChecker::ruleFires()
{
    QFETCH(QStringList, edits);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, warnings);
    Report r = TestSupport::specExample(m_registry);
    apply(r, edits);
    const auto findings = ReportChecker(m_registry).check(r);
    QCOMPARE(summary(findings, Severity::Error), errors);
    QCOMPARE(summary(findings, Severity::Warning), warnings);
}

void tst_ReportChecker::crossYear_data()
{
    QTest::addColumn<QString>("t2");         // form of table 二 this year
    QTest::addColumn<QString>("previousT2"); // and last year
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<QStringList>("previousEdits");
    QTest::addColumn<QStringList>("warnings");

    QTest::newRow("carry over holds") << "2021" << "2021" << QStringList{} << QStringList{"t2.normative_docs.in_force=13"}
                                      << QStringList{};
    QTest::newRow("t3.carry_over") << "2021" << "2021" << QStringList{} << QStringList{"t3.forward.natural=2", "t2.normative_docs.in_force=13"}
                                   << QStringList{"t3.carry_over@t3.carry.natural=2"};
    QTest::newRow("t2.in_force") << "2021" << "2021" << QStringList{} << QStringList{}
                                 << QStringList{"t2.in_force@t2.normative_docs.in_force=15"};
    QTest::newRow("t2.in_force needs both years 2021") << "2021" << "2019" << QStringList{} << QStringList{} << QStringList{};
    QTest::newRow("t2.prev_items") << "2019" << "2019" << QStringList{"t2.licensing.prev_items=120"}
                                   << QStringList{"t2.licensing.prev_items=128", "t2.licensing.change=-8", "t2.fees.prev_items=3", "t2.fees.change=1"}
                                   << QStringList{"t2.prev_items@t2.fees.prev_items=4"};
}

void tst_ReportChecker::crossYear()
{
    QFETCH(QString, t2);
    QFETCH(QString, previousT2);
    QFETCH(QStringList, edits);
    QFETCH(QStringList, previousEdits);
    QFETCH(QStringList, warnings);
    auto inForm = [this](const QString &form) {
        Report r = TestSupport::specExample(m_registry);
        if (form == QLatin1String("2019")) {
            r.formats.t2 = form;
            const ReportSchema schema(m_registry, r.formats);
            schema.conform(r);
            for (const ValueCellDef *c : schema.cells())
                if (c->table == QLatin1String("t2"))
                    r.cells[c->key] = CellValue::integer(0);
        }
        return r;
    };
    Report previous = inForm(previousT2);
    previous.year -= 1;
    apply(previous, previousEdits);
    Report current = inForm(t2);
    apply(current, edits);
    const auto findings = ReportChecker(m_registry).check(current, &previous);
    QCOMPARE(summary(findings, Severity::Error), QStringList());
    QCOMPARE(summary(findings, Severity::Warning), warnings);
    // Without the previous year the cross-year rules are silent.
    QCOMPARE(summary(ReportChecker(m_registry).check(current), Severity::Warning), QStringList());
}

void tst_ReportChecker::messagesNameCellsAndNumbers()
{
    Report r = TestSupport::specExample(m_registry);
    apply(r, {"t3.total.natural=15", "t3.granted.natural=15"}); // results: 15 + 1 + 1
    const auto findings = ReportChecker(m_registry).check(r);
    const auto it = std::find_if(findings.begin(), findings.end(), [](const Finding &f) {
        return f.rule == QLatin1String("t3.results_total") && f.anchor() == QLatin1String("t3.total.natural");
    });
    QVERIFY(it != findings.end());
    QCOMPARE(it->message, QStringLiteral("（七）总计（自然人）为 15，办理结果各项之和为 17"));
    QCOMPARE(it->cells.size(), 22);
    QCOMPARE(it->cells.at(1), QStringLiteral("t3.granted.natural"));
    const QJsonObject json = it->toJson();
    QCOMPARE(json.value("severity").toString(), QStringLiteral("error"));
    QCOMPARE(json.value("cells").toArray().size(), 22);
}

void tst_ReportChecker::fixtures_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = TestSupport::expectedFixtures();
    QVERIFY(names.size() >= 5);
    for (const QString &n : names)
        QTest::newRow(qPrintable(n)) << n;
}

// Each published report's own inconsistencies — and no others (report-json.md §9).
void tst_ReportChecker::fixtures()
{
    QFETCH(QString, name);
    const Report r = TestSupport::expectedReport(m_registry, name);
    const QJsonArray expected = TestSupport::readJsonObject(TestSupport::expectedPath(name)).value("_expected_findings").toArray();
    QStringList errors, warnings;
    for (const QJsonValue &v : expected) {
        const QJsonObject f = v.toObject();
        const QString entry = f.value("rule").toString() + QLatin1Char('@') + f.value("cells").toArray().at(0).toString();
        (f.value("severity").toString() == QLatin1String("error") ? errors : warnings).append(entry);
    }
    errors.sort();
    warnings.sort();
    auto anchors = [](const QVector<Finding> &findings, Severity s) {
        QStringList out;
        for (const Finding &f : findings)
            if (f.severity == s)
                out.append(f.rule + QLatin1Char('@') + f.anchor());
        out.sort();
        return out;
    };
    const auto findings = ReportChecker(m_registry).check(r);
    QCOMPARE(anchors(findings, Severity::Error), errors);
    QCOMPARE(anchors(findings, Severity::Warning), warnings);
}

QTEST_GUILESS_MAIN(tst_ReportChecker)
#include "tst_reportchecker.moc"
