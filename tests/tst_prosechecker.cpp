// Prose against the tables, part 五/六 against last year, figures against last year: zero false alarms on the
// published reports (hongze's prose quotes the office's own 17 applications, the table the district's 95: the one
// finding expected, as the fixtures' README says); each figure pattern on a sentence that states the figure, one that
// does not, and one that states it wrongly.
#include "DataSentences.h"
#include "NormalisedProse.h"
#include "ProseChecker.h"
#include "ReportSchema.h"
#include "TestSupport.h"

#include <QTest>

class tst_ProseChecker : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void publishedReports_data();
    void publishedReports();
    void eachFigure_data();
    void eachFigure();
    void copiedFromLastYear();
    void jumpsAgainstLastYear();
    void patternsAreData();
    void draftedSentencesPassTheCheck_data();
    void draftedSentencesPassTheCheck();
    void yearOnYearClaims_data();
    void yearOnYearClaims();
    void chineseNumerals_data();
    void chineseNumerals();
    void figuresHoweverWritten_data();
    void figuresHoweverWritten();
    void yearsNotTheReports_data();
    void yearsNotTheReports();
    void unchangedFromLastYear();

private:
    FormatRegistry m_registry;
    ProseChecker m_checker;
    Report m_base;
};

void tst_ProseChecker::initTestCase()
{
    QVERIFY2(m_checker.isValid(), qPrintable(m_checker.error()));
    m_base = TestSupport::expectedReport(m_registry, QStringLiteral("huaian-2024"));
}

void tst_ProseChecker::publishedReports_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected"); // rule:anchor-cell of each finding
    for (const QString &n : TestSupport::expectedFixtures())
        QTest::newRow(qPrintable(n)) << n << (n == QLatin1String("hongze-2024") ? QStringList{QStringLiteral("prose.figure:t3.new.total")} : QStringList());
}

void tst_ProseChecker::publishedReports()
{
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    const Report r = TestSupport::expectedReport(m_registry, name);
    QStringList found;
    for (const Finding &f : m_checker.check(r, ReportSchema::forReport(m_registry, r), nullptr))
        found.append(f.rule + QLatin1Char(':') + f.cells.value(1) + QStringLiteral("  ") + f.message);
    QCOMPARE(found.size(), expected.size());
    for (int i = 0; i < found.size(); ++i)
        QVERIFY2(found[i].startsWith(expected[i]), qPrintable(found.join('\n')));
    // The seed says its figure in words (未收到依申请公开办件): read as 0, so a table saying otherwise is caught.
    if (name == QLatin1String("changji-kejiju-2021")) {
        Report wrong = r;
        wrong.cells.insert(QStringLiteral("t3.new.total"), CellValue::integer(1));
        QCOMPARE(m_checker.figures(wrong).size(), 1);
    }
    // And the figures the huaian report states were all read and agree (not silently skipped).
    if (name == QLatin1String("huaian-2024")) {
        Report wrong = r;
        for (const char *key : {"t3.new.total", "t3.total.total", "t3.carry.total", "t3.forward.total", "t4.review.total", "t4.review.upheld",
                                "t4.review.corrected", "t4.review.other", "t4.review.pending", "t4.direct.total", "t4.direct.upheld",
                                "t4.direct.corrected", "t4.direct.other", "t4.direct.pending", "t2.regulations.issued"})
            wrong.cells.insert(QLatin1String(key), CellValue::integer(wrong.cell(QLatin1String(key)).toInteger() + 1));
        QCOMPARE(m_checker.figures(wrong).size(), 15); // 4 of table 三, 5 of 复议, 5 of 诉讼, 新增公开规章 1 件 of table 二
    }
}

