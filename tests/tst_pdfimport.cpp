// A PDF with a text layer imported as a clerk gets one: the fixtures' reports printed by our PDF writer (also with
// pages turned on their side, as a wide table's page is) and by LibreOffice (from our DOCX, as an office's Word file is
// saved as PDF, and from our web page) and by a browser's engine (WebKit's print of our web page), each read through
// poppler's words and the tables' rules (PdfText). Every cell must be the printed figure or marked — and nearly every
// one exact: the characters are the PDF's own. Counts are printed per fixture and renderer. Then the shapes the
// reading must undo: a figure drawn before its label, a table over a page break with its header repeated, page
// numbers and running heads, prose wrapped over lines and pages; and what is no report (an encrypted PDF:
// tst_officeimport).
#include "PdfText.h"
#include "ReportChecker.h"
#include "ReportExport.h"
#include "ReportImport.h"
#include "UnruledTables.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class tst_PdfImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void printedReports_data();
    void printedReports();
    void proseJoinedFurnitureDropped();
    void textLaidOutInSpaces_data();
    void textLaidOutInSpaces();
    void wrongDigitCaughtByARule_data();
    void wrongDigitCaughtByARule();
    void figureBeforeItsLabelAndARowOverAPageBreak();
    void unruledTableFromWhereItsWordsStand();
    void tooManyPagesRefusedAtOnce();
    void noReportRefused();

private:
    QString libreOffice(const QString &source, const QString &target); // the PDF LibreOffice saves
    QString browser(const QString &page); // the PDF a browser's engine prints of a web page
    static QString pdftotext(const QString &pdf, int page); // one page's text as poppler's own tool gives it
    // Not read, within seconds, with a message that says `why`.
    static void refusedAtOnce(const QString &pdf, const QString &why)
    {
        QString error;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!ReportImport::textOfFile(pdf, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
        QVERIFY(clock.elapsed() < 5000);
    }

    FormatRegistry m_registry;
    QTemporaryDir m_dir;
};

QString tst_PdfImport::libreOffice(const QString &source, const QString &target)
{
    const QString out = m_dir.filePath(QStringLiteral("lo-") + target);
    QProcess soffice;
    soffice.start(QStringLiteral("soffice"), {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("lo-profile"))).toString(),
                                              QStringLiteral("--headless"), QStringLiteral("--convert-to"), target, QStringLiteral("--outdir"), out, source});
    if (!soffice.waitForFinished(180000) || soffice.exitCode() != 0)
        return QString();
    return out + QLatin1Char('/') + QFileInfo(source).completeBaseName() + QStringLiteral(".pdf");
}

// WebKit's print (wkhtmltopdf), as a clerk's browser saves a page as PDF: its own fonts (Noto CJK) and layout.
QString tst_PdfImport::browser(const QString &page)
{
    const QString out = m_dir.filePath(QFileInfo(page).completeBaseName() + QStringLiteral("-browser.pdf"));
    QProcess print;
    print.start(QStringLiteral("wkhtmltopdf"), {QStringLiteral("--quiet"), page, out});
    if (!print.waitForFinished(60000) || print.exitCode() != 0)
        return QString();
    return out;
}

void tst_PdfImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
        QFAIL("LibreOffice is missing: packaging/install-deps.sh --tests installs libreoffice-writer-nogui");
    if (QStandardPaths::findExecutable(QStringLiteral("wkhtmltopdf")).isEmpty())
        QFAIL("wkhtmltopdf is missing: packaging/install-deps.sh --tests installs it");
    for (const QString &name : TestSupport::expectedFixtures()) {
        const Report report = TestSupport::expectedReport(m_registry, name);
        QString error;
        for (const char *suffix : {".pdf", ".docx", ".html"})
            QVERIFY2(ReportExport::write(report, m_registry, m_dir.filePath(name + QLatin1String(suffix)), {}, &error), qPrintable(error));
    }
}

