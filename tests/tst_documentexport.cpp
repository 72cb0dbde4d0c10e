// DOCX, ODT and HTML opened as their readers open them: zip entries, well-formed XML, every label and value in
// order; LibreOffice converting DOCX and ODT to PDF with the prose in order and every value printed, and reading their
// tables cell by cell as written (on a report whose figures all differ).
#include "DocumentBlocks.h"
#include "OfficialDocument.h"
#include "TitleLines.h"
#include "DocxExporter.h"
#include "HtmlExporter.h"
#include "OdtExporter.h"
#include "ReportSchema.h"
#include "TestSupport.h"
#include "Totals.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <zip.h>

namespace {

struct ZipEntry
{
    QString name;
    QByteArray data;
    int method;
};

QList<ZipEntry> readZip(const QString &path)
{
    QList<ZipEntry> out;
    int code = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!zip)
        return out;
    for (zip_int64_t i = 0; i < zip_get_num_entries(zip, 0); ++i) {
        zip_stat_t st;
        zip_stat_index(zip, zip_uint64_t(i), 0, &st);
        QByteArray data(qsizetype(st.size), '\0');
        zip_file_t *f = zip_fopen_index(zip, zip_uint64_t(i), 0);
        zip_fread(f, data.data(), st.size);
        zip_fclose(f);
        out.append({QString::fromUtf8(st.name), data, int(st.comp_method)});
    }
    zip_close(zip);
    return out;
}

// All character data of the given elements, in document order; fails the test on malformed XML.
QString text(const QByteArray &xml, const QStringList &elements, QString *error)
{
    QXmlStreamReader r(xml);
    QString out;
    int depth = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && elements.contains(r.qualifiedName().toString()))
            ++depth;
        else if (r.isEndElement() && elements.contains(r.qualifiedName().toString()))
            --depth;
        else if (r.isCharacters() && depth > 0)
            out += r.text();
    }
    if (r.hasError())
        *error = QStringLiteral("%1 at line %2").arg(r.errorString()).arg(r.lineNumber());
    return out;
}

QString flat(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("[\\s\\x{00a0}\\x{3000}]")));
    return s;
}

// Checks that `parts` occur in `text` in this order (each after the previous).
bool inOrder(const QString &text, const QStringList &parts, QString *missing)
{
    int at = 0;
    for (const QString &p : parts) {
        const int found = text.indexOf(p, at);
        if (found < 0) {
            *missing = p;
            return false;
        }
        at = found + int(p.size());
    }
    return true;
}

// What a reader must find, in printed order: title, headings and paragraphs; per table its labels and values.
QStringList expectedSequence(const Report &r, const FormatRegistry &registry, bool withTables)
{
    const ReportSchema schema = ReportSchema::forReport(registry, r);
    QStringList seq{flat(r.displayTitle())};
    auto prose = [&seq](const std::optional<QString> &p) {
        if (p)
            for (const QString &s : p->split('\n'))
                seq.append(flat(s));
    };
    prose(r.prose.preamble);
    seq.append(QStringLiteral("一、总体情况"));
    prose(r.prose.part1);
    for (const TableFormat *t : schema.tables()) {
        seq.append(t->heading);
        if (!withTables)
            continue;
        for (const QVector<GridRow> *rows : {&t->header, &t->body})
            for (const GridRow &row : *rows) {
                if (!row.optionalBlock.isEmpty() && !schema.hasBlock(row.optionalBlock))
                    continue;
                for (const GridCell &c : row.cells) {
                    const QString s = c.valueKey.isEmpty() ? flat(c.text) : r.cell(c.valueKey).toString() + r.annotations.value(c.valueKey);
                    if (!s.isEmpty())
                        seq.append(s);
                }
            }
    }
    seq.append(QStringLiteral("五、存在的主要问题及改进情况"));
    prose(r.prose.part5);
    seq.append(QStringLiteral("六、其他需要报告的事项"));
    prose(r.prose.part6);
    return seq;
}

