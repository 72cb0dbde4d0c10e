// The page layout engine's geometry, page by page (GB/T 9704 numbers from report-formats.md §10).
#include "FontSet.h"
#include "OfficialDocument.h"
#include "PageGeometry.h"
#include "DocumentBlocks.h"
#include "ReportLayout.h"

#include <algorithm>
#include "SealImage.h"
#include "TestSupport.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using G = PageGeometry;

class tst_ReportLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void textStaysInTypeArea_data();
    void textStaysInTypeArea();
    void pageNumbers();
    void table3HeaderRepeats_data();
    void table3HeaderRepeats();
    void headingsNeverAloneAtFoot_data();
    void headingsNeverAloneAtFoot();
    void signatureWithoutSeal();
    void sealPlacement();
    void signatureStaysWithLastLine();
    void titleBreaksBetweenWords();
    void watermarkFollowsOptions();
    void paintsEveryPage();

private:
    Report fixture(const QString &name) { return TestSupport::expectedReport(m_registry, name); }

    FormatRegistry m_registry;
    FontSet m_fonts;
};

void tst_ReportLayout::initTestCase()
{
    QString error;
    QVERIFY2(m_fonts.loadShipped(&error), qPrintable(error));
    QCOMPARE(m_fonts.family(FontSet::Body), QStringLiteral("FandolFang"));
}

void tst_ReportLayout::textStaysInTypeArea_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &n : TestSupport::expectedFixtures())
        QTest::newRow(qPrintable(n)) << n;
}

void tst_ReportLayout::textStaysInTypeArea()
{
    QFETCH(QString, name);
    ReportLayout layout(m_registry, m_fonts);
    layout.layout(fixture(name));
    QVERIFY(layout.pageCount() >= 3);
    const QRectF area = G::typeArea().adjusted(-1, -1, 1, 1);
    for (const LayoutPage &page : layout.pages()) {
        QVERIFY(!page.lines.isEmpty());
        for (const PlacedLine &line : page.lines)
            QVERIFY2(area.contains(line.rect()), qPrintable(QStringLiteral("page %1: %2 at %3,%4 %5x%6").arg(page.number).arg(line.text())
                                                         .arg(line.rect().x()).arg(line.rect().y()).arg(line.rect().width()).arg(line.rect().height())));
        for (const QRectF &cell : page.cells)
            QVERIFY(area.contains(cell));
    }
}

void tst_ReportLayout::pageNumbers()
{
    ReportLayout layout(m_registry, m_fonts);
    layout.layout(fixture("huaian-2024"));
    QVERIFY(layout.pageCount() >= 2);
    const double oneChar = G::pageNumberSize;
    for (const LayoutPage &page : layout.pages()) {
        QVERIFY(page.pageNumber);
        QCOMPARE(page.pageNumber->text(), QStringLiteral("— %1 —").arg(page.number));
        const QRectF r = page.pageNumber->rect();
        // 7 mm below the type area, outside it.
        QVERIFY(qAbs(r.top() - (G::typeTop + G::typeHeight + G::mm(7))) < G::mm(0.5));
        if (page.number % 2)
            QVERIFY2(qAbs(r.right() - (G::typeLeft + G::typeWidth - oneChar)) < G::mm(0.3), qPrintable(QString::number(r.right())));
        else
            QVERIFY2(qAbs(r.left() - (G::typeLeft + oneChar)) < G::mm(0.3), qPrintable(QString::number(r.left())));
    }
}

void tst_ReportLayout::table3HeaderRepeats_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("seed") << "changji-kejiju-2021";
    QTest::newRow("huaian") << "huaian-2024";
    QTest::newRow("hongze (2019 table 三)") << "hongze-2024";
}

