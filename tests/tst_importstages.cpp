// The importer's stages one by one, on small texts made for each: lines, parts, forms, and each reader with what it
// is certain of and what it marks.
#include "AlignedReader.h"
#include "CellPerLineReader.h"
#include "FormDetector.h"
#include "SourceText.h"
#include "PartFinder.h"
#include "ReportSchema.h"
#include "RunTogetherReader.h"
#include "SeparatedReader.h"
#include "TestSupport.h"

#include <QTest>

namespace {

QVector<SourceLine> linesOf(const QString &text)
{
    return SourceText::lines(text);
}

} // namespace

class tst_ImportStages : public QObject
{
    Q_OBJECT
private slots:
    void lines();
    void partsByHeadingAndContent();
    void headingScores_data();
    void headingScores();
    void forms();
    void separatedRows();
    void alignedRows();
    void cellPerLine();
    void runTogether();
    void splits();

private:
    FormatRegistry m_registry;
    // The 2021 forms; t4's one row has fifteen cells.
    ReportSchema m_schema{m_registry, ReportFormats()};
};

void tst_ImportStages::lines()
{
    const auto l = linesOf(QStringLiteral("# source: x\n## 一、总体情况\n**（一）主动公开**\n\n— 3 —\n第 3 页 共 7 页\n规章\t1\t\t\n|---|---|\n正文\u3000二"));
    QCOMPARE(l.size(), 5);
    QCOMPARE(l[0].text, QStringLiteral("一、总体情况"));  // Markdown heading mark gone
    QCOMPARE(l[0].number, 2);                           // the line as given
    QCOMPARE(l[1].text, QStringLiteral("（一）主动公开")); // bold gone
    QCOMPARE(l[2].text, QString());                      // an empty line kept: it may be a blank cell
    QCOMPARE(l[3].text, QStringLiteral("规章\t1\t\t"));  // trailing TABs are blank cells, kept; page footers gone
    QCOMPARE(l[3].number, 7);
    QCOMPARE(l[4].text, QStringLiteral("正文 二"));      // ideographic space as a space; the separator row gone
    QCOMPARE(SourceText::asciiNumbers(QStringLiteral("３００１ 447,228 1,2")), QStringLiteral("3001 447228 1,2"));
    QCOMPARE(SourceText::closeProseSpacing(QStringLiteral("邮 编 ： 223001 ， 2024 年"), false), QStringLiteral("邮编：223001，2024 年"));
    QCOMPARE(SourceText::closeProseSpacing(QStringLiteral("邮 编 ： 223001 ， 2024 年"), true), QStringLiteral("邮编：223001，2024年"));
    // Radicals a PDF's fonts map shared glyphs to (a browser's print of 淮安市人民政府 gave 人⺠): the characters, also
    // one outside the BMP (⺇ U+2E87 is 𠘨 U+20628), and a text without them unchanged.
    QCOMPARE(SourceText::withoutRadicals(QStringLiteral("淮安市人\u2EA0政府\u2F83\u2E87")), QStringLiteral("淮安市人民政府自\U00020628"));
    QCOMPARE(SourceText::withoutRadicals(QStringLiteral("昌吉州科学技术局")), QStringLiteral("昌吉州科学技术局"));
}