// The tables of an XHTML file (LibreOffice's reading of our DOCX or ODT, written back out), each cell placed in its
// table's grid as HTML places it (rowspan, colspan), its text without spaces.
struct PlacedCell
{
    int row = 0, column = 0, rowSpan = 1, columnSpan = 1;
    QString text;
};
QVector<QVector<PlacedCell>> tablesOf(const QByteArray &xhtml, QString *error)
{
    QVector<QVector<PlacedCell>> tables;
    QXmlStreamReader r(xhtml);
    QVector<QVector<bool>> taken; // the grid slots covered so far in the table being read
    int row = -1, column = 0, depth = 0;
    PlacedCell cell;
    const auto take = [&taken](int row, int column) {
        while (taken.size() <= row)
            taken.append(QVector<bool>());
        while (taken[row].size() <= column)
            taken[row].append(false);
        return !std::exchange(taken[row][column], true);
    };
    while (!r.atEnd()) {
        r.readNext();
        const QString name = r.name().toString();
        if (r.isStartElement() && name == QLatin1String("table")) {
            tables.append(QVector<PlacedCell>());
            taken.clear();
            row = -1;
        } else if (r.isStartElement() && name == QLatin1String("tr")) {
            ++row;
            column = 0;
        } else if (r.isStartElement() && (name == QLatin1String("td") || name == QLatin1String("th"))) {
            while (row < taken.size() && column < taken[row].size() && taken[row][column])
                ++column;
            cell = PlacedCell{row, column, qMax(1, r.attributes().value(QStringLiteral("rowspan")).toInt()),
                              qMax(1, r.attributes().value(QStringLiteral("colspan")).toInt()), QString()};
            for (int y = 0; y < cell.rowSpan; ++y)
                for (int x = 0; x < cell.columnSpan; ++x)
                    take(row + y, column + x);
            column += cell.columnSpan;
            depth = 1;
        } else if (r.isEndElement() && (name == QLatin1String("td") || name == QLatin1String("th"))) {
            tables.last().append(cell);
            depth = 0;
        } else if (r.isCharacters() && depth > 0) {
            cell.text += flat(r.text().toString());
        }
    }
    if (r.hasError())
        *error = QStringLiteral("%1 at line %2").arg(r.errorString()).arg(r.lineNumber());
    return tables;
}

} // namespace

class tst_DocumentExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void docx_data();
    void docx();
    void odt_data() { docx_data(); }
    void odt();
    void htmlParsesBackToTheSameCells_data() { docx_data(); }
    void htmlParsesBackToTheSameCells();
    void htmlEscapesUserText();
    void userTextEscapedInEveryWriter();
    void libreOfficeConverts_data();
    void libreOfficeConverts();
    void libreOfficeTablesCellByCell_data();
    void libreOfficeTablesCellByCell();

private:
    static QStringList libreOfficeFixtures();
    // The report a LibreOffice fixture stands for: a published one, or "varied" — every figure different.
    Report libreOfficeReport(const QString &name) const;
    // What LibreOffice made of a fixture's DOCX or ODT: a PDF, or ("xhtml") its tables written back out.
    QString convertedByLibreOffice(const QString &name, const QString &suffix, const QString &to = QStringLiteral("pdf"));

    FormatRegistry m_registry;
    QTemporaryDir m_dir;
    QString m_converted; // the folder of LibreOffice's conversions, once made
    QString m_libreOfficeErrors;
};

void tst_DocumentExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_DocumentExport::docx_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &n : TestSupport::expectedFixtures())
        QTest::newRow(qPrintable(n)) << n;
}

