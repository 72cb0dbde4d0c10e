#pragma once

#include <QCoreApplication>
#include <QUrl>
#include <optional>

// A published report's page fetched by its address (文件 ▸ 从网址导入, `import https://…`): redirects followed (never
// from https to http), the charset its Content-Type names, a time-out, no more than TextImporter::maxBytes, and a
// message that says what happened — a 404, a refused connection, a host not found, a PDF where a page was expected.
class WebPage
{
    Q_DECLARE_TR_FUNCTIONS(WebPage)
public:
    static bool isAddress(const QString &text); // http:// or https://

    struct Fetched
    {
        QByteArray bytes;
        QString charset; // from Content-Type; empty when it names none
        QString contentType; // without parameters, lower case
    };
    // Waits in a local event loop (the window keeps painting). nullopt with *error naming the address.
    static std::optional<Fetched> fetch(const QUrl &url, QString *error, int timeoutMs = 30000);
    // The page's text as the importer reads it: HTML through HtmlText (the header's charset first), plain text decoded.
    static std::optional<QString> text(const QUrl &url, QString *error, int timeoutMs = 30000);
};
