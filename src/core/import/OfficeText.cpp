#include "OfficeText.h"

#include "SourceText.h"

#include <QXmlStreamReader>

#include <zip.h>

namespace {

constexpr qint64 maxZipEntry = 64 * 1024 * 1024; // a report's document.xml is well under 2 MB; more is a zip bomb

// A zip package held in memory, opened once: which entries it has, and one read whole.
class ZipPackage
{
public:
    explicit ZipPackage(const QByteArray &package)
    {
        zip_error_t error;
        zip_error_init(&error);
        if (zip_source_t *source = zip_source_buffer_create(package.constData(), zip_uint64_t(package.size()), 0, &error)) {
            m_archive = zip_open_from_source(source, ZIP_RDONLY, &error);
            if (!m_archive)
                zip_source_free(source);
        }
        zip_error_fini(&error);
    }
    ~ZipPackage()
    {
        if (m_archive)
            zip_discard(m_archive); // frees the source too
    }
    ZipPackage(const ZipPackage &) = delete;
    ZipPackage &operator=(const ZipPackage &) = delete;

    bool has(const char *name) const { return m_archive && zip_name_locate(m_archive, name, 0) >= 0; }

    // nullopt when it cannot be read whole; *tooLarge when it would unpack to more than a report could be (a zip bomb:
    // refused from its declared size, before anything is unpacked — and never more than that size is read).
    std::optional<QByteArray> read(const char *name, bool *tooLarge) const
    {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (!m_archive || zip_stat(m_archive, name, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
            return std::nullopt;
        if (stat.size >= zip_uint64_t(maxZipEntry)) {
            *tooLarge = true;
            return std::nullopt;
        }
        zip_file_t *file = zip_fopen(m_archive, name, 0);
        if (!file)
            return std::nullopt;
        QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
        const bool whole = zip_fread(file, bytes.data(), stat.size) == zip_int64_t(stat.size);
        zip_fclose(file);
        return whole ? std::optional<QByteArray>(bytes) : std::nullopt;
    }

private:
    zip_t *m_archive = nullptr;
};

// What both formats build: paragraphs outside tables as lines, table rows as TAB-separated cells. Paragraphs nest
// (a text box inside a paragraph), so each has its own buffer; a table inside a table cell is read into that cell.
class DocumentLines
{
public:
    void startParagraph() { m_paragraphs.append(QString()); }
    void text(const QString &t)
    {
        if (!m_paragraphs.isEmpty())
            m_paragraphs.last() += t;
    }
    void endParagraph()
    {
        if (m_paragraphs.isEmpty())
            return;
        const QString p = m_paragraphs.takeLast();
        if (m_tables > 0)
            m_cell.append(p);
        else if (const QString line = p.simplified(); !line.isEmpty())
            out.append(line);
    }
    void startTable() { ++m_tables; }
    void endTable() { m_tables = qMax(0, m_tables - 1); }
    void startRow()
    {
        if (m_tables == 1)
            m_row.clear();
    }
    void endRow()
    {
        if (m_tables != 1)
            return;
        bool any = false;
        for (const QString &f : qAsConst(m_row))
            any = any || !f.isEmpty();
        if (any)
            out.append(m_row.join(QLatin1Char('\t')));
    }
    void startCell()
    {
        if (m_tables == 1)
            m_cell.clear();
    }
    // `copies`: an empty cell ODT repeats (number-columns-repeated) counts as that many.
    void endCell(bool merged, int copies = 1)
    {
        if (m_tables != 1 || merged)
            return;
        const QString text = SourceText::cellText(m_cell);
        m_row.append(text);
        for (int i = 1; i < copies && text.isEmpty() && i < 16; ++i)
            m_row.append(QString());
    }
    QStringList out;

private:
    QStringList m_paragraphs;
    QStringList m_cell;
    QStringList m_row;
    int m_tables = 0;
};

QString docxText(const QByteArray &xml)
{
    static const QString w = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    QXmlStreamReader reader(xml);
    DocumentLines lines;
    bool continued = false; // the present cell continues one merged from above (vMerge without restart)
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = reader.name();
            if (name == QLatin1String("Fallback")) { // mc:AlternateContent: the Choice is read, not its copy
                reader.skipCurrentElement();
                continue;
            }
            if (reader.namespaceUri() != w)
                continue;
            if (name == QLatin1String("p")) {
                lines.startParagraph();
            } else if (name == QLatin1String("t")) {
                lines.text(reader.readElementText(QXmlStreamReader::IncludeChildElements));
            } else if (name == QLatin1String("tab")) {
                lines.text(QStringLiteral(" "));
            } else if (name == QLatin1String("br") || name == QLatin1String("cr")) {
                lines.text(QStringLiteral(" "));
            } else if (name == QLatin1String("delText") || name == QLatin1String("instrText") || name == QLatin1String("del")) {
                reader.skipCurrentElement(); // deleted text, field codes
            } else if (name == QLatin1String("tbl")) {
                lines.startTable();
            } else if (name == QLatin1String("tr")) {
                lines.startRow();
            } else if (name == QLatin1String("tc")) {
                lines.startCell();
                continued = false;
            } else if (name == QLatin1String("vMerge")) {
                continued = reader.attributes().value(w, QStringLiteral("val")) != QLatin1String("restart");
            }
        } else if (token == QXmlStreamReader::EndElement && reader.namespaceUri() == w) {
            const QStringView name = reader.name();
            if (name == QLatin1String("p"))
                lines.endParagraph();
            else if (name == QLatin1String("tc"))
                lines.endCell(continued);
            else if (name == QLatin1String("tr"))
                lines.endRow();
            else if (name == QLatin1String("tbl"))
                lines.endTable();
        }
    }
    return reader.hasError() ? QString() : lines.out.join(QLatin1Char('\n'));
}

QString odtText(const QByteArray &xml)
{
    static const QString text = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
    static const QString table = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
    static const QString office = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
    QXmlStreamReader reader(xml);
    DocumentLines lines;
    QVector<int> repeats; // number-columns-repeated of the open cells
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        const QStringView name = reader.name();
        const QStringView ns = reader.namespaceUri();
        if (token == QXmlStreamReader::StartElement) {
            if ((ns == text && (name == QLatin1String("note") || name == QLatin1String("tracked-changes")))
                || (ns == office && name == QLatin1String("annotation")) || (ns == table && name == QLatin1String("covered-table-cell"))) {
                reader.skipCurrentElement(); // footnotes, deleted text, comments; a place a merged cell covers
            } else if (ns == text && (name == QLatin1String("p") || name == QLatin1String("h"))) {
                lines.startParagraph();
            } else if (ns == text && name == QLatin1String("s")) {
                const int count = reader.attributes().value(text, QStringLiteral("c")).toInt();
                lines.text(QString(qBound(1, count, 100), QLatin1Char(' ')));
            } else if (ns == text && (name == QLatin1String("tab") || name == QLatin1String("line-break"))) {
                lines.text(QStringLiteral(" "));
            } else if (ns == table && name == QLatin1String("table")) {
                lines.startTable();
            } else if (ns == table && name == QLatin1String("table-row")) {
                lines.startRow();
            } else if (ns == table && name == QLatin1String("table-cell")) {
                lines.startCell();
                repeats.append(reader.attributes().value(table, QStringLiteral("number-columns-repeated")).toInt());
            }
        } else if (token == QXmlStreamReader::Characters) {
            lines.text(reader.text().toString());
        } else if (token == QXmlStreamReader::EndElement) {
            if (ns == text && (name == QLatin1String("p") || name == QLatin1String("h")))
                lines.endParagraph();
            else if (ns == table && name == QLatin1String("table-cell"))
                lines.endCell(false, repeats.isEmpty() ? 1 : repeats.takeLast());
            else if (ns == table && name == QLatin1String("table-row"))
                lines.endRow();
            else if (ns == table && name == QLatin1String("table"))
                lines.endTable();
        }
    }
    return reader.hasError() ? QString() : lines.out.join(QLatin1Char('\n'));
}

} // namespace