void tst_ImportStages::partsByHeadingAndContent()
{
    // Part 三 without a heading, part 五 numbered wrong, a list of the parts in the preamble.
    const QString text = QStringLiteral("某局2021年政府信息公开工作年度报告\n"
                                        "本报告包括：\n二、主动公开政府信息情况\n五、存在的主要问题及改进情况\n"
                                        "一、总体情况\n本局……。\n"
                                        "二、主动公开政府信息情况\n规章\t0\t0\t0\n"
                                        "（一）予以公开\t1\t0\t0\t0\t0\t0\t1\n（七）总计\t1\t0\t0\t0\t0\t0\t1\n"
                                        "四、政府信息公开行政复议、行政诉讼情况\n行政复议\n结果维持\n"
                                        "四、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。");
    const auto l = linesOf(text);
    QString error;
    const auto outline = PartFinder(m_registry).find(l, &error);
    QVERIFY2(outline, qPrintable(error));
    const auto &p = outline->parts;
    QCOMPARE(l[p[1].heading].text, QStringLiteral("一、总体情况"));
    QCOMPARE(l[p[2].heading].number, 7); // the real heading, not the preamble's list
    QCOMPARE(p[3].heading, -1);           // found by its rows
    QVERIFY(l[p[3].from].text.startsWith(QStringLiteral("（一）予以公开")));
    QCOMPARE(l[p[4].heading].number, 11);
    QCOMPARE(l[p[5].heading].text, QStringLiteral("四、存在的主要问题及改进情况"));
    QCOMPARE(l[p[6].heading].text, QStringLiteral("六、其他需要报告的事项"));
    QCOMPARE(outline->notes.filter(QStringLiteral("按表格的内容")).size(), 1);
    // No table part at all: refused with what is missing.
    QVERIFY(!PartFinder(m_registry).find(linesOf(QStringLiteral("一、总体情况\n本局……。\n五、存在的主要问题及改进情况\n无。")), &error));
    QVERIFY(error.contains(QStringLiteral("二、主动公开政府信息情况")));
}

void tst_ImportStages::headingScores_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("part");
    QTest::addColumn<double>("atLeast");
    QTest::addColumn<double>("below");
    QTest::newRow("official") << "三、收到和处理政府信息公开申请情况" << 3 << 1.0 << 1.01;
    QTest::newRow("typo") << "二、主动公开政府信息请况" << 2 << 0.8 << 1.0;
    QTest::newRow("caption") << "表三：收到和处理政府信息公开申请情况" << 3 << 0.9 << 1.01;
    QTest::newRow("wrong numeral") << "一、主动公开政府信息情况" << 2 << 0.6 << 0.8;
    QTest::newRow("subsection of part 一") << "（一）主动公开情况" << 2 << 0.0 << 0.6;
    QTest::newRow("a sentence") << "二、主动公开政府信息情况良好。" << 2 << 0.0 << 0.01;
    QTest::newRow("another part") << "五、存在的主要问题及改进情况" << 2 << 0.0 << 0.01;
}

void tst_ImportStages::headingScores()
{
    QFETCH(QString, line);
    QFETCH(int, part);
    QFETCH(double, atLeast);
    QFETCH(double, below);
    const double score = PartFinder(m_registry).headingScore(line, part);
    QVERIFY2(score >= atLeast && score < below, qPrintable(QString::number(score)));
}

void tst_ImportStages::forms()
{
    auto f = FormDetector::detect({QStringLiteral("信息内容 本年新制作数量 本年新公开数量 对外公开总数量"), QStringLiteral("政府集中采购 6 251000元")},
                                  {QStringLiteral("（六）其他处理 0 0 0 0 0 0 0")});
    QCOMPARE(f.formats.t2, QStringLiteral("2019"));
    QCOMPARE(f.formats.t3, QStringLiteral("2019"));
    QCOMPARE(f.blocks, QStringList{QStringLiteral("procurement")});
    QVERIFY(f.undecided.isEmpty());
    f = FormDetector::detect({QStringLiteral("本年制发件数")}, {QStringLiteral("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请")});
    QCOMPARE(f.formats.t2, QStringLiteral("2021"));
    QCOMPARE(f.formats.t3, QStringLiteral("2021"));
    // A text cut before （六） tells nothing: the current form, said so.
    f = FormDetector::detect({}, {QStringLiteral("（一）予以公开 1 0 0 0 0 0 1")});
    QCOMPARE(f.formats.t3, QStringLiteral("2021"));
    QCOMPARE(f.undecided, QStringList({QStringLiteral("t2"), QStringLiteral("t3")}));
}

