// The report as blocks in printed order, which the DOCX, ODT and HTML writers and the page layout all follow.
#include "DocumentBlocks.h"
#include "OfficialDocument.h"
#include "TestSupport.h"

#include <QTest>

class tst_DocumentBlocks : public QObject
{
    Q_OBJECT
private slots:
    void printedOrder();
    void tableRows();

private:
    FormatRegistry m_registry;
};

void tst_DocumentBlocks::printedOrder()
{
    const Report seed = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    const QVector<DocumentBlock> blocks = DocumentBlocks::of(seed, ReportSchema::forReport(m_registry, seed));
    QCOMPARE(blocks.constFirst().kind, DocumentBlock::Title);
    QCOMPARE(blocks.constFirst().text, seed.displayTitle());
    QStringList order; // headings and tables as they come
    for (const DocumentBlock &b : blocks) {
        if (b.kind == DocumentBlock::Heading)
            order.append(b.text);
        else if (b.kind == DocumentBlock::Table)
            order.append(b.table->table);
    }
    QCOMPARE(order, QStringList({OfficialDocument::partHeading(1), OfficialDocument::partHeading(2), "t2", OfficialDocument::partHeading(3), "t3",
                                 OfficialDocument::partHeading(4), "t4", OfficialDocument::partHeading(5), OfficialDocument::partHeading(6)}));
    // The 落款 last, with the agency and the date as printed.
    QCOMPARE(blocks.constLast().kind, DocumentBlock::Signature);
    QCOMPARE(blocks.constLast().text, seed.agency);
    QCOMPARE(blocks.constLast().date, QStringLiteral("2022年1月18日"));
    QCOMPARE(DocumentBlocks::formatDate(QDate(2025, 1, 5)), QStringLiteral("2025年1月5日"));
    // Prose paragraphs keep their （一）… heading length for the 楷体 run.
    const auto withHeading = std::find_if(blocks.cbegin(), blocks.cend(), [](const DocumentBlock &b) { return b.headingLength > 0; });
    QVERIFY(withHeading != blocks.cend());
    QVERIFY2(withHeading->headingLength < withHeading->text.size(), qPrintable(withHeading->text));
    QCOMPARE(withHeading->headingLength, DocumentBlocks::headingLength(withHeading->text));
}

void tst_DocumentBlocks::tableRows()
{
    const Report huaian = TestSupport::expectedReport(m_registry, "huaian-2024");
    const ReportSchema schema = ReportSchema::forReport(m_registry, huaian);
    const TableFormat *t3 = schema.tables()[1];
    const auto rows = DocumentBlocks::rows(*t3, huaian, schema);
    QCOMPARE(rows.size(), int(t3->header.size() + t3->body.size()));
    // The values are the report's, in their cells.
    bool found = false;
    for (const auto &row : rows)
        for (const TableCellText &c : row)
            found = found || (!c.label && c.text == huaian.cell("t3.new.natural").toString());
    QVERIFY(found);
    double width = 0;
    for (double w : DocumentBlocks::columnWidthsMm(*t3))
        width += w;
    QVERIFY(qAbs(width - 156) < 0.01); // the GB/T 9704 type area
    const auto coverage = DocumentBlocks::coverage(rows, int(DocumentBlocks::columnWidthsMm(*t3).size()));
    for (const auto &line : coverage)
        for (const TableCellText *c : line)
            QVERIFY(c); // every grid slot covered by one cell
}

QTEST_GUILESS_MAIN(tst_DocumentBlocks)
#include "tst_documentblocks.moc"
