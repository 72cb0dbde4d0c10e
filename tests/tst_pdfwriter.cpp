// The PDF writer on its own, with no report: glyph runs of a CFF face (Fandol as Debian ships it) and of a TrueType
// face (the build's), a filled path, a rectangle and an image, read back by poppler (pdftotext, pdffonts, pdfinfo).
#include "EmbeddableFont.h"
#include "PdfWriter.h"
#include "TestSupport.h"


#include <QBuffer>
#include <QGlyphRun>
#include <QGuiApplication>
#include <QImage>
#include <QPainterPath>
#include <QProcess>
#include <QRawFont>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>

namespace {

const QString fandolOtf = QStringLiteral(DR_FANDOL_DIR "/FandolFang-Regular.otf");
const QString builtTtf = QStringLiteral(DR_FONT_BUILD_DIR "/FandolFang-Regular.ttf");

QString run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// `text` set in `font` at 16 pt (in 1/1200-inch dots) as glyph runs.
QList<QGlyphRun> shape(const QRawFont &font, const QString &text)
{
    QTextLayout layout(text);
    QFont f(font.familyName());
    f.setPixelSize(200);
    layout.setFont(f);
    layout.setRawFont(font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    return layout.glyphRuns();
}

} // namespace

class tst_PdfWriter : public QObject
{
    Q_OBJECT
private slots:
    void cleanupTestCase(); // every PDF written passes qpdf --check
    void initTestCase();
    void writesSearchableEmbeddedText_data();
    void writesSearchableEmbeddedText();

private:
    QTemporaryDir m_dir;
};

void tst_PdfWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable("pdftotext").isEmpty())
        QFAIL("poppler-utils is not installed (packaging/install-deps.sh --tests)");
}

void tst_PdfWriter::writesSearchableEmbeddedText_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("fontType");
    QTest::newRow("CFF (FontFile3)") << fandolOtf << "CID Type 0C";
    QTest::newRow("TrueType (FontFile2)") << builtTtf << "CID TrueType";
}

void tst_PdfWriter::writesSearchableEmbeddedText()
{
    QFETCH(QString, file);
    QFETCH(QString, fontType);
    const QRawFont font(file, 200);
    QVERIFY2(font.isValid(), qPrintable(file));
    const EmbeddableFont embeddable(font, file);
    QString why;
    QVERIFY2(embeddable.isValid(&why), qPrintable(why));
    QCOMPARE(embeddable.isCff(), fontType.contains("0C"));
    // 一 and 人 are the characters a face's radical cmap entries used to turn into Kangxi radicals.
    const QString text = QStringLiteral("一人大政府信息公开");
    const quint32 one = font.glyphIndexesForString(QStringLiteral("一")).value(0);
    QCOMPARE(embeddable.text(one), QStringLiteral("一"));

    PdfWriter writer(QSizeF(9921, 14031), 1200); // A4 in 1/1200 inch
    writer.setFontFiles([&file](const QString &, int) { return file; });
    writer.newPage();
    for (const QGlyphRun &run : shape(font, text))
        writer.drawGlyphRun(QPointF(1300, 2000), run);
    writer.fillRect(QRectF(1300, 2500, 2000, 100), Qt::black);
    writer.strokeRect(QRectF(1300, 2800, 2000, 600), 10, Qt::red);
    QPainterPath ring;
    ring.addEllipse(QRectF(4000, 4000, 1200, 1200));
    writer.fillPath(ring, QColor(200, 0, 0, 128));
    QImage seal(40, 40, QImage::Format_ARGB32);
    seal.fill(QColor(200, 0, 0, 200));
    writer.drawImage(QRectF(6000, 4000, 800, 800), seal);
    writer.newPage();
    for (const QGlyphRun &run : shape(font, QStringLiteral("第二页")))
        writer.drawGlyphRun(QPointF(1300, 2000), run);
    QVERIFY(writer.canEmbedFonts(&why));

    const QString path = m_dir.filePath(QFileInfo(file).baseName() + ".pdf");
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QString error;
    PdfWriter::Document document;
    document.title = QStringLiteral("测试");
    QVERIFY2(writer.write(document, out, &error), qPrintable(error));
    out.close();

    const QString info = run("pdfinfo", {path});
    QVERIFY2(info.contains(QRegularExpression("Pages:\\s+2")), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("测试")), qPrintable(info));
    const QString read = run("pdftotext", {"-enc", "UTF-8", path, "-"});
    QVERIFY2(read.contains(text), qPrintable(read));
    QVERIFY2(read.contains(QStringLiteral("第二页")), qPrintable(read));
    const QString fonts = run("pdffonts", {path});
    QVERIFY2(fonts.contains(fontType) && fonts.contains(" yes yes "), qPrintable(fonts)); // embedded, subset
}

void tst_PdfWriter::cleanupTestCase()
{
    TestSupport::verifyPdfsWithQpdf(m_dir.path());
}

QTEST_MAIN(tst_PdfWriter)
#include "tst_pdfwriter.moc"
