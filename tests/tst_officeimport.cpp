// The office's own Word or WPS file imported: DOCX and ODT read from their structure (paragraphs; table rows with
// merged cells once — gridSpan, vMerge, covered cells), an old binary .doc converted by LibreOffice, a published PDF
// read through pdftotext. The files are
// the fixtures' expected reports written by our DOCX and ODT writers (the official form's merged cells, as Word and
// WPS keep them); every cell must come back as published, none marked.
#include "DocxExporter.h"
#include "OdtExporter.h"
#include "OfficeText.h"
#include "ReportExport.h"
#include "ReportImport.h"
#include "TestSupport.h"
#include "TextImporter.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_OfficeImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void filesReadAsPublished_data();
    void filesReadAsPublished();
    void oldWordFileThroughLibreOffice();
    void notAnOfficeFile();
    void zipBombRefused();
    void publishedPdf();

private:
    void compare(const QString &text, const Report &expected);

    FormatRegistry m_registry;
    QTemporaryDir m_dir;
};

void tst_OfficeImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_OfficeImport::compare(const QString &text, const Report &expected)
{
    QString error;
    const auto result = TextImporter::read(text, m_registry, {}, &error);
    QVERIFY2(result, qPrintable(error + QLatin1Char('\n') + text.left(1500)));
    QCOMPARE(result->report.agency, expected.agency);
    QCOMPARE(result->report.year, expected.year);
    QCOMPARE(result->report.formats, expected.formats);
    for (auto it = expected.cells.cbegin(); it != expected.cells.cend(); ++it)
        QVERIFY2(result->report.cell(it.key()) == it.value(),
                 qPrintable(QStringLiteral("%1: read “%2”, published “%3”").arg(it.key(), result->report.cell(it.key()).toString(), it.value().toString())));
    QVERIFY2(result->report.doubts.isEmpty(), qPrintable(QStringList(result->report.doubts.keys()).join(' ')));
}

void tst_OfficeImport::filesReadAsPublished_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("suffix");
    for (const char *name : {"changji-kejiju-2021", "huaian-2024", "hongze-2024", "shanghai-szfbgt-2019", "pingtan-2021"})
        for (const char *suffix : {"docx", "odt"})
            QTest::newRow(qPrintable(QStringLiteral("%1.%2").arg(QLatin1String(name), QLatin1String(suffix)))) << QString::fromLatin1(name)
                                                                                                       << QString::fromLatin1(suffix);
}

void tst_OfficeImport::filesReadAsPublished()
{
    QFETCH(QString, name);
    QFETCH(QString, suffix);
    const Report expected = TestSupport::expectedReport(m_registry, name);
    const QString path = m_dir.filePath(name + QLatin1Char('.') + suffix);
    QString error;
    QVERIFY2(suffix == QLatin1String("docx") ? DocxExporter::write(expected, m_registry, path, &error) : OdtExporter::write(expected, m_registry, path, &error),
             qPrintable(error));
    const QByteArray bytes = TestSupport::readFile(path);
    QCOMPARE(OfficeText::kindOf(bytes), suffix == QLatin1String("docx") ? OfficeText::Kind::Docx : OfficeText::Kind::Odt);
    const std::optional<QString> text = ReportImport::textOfFile(path, &error);
    QVERIFY2(text, qPrintable(error));
    compare(*text, expected);
}

// Word 97–2003's binary .doc (WPS's .wps is the same OLE2 family): LibreOffice converts it when installed.
void tst_OfficeImport::oldWordFileThroughLibreOffice()
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        QFAIL("soffice is missing: packaging/install-deps.sh --tests installs libreoffice-writer-nogui");
    const Report expected = TestSupport::expectedReport(m_registry, "huaian-2024");
    const QString docx = m_dir.filePath(QStringLiteral("old.docx"));
    QString error;
    QVERIFY2(DocxExporter::write(expected, m_registry, docx, &error), qPrintable(error));
    QProcess convert;
    convert.start(soffice, {QStringLiteral("-env:UserInstallation=file://") + m_dir.filePath(QStringLiteral("lo")), "--headless", "--norestore",
                            "--convert-to", "doc", "--outdir", m_dir.path(), docx});
    QVERIFY(convert.waitForFinished(120000));
    const QString doc = m_dir.filePath(QStringLiteral("old.doc"));
    QCOMPARE(OfficeText::kindOf(TestSupport::readFile(doc)), OfficeText::Kind::OldBinary);
    const std::optional<QString> text = ReportImport::textOfFile(doc, &error);
    QVERIFY2(text, qPrintable(error));
    compare(*text, expected);
    // Without the converter: a message that names it, nothing read.
    QVERIFY(!OfficeText::text(TestSupport::readFile(doc), &error));
    QVERIFY2(error.contains(QStringLiteral("LibreOffice")), qPrintable(error));
}

void tst_OfficeImport::notAnOfficeFile()
{
    QString error;
    QCOMPARE(OfficeText::kindOf("PK\x03\x04 not really a zip"), OfficeText::Kind::NotOffice);
    QCOMPARE(OfficeText::kindOf("一、总体情况"), OfficeText::Kind::NotOffice);
    // A DOCX cut short (a download that stopped): said, not read as text.
    const QString path = m_dir.filePath(QStringLiteral("cut.docx"));
    QVERIFY(DocxExporter::write(TestSupport::expectedReport(m_registry, "huaian-2024"), m_registry, path, &error));
    const QByteArray whole = TestSupport::readFile(path);
    const QByteArray cut = whole.left(whole.size() / 2);
    QVERIFY(!OfficeText::text(cut, &error));
    QVERIFY(!error.isEmpty());
}

