// The PDF as a reader gets it: read back with poppler-utils (pdftotext, pdffonts, pdfinfo, pdftoppm).
#include "CommandLine.h"
#include "PageGeometry.h"
#include "FontSet.h"
#include "PdfExporter.h"
#include "Preferences.h"
#include "ReportLayout.h"
#include "ReportSchema.h"
#include "SqliteReportStore.h"
#include "TextImporter.h"
#include "GuiTestSupport.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext output without white space and page numbers, so that wrapped lines read as one.
QString flat(const QString &text)
{
    QString s = text;
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    s.remove(QRegularExpression(QStringLiteral("—\\d+—")));
    return s;
}

} // namespace

class tst_PdfExport : public QObject
{
    Q_OBJECT
private slots:
    void cleanupTestCase(); // every PDF written passes qpdf --check
    void initTestCase();
    void textInReadingOrder_data();
    void textInReadingOrder();
    void fontsEmbeddedA4Stable_data();
    void fontsEmbeddedA4Stable();
    void metadataAndPdfA();
    void signedReportHasNoWatermark();
    void unwritableTargetWritesNothing();
    void officeFontsReplaceShippedOnes();
    void ownWriterDrawsWhatQtWriterDraws();
    void sealInPdfAndPdfA();
    void hugeSealIsScaledDown();
    void pdfaClauseByClause();
    void importsItsOwnPdfText_data();
    void importsItsOwnPdfText();
    void justifiedLinesReadAsWritten();

private:
    QString exportPdf(const QStringList &args);
    QString writeDirect(const ReportLayout &layout, const QString &name, bool pdfa, PdfExporter::Writer writer);
    QImage renderPage(const QString &pdf, int page, int dpi);
    int lightGreyPixels(const QString &pdf, int page);

    FormatRegistry m_registry;
    QTemporaryDir m_dir;
    QString m_db;
    QString m_err;
};

void tst_PdfExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable("pdftotext").isEmpty())
        QFAIL("poppler-utils is not installed (packaging/install-deps.sh --tests)");
    m_db = m_dir.filePath("store.sqlite");
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(m_db));
}

QString tst_PdfExport::exportPdf(const QStringList &args)
{
    static int n = 0;
    const QString out = m_dir.filePath(QStringLiteral("out-%1.pdf").arg(++n));
    QString o, e;
    QTextStream os(&o), es(&e);
    const int status = CommandLine(m_registry, os, es).run(QStringList{"disclosure-report", "export"} + args + QStringList{"--to", out, "--db", m_db});
    es.flush();
    m_err = e;
    return status == 0 ? out : QString();
}

void tst_PdfExport::textInReadingOrder_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("seed") << "changji-kejiju-2021";
    QTest::newRow("huaian") << "huaian-2024";
    QTest::newRow("shanghai (2019 forms)") << "shanghai-szfbgt-2019";
}