void tst_ImportStages::separatedRows()
{
    const TableRows t3(m_schema, 1);
    // Exact label and count: certain. A typo: read, marked. A row short of a cell: marked. A Markdown row after its
    // label alone. A header row of another table and placeholder headers: nothing.
    const auto reading = SeparatedReader::read(linesOf(QStringLiteral("| 数据1 | 数据2 |\n"
                                                                      "| 信息内容 | 本年制发件数 |\n"
                                                                      "一、本年新收政府信息公开申请数量\t5\t0\t0\t0\t0\t0\t5\n"
                                                                      "（一）予以公开\t2\t\t\t\t\t\t2\n"
                                                                      "4.保护第三方合法全益 | 1 | 0 | 0 | 0 | 0 | 0 | 1\n"
                                                                      "（七）总计 | 3 | 0 | 0 | 0 | 0 | 3\n"
                                                                      "**四、结转下年度继续办理**\n"
                                                                      "| 1 | 0 | 0 | 0 | 0 | 0 | 1 |")),
                                               t3);
    QCOMPARE(reading.rowsRead, 5);
    QCOMPARE(reading.cells.value("t3.new.natural").value, CellValue::integer(5));
    QVERIFY(reading.cells.value("t3.new.natural").doubt.isEmpty());
    QVERIFY(reading.cells.value("t3.granted.commercial").value.isBlank()); // an empty TAB field: blank
    QVERIFY(reading.cells.value("t3.granted.commercial").doubt.isEmpty());
    QVERIFY(reading.cells.value("t3.denied_4.natural").doubt.contains(QStringLiteral("合法全益")));
    QVERIFY(!reading.cells.value("t3.total.natural").doubt.isEmpty()); // six numbers for seven cells
    QCOMPARE(reading.cells.value("t3.forward.total").value, CellValue::integer(1));
    QVERIFY(reading.cells.value("t3.forward.total").doubt.isEmpty()); // the line right after its label
    QCOMPARE(reading.cells.value("t3.new.natural").line, 3);
    QVERIFY(!reading.cells.contains("t3.carry.natural"));
}

void tst_ImportStages::alignedRows()
{
    const TableRows t3(m_schema, 1);
    const auto reading = AlignedReader::read(linesOf(QStringLiteral("一、本年新收政府信息公开申请数量     5     0     0     0     0     0     5\n"
                                                                    "二、上年结转政府信息公开申请数量     1     0     0     0     0     0     1\n"
                                                                    "                     2                                   2\n"
                                                                    "   （二）部分公开（区分处理的，只计这一情\n"
                                                                    "   形，不计其他情形）                 1     0     0     0     0     0     1\n")),
                                             t3);
    QCOMPARE(reading.cells.value("t3.new.total").value, CellValue::integer(5));
    QVERIFY(reading.cells.value("t3.new.total").doubt.isEmpty());
    // A line of two numbers with no label beside it: placed by order and by column, and said so.
    QCOMPARE(reading.cells.value("t3.granted.natural").value, CellValue::integer(2));
    QCOMPARE(reading.cells.value("t3.granted.total").value, CellValue::integer(2));
    QVERIFY(reading.cells.value("t3.granted.commercial").value.isBlank());
    QVERIFY(!reading.cells.value("t3.granted.commercial").doubt.isEmpty());
    // A wrapped label's halves around its numbers: certain.
    QCOMPARE(reading.cells.value("t3.partial.total").value, CellValue::integer(1));
    QVERIFY(reading.cells.value("t3.partial.total").doubt.isEmpty());
}

