#include "CarryOver.h"
#include "ReportCheck.h"
#include "ReportSchema.h"
#include "TestSupport.h"

#include <QTest>

class tst_CarryOver : public QObject
{
    Q_OBJECT
private slots:
    void fillsFromLastYear2021();
    void fillsPrevItems2019();
};

void tst_CarryOver::fillsFromLastYear2021()
{
    FormatRegistry registry;
    const Report last = TestSupport::expectedReport(registry, "huaian-2024");
    Report next;
    next.agency = last.agency;
    next.year = 2025;
    ReportSchema(registry, next.formats).conform(next);
    const QStringList filled = CarryOver::apply(next, last, registry);
    for (const char *c : {"natural", "commercial", "research", "nonprofit", "legal", "other_org", "total"})
        QCOMPARE(next.cell(QStringLiteral("t3.carry.") + QLatin1String(c)), last.cell(QStringLiteral("t3.forward.") + QLatin1String(c)));
    QCOMPARE(next.cell("t2.normative_docs.in_force"), last.cell("t2.normative_docs.in_force"));
    QVERIFY(next.cell("t3.new.natural").isBlank());
    QCOMPARE(filled.size(), 7 + 2);
}

void tst_CarryOver::fillsPrevItems2019()
{
    FormatRegistry registry;
    Report last = TestSupport::expectedReport(registry, "shanghai-szfbgt-2019");
    last.cells["t2.licensing.prev_items"] = CellValue::integer(120);
    last.cells["t2.licensing.change"] = CellValue::integer(-8);
    Report next;
    next.agency = last.agency;
    next.year = 2020;
    next.formats = last.formats;
    ReportSchema(registry, next.formats, {"procurement"}).conform(next);
    CarryOver::apply(next, last, registry);
    QCOMPARE(next.cell("t2.licensing.prev_items"), CellValue::integer(112));
    // t3 carried from a 2019 table into a 2019 table.
    QCOMPARE(next.cell("t3.carry.natural"), last.cell("t3.forward.natural"));

    // The check's cross-year rules agree with what was filled, and do look: one figure off is found.
    const ReportCheck check(registry);
    const auto crossYear = [&](const Report &report) {
        QStringList anchors;
        for (const Finding &f : check.run(report, &last, ReportCheck::Scope::Rules))
            if (f.rule == QLatin1String("t2.prev_items") || f.rule == QLatin1String("t3.carry_over"))
                anchors << f.anchor();
        return anchors;
    };
    QCOMPARE(crossYear(next), QStringList());
    Report off = next;
    off.cells["t2.licensing.prev_items"] = CellValue::integer(111);
    QCOMPARE(crossYear(off), QStringList{QStringLiteral("t2.licensing.prev_items")});
}

QTEST_GUILESS_MAIN(tst_CarryOver)
#include "tst_carryover.moc"