void tst_ProseChecker::eachFigure_data()
{
    QTest::addColumn<QString>("sentence"); // {} stands for the figure
    QTest::addColumn<QString>("key");      // the cell it states (a sum: the first, the others set to 0)
    QTest::newRow("new") << "2024年，全市共受理政府信息公开申请{}件。" << "t3.new.total";
    QTest::newRow("new, number first") << "本年度全区共收到{}件申请。" << "t3.new.total";
    QTest::newRow("done") << "及时依法依规办结{}件。" << "t3.total.total";
    QTest::newRow("answered") << "答复{}件，均在法定期限内。" << "t3.total.total";
    QTest::newRow("carried over") << "（含上年度结转申请{}件）" << "t3.carry.total";
    QTest::newRow("forward") << "另有{}件顺延到下年度答复。" << "t3.forward.total";
    QTest::newRow("forward 2") << "{}件结转下年度继续办理。" << "t3.forward.total";
    QTest::newRow("review") << "政府信息公开行政复议{}件。" << "t4.review.total";
    QTest::newRow("litigation") << "政府信息公开行政诉讼{}件。" << "t4.direct.total";
    QTest::newRow("review upheld") << "行政复议8件，其中结果维持{}件。" << "t4.review.upheld";
    QTest::newRow("review pending") << "行政复议8件，其中尚未审结{}件。" << "t4.review.pending";
    QTest::newRow("litigation upheld") << "行政复议8件；行政诉讼9件，其中结果维持{}件。" << "t4.direct.upheld";
    QTest::newRow("litigation corrected") << "行政诉讼9件，其中结果纠正{}件。" << "t4.direct.corrected";
    QTest::newRow("granted") << "其中予以公开{}件，部分公开0件。" << "t3.granted.total";
    QTest::newRow("partial") << "其中部分公开{}件。" << "t3.partial.total";
    QTest::newRow("granted and partial") << "予以公开及部分公开{}件，占33.9%。" << "t3.granted.total";
    QTest::newRow("denied") << "不予公开{}件，占4.34%。" << "t3.denied_3.total";
    QTest::newRow("unable") << "因本机关不掌握等原因无法提供{}件。" << "t3.unable_1.total";
    QTest::newRow("not processed") << "不予处理{}件。" << "t3.notproc_2.total";
    QTest::newRow("other handling") << "其他处理{}件。" << "t3.other_3.total";
    QTest::newRow("regulations issued") << "全年新增公开市政府规章{}件。" << "t2.regulations.issued";
    QTest::newRow("normative issued") << "本年制发行政规范性文件{}件。" << "t2.normative_docs.issued";
    // The 2019 table 二 (shanghai's report): 新制作 and 新公开 are separate figures.
    QTest::newRow("2019 regulations published") << "通过门户网站主动公开规章{}件，行政规范性文件0件。" << "t2.regulations.published";
    QTest::newRow("2019 normative published") << "主动公开规章0件，行政规范性文件{}件。" << "t2.normative_docs.published";
    QTest::newRow("2019 normative made") << "全年制定规范性文件{}件。" << "t2.normative_docs.made";
    QTest::newRow("2019 other handling") << "其他处理{}件。" << "t3.other.total";
    // Said in words: the phrase stands for 0 (no replacement offered — the clerk rewrites the words).
    QTest::newRow("none received") << "本机关未收到依申请公开办件。" << "t3.new.total";
    QTest::newRow("no review") << "全年未发生政府信息公开类行政复议。" << "t4.review.total";
    QTest::newRow("no review or litigation") << "本年度未发生行政复议和行政诉讼。" << "t4.direct.total";
}