void tst_PdfExport::textInReadingOrder()
{
    QFETCH(QString, name);
    const QString pdf = exportPdf({TestSupport::expectedPath(name)});
    QVERIFY2(!pdf.isEmpty(), qPrintable(m_err));
    const QString raw = run("pdftotext", {"-enc", "UTF-8", pdf, "-"});
    // Searchable text is the report's own characters: no Kangxi radicals in place of 一 人 大 日 …
    for (QChar c : raw)
        QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(QStringLiteral("U+%1").arg(c.unicode(), 4, 16)));
    const QString text = flat(raw);
    // Rows in printed order are read from the physical lines: pdftotext's reading order of a table's cells
    // depends on how it groups them into blocks, which moves with the face's line heights.
    const QString physical = flat(run("pdftotext", {"-enc", "UTF-8", "-layout", pdf, "-"}));
    const Report r = TestSupport::expectedReport(m_registry, name);

    // Title, every prose paragraph and the part headings, in reading order.
    QStringList sequence{flat(r.displayTitle())};
    auto paragraphs = [&sequence](const std::optional<QString> &prose) {
        if (prose)
            for (const QString &p : prose->split('\n'))
                sequence.append(flat(p));
    };
    paragraphs(r.prose.preamble);
    sequence.append(QStringLiteral("一、总体情况"));
    paragraphs(r.prose.part1);
    sequence.append(QStringLiteral("五、存在的主要问题及改进情况"));
    paragraphs(r.prose.part5);
    sequence.append(QStringLiteral("六、其他需要报告的事项"));
    paragraphs(r.prose.part6);
    int at = 0;
    for (const QString &s : sequence) {
        const int found = text.indexOf(s, at);
        QVERIFY2(found >= 0, qPrintable(QStringLiteral("not found after %1: %2").arg(at).arg(s.left(40))));
        at = found + int(s.size());
    }
    // Every table label, and the row labels of each table in printed order.
    const ReportSchema schema = ReportSchema::forReport(m_registry, r);
    FontSet fonts;
    QString error;
    QVERIFY(fonts.loadShipped(&error));
    ReportLayout layout(m_registry, fonts);
    layout.layout(r);
    QHash<QString, QStringList> printedLines; // cell text → its lines as laid out
    for (const LayoutPage &page : layout.pages())
        for (const PlacedLine &line : page.lines)
            if (!printedLines.value(line.layout->text()).contains(line.text()))
                printedLines[line.layout->text()].append(line.text());
    for (const TableFormat *t : schema.tables()) {
        QVERIFY(text.contains(t->heading));
        int rowAt = physical.indexOf(t->heading);
        // Header cells wrap over several lines beside other cells, and pdftotext reads across by baseline:
        // each printed line of them must be there.
        for (const GridRow &row : t->header)
            for (const GridCell &c : row.cells) {
                const QStringList lines = printedLines.value(c.text);
                QVERIFY2(!lines.isEmpty(), qPrintable(c.text));
                for (const QString &line : lines)
                    QVERIFY2(text.contains(flat(line)), qPrintable(line));
            }
        for (const GridRow &row : t->body) {
            if (!row.optionalBlock.isEmpty() && !schema.hasBlock(row.optionalBlock))
                continue;
            for (const GridCell &c : row.cells) {
                if (!c.text.isEmpty() && !c.vertical)
                    for (const QString &line : printedLines.value(c.text, {c.text}))
                        QVERIFY2(text.contains(flat(line)), qPrintable(line));
                if (!c.valueKey.isEmpty() && !r.cell(c.valueKey).isBlank())
                    QVERIFY2(text.contains(r.cell(c.valueKey).toString()), qPrintable(c.valueKey));
            }
            if (row.role == RowRole::Data && !row.cells.isEmpty() && !row.cells.constLast().valueKey.isEmpty()) {
                QString label;
                for (const GridCell &c : row.cells)
                    if (c.valueKey.isEmpty() && !c.vertical)
                        label = flat(printedLines.value(c.text, {c.text}).constFirst());
                if (label.isEmpty())
                    continue;
                const int found = physical.indexOf(label, rowAt);
                QVERIFY2(found >= 0, qPrintable(QStringLiteral("%1 out of order").arg(label)));
                rowAt = found;
            }
        }
    }
    // The values of table 四 (no labels in its row) in printed order.
    QString t4;
    for (const char *g : {"review", "direct", "after"})
        for (const char *c : {"upheld", "corrected", "other", "pending", "total"})
            t4 += r.cell(QStringLiteral("t4.%1.%2").arg(QLatin1String(g), QLatin1String(c))).toString();
    QVERIFY2(text.contains(t4), qPrintable(t4));
}

void tst_PdfExport::fontsEmbeddedA4Stable_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("pages");
    // Pinned: a change of layout that moves a page break shows here.
    QTest::newRow("seed") << "changji-kejiju-2021" << 7;
    QTest::newRow("huaian") << "huaian-2024" << 6;
}