namespace {

OfficeText::Kind kindOf(const QByteArray &bytes, const ZipPackage &package)
{
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return OfficeText::Kind::OldBinary;
    if (package.has("word/document.xml"))
        return OfficeText::Kind::Docx;
    if (package.has("content.xml"))
        return OfficeText::Kind::Odt;
    return OfficeText::Kind::NotOffice;
}

} // namespace

OfficeText::Kind OfficeText::kindOf(const QByteArray &bytes)
{
    if (!bytes.startsWith("PK\x03\x04") && !bytes.startsWith("\xD0\xCF\x11\xE0"))
        return Kind::NotOffice; // not opened as a zip: most files given are text
    return ::kindOf(bytes, ZipPackage(bytes.startsWith("PK\x03\x04") ? bytes : QByteArray()));
}

std::optional<QString> OfficeText::text(const QByteArray &bytes, QString *error)
{
    const ZipPackage package(bytes.startsWith("PK\x03\x04") ? bytes : QByteArray());
    const Kind kind = ::kindOf(bytes, package);
    switch (kind) {
    case Kind::OldBinary:
        *error = tr("这是旧版 Word/WPS 文件（.doc/.wps），需要 LibreOffice 转换：请安装 LibreOffice，或在 Word/WPS 中另存为 .docx 后导入");
        return std::nullopt;
    case Kind::NotOffice:
        *error = tr("不是 Word（.docx）或 ODT 文件，或文件已损坏");
        return std::nullopt;
    case Kind::Docx:
    case Kind::Odt:
        break;
    }
    const bool docx = kind == Kind::Docx;
    bool tooLarge = false;
    const std::optional<QByteArray> xml = package.read(docx ? "word/document.xml" : "content.xml", &tooLarge);
    if (tooLarge) {
        *error = tr("%1 解压后超过 %2 MB，不像一份年度报告（可能是恶意构造的压缩文件），未读取")
                     .arg(docx ? QStringLiteral("word/document.xml") : QStringLiteral("content.xml"))
                     .arg(maxZipEntry / (1024 * 1024));
        return std::nullopt;
    }
    const QString text = xml ? (docx ? docxText(*xml) : odtText(*xml)) : QString();
    if (text.isEmpty()) {
        *error = tr("文件已损坏，或其中没有文字（%1）").arg(docx ? QStringLiteral("word/document.xml") : QStringLiteral("content.xml"));
        return std::nullopt;
    }
    return text;
}
