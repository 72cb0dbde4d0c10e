#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

// A published report's web page (a page saved from the agency's site, Word's "save as web page", a browser's copied
// HTML) as the text the importer reads (report-formats.md §11): the page's text in reading order, a line per block
// (p, div, h1–h6, li, br), and each row of a table one line of its cells, TAB-separated, as a browser copies a
// table — so a table is read as a table (the TAB-separated shape), a merged cell once where the page has it.
// Scripts, styles, forms and comments go; a layout table (one that holds another table) is read as blocks.
class HtmlText
{
    Q_DECLARE_TR_FUNCTIONS(HtmlText)
public:
    // By the name's suffix (.html, .htm, .xhtml, .shtml), else by the first bytes (a doctype, <html, or <meta).
    static bool isHtml(const QByteArray &bytes, const QString &name = QString());
    // The page's characters: a byte-order mark, else UTF-8 when the bytes are that, else the charset its <meta>
    // declares (GB2312 and GBK read as GB18030, their superset), else GB18030. nullopt with *error when none reads it.
    // `declared` (a server's Content-Type charset) comes before the page's own <meta>.
    static std::optional<QString> decode(const QByteArray &bytes, QString *error, const QString &declared = QString());
    // The text of a page's HTML.
    static QString text(const QString &html);
};