void tst_PdfExport::fontsEmbeddedA4Stable()
{
    QFETCH(QString, name);
    QFETCH(int, pages);
    const QString pdf = exportPdf({TestSupport::expectedPath(name)});
    QVERIFY2(!pdf.isEmpty(), qPrintable(m_err));
    const QStringList fonts = run("pdffonts", {pdf}).split('\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(fonts.size() >= 4);
    for (const QString &line : fonts) {
        const QStringList f = line.split(QRegularExpression("\\s+"));
        QVERIFY2(f.size() >= 7, qPrintable(line));
        QCOMPARE(f.at(f.size() - 5), QStringLiteral("yes")); // emb
        QCOMPARE(f.at(f.size() - 3), QStringLiteral("yes")); // uni: ToUnicode map present
    }
    const QString info = run("pdfinfo", {pdf});
    QVERIFY2(info.contains(QRegularExpression("Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts \\(A4\\)")), qPrintable(info));
    QVERIFY(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pages))));
}

void tst_PdfExport::metadataAndPdfA()
{
    const QString pdf = exportPdf({TestSupport::expectedPath("huaian-2024"), "--pdfa"});
    QVERIFY2(!pdf.isEmpty(), qPrintable(m_err));
    const QString info = run("pdfinfo", {pdf});
    QVERIFY(info.contains(QStringLiteral("Title:           淮安市人民政府2024年政府信息公开工作年度报告")));
    QVERIFY(info.contains(QStringLiteral("CreationDate:")));
    const QString meta = run("pdfinfo", {"-meta", pdf});
    QVERIFY2(meta.contains(QStringLiteral("<dc:creator><rdf:Seq><rdf:li>淮安市人民政府</rdf:li></rdf:Seq></dc:creator>")), qPrintable(meta));
    QVERIFY(meta.contains(QStringLiteral("政府信息公开工作年度报告（2024年）")));
    QVERIFY(meta.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")));
    QVERIFY(meta.contains(QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>")));
}

int tst_PdfExport::lightGreyPixels(const QString &pdf, int page)
{
    const QString prefix = m_dir.filePath(QStringLiteral("page%1").arg(page));
    // Without anti-aliasing text is black and white, and the watermark's grey (#e4) stands alone.
    run("pdftoppm", {"-r", "20", "-gray", "-aa", "no", "-aaVector", "no", "-f", QString::number(page), "-l", QString::number(page),
                     "-singlefile", pdf, prefix});
    const QImage image(prefix + ".pgm");
    int grey = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const int v = qGray(image.pixel(x, y));
            grey += qAbs(v - 0xe4) <= 3;
        }
    return grey;
}

void tst_PdfExport::signedReportHasNoWatermark()
{
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(m_db));
    const Report r = TestSupport::expectedReport(m_registry, "pingtan-2021");
    QVERIFY(store.save({r}, true));
    const QString draft = exportPdf({"--agency", r.agency, "--year", "2021"});
    QVERIFY(!draft.isEmpty());
    QVERIFY(lightGreyPixels(draft, 1) > 100); // 草稿 across the page
    QVERIFY(store.sign(r.agency, 2021, QStringLiteral("张局长")));
    const QString final = exportPdf({"--agency", r.agency, "--year", "2021"});
    QVERIFY(!final.isEmpty());
    QCOMPARE(lightGreyPixels(final, 1), 0);
    QVERIFY(store.reopen(r.agency, 2021, QStringLiteral("张局长"), QStringLiteral("更正数字")));
    QVERIFY(lightGreyPixels(exportPdf({"--agency", r.agency, "--year", "2021"}), 1) > 100);
}

void tst_PdfExport::unwritableTargetWritesNothing()
{
    QString o, e;
    QTextStream os(&o), es(&e);
    const int status = CommandLine(m_registry, os, es).run({"disclosure-report", "export", TestSupport::expectedPath("huaian-2024"), "--to",
                                                            "/nonexistent-dir/x.pdf", "--db", m_db});
    es.flush();
    QCOMPARE(status, 2);
    QVERIFY2(e.contains("/nonexistent-dir/x.pdf"), qPrintable(e));
    QVERIFY(!QFile::exists("/nonexistent-dir/x.pdf"));
}

void tst_PdfExport::officeFontsReplaceShippedOnes()
{
    // An office that owns another face maps a role to it (here the body to Noto Serif CJK SC, which Debian has:
    // a CFF face with subroutines, which the writer inlines, and cmap entries for the Kangxi radicals, which it
    // must not take for the ideographs they look like).
    // The title's face is used at its own weight (小标宋 is a heavy design; FandolSong Bold only stands in for it).
    Preferences().setPrintFamily(FontSet::Body, QStringLiteral("Noto Serif CJK SC"));
    Preferences().setPrintFamily(FontSet::Table, QStringLiteral("Noto Serif CJK SC"));
    Preferences().setPrintFamily(FontSet::Title, QStringLiteral("Noto Serif CJK SC"));
    const QString pdf = exportPdf({TestSupport::expectedPath("changji-kejiju-2021")});
    Preferences().setPrintFamily(FontSet::Body, QString());
    Preferences().setPrintFamily(FontSet::Table, QString());
    Preferences().setPrintFamily(FontSet::Title, QString());
    QVERIFY2(!pdf.isEmpty(), qPrintable(m_err));
    const QString fonts = run("pdffonts", {pdf});
    QVERIFY2(fonts.contains("NotoSerifCJKsc-Regular"), qPrintable(fonts));
    QVERIFY2(!fonts.contains("Bold"), qPrintable(fonts));
    QVERIFY(!fonts.contains("FandolFang"));
    QVERIFY(fonts.contains("FandolHei")); // the other roles keep the shipped faces
    const QString text = run("pdftotext", {"-enc", "UTF-8", pdf, "-"});
    for (QChar c : text)
        QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(QStringLiteral("U+%1").arg(c.unicode(), 4, 16)));
    const Report r = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    for (const QString &paragraph : r.prose.part1->split('\n'))
        QVERIFY2(flat(text).contains(flat(paragraph)), qPrintable(paragraph.left(30)));
}