void tst_DocumentExport::docx()
{
    QFETCH(QString, name);
    const Report r = TestSupport::expectedReport(m_registry, name);
    const QString path = m_dir.filePath(name + ".docx");
    QString error;
    QVERIFY2(DocxExporter::write(r, m_registry, path, &error), qPrintable(error));
    const QList<ZipEntry> entries = readZip(path);
    QStringList names;
    QByteArray document, footer;
    for (const ZipEntry &e : entries) {
        names.append(e.name);
        if (e.name.endsWith(".xml") || e.name.endsWith(".rels")) {
            QString xmlError;
            text(e.data, {}, &xmlError);
            QVERIFY2(xmlError.isEmpty(), qPrintable(e.name + ": " + xmlError));
        }
        if (e.name == "word/document.xml")
            document = e.data;
        if (e.name == "word/footer1.xml")
            footer = e.data;
    }
    for (const char *part : {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/fontTable.xml",
                             "word/footer1.xml", "word/_rels/document.xml.rels", "docProps/core.xml"})
        QVERIFY2(names.contains(QLatin1String(part)), part);
    const QString body = flat(text(document, {"w:t"}, &error));
    QString missing;
    QVERIFY2(inOrder(body, expectedSequence(r, m_registry, true), &missing), qPrintable(missing));
    // GB/T 9704 page, official faces for East Asian text, merged cells, repeated header rows, page number field.
    QVERIFY(document.contains(R"(<w:pgSz w:w="11906" w:h="16838"/>)"));
    QVERIFY(document.contains(R"(w:top="2098" w:right="1474" w:bottom="1984" w:left="1587")"));
    QVERIFY(document.contains(QStringLiteral("w:eastAsia=\"仿宋_GB2312\"").toUtf8()));
    QVERIFY(document.contains(QStringLiteral("w:eastAsia=\"黑体\"").toUtf8()));
    QVERIFY(document.contains(QStringLiteral("w:eastAsia=\"方正小标宋简体\"").toUtf8()));
    QVERIFY(document.contains(R"(<w:gridSpan w:val="7"/>)"));            // 申请人情况
    QVERIFY(document.contains(R"(<w:vMerge w:val="restart"/>)"));         // 三、本年度办理结果 …
    QCOMPARE(document.count("<w:tblHeader/>"), 6);                         // table 三 and 四: three header rows each
    QVERIFY(document.contains(R"(<w:textDirection w:val="tbRlV"/>)"));
    QVERIFY(footer.contains("PAGE"));
    QVERIFY(footer.contains(QStringLiteral("— ").toUtf8()));
    if (r.date)
        QVERIFY(body.endsWith(flat(r.agency + QStringLiteral("2022年1月18日"))));
}

void tst_DocumentExport::odt()
{
    QFETCH(QString, name);
    const Report r = TestSupport::expectedReport(m_registry, name);
    const QString path = m_dir.filePath(name + ".odt");
    QString error;
    QVERIFY2(OdtExporter::write(r, m_registry, path, &error), qPrintable(error));
    const QList<ZipEntry> entries = readZip(path);
    QVERIFY(entries.size() >= 5);
    QCOMPARE(entries.first().name, QStringLiteral("mimetype"));
    QCOMPARE(entries.first().method, int(ZIP_CM_STORE));
    QCOMPARE(entries.first().data, QByteArray("application/vnd.oasis.opendocument.text"));
    QByteArray content, styles;
    for (const ZipEntry &e : entries) {
        if (e.name.endsWith(".xml")) {
            QString xmlError;
            text(e.data, {}, &xmlError);
            QVERIFY2(xmlError.isEmpty(), qPrintable(e.name + ": " + xmlError));
        }
        if (e.name == "content.xml")
            content = e.data;
        if (e.name == "styles.xml")
            styles = e.data;
    }
    const QString body = flat(text(content, {"text:p", "text:h"}, &error));
    QString missing;
    QVERIFY2(inOrder(body, expectedSequence(r, m_registry, true), &missing), qPrintable(missing));
    QVERIFY(content.contains(R"(table:number-columns-spanned="7")"));
    QVERIFY(content.contains("table:number-rows-spanned"));
    QVERIFY(content.contains("<table:covered-table-cell/>"));
    QCOMPARE(content.count("<table:table-header-rows>"), 2);
    QVERIFY(content.contains(QStringLiteral("style:font-name-asian=\"仿宋_GB2312\"").toUtf8()));
    QVERIFY(styles.contains(R"(fo:page-width="210mm" fo:page-height="297mm")"));
    QVERIFY(styles.contains(R"(fo:margin-top="37mm")") && styles.contains(R"(fo:margin-left="28mm")") && styles.contains(R"(fo:margin-right="26mm")"));
    QVERIFY(styles.contains("<text:page-number"));
}