void tst_PdfImport::printedReports_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("renderer");
    for (const QString &name : TestSupport::expectedFixtures())
        for (const char *renderer : {"ours", "ours, pages turned", "LibreOffice from DOCX", "LibreOffice from HTML", "a browser (WebKit) from HTML"})
            QTest::newRow(qPrintable(name + QStringLiteral(" by ") + QLatin1String(renderer))) << name << QString::fromLatin1(renderer);
}

void tst_PdfImport::printedReports()
{
    QFETCH(QString, fixture);
    QFETCH(QString, renderer);
    QString pdf = m_dir.filePath(fixture + QStringLiteral(".pdf"));
    if (renderer == QLatin1String("LibreOffice from DOCX"))
        pdf = libreOffice(m_dir.filePath(fixture + QStringLiteral(".docx")), QStringLiteral("pdf"));
    else if (renderer == QLatin1String("ours, pages turned")) {
        // Pages set on their side, as a wide table's page is: one turned clockwise, the next two the other way.
        const QString turned = m_dir.filePath(fixture + QStringLiteral("-turned.pdf"));
        QCOMPARE(QProcess::execute(QStringLiteral("qpdf"), {QStringLiteral("--rotate=+90:2"), QStringLiteral("--rotate=-90:3-4"), pdf, turned}), 0);
        pdf = turned;
    } else if (renderer == QLatin1String("LibreOffice from HTML"))
        pdf = libreOffice(m_dir.filePath(fixture + QStringLiteral(".html")), QStringLiteral("pdf:writer_web_pdf_Export"));
    QVERIFY2(QFileInfo::exists(pdf), qPrintable(pdf));
    const Report expected = TestSupport::expectedReport(m_registry, fixture);
    ReportImport import(m_registry, [] { return nullptr; });
    QString error;
    SourcePages pages;
    QElapsedTimer clock;
    clock.start();
    std::optional<OcrReadings> ocr;
    const auto text = ReportImport::textOfFile(pdf, &error, &pages, nullptr, &ocr);
    QVERIFY2(text, qPrintable(error));
    TextImporter::Failure failure{};
    auto result = import.readText(*text, {}, &error, &failure, ocr ? &*ocr : nullptr);
    // LibreOffice sets a web page's heading so large that its last character goes over to the next page: the window
    // then asks the clerk for the agency and the year, as here.
    if (!result && failure == TextImporter::Failure::NoAgencyOrYear && renderer == QLatin1String("LibreOffice from HTML"))
        result = import.readText(*text, {expected.agency, expected.year, {}}, &error, nullptr, ocr ? &*ocr : nullptr);
    const qint64 ms = clock.elapsed();
    if (qEnvironmentVariableIsSet("DR_PDF_DUMP"))
        qInfo().noquote() << *text;
    QVERIFY2(result, qPrintable(error));
    QVERIFY2(!pages.ocr && !ocr, "a PDF's text is not OCR's");
    // Every line of the text has its place on a page shown for the review — also where the tables have no rules
    // (LibreOffice prints a web page's tables without their borders) and their columns come from the words' places.
    const bool ruled = renderer != QLatin1String("LibreOffice from HTML");
    QVERIFY(!pages.isEmpty());
    QCOMPARE(pages.lines.size(), text->count(QLatin1Char('\n')) + 1);
    QCOMPARE(pages.cells.size(), pages.lines.size());
    const Report &read = result->report;
    QCOMPARE(read.year, expected.year);
    // The agency as printed — or, where the title could not be read (LibreOffice's page heading goes over a page),
    // the one the preamble names, with a note for the clerk: never a name nobody is told about.
    if (read.agency != expected.agency)
        QVERIFY2(result->notes.join(QLatin1Char('\n')).contains(read.agency), qPrintable(read.agency));
    const TestSupport::CellCounts c = TestSupport::compareCells(expected, read);
    if (qEnvironmentVariableIsSet("DR_PDF_DUMP"))
        qInfo().noquote() << "marked:" << c.markedKeys.join(QLatin1Char('\n'));
    qInfo("%s: %d cells — %d exact, %d marked, %d wrong unmarked; read in %lld ms", QTest::currentDataTag(), c.cells, c.exact, c.marked, c.wrong, ms);
    QVERIFY2(c.wrong == 0, qPrintable(c.silent.join(QLatin1Char('\n'))));
    // The review outlines each figure's own cell: on its row's line of the page, the form's columns left to right.
    const auto cellBox = [&](const QString &key) {
        const int line = result->sourceLines.value(key);
        const QVector<QRect> cells = pages.cells.value(line - 1);
        const int at = int(cells.size()) - 1 - result->sourceFields.value(key, -1);
        return result->sourceFields.contains(key) && at >= 0 && at < cells.size() ? cells.at(at) : QRect();
    };
    int boxed = 0;
    for (auto it = result->sourceFields.cbegin(); it != result->sourceFields.cend(); ++it) {
        const QRect box = cellBox(it.key());
        if (box.isEmpty())
            continue; // a line whose cells' places are not known (the review outlines its row)
        const QRect row = pages.lines.at(result->sourceLines.value(it.key()) - 1).second;
        QVERIFY2(box.center().y() >= row.top() - 3 && box.center().y() <= row.bottom() + 3, qPrintable(it.key()));
        ++boxed;
    }
    QVERIFY2(boxed * 2 > c.cells, qPrintable(QString::number(boxed)));
    const QStringList row{QStringLiteral("t3.new.natural"), QStringLiteral("t3.new.commercial"), QStringLiteral("t3.new.total")};
    for (int k = 1; k < row.size(); ++k)
        if (!cellBox(row.at(k - 1)).isEmpty() && !cellBox(row.at(k)).isEmpty())
            QVERIFY2(cellBox(row.at(k - 1)).right() <= cellBox(row.at(k)).left() + 2, qPrintable(row.at(k)));
    // The floor: a ruled table's cells are the PDF's own characters in their own cells, so all but a few must be
    // exact; an unruled one's columns and rows come from where its words stand (85–93 % today: the rest is table 四,
    // wider than LibreOffice's page, its last column cut off — marked). An importer that marks all fails.
    const int floor = ruled ? 97 : 80;
    QVERIFY2(c.exact * 100 >= c.cells * floor, qPrintable(QStringLiteral("only %1 of %2 exact").arg(c.exact).arg(c.cells)));
}