QString tst_PdfExport::writeDirect(const ReportLayout &layout, const QString &name, bool pdfa, PdfExporter::Writer writer)
{
    const QString path = m_dir.filePath(name);
    QString error;
    PdfExporter::Metadata metadata;
    metadata.title = QStringLiteral("标题");
    metadata.author = QStringLiteral("机关");
    metadata.subject = QStringLiteral("主题");
    if (!PdfExporter::write(layout, path, metadata, pdfa, &error, writer))
        qWarning("%s", qPrintable(error));
    return path;
}

QImage tst_PdfExport::renderPage(const QString &pdf, int page, int dpi)
{
    const QString prefix = m_dir.filePath(QStringLiteral("render-%1-%2").arg(QFileInfo(pdf).baseName()).arg(page));
    run("pdftoppm", {"-r", QString::number(dpi), "-f", QString::number(page), "-l", QString::number(page), "-singlefile", pdf, prefix});
    return QImage(prefix + ".ppm").convertToFormat(QImage::Format_RGB32);
}

void tst_PdfExport::ownWriterDrawsWhatQtWriterDraws()
{
    // The same pages through our writer (font subsets made here) and through Qt's (which re-encodes every glyph):
    // rendered, they differ only in anti-aliasing. Body in Noto Serif CJK (CFF with subroutines), the rest in the
    // shipped TrueType faces.
    FontSet fonts;
    QString error;
    QVERIFY(fonts.loadShipped(&error));
    fonts.setFamily(FontSet::Body, QStringLiteral("Noto Serif CJK SC"));
    ReportLayout layout(m_registry, fonts);
    layout.layout(TestSupport::expectedReport(m_registry, "huaian-2024"));
    const QString own = writeDirect(layout, "own.pdf", false, PdfExporter::Writer::Own);
    const QString qt = writeDirect(layout, "qt.pdf", false, PdfExporter::Writer::Qt);
    QVERIFY(run("pdfinfo", {own}).contains("Producer:        Disclosure Report"));
    QVERIFY(run("pdfinfo", {qt}).contains("Producer:        Qt"));
    for (int page : {1, 3}) {
        const QImage a = renderPage(own, page, 50), b = renderPage(qt, page, 50);
        QCOMPARE(a.size(), b.size());
        qint64 difference = 0, ink = 0;
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x) {
                difference += qAbs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y)));
                ink += 255 - qGray(b.pixel(x, y));
            }
        // Anti-aliasing differs by ~2 % of the ink; a face mis-subset or glyphs misplaced move far more.
        QVERIFY2(difference * 25 < ink, qPrintable(QStringLiteral("page %1: difference %2 of ink %3").arg(page).arg(difference).arg(ink)));
    }
    // The same characters, except where Qt's writer maps an ideograph of an uncleaned face (Noto) to the Kangxi
    // radical sharing its glyph (人 → ⼈ U+2F08): ours prefers the ideograph.
    const QString ownText = flat(run("pdftotext", {"-enc", "UTF-8", own, "-"}));
    const QString qtText = flat(run("pdftotext", {"-enc", "UTF-8", qt, "-"}));
    QCOMPARE(ownText.size(), qtText.size());
    int radicals = 0;
    for (int i = 0; i < ownText.size(); ++i) {
        QVERIFY(ownText[i].unicode() < 0x2E80 || ownText[i].unicode() > 0x2FDF);
        if (qtText[i].unicode() >= 0x2E80 && qtText[i].unicode() <= 0x2FDF)
            ++radicals;
        else
            QCOMPARE(ownText[i], qtText[i]);
    }
    QVERIFY(radicals > 0);
}