namespace {

quint32 crc32Of(const QByteArray &data)
{
    quint32 table[256];
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    quint32 crc = 0xFFFFFFFFu;
    for (const char b : data)
        crc = table[(crc ^ quint8(b)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

// A ZIP of one deflated entry, as any zip tool writes it.
QByteArray zipOf(const QByteArray &name, const QByteArray &content)
{
    const QByteArray zlib = qCompress(content, 9);
    const QByteArray deflated = zlib.mid(6, zlib.size() - 10); // qCompress: length, zlib header … adler32
    const auto le = [](QByteArray &out, quint32 v, int bytes) {
        for (int i = 0; i < bytes; ++i)
            out.append(char((v >> (8 * i)) & 0xFF));
    };
    const quint32 crc = crc32Of(content);
    QByteArray local;
    le(local, 0x04034b50, 4), le(local, 20, 2), le(local, 0, 2), le(local, 8, 2), le(local, 0, 2), le(local, 0x21, 2);
    le(local, crc, 4), le(local, quint32(deflated.size()), 4), le(local, quint32(content.size()), 4), le(local, quint32(name.size()), 2), le(local, 0, 2);
    local += name + deflated;
    QByteArray central;
    le(central, 0x02014b50, 4), le(central, 20, 2), le(central, 20, 2), le(central, 0, 2), le(central, 8, 2), le(central, 0, 2), le(central, 0x21, 2);
    le(central, crc, 4), le(central, quint32(deflated.size()), 4), le(central, quint32(content.size()), 4), le(central, quint32(name.size()), 2);
    le(central, 0, 2), le(central, 0, 2), le(central, 0, 2), le(central, 0, 2), le(central, 0, 4), le(central, 0, 4);
    central += name;
    QByteArray end;
    le(end, 0x06054b50, 4), le(end, 0, 2), le(end, 0, 2), le(end, 1, 2), le(end, 1, 2), le(end, quint32(central.size()), 4), le(end, quint32(local.size()), 4),
        le(end, 0, 2);
    return local + central + end;
}

} // namespace

// A DOCX whose document unpacks to 200 MB from a few hundred KB (a zip bomb): refused from its size, at once, saying
// what it is — nothing unpacked.
void tst_OfficeImport::zipBombRefused()
{
    const QByteArray bomb = zipOf("word/document.xml", QByteArray(200 * 1024 * 1024, ' '));
    QVERIFY(bomb.size() < 1024 * 1024);
    const QString path = m_dir.filePath(QStringLiteral("bomb.docx"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bomb);
    file.close();
    QCOMPARE(OfficeText::kindOf(bomb), OfficeText::Kind::Docx);
    QString error;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!ReportImport::textOfFile(path, &error));
    QVERIFY2(error.contains(QStringLiteral("解压后超过")), qPrintable(error));
    QVERIFY(clock.elapsed() < 2000);
    // The same zip made small is opened, and refused only for having no text: the refusal above is the size's, not
    // a broken zip's.
    QVERIFY(!OfficeText::text(zipOf("word/document.xml", "<w:document/>"), &error));
    QVERIFY2(!error.contains(QStringLiteral("解压后超过")), qPrintable(error));
}

// A published PDF with a text layer (ours, as an agency's site serves it) read from its words and rules (PdfText):
// every cell; a PDF with no text (a scan) is refused, saying so; an encrypted one likewise.
void tst_OfficeImport::publishedPdf()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext is missing: packaging/install-deps.sh --tests installs poppler-utils");
    const Report expected = TestSupport::expectedReport(m_registry, "huaian-2024");
    const QString pdf = m_dir.filePath(QStringLiteral("published.pdf"));
    QString error;
    QVERIFY2(ReportExport::write(expected, m_registry, pdf, ReportExport::Options(), &error), qPrintable(error));
    const std::optional<QString> text = ReportImport::textOfFile(pdf, &error);
    QVERIFY2(text, qPrintable(error));
    compare(*text, expected);

    const QString scan = m_dir.filePath(QStringLiteral("scan.pdf"));
    {
        QPdfWriter writer(scan);
        QPainter painter(&writer);
        painter.fillRect(QRect(100, 100, 2000, 3000), Qt::gray); // a page image, no text
    }
    QVERIFY(!ReportImport::textOfFile(scan, &error));
    QVERIFY2(error.contains(QStringLiteral("扫描")), qPrintable(error));

    // Encrypted with a password to open it (qpdf, a tool not ours): said so, in the clerk's words.
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    if (qpdf.isEmpty())
        QFAIL("qpdf is missing: packaging/install-deps.sh --tests installs it");
    const QString locked = m_dir.filePath(QStringLiteral("locked.pdf"));
    QCOMPARE(QProcess::execute(qpdf, {QStringLiteral("--encrypt"), QStringLiteral("open-sesame"), QStringLiteral("owner-pw"), QStringLiteral("256"),
                                      QStringLiteral("--"), pdf, locked}),
             0);
    QVERIFY(!ReportImport::textOfFile(locked, &error));
    QVERIFY2(error.contains(QStringLiteral("已加密")), qPrintable(error));
}

QTEST_MAIN(tst_OfficeImport)
#include "tst_officeimport.moc"