void tst_ProseChecker::eachFigure()
{
    QFETCH(QString, sentence);
    QFETCH(QString, key);
    // The 2019 table 二 (and table 三's single 其他处理 row) come from a report in the 2019 forms.
    const bool form2019 = QByteArray(QTest::currentDataTag()).startsWith("2019");
    Report r = form2019 ? TestSupport::expectedReport(m_registry, QStringLiteral("shanghai-szfbgt-2019")) : m_base;
    // Every count 0, so a figure that is a sum is the one cell under test (and other statements cannot interfere).
    for (auto it = r.cells.begin(); it != r.cells.end(); ++it)
        if (!it.key().endsWith(QLatin1String(".amount")))
            *it = CellValue::integer(0);
    // Other statements kept out of the way: only the sentence under test.
    r.prose.part1 = QStringLiteral("开头。") + QString(sentence).replace(QStringLiteral("{}"), QStringLiteral("7"));
    const bool inWords = !sentence.contains(QStringLiteral("{}")); // 未收到申请: the figure is 0
    r.cells.insert(key, CellValue::integer(inWords ? 0 : 7));
    if (key.startsWith(QLatin1String("t4.review.")) && key != QLatin1String("t4.review.total"))
        r.cells.insert(QStringLiteral("t4.review.total"), CellValue::integer(8));
    if (key.startsWith(QLatin1String("t4.direct.")) && sentence.contains(QStringLiteral("行政诉讼9件")))
        r.cells.insert(QStringLiteral("t4.direct.total"), CellValue::integer(9));
    if (sentence.contains(QStringLiteral("行政复议8件")))
        r.cells.insert(QStringLiteral("t4.review.total"), CellValue::integer(8));
    // States it: nothing to say.
    QVERIFY2(m_checker.figures(r).isEmpty(), qPrintable(m_checker.figures(r).value(0).message));
    // States it wrongly: one warning on the sentence, the figure selected, the table's figure as the fix.
    Report wrong = r;
    wrong.cells.insert(key, CellValue::integer(12));
    const auto findings = m_checker.figures(wrong);
    QCOMPARE(findings.size(), 1);
    const Finding &f = findings.constFirst();
    QCOMPARE(f.rule, QStringLiteral("prose.figure"));
    QCOMPARE(f.severity, Severity::Warning);
    QCOMPARE(f.anchor(), QStringLiteral("prose.part1"));
    QVERIFY(f.cells.contains(key));
    QVERIFY(f.span);
    if (inWords) {
        QVERIFY2(sentence.contains(r.prose.part1->mid(f.span->start, f.span->length)) && f.span->length >= 4,
                 qPrintable(r.prose.part1->mid(f.span->start, f.span->length)));
        QVERIFY(!f.span->replacement);
    } else {
        QCOMPARE(r.prose.part1->mid(f.span->start, f.span->length), QStringLiteral("7"));
        QCOMPARE(f.span->replacement, std::optional<QString>(QStringLiteral("12")));
    }
    QVERIFY2(f.message.contains(QStringLiteral("12")), qPrintable(f.message));
    // Does not state it (the number is something else's): silent.
    Report other = wrong;
    other.prose.part1 = QStringLiteral("开头。全年主动公开信息7条，召开新闻发布会7场，申请人满意度7成。");
    QVERIFY(m_checker.figures(other).isEmpty());
    // A blank table cell: nothing to compare with.
    wrong.cells.insert(key, CellValue());
    QVERIFY(m_checker.figures(wrong).isEmpty());
}

void tst_ProseChecker::copiedFromLastYear()
{
    Report last = m_base;
    last.year = 2023;
    Report now = m_base;
    now.prose.part6.reset(); // part 六 alone is looked at below
    const QString problems = QStringLiteral("一是政务公开工作人员业务能力有待提高，对新条例的学习还不够深入；二是政策解读形式较为单一，"
                                            "图解、视频等解读方式运用不多。下一步，我们将加强培训，丰富解读形式，提升公开质效。");
    last.prose.part5 = problems;
    now.prose.part5 = problems; // word for word: prose.unchanged says so, not this
    QVERIFY(m_checker.copied(now, &last).isEmpty());
    const auto unchanged = m_checker.unchanged(now, &last);
    QVERIFY(std::any_of(unchanged.cbegin(), unchanged.cend(), [](const Finding &f) { return f.anchor() == QLatin1String("prose.part5"); }));
    now.prose.part5 = QString(problems).replace(QStringLiteral("下一步"), QStringLiteral("2025年")); // a word changed: still a copy
    auto found = m_checker.copied(now, &last);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().rule, QStringLiteral("prose.copied"));
    QVERIFY2(found.constFirst().message.contains(QStringLiteral("%")) && found.constFirst().message.contains(QStringLiteral("2023")),
             qPrintable(found.constFirst().message));
    now.prose.part5 = QStringLiteral("一是部分单位对依申请公开答复的规范性把握不够，个别答复书引用条款不准确；二是基层政务公开专区建设不均衡，"
                                     "部分乡镇专区资料更新不及时。2025年将开展答复文书评查，并对专区逐一核查。");
    QVERIFY(m_checker.copied(now, &last).isEmpty()); // written anew
    now.prose.part5 = QStringLiteral("无。");
    last.prose.part5 = QStringLiteral("无。");
    QVERIFY(m_checker.copied(now, &last).isEmpty()); // too short to be a copy worth a word
    QVERIFY(m_checker.copied(now, nullptr).isEmpty());
}