void tst_PdfExport::sealInPdfAndPdfA()
{
    // A seal is red ink with soft edges: a soft mask where PDF allows one, a stencil in the ink for PDF/A-1
    // (no transparency), which also lists each subset's CIDs and names its sRGB output intent.
    FontSet fonts;
    QString error;
    QVERIFY(fonts.loadShipped(&error));
    ReportLayout layout(m_registry, fonts);
    layout.layout(TestSupport::expectedReport(m_registry, "changji-kejiju-2021"), {false, TestSupport::sealPng(), QStringLiteral("image/png")});
    const QRectF ring = *layout.pages().constLast().seal;
    for (bool pdfa : {false, true}) {
        const QString pdf = writeDirect(layout, pdfa ? "seal-a.pdf" : "seal.pdf", pdfa, PdfExporter::Writer::Own);
        const QString images = run("pdfimages", {"-list", pdf});
        QVERIFY2(images.contains(pdfa ? "stencil" : "smask"), qPrintable(images));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes.contains("/SMask"), !pdfa);
        QCOMPARE(bytes.contains("/CIDSet"), pdfa);
        QCOMPARE(bytes.contains("/GTS_PDFA1"), pdfa);
        const QImage page = renderPage(pdf, layout.pageCount(), 72);
        const double scale = 72.0 / PageGeometry::dotsPerInch;
        // The ring's top, red; its centre, paper (or the black of the 落款 text).
        const QColor top = page.pixelColor(int(ring.center().x() * scale), int((ring.top() + ring.height() * 0.067) * scale));
        QVERIFY2(top.red() > 150 && top.green() < 100, qPrintable(top.name()));
        const QColor corner = page.pixelColor(int((ring.left() + ring.width() * 0.08) * scale), int((ring.top() + ring.height() * 0.08) * scale));
        QVERIFY2(corner.green() > 200, qPrintable(corner.name())); // outside the ring: no box around the seal
    }
}