QString tst_PdfImport::pdftotext(const QString &pdf, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
}

// Our printed report: every paragraph comes out as one line, word for word — also one the page break cuts, as
// pdftotext shows — and no page number ("— 3 —") is left among them.
void tst_PdfImport::proseJoinedFurnitureDropped()
{
    const QString fixture = QStringLiteral("changji-kejiju-2021");
    const QString pdf = m_dir.filePath(fixture + QStringLiteral(".pdf"));
    const Report expected = TestSupport::expectedReport(m_registry, fixture);
    QString error;
    const auto read = PdfText::read(pdf, &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(read->tables >= 3);
    const QStringList lines = read->text.split(QLatin1Char('\n'));
    static const QRegularExpression pageNumber(QStringLiteral("^[—–-]?\\s*\\d+\\s*[—–-]?$"));
    for (const QString &line : lines)
        QVERIFY2(!pageNumber.match(line.trimmed()).hasMatch(), qPrintable(line));
    int paragraphs = 0, overABreak = 0;
    for (const QString &part : Prose::parts())
        for (const QString &paragraph : expected.prose.get(part).value_or(QString()).split(QLatin1Char('\n'))) {
            if (paragraph.trimmed().size() < 60)
                continue;
            ++paragraphs;
            QVERIFY2(lines.contains(paragraph.trimmed()), qPrintable(QStringLiteral("not one line: ") + paragraph));
            // Where poppler's own tool puts its beginning and its end on two pages, it went over a page break.
            const QString head = paragraph.trimmed().left(12), tail = paragraph.trimmed().right(12);
            for (int page = 1; page < 8; ++page)
                if (pdftotext(pdf, page).contains(head) && !pdftotext(pdf, page).contains(tail) && pdftotext(pdf, page + 1).contains(tail))
                    ++overABreak;
        }
    qInfo("%d paragraphs of 60 characters or more, %d of them over a page break", paragraphs, overABreak);
    QVERIFY(paragraphs >= 4);
    QVERIFY2(overABreak >= 1, "no paragraph of the fixture goes over a page break: the test proves less than it says");
}

namespace {

// A page of a ruled table drawn by hand with QPainter: rows of (label, figures), 8 mm high, under `header` (none when
// empty).
void drawTable(QPainter &p, int top, const QStringList &header, const QVector<QStringList> &rows, bool figuresFirst)
{
    const int left = 200, labelWidth = 3000, figureWidth = 1000, height = 600; // in 1200 dpi device units
    QVector<QStringList> all;
    if (!header.isEmpty())
        all.append(header);
    all += rows;
    for (int r = 0; r <= all.size(); ++r)
        p.drawLine(left, top + r * height, left + labelWidth + 2 * figureWidth, top + r * height);
    for (int x : {left, left + labelWidth, left + labelWidth + figureWidth, left + labelWidth + 2 * figureWidth})
        p.drawLine(x, top, x, top + int(all.size()) * height);
    for (int pass = 0; pass < 2; ++pass) // the figures drawn before their labels when asked: the text layer's order
        for (int r = 0; r < all.size(); ++r)
            for (int c = 0; c < all.at(r).size(); ++c) {
                if ((c == 0) == (pass == (figuresFirst ? 0 : 1)))
                    continue;
                const QRect cell(c == 0 ? left : left + labelWidth + (c - 1) * figureWidth, top + r * height, c == 0 ? labelWidth : figureWidth, height);
                p.drawText(cell, Qt::AlignCenter, all.at(r).at(c));
            }
}

} // namespace

void tst_PdfImport::textLaidOutInSpaces_data()
{
    QTest::addColumn<QString>("fixture");
    for (const QString &name : TestSupport::expectedFixtures())
        QTest::newRow(qPrintable(name)) << name;
}

// A PDF made from a text whose tables are laid out in spaces (the fixture's text as obtained, printed by LibreOffice
// in a proportional face): no rules, and columns that only roughly meet their header. The words' places must not be
// trusted to put a figure in a column there (a reading that did put 72 of 结转下年度 under 科研机构 was caught here),
// and the import keeps whichever reading — the words' places or pdftotext's layout — leaves fewer cells to confirm.
void tst_PdfImport::textLaidOutInSpaces()
{
    QFETCH(QString, fixture);
    const QString text = TestSupport::sharedDir() + QStringLiteral("/fixtures/") + fixture + QStringLiteral(".txt");
    const QString pdf = libreOffice(text, QStringLiteral("pdf"));
    QVERIFY2(QFileInfo::exists(pdf), qPrintable(pdf));
    const Report expected = TestSupport::expectedReport(m_registry, fixture);
    ReportImport import(m_registry, [] { return nullptr; });
    QString error;
    const auto result = import.readFile(pdf, {expected.agency, expected.year, {}}, &error);
    QVERIFY2(result, qPrintable(error));
    const TestSupport::CellCounts c = TestSupport::compareCells(expected, result->report);
    qInfo("%s: %d cells — %d exact, %d marked, %d wrong unmarked", qPrintable(fixture), c.cells, c.exact, c.marked, c.wrong);
    QVERIFY2(c.wrong == 0, qPrintable(c.silent.join(QLatin1Char('\n'))));
}

void tst_PdfImport::wrongDigitCaughtByARule_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("renderer");
    for (const QString &name : TestSupport::expectedFixtures())
        for (const char *renderer : {"ours", "a browser (WebKit) from HTML"})
            QTest::newRow(qPrintable(name + QStringLiteral(" by ") + QLatin1String(renderer))) << name << QString::fromLatin1(renderer);
}