void tst_DocumentExport::htmlParsesBackToTheSameCells()
{
    QFETCH(QString, name);
    const Report r = TestSupport::expectedReport(m_registry, name);
    const QByteArray html = HtmlExporter::write(r, m_registry);
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    // Read the tables back: place each cell by rowspan/colspan as a browser does, then map grid slots to keys
    // through the format definition.
    QXmlStreamReader x(html);
    QVector<QMap<QPair<int, int>, QString>> tables;
    QVector<QVector<bool>> taken;
    int row = -1;
    QString body;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("table")) {
            tables.append(QMap<QPair<int, int>, QString>());
            taken.clear();
            row = -1;
        } else if (x.isStartElement() && x.name() == QLatin1String("tr")) {
            ++row;
            int col = 0;
            while (!(x.isEndElement() && x.name() == QLatin1String("tr"))) {
                x.readNext();
                if (x.isStartElement() && (x.name() == QLatin1String("td") || x.name() == QLatin1String("th"))) {
                    const int rs = x.attributes().value("rowspan").toInt() ? x.attributes().value("rowspan").toInt() : 1;
                    const int cs = x.attributes().value("colspan").toInt() ? x.attributes().value("colspan").toInt() : 1;
                    const bool value = x.name() == QLatin1String("td");
                    if (!value)
                        QVERIFY(x.attributes().hasAttribute("scope"));
                    const QString content = x.readElementText();
                    while (taken.size() < row + rs)
                        taken.append(QVector<bool>(32, false));
                    while (taken[row][col])
                        ++col;
                    for (int rr = row; rr < row + rs; ++rr)
                        for (int cc = col; cc < col + cs; ++cc)
                            taken[rr][cc] = true;
                    if (value)
                        tables.last().insert({row, col}, content);
                    col += cs;
                }
            }
        } else if (x.isCharacters()) {
            body += x.text();
        }
    }
    QVERIFY2(!x.hasError(), qPrintable(x.errorString()));
    const ReportSchema schema = ReportSchema::forReport(m_registry, r);
    QCOMPARE(tables.size(), 3);
    int compared = 0;
    for (int t = 0; t < 3; ++t) {
        const TableFormat *format = schema.tables()[t];
        int printedRow = int(format->header.size());
        for (const GridRow &gr : format->body) {
            if (!gr.optionalBlock.isEmpty() && !schema.hasBlock(gr.optionalBlock))
                continue;
            for (const GridCell &c : gr.cells)
                if (!c.valueKey.isEmpty()) {
                    QVERIFY2(tables[t].contains({printedRow, c.column}), qPrintable(c.valueKey));
                    QCOMPARE(tables[t].value({printedRow, c.column}), r.cell(c.valueKey).toString() + r.annotations.value(c.valueKey));
                    ++compared;
                }
            ++printedRow;
        }
    }
    QCOMPARE(compared, schema.cells().size());
    QString missing;
    QVERIFY2(inOrder(flat(body), expectedSequence(r, m_registry, false), &missing), qPrintable(missing));
}

