#include "CommandLine.h"
#include "FigureChart.h"
#include "FigureHistory.h"
#include "ReportExport.h"
#include "SqliteReportStore.h"
#include "TestSupport.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// 历年主要数据图: the figures over the years read from a real store, painted as PNG and SVG, and carried in the
// HTML output; the command line's `chart` and `export --chart`.
class tst_FigureChart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void historyOfReports();
    void historyFromTheStoreWithTheOpenReport();
    void pngShowsEverySeries();
    void svgCarriesTheFiguresAsText();
    void htmlEndsWithTheChart();
    void commandLine();

private:
    Report year(int y, qint64 applications, std::optional<qint64> reviews) const;
    int run(const QStringList &args);

    FormatRegistry m_registry;
    QTemporaryDir m_dir;
    QString m_db;
    Report m_base;
    QString m_out, m_err;
};

void tst_FigureChart::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_base = TestSupport::expectedReport(m_registry, QStringLiteral("huaian-2024"));
    m_base.agency = QStringLiteral("淮安市<测试>&人民政府"); // user text in the SVG and the HTML must be escaped
    m_db = m_dir.filePath(QStringLiteral("years.sqlite"));
    SqliteReportStore store(m_registry);
    QVERIFY2(store.openSqlite(m_db), qPrintable(store.lastError()));
    QVERIFY(store.save({year(2021, 1871, 210), year(2022, 2495, std::nullopt), year(2023, 3430, 386), m_base}, false));
    // Another agency's report is not in this agency's chart.
    Report other = year(2022, 999999, 1);
    other.agency = QStringLiteral("另一机关");
    QVERIFY(store.save({other}, false));
}

Report tst_FigureChart::year(int y, qint64 applications, std::optional<qint64> reviews) const
{
    Report r = m_base;
    r.year = y;
    r.cells.insert(QStringLiteral("t3.new.total"), CellValue::integer(applications));
    r.cells.insert(QStringLiteral("t4.review.total"), reviews ? CellValue::integer(*reviews) : CellValue());
    return r;
}

void tst_FigureChart::historyOfReports()
{
    // Any order in, years ascending out; a blank cell is an absent value, not 0; 行政诉讼 is both columns' sum.
    const FigureHistory h = FigureHistory::of({m_base, year(2022, 2495, std::nullopt), year(2021, 1871, 210)});
    QCOMPARE(h.agency, m_base.agency);
    QCOMPARE(h.years, (QVector<int>{2021, 2022, 2024}));
    QCOMPARE(h.series.size(), 4);
    QCOMPARE(h.series[0].values, (QVector<std::optional<qint64>>{1871, 2495, 3119}));
    QCOMPARE(h.series[2].values, (QVector<std::optional<qint64>>{210, std::nullopt, 351}));
    const qint64 litigation = m_base.cell(QStringLiteral("t4.direct.total")).toInteger() + m_base.cell(QStringLiteral("t4.after.total")).toInteger();
    QCOMPARE(h.series[3].values.last(), std::optional<qint64>(litigation));
    QVERIFY(h.isChartable());
    QVERIFY(!FigureHistory::of({m_base}).isChartable());
}

void tst_FigureChart::historyFromTheStoreWithTheOpenReport()
{
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(m_db));
    QCOMPARE(FigureHistory::load(store, m_base.agency).years, (QVector<int>{2021, 2022, 2023, 2024}));
    QCOMPARE(FigureHistory::load(store, m_base.agency, 2022).years, (QVector<int>{2021, 2022}));
    // The open report's edits not yet seen by the store stand in for its stored year.
    Report edited = m_base;
    edited.cells.insert(QStringLiteral("t3.new.total"), CellValue::integer(4000));
    const FigureHistory h = FigureHistory::load(store, m_base.agency, 0, &edited);
    QCOMPARE(h.series[0].values, (QVector<std::optional<qint64>>{1871, 2495, 3430, 4000}));
    QVERIFY(FigureHistory::load(store, QStringLiteral("无此机关")).years.isEmpty());
}

void tst_FigureChart::pngShowsEverySeries()
{
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(m_db));
    const QString path = m_dir.filePath(QStringLiteral("chart.png"));
    QString error;
    QVERIFY2(ReportExport::writeChart(FigureHistory::load(store, m_base.agency), path, &error), qPrintable(error));
    QImage image;
    QVERIFY(image.load(path));
    QCOMPARE(image.size(), FigureChart::defaultSize() * 2);
    // Each series' colour is on the picture (lines, dots, values), and most of it is white paper.
    int white = 0;
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb p = image.pixel(x, y) & 0xFFFFFF;
            white += p == 0xFFFFFF;
            seen.insert(p);
        }
    for (const QRgb colour : {0x0072B2u, 0xD55E00u, 0x009E73u, 0xCC79A7u})
        QVERIFY2(seen.contains(colour), qPrintable(QString::number(colour, 16)));
    QVERIFY(white > image.width() * image.height() / 4 * 7 / 10);
    // Not a picture: refused, nothing written.
    QVERIFY(!ReportExport::writeChart(FigureHistory::load(store, m_base.agency), m_dir.filePath(QStringLiteral("chart.gif")), &error));
    QVERIFY2(error.contains(QStringLiteral(".png")), qPrintable(error));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("chart.gif"))));
}