void tst_ProseChecker::jumpsAgainstLastYear()
{
    Report last = m_base;
    last.year = 2023;
    Report now = m_base;
    const ReportSchema schema = ReportSchema::forReport(m_registry, now);
    QVERIFY(m_checker.jumps(now, schema, &last).isEmpty()); // the same figures
    // A digit typed twice: 3119 → 31199; the row's total moves as much, still one warning for the row.
    now.cells.insert(QStringLiteral("t3.new.natural"), CellValue::integer(last.cell(QStringLiteral("t3.new.natural")).toInteger() * 10 + 9));
    now.cells.insert(QStringLiteral("t3.new.total"), CellValue::integer(last.cell(QStringLiteral("t3.new.total")).toInteger() * 10));
    auto found = m_checker.jumps(now, schema, &last);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().rule, QStringLiteral("cell.jump"));
    QVERIFY(found.constFirst().anchor().startsWith(QStringLiteral("t3.new.")));
    QVERIFY2(found.constFirst().message.contains(QStringLiteral("2023 年为 ")), qPrintable(found.constFirst().message)); // both values named
    // From 0 to over 100, and a small number growing (2 → 12: six times, but by only 10): one, not two.
    now = m_base;
    last.cells.insert(QStringLiteral("t4.review.upheld"), CellValue::integer(0));
    now.cells.insert(QStringLiteral("t4.review.upheld"), CellValue::integer(150));
    last.cells.insert(QStringLiteral("t3.denied_1.total"), CellValue::integer(2));
    now.cells.insert(QStringLiteral("t3.denied_1.total"), CellValue::integer(12));
    found = m_checker.jumps(now, schema, &last);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().anchor(), QStringLiteral("t4.review.upheld"));
    // Never on a blank previous value.
    last.cells.insert(QStringLiteral("t4.review.upheld"), CellValue());
    QVERIFY(m_checker.jumps(now, schema, &last).isEmpty());
}

// The patterns and thresholds come from the data: another definition, another behaviour; a broken one is refused.
void tst_ProseChecker::patternsAreData()
{
    const ProseChecker custom(QByteArray("{\"sentenceEnds\": \"\u3002\", \"scopes\": [], \"figures\": ["
                                         "{\"id\": \"x\", \"what\": \"new\", \"cells\": [\"t3.new.total\"], "
                                         "\"pattern\": \"\u6765\u4fe1(?<n>\\\\d+)\u5c01\"}], "
                                         "\"copy\": {\"parts\": []}, \"jump\": {\"ratio\": 2}}"));
    QVERIFY2(custom.isValid(), qPrintable(custom.error()));
    Report r = m_base;
    r.prose.part1 = QStringLiteral("全年来信5封。");
    QCOMPARE(custom.figures(r).size(), 1);
    QVERIFY(!ProseChecker(QByteArray("{\"figures\": [{\"id\": \"bad\", \"cells\": [\"t3.new.total\"], \"pattern\": \"\\u0028?<n>x\"}]}")).isValid());
    QVERIFY(!ProseChecker(QByteArray("{\"figures\": [{\"id\": \"no-n\", \"cells\": [\"t3.new.total\"], \"pattern\": \"x\"}]}")).isValid());
}

void tst_ProseChecker::draftedSentencesPassTheCheck_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &n : TestSupport::expectedFixtures())
        QTest::newRow(qPrintable(n)) << n;
}