void tst_PdfExport::hugeSealIsScaledDown()
{
    // A 4000-pixel scan of a seal prints at 42 mm: it goes into the PDF at most 1200 pixels across (720 dpi).
    FontSet fonts;
    QString error;
    QVERIFY(fonts.loadShipped(&error));
    ReportLayout layout(m_registry, fonts);
    layout.layout(TestSupport::expectedReport(m_registry, "changji-kejiju-2021"), {false, TestSupport::sealPng(QSize(4000, 3000)), QStringLiteral("image/png")});
    const QString pdf = writeDirect(layout, "huge-seal.pdf", false, PdfExporter::Writer::Own);
    const QStringList rows = run("pdfimages", {"-list", pdf}).split('\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!rows.isEmpty());
    for (const QString &row : rows) {
        const QStringList f = row.split(QRegularExpression("\\s+"), Qt::SkipEmptyParts);
        QVERIFY2(f.size() > 4 && f[3].toInt() == 1200 && f[4].toInt() == 900, qPrintable(row)); // width, height
    }
}

// PDF/A-1b checked clause by clause by tests/check_pdfa.py through qpdf (not through our reader, not by a few strings):
// our writer with and without a seal, and Qt's writer; a plain PDF must fail it (the checker can fail).
void tst_PdfExport::pdfaClauseByClause()
{
    const QString checker = QStringLiteral(DR_SOURCE_DIR "/tests/check_pdfa.py");
    auto check = [&](const QString &pdf, QString *said) {
        QProcess p;
        p.start(QStringLiteral("python3"), {checker, pdf});
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
            return -1;
        *said = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    };
    FontSet fonts;
    QString error;
    QVERIFY2(fonts.loadShipped(&error), qPrintable(error));
    const Report report = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    ReportLayout plain(m_registry, fonts), sealed(m_registry, fonts);
    plain.layout(report, {true, {}, {}});
    sealed.layout(report, {false, TestSupport::sealPng(), QStringLiteral("image/png")});
    struct Case
    {
        const char *name;
        const ReportLayout *layout;
        PdfExporter::Writer writer;
    };
    for (const Case &c : {Case{"clauses-own-a.pdf", &plain, PdfExporter::Writer::Own}, Case{"clauses-own-seal-a.pdf", &sealed, PdfExporter::Writer::Own},
                          Case{"clauses-qt-a.pdf", &plain, PdfExporter::Writer::Qt}}) {
        const QString pdf = writeDirect(*c.layout, QString::fromLatin1(c.name), true, c.writer);
        QString said;
        const int status = check(pdf, &said);
        qInfo().noquote() << said.trimmed();
        QVERIFY2(status == 0, qPrintable(said));
        QVERIFY(said.contains(QStringLiteral("20 clauses checked, 0 failed")));
    }
    QString said;
    QCOMPARE(check(writeDirect(plain, QStringLiteral("clauses-plain.pdf"), false, PdfExporter::Writer::Own), &said), 1);
    QVERIFY2(said.contains(QStringLiteral("FAIL 6.2.2")) && said.contains(QStringLiteral("FAIL 6.7.11")), qPrintable(said));
}

// A justified line that ends before a run it cannot break (a telephone number, an address on the web) is spread
// wide; its text is still read, searched and copied as written — no space between characters, none inside the number.
void tst_PdfExport::justifiedLinesReadAsWritten()
{
    Report r = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    r.agency = QStringLiteral("行距测试局");
    QStringList paragraphs;
    const QString filler = QStringLiteral("本机关政务公开工作办公室全年认真受理群众来信来访并及时答复相关诉求");
    for (int k = 0; k < 28; ++k)
        paragraphs << filler.left(k) + QStringLiteral("邮编：223100，电话：0517-83606060，网址：https://www.example.gov.cn/xxgk/index.html。");
    r.prose.part6 = paragraphs.join(QLatin1Char('\n'));
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(m_db));
    QVERIFY(store.save({r}, true));
    const QString pdf = exportPdf({"--agency", r.agency, "--year", QString::number(r.year)});
    QVERIFY(!pdf.isEmpty());
    QString text = run("pdftotext", {"-enc", "UTF-8", pdf, "-"});
    text.remove(QRegularExpression(QStringLiteral("\\n(—\\s*\\d+\\s*—\\s*\\n|\\f)*")));
    for (const QString &p : paragraphs)
        QVERIFY2(text.contains(p), qPrintable(QStringLiteral("not read as written: %1\n%2").arg(p, text.mid(text.indexOf(p.left(12)) - 10, 200))));
}

