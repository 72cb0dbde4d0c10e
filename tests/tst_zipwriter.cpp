// The ZIP container of DOCX and ODT, read back by Python's zipfile: names in order, contents, the stored (not
// deflated) mimetype ODT requires first, and a path that cannot be written refused with a reason.
#include "ZipWriter.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_ZipWriter : public QObject
{
    Q_OBJECT
private slots:
    void readableByAnotherReader();
    void unwritablePath();
};

void tst_ZipWriter::readableByAnotherReader()
{
    QTemporaryDir dir;
    ZipWriter zip;
    zip.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", false);
    zip.add(QStringLiteral("content.xml"), QByteArray(5000, 'x') + "<中文/>");
    zip.add(QStringLiteral("Pictures/seal.png"), QByteArray("\x89PNG\r\n", 6));
    const QString path = dir.filePath("out.zip");
    QString error;
    QVERIFY2(zip.write(path, &error), qPrintable(error));
    QProcess python;
    python.start("python3", {"-c",
                             "import sys, zipfile\n"
                             "z = zipfile.ZipFile(sys.argv[1])\n"
                             "assert z.testzip() is None\n"
                             "for i in z.infolist(): print(i.filename, i.compress_type, len(z.read(i)))\n"
                             "print(z.read('content.xml')[-9:].decode('utf-8'))\n",
                             path});
    QVERIFY(python.waitForFinished(30000));
    const QString out = QString::fromUtf8(python.readAllStandardOutput());
    QCOMPARE(python.exitCode(), 0);
    QCOMPARE(out.split('\n', Qt::SkipEmptyParts),
             QStringList({"mimetype 0 39", "content.xml 8 5009", "Pictures/seal.png 8 6", QStringLiteral("<中文/>")}));
}

void tst_ZipWriter::unwritablePath()
{
    ZipWriter zip;
    zip.add(QStringLiteral("a"), "b");
    QString error;
    QVERIFY(!zip.write(QStringLiteral("/nonexistent-folder/x.zip"), &error));
    QVERIFY2(error.contains(QStringLiteral("/nonexistent-folder/x.zip")), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_ZipWriter)
#include "tst_zipwriter.moc"
