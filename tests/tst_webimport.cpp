// `import https://…` (and 文件 ▸ 从网址导入, which fetches the same way): a page fetched from a small HTTP server the
// test runs on 127.0.0.1 — a redirect followed, the charset the server names, and for what goes wrong a message
// that says what: 404, a refused connection, no answer in time, a PDF where a page was expected, a page too large.
#include "CommandLineRun.h"
#include "HtmlExporter.h"
#include "SqliteReportStore.h"
#include "TestSupport.h"
#include "TextImporter.h"
#include "WebPage.h"

#include <QStandardPaths>
#include <QStringEncoder>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Answers a request for a path it has; a request for any other path gets no answer at all (a server that hangs).
class PageServer : public QObject
{
public:
    struct Page
    {
        int status = 200;
        QByteArray type;
        QByteArray body;
        QByteArray location;
    };

    PageServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QObject::destroyed, this, [this, socket] { m_requests.remove(socket); });
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
            }
        });
    }

    QString url(const char *path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(QLatin1String(path)); }

    QMap<QByteArray, Page> pages;

private:
    void answer(QTcpSocket *socket)
    {
        QByteArray &request = m_requests[socket];
        request += socket->readAll();
        if (!request.contains("\r\n\r\n"))
            return;
        const QByteArray path = request.split(' ').value(1);
        m_requests.remove(socket); // a later socket may have this one's address
        const auto page = pages.constFind(path);
        if (page == pages.cend())
            return; // never answered
        QByteArray head = "HTTP/1.1 " + QByteArray::number(page->status) + (page->status == 200 ? " OK" : page->status == 404 ? " Not Found" : " Moved")
            + "\r\nContent-Length: " + QByteArray::number(page->body.size()) + "\r\nConnection: close\r\n";
        if (!page->type.isEmpty())
            head += "Content-Type: " + page->type + "\r\n";
        if (!page->location.isEmpty())
            head += "Location: " + page->location + "\r\n";
        socket->write(head + "\r\n" + page->body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_requests;
};

} // namespace

class tst_WebImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importByAddress();
    void whatWentWrongIsSaid();

private:
    int run(const QStringList &args);

    FormatRegistry m_registry;
    QTemporaryDir m_dir;
    QString m_out, m_err;
};

void tst_WebImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
}

int tst_WebImport::run(const QStringList &args)
{
    return TestSupport::runCommandLine(m_registry, args, &m_out, &m_err);
}

// An address that moved (301) to a page in GBK whose charset only the server's header names.
void tst_WebImport::importByAddress()
{
    const Report published = TestSupport::expectedReport(m_registry, "huaian-2024");
    QString page = QString::fromUtf8(HtmlExporter::write(published, m_registry));
    page.remove(QStringLiteral("<meta charset=\"utf-8\"/>"));
    QStringEncoder gbk("GB18030");
    PageServer server;
    server.pages.insert("/zfxxgk/nb/2024.htm", {200, "text/html; charset=GBK", gbk(page), {}});
    server.pages.insert("/old/2024.htm", {301, "text/html", "moved", "/zfxxgk/nb/2024.htm"});
    const QString db = m_dir.filePath(QStringLiteral("web.sqlite"));
    QCOMPARE(run({"import", server.url("/old/2024.htm"), "--db", db}), 0);
    SqliteReportStore store(m_registry);
    Report stored;
    QVERIFY(store.openSqlite(db) && store.load(published.agency, published.year, &stored));
    QCOMPARE(stored.cells, published.cells);
    QVERIFY(stored.doubts.isEmpty());
}

void tst_WebImport::whatWentWrongIsSaid()
{
    PageServer server;
    server.pages.insert("/gone.htm", {404, "text/html", "<html><body>404</body></html>", {}});
    server.pages.insert("/report.pdf", {200, "application/pdf", "%PDF-1.4\n%%EOF\n", {}});
    server.pages.insert("/huge.htm", {200, "text/html", QByteArray(TextImporter::maxBytes + 4096, 'a'), {}});
    const QString db = m_dir.filePath(QStringLiteral("wrong.sqlite"));
    QCOMPARE(run({"import", server.url("/gone.htm"), "--db", db}), 2);
    QVERIFY2(m_err.contains(QStringLiteral("404")) && m_err.contains(QStringLiteral("/gone.htm")), qPrintable(m_err));
    QCOMPARE(run({"import", server.url("/report.pdf"), "--db", db}), 2);
    QVERIFY2(m_err.contains(QStringLiteral("PDF")), qPrintable(m_err));
    QString error;
    QVERIFY(!WebPage::fetch(QUrl(server.url("/huge.htm")), &error));
    QVERIFY2(error.contains(QStringLiteral("MB")), qPrintable(error));
    // An address that sends the reader round for ever: stopped after ten, said so.
    server.pages.insert("/loop.htm", {302, "text/html", QByteArray(), "/loop.htm"});
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!WebPage::fetch(QUrl(server.url("/loop.htm")), &error));
    QVERIFY2(error.contains(QStringLiteral("转向过多")), qPrintable(error));
    QVERIFY(clock.elapsed() < 10000);
    QVERIFY(!WebPage::fetch(QUrl(server.url("/no-answer")), &error, 500));
    QVERIFY2(error.contains(QStringLiteral("秒内没有回应")), qPrintable(error));
    // A port nobody listens on.
    quint16 closed = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closed = probe.serverPort();
    }
    QVERIFY(!WebPage::fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/nb.htm").arg(closed)), &error));
    QVERIFY2(error.contains(QStringLiteral("拒绝连接")), qPrintable(error));
    QVERIFY(!WebPage::fetch(QUrl(QStringLiteral("ftp://example.org/nb.htm")), &error));
    QVERIFY2(error.contains(QStringLiteral("不是网页地址")), qPrintable(error));
    QVERIFY(!QFile::exists(db)); // nothing imported, not even a new database
}

QTEST_GUILESS_MAIN(tst_WebImport)
#include "tst_webimport.moc"