// 插入数据说明 writes what the tables say, in shapes the prose check reads: it passes by construction, on every report.
void tst_ProseChecker::draftedSentencesPassTheCheck()
{
    QFETCH(QString, name);
    Report r = TestSupport::expectedReport(m_registry, name);
    Report last = r;
    last.year = r.year - 1;
    last.cells.insert(QStringLiteral("t3.new.total"), CellValue::integer(qMax<qint64>(1, r.cell(QStringLiteral("t3.new.total")).toInteger() - 3)));
    const QString text = DataSentences::draft(r, &last);
    QVERIFY(!text.isEmpty());
    r.prose.part1 = text;
    QVERIFY2(m_checker.figures(r).isEmpty(), qPrintable(text));
    QVERIFY2(m_checker.changes(r, &last).isEmpty(), qPrintable(text));
    // Every statement it makes is read by the check: wrong tables, and each sentence is caught.
    Report wrong = r;
    wrong.cells.insert(QStringLiteral("t3.new.total"), CellValue::integer(r.cell(QStringLiteral("t3.new.total")).toInteger() + 1));
    if (r.cell(QStringLiteral("t3.new.total")).toInteger() > 0) // “未收到申请” states no figure to compare
        QVERIFY(!m_checker.figures(wrong).isEmpty());
    if (name == QLatin1String("huaian-2024")) {
        for (const char *part : {"本年度共收到政府信息公开申请3119件，较上年增加3件（0.1%）", "上年结转申请34件", "办结3050件",
                                 "另有103件结转下年度继续办理", "政府信息公开行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件",
                                 "政府信息公开行政诉讼46件，其中结果维持25件，结果纠正5件，其他结果9件，尚未审结7件"})
            QVERIFY2(text.contains(QString::fromUtf8(part)), qPrintable(text));
    }
}

// 同比增长 N% and 较上年增加 M 件（X%） against last year's report: right, wrong in size, wrong in direction, no last year.
void tst_ProseChecker::yearOnYearClaims_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("noun"); // what precedes "110件" in the sentences
    QTest::newRow("new") << "t3.new.total" << "全年共收到政府信息公开申请";
    QTest::newRow("new, 受理") << "t3.new.total" << "受理申请";
    QTest::newRow("done") << "t3.total.total" << "办结申请";
    QTest::newRow("review") << "t4.review.total" << "政府信息公开行政复议";
    QTest::newRow("litigation") << "t4.direct.total" << "行政诉讼案件";
}

void tst_ProseChecker::yearOnYearClaims()
{
    QFETCH(QString, key);
    QFETCH(QString, noun);
    Report last = m_base;
    last.year = 2023;
    Report now = m_base;
    // Only the figure under test moves; the others stay level, so a claim read against the wrong figure is caught.
    for (Report *r : {&last, &now})
        for (auto it = r->cells.begin(); it != r->cells.end(); ++it)
            if (!it.key().endsWith(QLatin1String(".amount")))
                *it = CellValue::integer(0);
    last.cells.insert(key, CellValue::integer(100));
    now.cells.insert(key, CellValue::integer(110));
    auto claims = [&](const char *claim) {
        now.prose.part1 = QStringLiteral("开头。") + noun + QString::fromUtf8(claim);
        return m_checker.changes(now, &last);
    };
    for (const char *right : {"110件，同比增长10%。", "110件，较上年增加10件（10.0%）。", "110件，比上年上升10件。", "110件，同比增长10.0%。"})
        QVERIFY2(claims(right).isEmpty(), qPrintable(now.prose.part1->mid(3)));
    for (const auto &[wrong, stated] : QList<QPair<const char *, const char *>>{{"110件，同比增长12%。", "12"},
                                                                              {"110件，同比下降10%。", "下降"},
                                                                              {"110件，较上年增加12件（10.0%）。", "12"},
                                                                              {"110件，较上年增加10件（10.4%）。", "10.4"}}) {
        const auto found = claims(wrong);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().rule, QStringLiteral("prose.change"));
        QVERIFY(found.constFirst().cells.contains(key));
        QCOMPARE(now.prose.part1->mid(found.constFirst().span->start, found.constFirst().span->length), QString::fromUtf8(stated));
        QVERIFY2(found.constFirst().message.contains(QStringLiteral("100")) && found.constFirst().message.contains(QStringLiteral("110")),
                 qPrintable(found.constFirst().message));
    }
    claims("110件，同比增长50%。");
    QVERIFY(m_checker.changes(now, nullptr).isEmpty()); // nothing to compare with
}