void tst_ImportStages::cellPerLine()
{
    const TableRows t4(m_schema, 2);
    QStringList web{QStringLiteral("行政复议"), QStringLiteral("结果维持"), QStringLiteral("总计")};
    for (int i = 0; i < 15; ++i)
        web.append(i % 5 == 4 ? QStringLiteral("1") : (i == 1 ? QString() : QStringLiteral("0"))); // a blank cell
    web.back() = QStringLiteral("1");
    auto reading = CellPerLineReader::read(linesOf(web.join('\n')), t4);
    QCOMPARE(reading.rowsRead, 1);
    QVERIFY(reading.cells.value("t4.review.corrected").value.isBlank());
    QVERIFY(reading.cells.value("t4.review.corrected").doubt.isEmpty());
    QCOMPARE(reading.cells.value("t4.after.total").value, CellValue::integer(1));
    // PDF text without layout: every number between empty lines, which only separate.
    QStringList pdf{QStringLiteral("行政复议"), QString()};
    for (int i = 0; i < 15; ++i)
        pdf += {QStringLiteral("%1").arg(i), QString()};
    reading = CellPerLineReader::read(linesOf(pdf.join('\n')), t4);
    QCOMPARE(reading.cells.value("t4.review.corrected").value, CellValue::integer(1));
    QVERIFY(reading.cells.value("t4.review.corrected").doubt.isEmpty());
    // In printed order: every cell marked.
    const auto inOrder = CellPerLineReader::readInOrder(linesOf(pdf.join('\n')), t4);
    QCOMPARE(inOrder.cells.size(), 15);
    QVERIFY(!inOrder.cells.value("t4.review.upheld").doubt.isEmpty());
}

void tst_ImportStages::runTogether()
{
    const TableRows t4(m_schema, 2);
    // 1+2+0+0=3 | 0000 0 | 0000 0: one split only by the group totals.
    auto reading = RunTogetherReader::read(linesOf(QStringLiteral("行政复议 行政诉讼 120030000000000")), t4, nullptr);
    QCOMPARE(reading.cells.value("t4.review.upheld").value, CellValue::integer(1));
    QCOMPARE(reading.cells.value("t4.review.total").value, CellValue::integer(3));
    QVERIFY(reading.cells.value("t4.review.total").doubt.isEmpty());
    // Table 二's run has no rule to decide it: proposed, marked.
    ReportSchema schema(m_registry, ReportFormats());
    const TableRows t2(schema, 0);
    reading = RunTogetherReader::read(linesOf(QStringLiteral("规章000行政规范性文件693665行政许可1行政处罚2行政强制3行政事业性收费4")), t2, nullptr);
    QVERIFY(reading.cells.value("t2.normative_docs.in_force").doubt.contains(QStringLiteral("种拆分")));
    QVERIFY(reading.cells.value("t2.regulations.issued").doubt.isEmpty());
    // A shortened label still finds its digits, marked.
    reading = RunTogetherReader::read(linesOf(QStringLiteral("规章000行政规范性文1 2 3行政许可1行政处罚2行政强制3行政事业性收费4")), t2, nullptr);
    QCOMPARE(reading.cells.value("t2.normative_docs.in_force").value, CellValue::integer(3));
    QVERIFY(reading.cells.value("t2.normative_docs.in_force").doubt.contains(QStringLiteral("不完全相同")));
}

void tst_ImportStages::splits()
{
    // Every cut into three without leading zeros; a space is a certain cut.
    QVector<QStringList> out;
    QVERIFY(RunTogetherReader::splits({QStringLiteral("1203")}, 3, out, 100));
    QCOMPARE(out, QVector<QStringList>({{"1", "20", "3"}, {"12", "0", "3"}}));
    out.clear();
    QVERIFY(RunTogetherReader::splits({QStringLiteral("12"), QStringLiteral("03")}, 3, out, 100));
    QCOMPARE(out, QVector<QStringList>({{"12", "0", "3"}})); // 03 is no number, but 0 and 3 are
    out.clear();
    QVERIFY(RunTogetherReader::splits({QStringLiteral("12"), QStringLiteral("3")}, 3, out, 100));
    QCOMPARE(out, QVector<QStringList>({{"1", "2", "3"}}));
    // A limit reached is said.
    out.clear();
    QVERIFY(!RunTogetherReader::splits({QString(40, '1')}, 7, out, 10));
}

QTEST_GUILESS_MAIN(tst_ImportStages)
#include "tst_importstages.moc"
