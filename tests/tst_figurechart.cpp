#include "FigureChart.h"
#include "FigureHistory.h"
#include "SqliteReportStore.h"
#include "TestSupport.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// 历年主要数据图, the chart library alone: the figures over the years read from a real store, painted as PNG and SVG.
// (The HTML page that ends with it is tst_services'; `chart` and `export --chart`, tst_commandline's.)
namespace {

// A face with the chart's Chinese words (fonts-noto-cjk): one glyph run per label, as the program's own faces give.
QFont chineseFont()
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(10);
    return font;
}

} // namespace

class tst_FigureChart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void historyOfReports();
    void historyFromTheStoreWithTheOpenReport();
    void pngShowsEverySeries();
    void doubtfulFiguresMarked();
    void svgCarriesTheFiguresAsText();

private:
    Report year(int y, qint64 applications, std::optional<qint64> reviews) const;

    FormatRegistry m_registry;
    QTemporaryDir m_dir;
    QString m_db;
    Report m_base;
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
    // The totals as given, a part moved with each so that the tables' rules hold (a total they find wrong is marked).
    Report r = m_base;
    r.year = y;
    const auto setTotal = [&r](const char *part, const char *total, std::optional<qint64> value) {
        if (value)
            r.cells.insert(QLatin1String(part), CellValue::integer(r.cell(QLatin1String(part)).toInteger() + *value - r.cell(QLatin1String(total)).toInteger()));
        r.cells.insert(QLatin1String(total), value ? CellValue::integer(*value) : CellValue());
    };
    setTotal("t3.new.natural", "t3.new.total", applications);
    setTotal("t4.review.upheld", "t4.review.total", reviews);
    return r;
}

void tst_FigureChart::historyOfReports()
{
    // Any order in, years ascending out; a blank cell is an absent value, not 0; 行政诉讼 is both columns' sum.
    const FigureHistory h = FigureHistory::of({m_base, year(2022, 2495, std::nullopt), year(2021, 1871, 210)}, m_registry);
    QCOMPARE(h.agency, m_base.agency);
    QCOMPARE(h.years, (QVector<int>{2021, 2022, 2024}));
    QCOMPARE(h.series.size(), 4);
    QCOMPARE(h.series[0].values, (QVector<std::optional<qint64>>{1871, 2495, 3119}));
    QCOMPARE(h.series[2].values, (QVector<std::optional<qint64>>{210, std::nullopt, 351}));
    const qint64 litigation = m_base.cell(QStringLiteral("t4.direct.total")).toInteger() + m_base.cell(QStringLiteral("t4.after.total")).toInteger();
    QCOMPARE(h.series[3].values.last(), std::optional<qint64>(litigation));
    QVERIFY(h.isChartable());
    QVERIFY(!FigureHistory::of({m_base}, m_registry).isChartable());
}

void tst_FigureChart::historyFromTheStoreWithTheOpenReport()
{
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(m_db));
    QCOMPARE(FigureHistory::load(store, m_registry, m_base.agency).years, (QVector<int>{2021, 2022, 2023, 2024}));
    QCOMPARE(FigureHistory::load(store, m_registry, m_base.agency, 2022).years, (QVector<int>{2021, 2022}));
    // The open report's edits not yet seen by the store stand in for its stored year.
    Report edited = m_base;
    edited.cells.insert(QStringLiteral("t3.new.total"), CellValue::integer(4000));
    const FigureHistory h = FigureHistory::load(store, m_registry, m_base.agency, 0, &edited);
    QCOMPARE(h.series[0].values, (QVector<std::optional<qint64>>{1871, 2495, 3430, 4000}));
    QVERIFY(FigureHistory::load(store, m_registry, QStringLiteral("无此机关")).years.isEmpty());
}

void tst_FigureChart::pngShowsEverySeries()
{
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(m_db));
    const QString path = m_dir.filePath(QStringLiteral("chart.png"));
    QString error;
    QVERIFY2(FigureChart::write(FigureHistory::load(store, m_registry, m_base.agency), path, chineseFont(), &error), qPrintable(error));
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
    QVERIFY(!FigureChart::write(FigureHistory::load(store, m_registry, m_base.agency), m_dir.filePath(QStringLiteral("chart.gif")), QFont(), &error));
    QVERIFY2(error.contains(QStringLiteral(".png")), qPrintable(error));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("chart.gif"))));
}

// A total the tables' rules find wrong, or a figure the import could not read with certainty, is drawn as a ringed
// hollow point with "?" and a legend that says why — not as fact.
void tst_FigureChart::doubtfulFiguresMarked()
{
    Report wrong = year(2023, 3430, 386);
    wrong.cells.insert(QStringLiteral("t3.new.total"), CellValue::integer(3500)); // its parts still sum to 3430
    Report unsure = year(2022, 2495, 200);
    unsure.doubts.insert(QStringLiteral("t4.review.total"), QStringLiteral("OCR"));
    const FigureHistory h = FigureHistory::of({wrong, unsure, m_base}, m_registry);
    QCOMPARE(h.series[0].doubtful, (QVector<bool>{false, true, false}));
    QCOMPARE(h.series[2].doubtful, (QVector<bool>{true, false, false}));
    QVERIFY(h.hasDoubtful());
    QVERIFY(!FigureHistory::of({year(2023, 3430, 386), m_base}, m_registry).hasDoubtful());
    const QByteArray svg = FigureChart::svg(h, FigureChart::defaultSize(), chineseFont());
    QVERIFY(svg.contains(">3500?<") || svg.contains(">3500?\n"));
    QVERIFY(svg.contains(">200?<") || svg.contains(">200?\n"));
    QVERIFY(svg.contains(QStringLiteral("未通过检查或待核对的数值").toUtf8()));
}

void tst_FigureChart::svgCarriesTheFiguresAsText()
{
    SqliteReportStore store(m_registry);
    QVERIFY(store.openSqlite(m_db));
    const QByteArray svg = FigureChart::svg(FigureHistory::load(store, m_registry, m_base.agency), FigureChart::defaultSize(), chineseFont());
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

QTEST_MAIN(tst_FigureChart)
#include "tst_figurechart.moc"