void tst_ProseChecker::chineseNumerals_data()
{
    QTest::addColumn<QString>("numeral");
    QTest::addColumn<qint64>("value"); // -1: not read
    const QList<QPair<const char *, qint64>> rows{
        {"零", 0},        {"一", 1},         {"十", 10},          {"十一", 11},       {"二十", 20},
        {"二十一", 21},   {"一百", 100},     {"一百零一", 101},   {"一百一十", 110},  {"两百", 200},
        {"三千一百一十九", 3119}, {"一千零二", 1002}, {"一千零一十", 1010}, {"一万", 10000}, {"一万零五百", 10500},
        {"十二万三千四百五十六", 123456}, {"二〇二三", 2023},
        {"三百五", -1}, {"三万五", -1}, {"百", -1}, {"二三十", -1}, {"十百", -1}};
    for (const auto &[numeral, value] : rows)
        QTest::newRow(numeral) << QString::fromUtf8(numeral) << value;
}

void tst_ProseChecker::chineseNumerals()
{
    QFETCH(QString, numeral);
    QFETCH(qint64, value);
    const auto read = NormalisedProse::chineseNumeral(numeral);
    QCOMPARE(read.value_or(-1), value);
    // Written back the same way (digit-by-digit years aside).
    if (value >= 0 && !numeral.contains(QStringLiteral("〇")))
        QCOMPARE(NormalisedProse::toChineseNumeral(value), numeral == QStringLiteral("两百") ? QStringLiteral("二百") : numeral);
}

void tst_ProseChecker::figuresHoweverWritten_data()
{
    QTest::addColumn<QString>("sentence"); // {} is the figure as written
    QTest::addColumn<QString>("stated");   // how 3191 is written
    QTest::addColumn<QString>("fixed");    // how the table's 3119 is written in its place
    QTest::newRow("spaces") << "全年共收到政府信息公开申请 {} 件。" << "3191" << "3119";
    QTest::newRow("full-width spaces") << "全年共收到政府信息公开申请　{}　件。" << "3191" << "3119";
    QTest::newRow("full-width digits") << "全年共收到政府信息公开申请{}件。" << "３１９１" << "３１１９";
    QTest::newRow("thousands") << "全年共收到政府信息公开申请{}件。" << "3,191" << "3,119";
    QTest::newRow("full-width comma") << "全年共收到政府信息公开申请{}件。" << "3，191" << "3，119";
    QTest::newRow("Chinese numerals") << "全年共收到政府信息公开申请{}件。" << "三千一百九十一" << "三千一百一十九";
    QTest::newRow("numerals and a space") << "全年共收到政府信息公开申请 {} 件。" << "三千一百九十一" << "三千一百一十九";
}

void tst_ProseChecker::figuresHoweverWritten()
{
    QFETCH(QString, sentence);
    QFETCH(QString, stated);
    QFETCH(QString, fixed);
    Report r = m_base;
    r.prose.preamble.reset();
    r.prose.part5.reset();
    r.prose.part6.reset();
    r.cells.insert(QStringLiteral("t3.new.total"), CellValue::integer(3119));
    r.prose.part1 = QStringLiteral("开头。") + QString(sentence).replace(QStringLiteral("{}"), stated);
    const auto findings = m_checker.figures(r);
    QCOMPARE(findings.size(), 1);
    const Finding &f = findings.constFirst();
    QVERIFY(f.cells.contains(QStringLiteral("t3.new.total")));
    QCOMPARE(r.prose.part1->mid(f.span->start, f.span->length), stated);
    QCOMPARE(f.span->replacement, std::optional<QString>(fixed));
    QVERIFY2(f.message.contains(stated) && f.message.contains(QStringLiteral("3119")), qPrintable(f.message));
    // The fix applied: the sentence agrees, in the clerk's own way of writing numbers.
    r.prose.part1->replace(f.span->start, f.span->length, *f.span->replacement);
    QVERIFY2(m_checker.figures(r).isEmpty(), qPrintable(*r.prose.part1));
    QCOMPARE(*r.prose.part1, QStringLiteral("开头。") + QString(sentence).replace(QStringLiteral("{}"), fixed));
}