// A report published with a wrong digit (one figure of table 三 retyped, its row's total left as it was): a PDF's
// text is the publisher's own, so the figure is read as printed — and the table's rules say it is wrong, on that cell.
void tst_PdfImport::wrongDigitCaughtByARule()
{
    QFETCH(QString, fixture);
    QFETCH(QString, renderer);
    const Report expected = TestSupport::expectedReport(m_registry, fixture);
    QString key;
    for (const char *candidate : {"t3.new.natural", "t3.granted.natural", "t3.total.natural", "t3.new.total"})
        if (expected.cell(QLatin1String(candidate)).isInteger()) { // a 0 too: drawn as 3, it breaks its row's sum
            key = QLatin1String(candidate);
            break;
        }
    QVERIFY2(!key.isEmpty(), "no figure of table 三 to alter");
    Report altered = expected;
    const qint64 was = expected.cell(key).toInteger();
    const qint64 now = was - was % 10 + (was % 10 + 3) % 10; // its last digit changed
    altered.cells.insert(key, CellValue::integer(now));
    const QString base = fixture + QStringLiteral("-wrong-digit");
    QString error;
    const bool ours = renderer == QLatin1String("ours");
    QVERIFY2(ReportExport::write(altered, m_registry, m_dir.filePath(base + (ours ? QStringLiteral(".pdf") : QStringLiteral(".html"))), {}, &error), qPrintable(error));
    const QString pdf = ours ? m_dir.filePath(base + QStringLiteral(".pdf")) : browser(m_dir.filePath(base + QStringLiteral(".html")));
    QVERIFY(QFileInfo::exists(pdf));
    ReportImport import(m_registry, [] { return nullptr; });
    const auto result = import.readFile(pdf, {}, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->report.cell(key).toInteger(), now);
    const QVector<Finding> findings = ReportChecker(m_registry).check(result->report);
    QVERIFY2(std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &f) { return f.severity == Severity::Error && f.cells.contains(key); }),
             qPrintable(QStringLiteral("%1 = %2 (printed %3) broke no rule").arg(key).arg(now).arg(was)));
}