void tst_PdfExport::cleanupTestCase()
{
    TestSupport::verifyPdfsWithQpdf(m_dir.path());
}

QTEST_MAIN(tst_PdfExport)
#include "tst_pdfexport.moc"

// A report someone downloads as our PDF and pastes back (pdftotext with and without -layout) reads as the same cells:
// titles wrapped anywhere, labels wrapped around their numbers, table 三's vertical label, rows and cells left blank.
void tst_PdfExport::importsItsOwnPdfText_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("layout");
    QTest::addColumn<QStringList>("blank"); // cells made blank before printing (key prefixes)
    QTest::addColumn<QStringList>("compared"); // key prefixes compared (all when empty)
    for (const bool layout : {false, true}) {
        const char *mode = layout ? "layout" : "raw";
        for (const char *name : {"changji-kejiju-2021", "huaian-2024", "hongze-2024", "pingtan-2021"})
            QTest::addRow("%s %s", name, mode) << QString::fromLatin1(name) << layout << QStringList() << QStringList();
    }
    // Blank rows and single blank cells can only be placed where the numbers keep their columns.
    QTest::addRow("huaian-2024 layout, blank rows and cells")
        << "huaian-2024" << true
        << QStringList{"t3.denied_2.", "t3.notproc_3.", "t3.granted.research", "t3.unable_1.legal", "t3.other_3.total"} << QStringList();
    // The 2019 form of table 二 with 采购总金额 as text (251000元). Tables 三 and 四 are left out: shanghai prints most
    // of them blank, no row complete, and such rows are left blank (named) rather than guessed.
    QTest::addRow("shanghai-szfbgt-2019 layout, table 二") << "shanghai-szfbgt-2019" << true << QStringList() << QStringList{"t2."};
}

void tst_PdfExport::importsItsOwnPdfText()
{
    QFETCH(QString, name);
    QFETCH(bool, layout);
    QFETCH(QStringList, blank);
    QFETCH(QStringList, compared);
    Report r = TestSupport::expectedReport(m_registry, name);
    for (auto it = r.cells.begin(); it != r.cells.end(); ++it)
        for (const QString &prefix : qAsConst(blank))
            if (it.key().startsWith(prefix))
                it.value() = CellValue();
    FontSet fonts;
    QString error;
    QVERIFY2(fonts.loadShipped(&error), qPrintable(error));
    ReportLayout pages(m_registry, fonts);
    pages.layout(r);
    const QString pdf = writeDirect(pages, name + (layout ? "-layout.pdf" : "-raw.pdf"), false, PdfExporter::Writer::Own);
    const QString text = run("pdftotext", layout ? QStringList{"-layout", "-enc", "UTF-8", pdf, "-"} : QStringList{"-enc", "UTF-8", pdf, "-"});
    const auto imported = TextImporter::read(text, m_registry, {}, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->report.agency, r.agency);
    QCOMPARE(imported->report.year, r.year);
    QCOMPARE(imported->report.formats.t3, r.formats.t3);
    QStringList wrong;
    for (auto it = r.cells.cbegin(); it != r.cells.cend(); ++it)
        if ((compared.isEmpty() || std::any_of(compared.cbegin(), compared.cend(), [&](const QString &p) { return it.key().startsWith(p); }))
            && !(imported->report.cell(it.key()) == it.value()))
            wrong.append(QStringLiteral("%1: %2 for %3").arg(it.key(), imported->report.cell(it.key()).toString(), it.value().toString()));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}
