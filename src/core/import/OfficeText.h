#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

// An office's own Word or WPS file (DOCX, Office Open XML) or an ODT, as the text the importer reads: a line per
// paragraph, and each table row a line of its cells TAB-separated, a merged cell once (gridSpan and vMerge in DOCX,
// covered cells in ODT), as HtmlText gives a web page's — so the tables are read from the file's structure.
// Deleted text of tracked changes, field codes and notes are not the report's and are left out.
class OfficeText
{
    Q_DECLARE_TR_FUNCTIONS(OfficeText)
public:
    enum class Kind { NotOffice, Docx, Odt, OldBinary };
    // By the first bytes: a zip package holding word/document.xml or content.xml, or an old binary .doc/.wps
    // (OLE2, which only a converter reads).
    static Kind kindOf(const QByteArray &bytes);
    // The text; nullopt with *error (a damaged package, an old binary file) saying what to do.
    static std::optional<QString> text(const QByteArray &bytes, QString *error);
};
