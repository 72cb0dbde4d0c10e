#include "ReportChecker.h"
#include "ReportSchema.h"
#include "TestSupport.h"
#include "Totals.h"

#include <QTest>

class tst_Totals : public QObject
{
    Q_OBJECT
private slots:
    void computeAllRestoresEveryTotal();
    void blankPartsGiveBlankTotal();
    void editRecomputesOnlyDependents();
    void fixtureTotalsAgree_data();
    void fixtureTotalsAgree();

private:
    FormatRegistry m_registry;
};

void tst_Totals::computeAllRestoresEveryTotal()
{
    const Report original = TestSupport::specExample(m_registry);
    Report r = original;
    const ReportSchema schema = ReportSchema::forReport(m_registry, r);
    int computed = 0;
    for (const ValueCellDef *c : schema.cells())
        if (c->computed) {
            r.cells[c->key] = CellValue::integer(777);
            ++computed;
        }
    QCOMPARE(computed, 25 + 6 + 3);
    const QStringList changed = Totals::computeAll(r, schema);
    QCOMPARE(changed.size(), computed);
    QCOMPARE(r, original);
    QVERIFY(Totals::computeAll(r, schema).isEmpty());
}

void tst_Totals::blankPartsGiveBlankTotal()
{
    Report r;
    r.agency = QStringLiteral("示例局");
    r.year = 2024;
    const ReportSchema schema(m_registry, r.formats);
    schema.conform(r);
    QCOMPARE(r.cells.size(), 200);
    Totals::computeAll(r, schema);
    QVERIFY(r.cell("t3.total.total").isBlank());
    r.cells["t3.denied_3.legal"] = CellValue::integer(2);
    Totals::computeAll(r, schema);
    QCOMPARE(r.cell("t3.denied_3.total"), CellValue::integer(2));
    QCOMPARE(r.cell("t3.total.legal"), CellValue::integer(2));
    QCOMPARE(r.cell("t3.total.total"), CellValue::integer(2));
    QVERIFY(r.cell("t3.total.natural").isBlank());
}

void tst_Totals::editRecomputesOnlyDependents()
{
    Report r = TestSupport::specExample(m_registry);
    const ReportSchema schema = ReportSchema::forReport(m_registry, r);
    // As published: a wrong table-四 total the clerk has not touched yet.
    r.cells["t4.review.total"] = CellValue::integer(0);
    r.cells["t3.granted.natural"] = CellValue::integer(5);
    const QStringList touched = Totals::recomputeDependents(r, schema, {"t3.granted.natural"});
    QCOMPARE(r.cell("t3.granted.total"), CellValue::integer(6));
    QCOMPARE(r.cell("t3.total.natural"), CellValue::integer(7));
    QCOMPARE(r.cell("t3.total.total"), CellValue::integer(8));
    QCOMPARE(QSet<QString>(touched.begin(), touched.end()), QSet<QString>({"t3.granted.total", "t3.total.natural", "t3.total.total"}));
    QCOMPARE(r.cell("t4.review.total"), CellValue::integer(0)); // kept as printed, flagged by the check
    const auto findings = ReportChecker(m_registry).check(r);
    QCOMPARE(ReportChecker::count(findings, Severity::Error), 3); // t4 total + balance in natural and total columns
}

void tst_Totals::fixtureTotalsAgree_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &n : TestSupport::expectedFixtures())
        QTest::newRow(qPrintable(n)) << n;
}

// Published reports without errors: computing their totals changes no printed total (blank ones aside).
void tst_Totals::fixtureTotalsAgree()
{
    QFETCH(QString, name);
    const Report published = TestSupport::expectedReport(m_registry, name);
    Report r = published;
    const ReportSchema schema = ReportSchema::forReport(m_registry, r);
    Totals::computeAll(r, schema);
    for (const ValueCellDef *c : schema.cells())
        if (!published.cell(c->key).isBlank())
            QVERIFY2(r.cell(c->key) == published.cell(c->key), qPrintable(c->key));
}

QTEST_GUILESS_MAIN(tst_Totals)
#include "tst_totals.moc"