void tst_ProseChecker::yearsNotTheReports_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fixed"); // the text after the fix; empty: no finding
    QTest::newRow("last year's period") << "preamble"
                                        << "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。"
                                        << "本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。";
    QTest::newRow("period with spaces") << "preamble" << "统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止。"
                                        << "统计期限自 2024 年 1 月 1 日起至 2024 年 12 月 31 日止。";
    QTest::newRow("period, one year") << "preamble" << "统计期限为2023年1月1日到12月31日止。" << "统计期限为2024年1月1日到12月31日止。";
    QTest::newRow("half-changed period") << "preamble" << "统计期限自2024年1月1日起至2023年12月31日止。"
                                         << "统计期限自2024年1月1日起至2024年12月31日止。";
    QTest::newRow("full-width year") << "preamble" << "统计期限自２０２３年１月１日起至２０２３年１２月３１日止。"
                                     << "统计期限自２０２４年１月１日起至２０２４年１２月３１日止。";
    QTest::newRow("the report's own year") << "preamble" << "现向社会公布2023年度政府信息公开工作年度报告。"
                                           << "现向社会公布2024年度政府信息公开工作年度报告。";
    // A sentence carried over: every year in it moves together, so it never says 2024 against 2022.
    QTest::newRow("sentence carried over") << "part1" << "开头。2023年，我局共收到申请12件，比2022年增加3件。其余不变。"
                                           << "开头。2024年，我局共收到申请12件，比2023年增加3件。其余不变。";
    QTest::newRow("this year's period") << "preamble" << "统计期限自2024年1月1日起至2024年12月31日止。" << "";
    QTest::newRow("this year's sentence") << "part1" << "2024年，我局共收到申请12件，比2023年增加3件。" << "";
    QTest::newRow("next year's plan") << "part5" << "2025年，我局将进一步加强培训。" << "";
    QTest::newRow("a year mid-sentence") << "part6" << "依据2019年修订的《中华人民共和国政府信息公开条例》。" << "";
}

void tst_ProseChecker::yearsNotTheReports()
{
    QFETCH(QString, part);
    QFETCH(QString, text);
    QFETCH(QString, fixed);
    Report r = m_base;
    QCOMPARE(r.year, 2024);
    for (const QString &p : Prose::parts())
        r.prose.set(p, std::nullopt);
    r.prose.set(part, text);
    const auto findings = m_checker.years(r);
    if (fixed.isEmpty()) {
        QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).message));
        return;
    }
    QCOMPARE(findings.size(), 1);
    const Finding &f = findings.constFirst();
    QCOMPARE(f.rule, QStringLiteral("prose.year"));
    QCOMPARE(f.anchor(), QStringLiteral("prose.") + part);
    QVERIFY2(f.message.contains(QStringLiteral("2024")), qPrintable(f.message));
    QVERIFY(f.span && f.span->replacement);
    text.replace(f.span->start, f.span->length, *f.span->replacement);
    QCOMPARE(text, fixed);
    r.prose.set(part, text);
    QVERIFY2(m_checker.years(r).isEmpty(), qPrintable(m_checker.years(r).value(0).message));
}

void tst_ProseChecker::unchangedFromLastYear()
{
    Report last = m_base;
    last.year = 2023;
    Report now = m_base;
    QVERIFY(now.prose.preamble);
    const auto found = m_checker.unchanged(now, &last);
    QCOMPARE(found.size(), 4); // every part word for word
    QCOMPARE(found.constFirst().rule, QStringLiteral("prose.unchanged"));
    QCOMPARE(found.constFirst().anchor(), QStringLiteral("prose.preamble"));
    QVERIFY2(found.constFirst().message.contains(QStringLiteral("2023")), qPrintable(found.constFirst().message));
    // prose.copied does not say it again for 五 and 六.
    QVERIFY(m_checker.copied(now, &last).isEmpty());
    now.prose.preamble = *now.prose.preamble + QStringLiteral("补充一句。");
    QCOMPARE(m_checker.unchanged(now, &last).size(), 3);
    QVERIFY(m_checker.unchanged(now, nullptr).isEmpty());
}

QTEST_GUILESS_MAIN(tst_ProseChecker)
#include "tst_prosechecker.moc"