void tst_FigureChart::svgCarriesTheFiguresAsText()
{
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(m_db));
    const QByteArray svg = FigureChart::svg(FigureHistory::load(store, m_base.agency), FigureChart::defaultSize(), ReportExport::chartFont());
    // Well-formed XML, and its text is the figures, the years, the legend and the agency as given.
    QXmlStreamReader xml(svg);
    QStringList texts;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace())
            texts.append(xml.text().toString().trimmed());
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    for (const char *t : {"1871", "2495", "3430", "3119", "210", "386", "351", "2021年", "2024年", "新收申请", "办结", "行政复议", "行政诉讼"})
        QVERIFY2(texts.contains(QString::fromUtf8(t)), t);
    QVERIFY2(std::any_of(texts.cbegin(), texts.cend(), [this](const QString &t) { return t.startsWith(m_base.agency); }), qPrintable(texts.join('|')));
    QVERIFY(svg.contains(QString(QStringLiteral("<title>") + QString(m_base.agency + QStringLiteral(" 主要数据历年变化")).toHtmlEscaped() + QStringLiteral("</title>")).toUtf8()));
    // 2022's blank 行政复议 is not drawn as a figure (0 only on the axis); 2021's and 2023's are.
    QCOMPARE(texts.count(QStringLiteral("0")), 1);
}

void tst_FigureChart::htmlEndsWithTheChart()
{
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(m_db));
    ReportExport::Options options;
    const QString path = m_dir.filePath(QStringLiteral("report.html"));
    QString error;
    QVERIFY(ReportExport::write(m_base, m_registry, path, options, &error));
    QVERIFY(!TestSupport::readFile(path).contains("<svg"));
    options.chart = FigureHistory::load(store, m_base.agency, m_base.year, &m_base);
    QVERIFY2(ReportExport::write(m_base, m_registry, path, options, &error), qPrintable(error));
    const QByteArray html = TestSupport::readFile(path);
    const int article = int(html.indexOf("</article>")), svg = int(html.indexOf("<svg"));
    QVERIFY(article > 0 && svg > article); // after the report, not inside the official text
    QVERIFY(!html.contains("<?xml"));
    QVERIFY(html.contains(">3430<") || html.contains(">3430\n"));
    // One year only: no chart.
    options.chart = FigureHistory::of({m_base});
    QVERIFY(ReportExport::write(m_base, m_registry, path, options, &error));
    QVERIFY(!TestSupport::readFile(path).contains("<svg"));
}

int tst_FigureChart::run(const QStringList &args)
{
    m_out.clear();
    m_err.clear();
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    return CommandLine(m_registry, out, err).run(QStringList{QStringLiteral("disclosure-report")} + args);
}

void tst_FigureChart::commandLine()
{
    const QString png = m_dir.filePath(QStringLiteral("cli.png")), svg = m_dir.filePath(QStringLiteral("cli.svg"));
    QCOMPARE(run({"chart", "--agency", m_base.agency, "--to", png, "--db", m_db}), 0);
    QVERIFY(!QImage(png).isNull());
    QCOMPARE(run({"chart", "--agency", m_base.agency, "--year", "2022", "--to", svg, "--db", m_db}), 0);
    const QByteArray upTo2022 = TestSupport::readFile(svg);
    QVERIFY(upTo2022.contains("2022年") && !upTo2022.contains("2023年"));
    // What it refuses, and says why.
    QCOMPARE(run({"chart", "--agency", "无此机关", "--to", png, "--db", m_db}), 2);
    QVERIFY2(m_err.contains(QStringLiteral("无此机关")), qPrintable(m_err));
    QCOMPARE(run({"chart", "--agency", m_base.agency, "--year", "2021", "--to", png, "--db", m_db}), 2);
    QVERIFY2(m_err.contains(QStringLiteral("两年")), qPrintable(m_err));
    QCOMPARE(run({"chart", "--agency", m_base.agency, "--to", m_dir.filePath(QStringLiteral("x.pdf")), "--db", m_db}), 2);
    QCOMPARE(run({"chart", "--to", png, "--db", m_db}), 2);
    // export --chart: HTML only; the chart up to the report's year.
    const QString html = m_dir.filePath(QStringLiteral("cli.html"));
    QCOMPARE(run({"export", "--agency", m_base.agency, "--year", "2023", "--to", html, "--chart", "--db", m_db}), 0);
    const QByteArray page = TestSupport::readFile(html);
    const QByteArray chart = page.mid(page.indexOf("<svg"));
    QVERIFY(page.contains("<svg") && chart.contains("2023年") && !chart.contains("2024年"));
    QCOMPARE(run({"export", "--agency", m_base.agency, "--year", "2023", "--to", m_dir.filePath(QStringLiteral("x.docx")), "--chart", "--db", m_db}), 2);
    QVERIFY2(m_err.contains(QStringLiteral(".html")), qPrintable(m_err));
}

QTEST_MAIN(tst_FigureChart)
#include "tst_figurechart.moc"
