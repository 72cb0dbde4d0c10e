// 文件 ▸ 打印 through the print dialog to a real CUPS queue: a cupsd of the test's own (a socket in a temporary
// folder, stopped with the test), a raw queue whose backend (tests/print/tofile) writes the job to a file. The
// printed pages must be the export's: as many, A4, the same text on each.
#include "ExportActions.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ReportDocument.h"
#include "SqliteReportStore.h"

#include <QApplication>
#include <QFileInfo>
#include <QMenuBar>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

QString run(const QString &program, const QStringList &args, int *status = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(60000);
    if (status)
        *status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}

QString pageText(const QString &pdf, int page)
{
    QString text = run(QStringLiteral("pdftotext"), {"-enc", "UTF-8", "-f", QString::number(page), "-l", QString::number(page), pdf, "-"});
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

int pageCount(const QString &pdf)
{
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

} // namespace

class tst_PrintQueue : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void printDialogToQueue();

private:
    QTemporaryDir m_dir;
    QProcess m_cupsd; // stopped by its destructor too, when a test fails
    QString m_printed;
    FormatRegistry m_registry;
};

void tst_PrintQueue::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString cupsd = QStandardPaths::findExecutable(QStringLiteral("cupsd"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    if (cupsd.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("lpadmin"), {QStringLiteral("/usr/sbin")}).isEmpty())
        QFAIL("cupsd or lpadmin is missing: packaging/install-deps.sh --tests installs cups-daemon and cups-client");
    QVERIFY(m_dir.isValid());
    const QString d = m_dir.path();
    for (const char *sub : {"spool", "tmp", "cache", "state", "ppd", "ssl", "log", "out", "bin/backend"})
        QVERIFY(QDir(d).mkpath(QString::fromLatin1(sub)));
    // cupsd refuses to run its jobs as root: as lp then, which must reach the folders; as another user, as that one.
    const bool root = geteuid() == 0;
    QFile::setPermissions(d, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther
                                 | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    QFile::setPermissions(d + QStringLiteral("/out"), QFileDevice::Permissions(0x7777));
    QFile::setPermissions(d + QStringLiteral("/tmp"), QFileDevice::Permissions(0x7777));
    for (const char *sub : {"filter", "daemon", "cgi-bin", "monitor", "notifier"})
        QFile::link(QStringLiteral("/usr/lib/cups/") + QLatin1String(sub), d + QStringLiteral("/bin/") + QLatin1String(sub));
    QVERIFY(QFile::copy(QStringLiteral(DR_TOFILE_BACKEND), d + QStringLiteral("/bin/backend/tofile")));
    QFile::setPermissions(d + QStringLiteral("/bin/backend/tofile"), QFileDevice::Permissions(0x7555) | QFileDevice::WriteOwner);
    const QString user = root ? QStringLiteral("lp") : run(QStringLiteral("id"), {"-un"}).trimmed();
    const QString group = root ? QStringLiteral("lp") : run(QStringLiteral("id"), {"-gn"}).trimmed();
    const auto write = [](const QString &path, const QString &text) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0;
    };
    QVERIFY(write(d + QStringLiteral("/cupsd.conf"), QStringLiteral(
        "Listen %1/cups.sock\nLogLevel info\nWebInterface No\nBrowsing No\nDefaultAuthType None\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n    Allow all\n  </Limit>\n</Policy>\n").arg(d)));
    QVERIFY(write(d + QStringLiteral("/cups-files.conf"), QStringLiteral(
        "ServerRoot %1\nRequestRoot %1/spool\nTempDir %1/tmp\nCacheDir %1/cache\nStateDir %1/state\nServerBin %1/bin\n"
        "DataDir /usr/share/cups\nDocumentRoot /usr/share/cups/doc-root\nErrorLog %1/log/error_log\nAccessLog %1/log/access_log\n"
        "PageLog %1/log/page_log\nSandboxing Relaxed\nUser %2\nGroup %3\nSystemGroup %4\n")
        .arg(d, user, group, root ? QStringLiteral("root") : group)));
    m_cupsd.start(cupsd, {"-f", "-c", d + QStringLiteral("/cupsd.conf"), "-s", d + QStringLiteral("/cups-files.conf")});
    QVERIFY2(m_cupsd.waitForStarted(), qPrintable(m_cupsd.errorString()));
    // Every CUPS client from here on (lpadmin, Qt's print support) talks to this scheduler only.
    qputenv("CUPS_SERVER", QFile::encodeName(d + QStringLiteral("/cups.sock")));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(d + QStringLiteral("/cups.sock")), 10000);
    m_printed = d + QStringLiteral("/out/printed.pdf");
    int status = 0;
    const QString said = run(QStringLiteral("/usr/sbin/lpadmin"), {"-p", "DrTest", "-E", "-v", QStringLiteral("tofile:") + m_printed, "-m", "raw"}, &status);
    QVERIFY2(status == 0, qPrintable(said + run(QStringLiteral("tail"), {"-5", d + QStringLiteral("/log/error_log")})));
    QCOMPARE(run(QStringLiteral("/usr/sbin/lpadmin"), {"-d", "DrTest"}, &status), QString());
}

void tst_PrintQueue::cleanupTestCase()
{
    m_cupsd.terminate();
    QVERIFY(m_cupsd.waitForFinished(10000));
}

void tst_PrintQueue::printDialogToQueue()
{
    const QString db = m_dir.filePath(QStringLiteral("reports.sqlite"));
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(db));
    const Report report = TestSupport::expectedReport(m_registry, "huaian-2024");
    QVERIFY(store.save({report}, true));
    MainWindow window(m_registry, store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openReport(report.agency, report.year));
    QApplication::setActiveWindow(&window);

    // 打印 (Ctrl+P): the dialog offers the queue, as the office's printer; Enter prints.
    QString offered;
    TestSupport::whenModal<QPrintDialog>([&offered](QPrintDialog *dialog) {
        offered = dialog->printer()->printerName();
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(offered, QStringLiteral("DrTest"));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(m_printed), 30000);

    const QString exported = m_dir.filePath(QStringLiteral("exported.pdf"));
    QString error;
    QVERIFY2(window.exports()->exportPdf(exported, false, &error), qPrintable(error));
    const int pages = pageCount(exported);
    QVERIFY(pages > 3);
    QCOMPARE(pageCount(m_printed), pages);
    QVERIFY(run(QStringLiteral("pdfinfo"), {m_printed}).contains(QStringLiteral("(A4)")));
    QVERIFY(pageText(m_printed, 1).contains(QStringLiteral("政府信息公开工作年度报告")));
    for (int page = 1; page <= pages; ++page)
        QCOMPARE(pageText(m_printed, page), pageText(exported, page));
    // Qt's print engine made it (the queue passed it on untouched), not our exporter.
    QVERIFY(run(QStringLiteral("pdfinfo"), {m_printed}) != run(QStringLiteral("pdfinfo"), {exported}));
}

QTEST_MAIN(tst_PrintQueue)
#include "tst_printqueue.moc"