void tst_DocumentExport::htmlEscapesUserText()
{
    Report r = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    const QString hostile = QStringLiteral("<script>alert('x')</script> & <b>粗</b> \"引号\"");
    r.prose.part6 = hostile;
    r.agency = QStringLiteral("某局<img src=x onerror=alert(1)>");
    const QByteArray html = HtmlExporter::write(r, m_registry);
    QVERIFY(!html.contains("<script"));
    QVERIFY(!html.contains("<img"));
    QVERIFY(!html.contains("<b>"));
    QVERIFY(html.contains("&lt;script&gt;"));
    // It stays text: a parser gives back exactly what the clerk typed.
    QXmlStreamReader x(html);
    QStringList paragraphs;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("p"))
            paragraphs.append(x.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    QVERIFY(!x.hasError());
    QVERIFY(paragraphs.contains(hostile));
}

// Whatever the clerk (or a pasted report) puts in a text field comes out as that text in every writer: markup stays
// text, "]]>" and "&" are escaped, and control characters XML 1.0 cannot carry are left out (tab and newline kept).
void tst_DocumentExport::userTextEscapedInEveryWriter()
{
    Report r = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    const QString hostile = QStringLiteral("<script>alert('x')</script> & ]]> <![CDATA[y]]> &amp; \x01\x08\x0b\x0c\x1f\x7f末");
    const QString clean = QStringLiteral("<script>alert('x')</script> & ]]> <![CDATA[y]]> &amp; \x7f末");
    r.prose.part6 = hostile;
    r.agency = QStringLiteral("某局]]>&<b>\x02");
    r.title = QStringLiteral("标题<i>\x03</i>");
    r.contact.person = QStringLiteral("张\x04三");
    auto noControls = [](const QByteArray &bytes) {
        for (const char c : bytes)
            if (uchar(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
                return false;
        return true;
    };

    const QByteArray html = HtmlExporter::write(r, m_registry);
    QVERIFY(noControls(html));
    QVERIFY(!html.contains("<script") && !html.contains("<b>") && !html.contains("<i>"));
    QString error;
    const QString htmlText = text(html, {QStringLiteral("p"), QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("td"), QStringLiteral("title")}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(htmlText.contains(clean), qPrintable(htmlText.right(400)));

    struct Writer
    {
        QString suffix;
        QString body;
        QStringList elements;
    };
    for (const Writer &writer : {Writer{QStringLiteral("docx"), QStringLiteral("word/document.xml"), {QStringLiteral("w:t")}},
                                 Writer{QStringLiteral("odt"), QStringLiteral("content.xml"), {QStringLiteral("text:p"), QStringLiteral("text:h")}}}) {
        const QString path = m_dir.filePath(QStringLiteral("hostile.") + writer.suffix);
        QVERIFY2(writer.suffix == QLatin1String("docx") ? DocxExporter::write(r, m_registry, path, &error) : OdtExporter::write(r, m_registry, path, &error),
                 qPrintable(error));
        bool found = false;
        for (const ZipEntry &e : readZip(path)) {
            if (!e.name.endsWith(QLatin1String(".xml")))
                continue;
            QVERIFY2(noControls(e.data), qPrintable(e.name));
            QVERIFY2(!e.data.contains("<script") && !e.data.contains("<b>"), qPrintable(e.name));
            QString xmlError;
            const QString t = text(e.data, writer.elements, &xmlError);
            QVERIFY2(xmlError.isEmpty(), qPrintable(writer.suffix + QLatin1Char('/') + e.name + QStringLiteral(": ") + xmlError));
            if (e.name == writer.body) {
                found = true;
                QVERIFY2(t.contains(clean), qPrintable(writer.suffix));
                QVERIFY2(t.contains(QStringLiteral("某局]]>&<b>")) && t.contains(QStringLiteral("张三")), qPrintable(writer.suffix));
            }
        }
        QVERIFY(found);
    }
}

// hongze and shanghai: a long table 三 after its heading, where LibreOffice once dropped everything after table 四
QStringList tst_DocumentExport::libreOfficeFixtures()
{
    return {"changji-kejiju-2021", "huaian-2024", "hongze-2024", "shanghai-szfbgt-2019", "varied"};
}

// Every fixture's DOCX and ODT converted in one LibreOffice run (its start-up is most of a conversion's time); the
// PDF of one of them, or empty with the failure recorded.
QString tst_DocumentExport::convertedByLibreOffice(const QString &name, const QString &suffix, const QString &to)
{
    if (m_converted.isEmpty()) {
        const QString soffice = QStandardPaths::findExecutable("soffice");
        if (soffice.isEmpty()) {
            QTest::qFail("LibreOffice is not installed (packaging/install-deps.sh --tests installs libreoffice-writer-nogui)", __FILE__, __LINE__);
            return {};
        }
        const QString dir = m_dir.filePath("libreoffice");
        QDir().mkpath(dir);
        QStringList sources;
        for (const QString &n : libreOfficeFixtures()) {
            const Report r = libreOfficeReport(n);
            QString error;
            const QString base = dir + "/" + n;
            if (!DocxExporter::write(r, m_registry, base + "-docx.docx", &error) || !OdtExporter::write(r, m_registry, base + "-odt.odt", &error)) {
                QTest::qFail(qPrintable(n + ": " + error), __FILE__, __LINE__);
                return {};
            }
            sources << base + "-docx.docx" << base + "-odt.odt";
        }
        // One run per target (LibreOffice's start-up is most of a conversion's time): PDF, and XHTML for the tables.
        for (const QString &target : {QStringLiteral("pdf"), QStringLiteral("xhtml:XHTML Writer File:UTF8")}) {
            QProcess lo;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("HOME", dir); // a profile of its own
            lo.setProcessEnvironment(env);
            lo.start(soffice, QStringList{"--headless", "--norestore", "--convert-to", target, "--outdir", dir} + sources);
            if (!lo.waitForFinished(300000)) {
                QTest::qFail("LibreOffice did not finish in 5 minutes", __FILE__, __LINE__);
                return {};
            }
            m_libreOfficeErrors += QString::fromLocal8Bit(lo.readAllStandardError());
        }
        m_converted = dir;
    }
    return m_converted + "/" + name + "-" + suffix + "." + to;
}

void tst_DocumentExport::libreOfficeTablesCellByCell_data()
{
    libreOfficeConverts_data();
}

// LibreOffice opens our DOCX and ODT with every table as we wrote it: read back out as XHTML, each table's cells are
// in the same grid places with the same spans and the same text — on a report whose figures all differ, so that a
// value in a neighbour's cell cannot pass.
void tst_DocumentExport::libreOfficeTablesCellByCell()
{
    QFETCH(QString, name);
    QFETCH(QString, suffix);
    const Report r = libreOfficeReport(name);
    const QString path = convertedByLibreOffice(name, suffix, QStringLiteral("xhtml"));
    if (QTest::currentTestFailed())
        return;
    QString error;
    const auto tables = tablesOf(TestSupport::readFile(path), &error);
    QVERIFY2(error.isEmpty(), qPrintable(path + ": " + error));
    const ReportSchema schema = ReportSchema::forReport(m_registry, r);
    QCOMPARE(tables.size(), schema.tables().size());
    int values = 0;
    for (int t = 0; t < schema.tables().size(); ++t) {
        QHash<QPair<int, int>, PlacedCell> read;
        for (const PlacedCell &c : tables[t])
            read.insert({c.row, c.column}, c);
        for (const QVector<TableCellText> &row : DocumentBlocks::rows(*schema.tables()[t], r, schema))
            for (const TableCellText &expected : row) {
                const auto found = read.constFind({expected.row, expected.column});
                const QString where = QStringLiteral("%1 %2 row %3 column %4 (“%5”)").arg(schema.tables()[t]->table).arg(suffix).arg(expected.row).arg(expected.column).arg(expected.text);
                QVERIFY2(found != read.cend(), qPrintable(where + QStringLiteral(": no cell")));
                QCOMPARE(found->text, flat(expected.text));
                QVERIFY2(found->rowSpan == expected.rowSpan && found->columnSpan == expected.columnSpan, qPrintable(where + QStringLiteral(": spans differ")));
                values += !expected.label;
            }
    }
    QVERIFY(values >= 180); // 200 cells in the 2021 forms, 186 with table 三 in the 2019 form
}

Report tst_DocumentExport::libreOfficeReport(const QString &name) const
{
    if (name != QLatin1String("varied"))
        return TestSupport::expectedReport(m_registry, name);
    // The seed's mixed forms (table 二 2019, table 三 2021), every figure a different number, totals computed.
    Report r = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    r.agency = QStringLiteral("数字各不相同的机关");
    const ReportSchema schema = ReportSchema::forReport(m_registry, r);
    int n = 0;
    for (const ValueCellDef *c : schema.cells()) {
        ++n;
        if (c->computed || c->type == ValueType::Text)
            continue;
        r.cells.insert(c->key, c->type == ValueType::Amount ? CellValue::decimal(*Decimal::fromString(QStringLiteral("%1.%2").arg(n).arg(n % 7 + 1)))
                                                            : CellValue::integer(100 + 37 * n % 9973 + n));
    }
    Totals::computeAll(r, schema);
    return r;
}

void tst_DocumentExport::libreOfficeConverts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("suffix");
    for (const QString &n : libreOfficeFixtures())
        for (const char *s : {"docx", "odt"})
            QTest::newRow(qPrintable(QStringLiteral("%1.%2").arg(n, QLatin1String(s)))) << n << QString::fromLatin1(s);
}

void tst_DocumentExport::libreOfficeConverts()
{
    QFETCH(QString, name);
    QFETCH(QString, suffix);
    const Report r = libreOfficeReport(name);
    const QString pdfPath = convertedByLibreOffice(name, suffix);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(QFile::exists(pdfPath), qPrintable(name + "." + suffix + " was not converted: " + m_libreOfficeErrors));
    QProcess pt;
    pt.start("pdftotext", {"-enc", "UTF-8", pdfPath, "-"});
    QVERIFY(pt.waitForFinished());
    const QString raw = QString::fromUtf8(pt.readAllStandardOutput());
    // The title in the lines our own pages have (TitleLines), not as the word processor would wrap it.
    const QStringList titleLines = TitleLines::splitForTypeArea(DocumentBlocks::printable(r.displayTitle()), OfficialDocument::titlePt);
    const QStringList rawLines = raw.split(QLatin1Char('\n'));
    QVERIFY2(titleLines.size() > 1 || name != QLatin1String("changji-kejiju-2021"), qPrintable(titleLines.join('|')));
    for (int i = 0; i < titleLines.size(); ++i)
        QVERIFY2(rawLines.value(i).trimmed().remove(QLatin1Char(' ')) == titleLines[i], qPrintable(rawLines.mid(0, 3).join('|') + " ≠ " + titleLines.join('|')));
    QString pdf = flat(raw);
    pdf.remove(QRegularExpression(QStringLiteral("—\\d+—"))); // the footer's page numbers, between the lines of a paragraph
    // LibreOffice leaves out some punctuation that falls at a line's end (“条例》，” prints as “条例》”, “0517-” as
    // “0517”), in its own rendering of the document too: the words are compared without punctuation.
    static const QRegularExpression punctuation(QStringLiteral("[\\p{P}\\p{S}]"));
    pdf.remove(punctuation);
    QStringList prose = expectedSequence(r, m_registry, false);
    for (QString &item : prose)
        item.remove(punctuation);
    // The pages: every heading and paragraph, in order, to the last (the tables' cells are libreOfficeTablesCellByCell's:
    // text extraction reads across a table's cells by baseline).
    QString missing;
    QVERIFY2(inOrder(pdf, prose, &missing), qPrintable(missing));
}

QTEST_MAIN(tst_DocumentExport)
#include "tst_documentexport.moc"