// A table drawn with each figure set before its label in the PDF's text, over two pages: its header repeated on the
// second, where the last row's label ends (行政查询事 | 项). Read as rows in the order the page shows them, the cut
// row whole again, the repeated header kept as a header (the importer knows it).
void tst_PdfImport::figureBeforeItsLabelAndARowOverAPageBreak()
{
    const QString path = m_dir.filePath(QStringLiteral("drawn.pdf"));
    {
        QPdfWriter writer(path);
        writer.setResolution(1200);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter p(&writer);
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        font.setPointSize(12);
        p.setFont(font);
        QPen pen(Qt::black);
        pen.setWidth(6);
        p.setPen(pen);
        const QStringList header{QStringLiteral("信息内容"), QStringLiteral("本年新收"), QStringLiteral("总计")};
        p.drawText(QRect(200, 400, 5000, 500), QStringLiteral("申请情况"));
        drawTable(p, 1000, header, {{QStringLiteral("自然人"), QStringLiteral("12"), QStringLiteral("34")}, {QStringLiteral("属于行政查询事"), QStringLiteral("5"), QStringLiteral("6")}}, true);
        writer.newPage();
        // After the cut row's tail, a row whose figures are blank: a row of its own, not a second tail.
        drawTable(p, 1000, header,
                  {{QStringLiteral("项"), QString(), QString()}, {QStringLiteral("不予处理"), QString(), QString()}, {QStringLiteral("其他"), QStringLiteral("7"), QStringLiteral("890")}},
                  false);
        p.drawText(QRect(200, 1000 + 5 * 600, 5000, 500), QStringLiteral("说明文字"));
    }
    QString error;
    SourcePages pages;
    const auto read = PdfText::read(path, &error, &pages);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->tables, 2);
    const QStringList expected{QStringLiteral("申请情况"),      QStringLiteral("信息内容\t本年新收\t总计"), QStringLiteral("自然人\t12\t34"),
                               QStringLiteral("属于行政查询事项\t5\t6"), QStringLiteral("信息内容\t本年新收\t总计"), QStringLiteral("不予处理\t\t"),
                               QStringLiteral("其他\t7\t890"),     QStringLiteral("说明文字")};
    QCOMPARE(read->text.split(QLatin1Char('\n')), expected);
    // Each line's place: the second header and the rows after it are on the second page.
    QCOMPARE(pages.pages.size(), 2);
    QCOMPARE(pages.lines.size(), expected.size());
    QCOMPARE(pages.lines.at(3).first, 0);
    QCOMPARE(pages.lines.at(5).first, 1);
    QCOMPARE(pages.lines.at(6).first, 1);
    QVERIFY(pages.lines.at(6).second.top() > pages.lines.at(5).second.top());

    // Without the header repeated: the tail is the new page's first row, and the label-only row after it is still a
    // row of its own.
    const QString bare = m_dir.filePath(QStringLiteral("drawn-bare.pdf"));
    {
        QPdfWriter writer(bare);
        writer.setResolution(1200);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter p(&writer);
        QPen pen(Qt::black);
        pen.setWidth(6);
        p.setPen(pen);
        drawTable(p, 1000, {QStringLiteral("信息内容"), QStringLiteral("本年新收"), QStringLiteral("总计")},
                  {{QStringLiteral("属于行政查询事"), QStringLiteral("5"), QStringLiteral("6")}}, false);
        writer.newPage();
        drawTable(p, 1000, {}, {{QStringLiteral("项"), QString(), QString()}, {QStringLiteral("不予处理"), QString(), QString()}}, false);
    }
    const auto bareRead = PdfText::read(bare, &error);
    QVERIFY2(bareRead, qPrintable(error));
    QCOMPARE(bareRead->text.split(QLatin1Char('\n')),
             QStringList({QStringLiteral("信息内容\t本年新收\t总计"), QStringLiteral("属于行政查询事项\t5\t6"), QStringLiteral("不予处理\t\t")}));
}

