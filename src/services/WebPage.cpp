#include "WebPage.h"

#include "HtmlText.h"
#include "TextImporter.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

bool WebPage::isAddress(const QString &text)
{
    return text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) || text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

std::optional<WebPage::Fetched> WebPage::fetch(const QUrl &url, QString *error, int timeoutMs)
{
    const QString shown = url.toDisplayString();
    if (!url.isValid() || !isAddress(url.toString())) {
        *error = tr("%1 不是网页地址（应以 http:// 或 https:// 开头）").arg(shown);
        return std::nullopt;
    }
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(10);
    request.setTransferTimeout(timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("disclosure-report (政府信息公开年报)"));
    QNetworkReply *reply = network.get(request); // owned by `network`
    QEventLoop loop;
    bool tooLarge = false;
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64) {
        if (received > TextImporter::maxBytes && !tooLarge) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (tooLarge) {
        *error = tr("%1：页面超过 %2 MB，不像一份年报").arg(shown).arg(TextImporter::maxBytes / 1048576);
        return std::nullopt;
    }
    if (status >= 400) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        *error = status == 404 ? tr("%1：服务器回答 404，页面不存在（地址是否抄错，或页面已撤下？）").arg(shown)
                               : tr("%1：服务器回答 %2 %3").arg(shown).arg(status).arg(reason);
        return std::nullopt;
    }
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::ConnectionRefusedError:
        *error = tr("%1：服务器拒绝连接").arg(shown);
        return std::nullopt;
    case QNetworkReply::HostNotFoundError:
        *error = tr("%1：找不到服务器 %2（网络是否连通，地址是否正确？）").arg(shown, url.host());
        return std::nullopt;
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        *error = tr("%1：%2 秒内没有回应").arg(shown).arg(timeoutMs / 1000.0);
        return std::nullopt;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        *error = tr("%1：转向过多，或从 https 转向了 http：未读取").arg(shown);
        return std::nullopt;
    default:
        *error = tr("%1：%2").arg(shown, reply->errorString());
        return std::nullopt;
    }
    Fetched page;
    page.bytes = reply->readAll();
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    page.contentType = type.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    static const QRegularExpression charset(QStringLiteral("charset\\s*=\\s*\"?([A-Za-z0-9_.:-]+)"), QRegularExpression::CaseInsensitiveOption);
    page.charset = charset.match(type).captured(1).toLower();
    return page;
}

std::optional<QString> WebPage::text(const QUrl &url, QString *error, int timeoutMs)
{
    const auto page = fetch(url, error, timeoutMs);
    if (!page)
        return std::nullopt;
    const QString shown = url.toDisplayString();
    const bool html = page->contentType.contains(QLatin1String("html")) || HtmlText::isHtml(page->bytes);
    if (!html && !page->contentType.startsWith(QLatin1String("text/")) && !page->contentType.isEmpty()) {
        *error = page->contentType == QLatin1String("application/pdf")
            ? tr("%1 是 PDF 文件，不是网页：请下载后用 PDF 阅读器复制全文，再从剪贴板导入").arg(shown)
            : tr("%1 不是网页（服务器说它是 %2）").arg(shown, page->contentType);
        return std::nullopt;
    }
    QString decodeError;
    // Read as a file would be (TextImporter::textOf), a page told by its Content-Type as well as by its bytes.
    const std::optional<QString> text = TextImporter::textOf(page->bytes, html ? QStringLiteral("page.html") : QString(), &decodeError, page->charset);
    if (!text)
        *error = QStringLiteral("%1：%2").arg(shown, decodeError);
    return text;
}