void tst_ReportLayout::table3HeaderRepeats()
{
    QFETCH(QString, name);
    ReportLayout layout(m_registry, m_fonts);
    layout.layout(fixture(name));
    int pagesWithBody = 0;
    int bodyRows = 0;
    for (const LayoutPage &page : layout.pages()) {
        QVector<PlacedRow> rows;
        for (const PlacedRow &r : page.rows)
            if (r.table == QLatin1String("t3"))
                rows.append(r);
        if (rows.isEmpty())
            continue;
        ++pagesWithBody;
        // Every page of the table starts with its three header rows …
        QVERIFY(rows.size() > 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY(rows[i].header);
        // … and no body row overlaps a header row or another row.
        for (int i = 3; i < rows.size(); ++i) {
            QVERIFY(!rows[i].header);
            QVERIFY(rows[i].rect.top() >= rows[i - 1].rect.bottom() - 0.01);
            ++bodyRows;
        }
    }
    QVERIFY2(pagesWithBody >= 2, "table 三 should run over a page break in these reports");
    QCOMPARE(bodyRows, name == QLatin1String("hongze-2024") ? 23 : 25); // every row once, never split
}

void tst_ReportLayout::headingsNeverAloneAtFoot_data()
{
    textStaysInTypeArea_data();
}

void tst_ReportLayout::headingsNeverAloneAtFoot()
{
    QFETCH(QString, name);
    ReportLayout layout(m_registry, m_fonts);
    layout.layout(fixture(name));
    QStringList headings;
    for (int p = 1; p <= 6; ++p)
        headings.append(OfficialDocument::partHeading(p));
    int found = 0;
    for (const LayoutPage &page : layout.pages())
        for (const PlacedLine &line : page.lines) {
            if (!headings.contains(line.text()))
                continue;
            ++found;
            bool somethingBelow = false;
            for (const PlacedLine &other : page.lines)
                somethingBelow = somethingBelow || other.rect().top() > line.rect().bottom();
            QVERIFY2(somethingBelow, qPrintable(line.text()));
        }
    QCOMPARE(found, 6);
}

void tst_ReportLayout::signatureWithoutSeal()
{
    ReportLayout layout(m_registry, m_fonts);
    const Report r = fixture("changji-kejiju-2021");
    layout.layout(r);
    const LayoutPage &last = layout.pages().last();
    QVERIFY(last.agencyLine && last.dateLine && last.lastTextLine);
    QVERIFY(!last.seal);
    const double right = G::typeLeft + G::typeWidth;
    // 7.3.5.2: name two characters in from the right; the date starts two characters right of the name.
    QVERIFY2(qAbs(last.agencyLine->right() - (right - 2 * G::charPitch)) < G::mm(0.5), qPrintable(QStringLiteral("%1 vs %2, left %3").arg(last.agencyLine->right()).arg(right - 2 * G::charPitch).arg(last.agencyLine->left())));
    QVERIFY(qAbs(last.dateLine->left() - (last.agencyLine->left() + 2 * G::charPitch)) < G::mm(0.5));
    // One empty line between the text and the name; the date on the line under the name.
    QVERIFY(last.agencyLine->top() - last.lastTextLine->bottom() > G::linePitch * 0.9);
    QVERIFY(qAbs((last.dateLine->center().y() - last.agencyLine->center().y()) - G::linePitch) < 1);
    // Longer date than name: the date takes the two-character margin, the name moves left.
    Report shortName = r;
    shortName.agency = QStringLiteral("某局");
    layout.layout(shortName);
    const LayoutPage &p = layout.pages().last();
    QVERIFY(qAbs(p.dateLine->right() - (right - 2 * G::charPitch)) < G::mm(0.5));
    QVERIFY(qAbs(p.dateLine->left() - (p.agencyLine->left() + 2 * G::charPitch)) < G::mm(0.5));
}

void tst_ReportLayout::sealPlacement()
{
    ReportLayout layout(m_registry, m_fonts);
    RenderOptions options;
    options.sealImage = TestSupport::sealPng();
    options.sealMimeType = QStringLiteral("image/png");
    layout.layout(fixture("changji-kejiju-2021"), options);
    const LayoutPage &last = layout.pages().last();
    QVERIFY(last.seal && last.agencyLine && last.dateLine && last.lastTextLine);
    const QRectF seal = *last.seal;
    // 7.3.5.1: the date four characters in from the right, the name centred on it, the seal centred on both …
    QVERIFY(qAbs(last.dateLine->right() - (G::typeLeft + G::typeWidth - 4 * G::charPitch)) < G::mm(0.5));
    QVERIFY(qAbs(last.agencyLine->center().x() - last.dateLine->center().x()) < G::mm(0.5));
    QVERIFY(qAbs(seal.center().x() - last.dateLine->center().x()) < G::mm(0.5));
    // … pressing on name and date, which sit a little below its centre …
    QVERIFY(seal.contains(last.agencyLine->center()) && seal.contains(last.dateLine->center()));
    const double textCentre = (last.agencyLine->top() + last.dateLine->bottom()) / 2;
    QVERIFY(textCentre > seal.center().y());
    QVERIFY(textCentre - seal.center().y() < seal.height() / 4);
    // … its top within one line of the last text line; red; on the page of that line.
    QVERIFY(seal.top() >= last.lastTextLine->bottom());
    QVERIFY(seal.top() - last.lastTextLine->bottom() <= G::linePitch);
    QVERIFY(seal.bottom() <= G::typeTop + G::typeHeight + 1);
    QImage page(int(G::pageWidth / 10), int(G::pageHeight / 10), QImage::Format_RGB32);
    QPainter painter(&page);
    painter.scale(0.1, 0.1);
    layout.paintPage(layout.pageCount() - 1, painter);
    painter.end();
    const QColor ring = page.pixelColor(int(seal.center().x() / 10), int((seal.top() + G::mm(1.2)) / 10));
    QVERIFY2(ring.red() > 150 && ring.green() < 120, qPrintable(ring.name()));
}

void tst_ReportLayout::signatureStaysWithLastLine()
{
    // Grow the last paragraph line by line. Whenever the 落款 does not fit under it, the text above it on the page
    // is tightened (7.3.5.5's remedy) or, failing that, the last text line goes to the next page with it — never a
    // page holding only the signature, never lines closer than 85 % of the grid's pitch.
    ReportLayout layout(m_registry, m_fonts);
    Report r = fixture("changji-kejiju-2021");
    r.contact = Contact();
    int tightened = 0, carried = 0;
    for (int extra = 0; extra < 30; ++extra) {
        r.prose.part6 = *fixture("changji-kejiju-2021").prose.part6 + QString(extra * 28, QChar(0x4e00 + 0x100));
        layout.layout(r);
        const LayoutPage &last = layout.pages().last();
        QVERIFY(last.lastTextLine);
        QVERIFY(last.agencyLine->top() > last.lastTextLine->bottom());
        // Body lines of the last page, top to bottom: the pitch of their baselines tells whether they were tightened.
        // (U+4F00, the filler, is not in Fandol: its lines take a fallback face's glyphs, taller ones where Noto CJK
        // is the fallback, and must stay on the grid all the same.)
        QVector<double> tops;
        for (const PlacedLine &line : last.lines)
            if (line.rect().bottom() <= last.lastTextLine->bottom() + 0.5 && line.rect().left() < G::typeLeft + G::charPitch * 3)
                tops.append(line.rect().top() + line.layout->lineAt(line.line).ascent());
        std::sort(tops.begin(), tops.end());
        double smallest = G::linePitch, largest = 0;
        for (int i = 1; i < tops.size(); ++i)
            if (tops[i] - tops[i - 1] > 1) {
                smallest = qMin(smallest, tops[i] - tops[i - 1]);
                largest = qMax(largest, tops[i] - tops[i - 1]);
            }
        QVERIFY2(smallest >= 0.85 * G::linePitch - 1, qPrintable(QString::number(smallest / G::linePitch)));
        // One pitch for the whole page, tightened or not: no line off the grid.
        QVERIFY2(tops.size() < 3 || largest - smallest < 0.05, qPrintable(QStringLiteral("%1 to %2").arg(smallest).arg(largest)));
        if (smallest < G::linePitch - 1)
            ++tightened;
        if (tops.size() <= 2)
            ++carried; // the page holds only the line that came along
    }
    QVERIFY(tightened > 0); // the standard's remedy was needed and used
    qInfo("落款 kept with the text: %d of 30 lengths by tightening, %d by carrying a line over", tightened, carried);
}

void tst_ReportLayout::titleBreaksBetweenWords()
{
    ReportLayout layout(m_registry, m_fonts);
    Report r = fixture("changji-kejiju-2021");
    layout.layout(r);
    // The title is laid out first: the page's first lines.
    const QStringList title{layout.page(0).lines[0].text(), layout.page(0).lines[1].text()};
    QCOMPARE(title, (QStringList{QStringLiteral("昌吉州科学技术局2021年度"), QStringLiteral("政府信息公开工作年度报告")}));
    // Centred: both lines' middles on the type area's.
    const double centre = G::typeLeft + G::typeWidth / 2;
    for (int i = 0; i < 2; ++i)
        QVERIFY(qAbs(layout.page(0).lines[i].rect().center().x() - centre) < G::mm(1));
}

void tst_ReportLayout::watermarkFollowsOptions()
{
    ReportLayout layout(m_registry, m_fonts);
    layout.layout(fixture("pingtan-2021"));
    for (const LayoutPage &p : layout.pages())
        QVERIFY(p.watermark);
    RenderOptions signedOff;
    signedOff.watermark = false;
    layout.layout(fixture("pingtan-2021"), signedOff);
    for (const LayoutPage &p : layout.pages())
        QVERIFY(!p.watermark);
}

void tst_ReportLayout::paintsEveryPage()
{
    ReportLayout layout(m_registry, m_fonts);
    layout.layout(fixture("huaian-2024"));
    QImage image(int(G::pageWidth / 8), int(G::pageHeight / 8), QImage::Format_RGB32);
    for (int i = 0; i < layout.pageCount(); ++i) {
        image.fill(Qt::red);
        QPainter painter(&image);
        ReportLayout::scaleToDots(painter, G::dotsPerInch / 8);
        layout.paintPage(i, painter);
        painter.end();
        QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white)); // the page is painted whole
        int dark = 0;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                dark += qGray(image.pixel(x, y)) < 100;
        QVERIFY(dark > 50); // and has text on it
    }
}

QTEST_MAIN(tst_ReportLayout)
#include "tst_reportlayout.moc"