// 300 pages is no annual report: refused at once, by its page count, before any page is read.
void tst_PdfImport::tooManyPagesRefusedAtOnce()
{
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    {
        QPdfWriter writer(path);
        QPainter p(&writer);
        for (int i = 0; i < 300; ++i) {
            if (i > 0)
                writer.newPage();
            p.drawText(QRect(100, 100, 4000, 400), QStringLiteral("第%1页").arg(i + 1));
        }
    }
    refusedAtOnce(path, QStringLiteral("300"));
}

// A PDF with ruled tables and text, but no report in it: the importer says so; nothing is made of it.
void tst_PdfImport::noReportRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("menu.pdf"));
    {
        QPdfWriter writer(path);
        writer.setResolution(1200);
        QPainter p(&writer);
        QPen pen(Qt::black);
        pen.setWidth(6);
        p.setPen(pen);
        p.drawText(QRect(200, 400, 6000, 500), QStringLiteral("食堂本周菜单"));
        drawTable(p, 1000, {QStringLiteral("菜名"), QStringLiteral("价格"), QStringLiteral("份数")},
                  {{QStringLiteral("红烧肉"), QStringLiteral("12"), QStringLiteral("30")}, {QStringLiteral("青菜"), QStringLiteral("3"), QStringLiteral("50")}}, false);
    }
    ReportImport import(m_registry, [] { return nullptr; });
    QString error;
    QVERIFY(!import.readFile(path, {}, &error));
    QVERIFY2(error.startsWith(path) && error.size() > path.size() + 4, qPrintable(error));
}

QTEST_MAIN(tst_PdfImport)
// A table printed without rules, its words as a PDF's text layer gives them (boxes 20 high): a group heading over three
// columns, a row of two figures among four columns, a label wrapped over three lines beside its figures, a row left
// blank, and a row the page break cuts (its label's end at the next page's top, under the header repeated).
void tst_PdfImport::unruledTableFromWhereItsWordsStand()
{
    using PdfWords::Word;
    const auto word = [](const QString &text, double left, double right, double y) { return Word{text, QRectF(left, y - 10, right - left, 20), false}; };
    const auto header = [&](QVector<Word> &page) {
        page << word(QStringLiteral("其中各项"), 380, 560, 70) << word(QStringLiteral("信息内容"), 80, 160, 100) << word(QStringLiteral("甲"), 300, 340, 100)
             << word(QStringLiteral("乙"), 400, 440, 100) << word(QStringLiteral("丙"), 500, 540, 100) << word(QStringLiteral("丁"), 600, 640, 100);
    };
    QVector<Word> first{word(QStringLiteral("一段说明文字从左边一直写到右边，是正文的一行，不是表格"), 80, 900, 30)};
    header(first);
    first << word(QStringLiteral("行一"), 80, 140, 160) << word(QStringLiteral("5"), 315, 325, 160) << word(QStringLiteral("7"), 615, 625, 160)
          << word(QStringLiteral("第二行的"), 80, 160, 220) << word(QStringLiteral("名字很长"), 80, 160, 262) << word(QStringLiteral("需要换行"), 80, 160, 304)
          << word(QStringLiteral("1"), 315, 325, 262) << word(QStringLiteral("2"), 415, 425, 262) << word(QStringLiteral("3"), 515, 525, 262)
          << word(QStringLiteral("4"), 615, 625, 262) << word(QStringLiteral("空行"), 80, 120, 380) << word(QStringLiteral("行四"), 80, 140, 450)
          << word(QStringLiteral("9"), 515, 525, 450) << word(QStringLiteral("被分页"), 80, 140, 520) << word(QStringLiteral("8"), 315, 325, 520);
    QVector<Word> second;
    header(second);
    second << word(QStringLiteral("的行"), 80, 120, 160) << word(QStringLiteral("行六"), 80, 140, 240) << word(QStringLiteral("6"), 415, 425, 240);

    const auto rowsOf = [](const QVector<UnruledTables::Row> &rows) {
        QStringList out;
        for (const UnruledTables::Row &row : rows)
            out << row.cells.join(QLatin1Char('|'));
        return out;
    };
    UnruledTables::Carry carry;
    QVector<Word> rest;
    const QStringList page1 = rowsOf(UnruledTables::find(first, QSize(1000, 1400), &carry, &rest));
    QCOMPARE(rest.size(), 1); // the paragraph's line
    for (const QString &row : {QStringLiteral("行一|5|||7"), QStringLiteral("第二行的名字很长需要换行|1|2|3|4"), QStringLiteral("空行||||"), QStringLiteral("行四|||9|"),
                               QStringLiteral("被分页|8|||")})
        QVERIFY2(page1.contains(row), qPrintable(row + QStringLiteral(" not in ") + page1.join(QStringLiteral(" / "))));
    QVERIFY(carry.rowAtEnd);
    rest.clear();
    const QStringList page2 = rowsOf(UnruledTables::find(second, QSize(1000, 1400), &carry, &rest));
    QVERIFY(rest.isEmpty());
    // The cut row's rest where its label cell was, for PdfText to join; then the page's own row.
    QVERIFY2(page2.contains(QStringLiteral("的行||||")) && page2.contains(QStringLiteral("行六||6||")), qPrintable(page2.join(QStringLiteral(" / "))));
}

#include "tst_pdfimport.moc"
