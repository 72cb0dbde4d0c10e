// Importing published text: cell-exact against shared/fixtures/expected for the shapes this stage reads.
#include "ReportJson.h"
#include "ReportSchema.h"
#include "TestSupport.h"
#include "AgencyMatcher.h"
#include "SourceText.h"
#include "TextImporter.h"

#include <QRegularExpression>
#include <QTest>

#include <functional>

namespace {

// Calls fn(line, inTable3) for each line of a report's text.
void eachLine(const QString &text, const std::function<void(const QString &, bool)> &fn)
{
    bool inT3 = false;
    for (const QString &line : text.split('\n')) {
        if (line.startsWith(QStringLiteral("三、收到")))
            inT3 = true;
        if (line.startsWith(QStringLiteral("四、政府信息公开行政复议")))
            inT3 = false;
        fn(line, inT3);
    }
}

} // namespace

class tst_TextImporter : public QObject
{
    Q_OBJECT
private slots:
    void fixtures_data();
    void fixtures();
    void otherShapes_data();
    void otherShapes();
    void overridesAndErrors();
    void lastYearSettlesRunTogetherDigits();
    void contactFromPreamble();
    void titles_data();
    void titles();
    void normalise();
    void agencyMatch_data();
    void agencyMatch();
    void doubtsNameWhatIsUncertain();
    void headingsNotTheOfficialWords_data();
    void headingsNotTheOfficialWords();
    void blankCellsAsEmptyLines();
    void rowUnderAnotherCaption();
    void rowWhoseLabelIsPastKnowing();
    void lineBrokenInsideABookTitle();

private:
    FormatRegistry m_registry;
};

void tst_TextImporter::fixtures_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("changji: | separated web text (the seed)") << "changji-kejiju-2021";
    QTest::newRow("shanghai: TAB separated, blank cells") << "shanghai-szfbgt-2019";
    QTest::newRow("huaian: pdftotext -layout, wrapped and vertical labels") << "huaian-2024";
    QTest::newRow("hongze: pdftotext -layout, hybrid forms, label typo") << "hongze-2024";
    QTest::newRow("pingtan: crawler text on one line, cells run together") << "pingtan-2021";
}

void tst_TextImporter::fixtures()
{
    QFETCH(QString, name);
    const QString text = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/" + name + ".txt"));
    QString error;
    const auto result = TextImporter::read(text, m_registry, {}, &error);
    QVERIFY2(result, qPrintable(error));
    const Report &r = result->report;
    const Report expected = TestSupport::expectedReport(m_registry, name);
    QCOMPARE(r.agency, expected.agency);
    QCOMPARE(r.year, expected.year);
    QCOMPARE(r.formats, expected.formats);
    QCOMPARE(r.date, expected.date);
    QCOMPARE(r.displayTitle(), expected.displayTitle());
    QCOMPARE(r.cells.keys(), expected.cells.keys());
    // Cells whose published value the text alone cannot fix are not compared — but the importer must say so.
    QStringList ambiguous;
    for (const QJsonValue &v : TestSupport::readJsonObject(TestSupport::expectedPath(name)).value("_ambiguous").toArray())
        ambiguous.append(v.toString());
    for (const QString &key : ambiguous)
        QVERIFY2(result->notes.join('\n').contains(key), qPrintable(key));
    for (auto it = expected.cells.begin(); it != expected.cells.end(); ++it)
        if (!ambiguous.contains(it.key()))
            QVERIFY2(r.cell(it.key()) == it.value(), qPrintable(QStringLiteral("%1: got %2, expected %3").arg(it.key(), r.cell(it.key()).toString(), it.value().toString())));
    if (name == QLatin1String("changji-kejiju-2021") || name == QLatin1String("shanghai-szfbgt-2019"))
        QCOMPARE(r.contact, expected.contact); // PDF extraction wraps the preamble's address: compared loosely below
    else
        QCOMPARE(r.contact.phone, expected.contact.phone);
    for (const QString &part : Prose::parts())
        QCOMPARE(r.prose.get(part).has_value(), expected.prose.get(part).has_value());
    if (name == QLatin1String("changji-kejiju-2021"))
        QCOMPARE(r.prose, expected.prose); // the seed's prose is the published text verbatim
    // The result is a valid report: it writes and reads back as report JSON.
    const auto again = ReportJson::read(ReportJson::write(r, m_registry), m_registry, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(*again, r);
}

// Shapes of report-formats.md §11 the fixtures do not show, made from fixtures that do.
void tst_TextImporter::otherShapes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");
    const QString shanghai = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/shanghai-szfbgt-2019.txt"));
    // Markdown pipe tables from a PDF converter: | cells |, separator lines, table 三's rows in reverse order.
    QStringList markdown, t3rows;
    eachLine(shanghai, [&](const QString &line, bool inT3) {
        if (!line.contains('\t')) {
            markdown.append(line);
            return;
        }
        const QString row = "| " + QString(line).replace('\t', " | ") + " |";
        if (inT3 && line.contains(QRegularExpression("\\d")))
            t3rows.prepend(row);
        else
            markdown.append(row + "\n|---|---|");
        if (inT3 && line.startsWith(QStringLiteral("四、结转下年度")))
            markdown += t3rows;
    });
    QTest::newRow("markdown, rows shuffled") << "shanghai-szfbgt-2019" << markdown.join('\n');
    // Markdown as other converters write it: headings marked (## 一、总体情况), and table 三's labels pulled out of the
    // table onto a line of their own, each followed by its row of cells without the label.
    QStringList pulledOut;
    eachLine(shanghai, [&](const QString &line, bool inT3) {
        if (!line.contains('\t')) {
            pulledOut.append(QRegularExpression(QStringLiteral("^[一二三四五六]、")).match(line).hasMatch() ? "## " + line : line);
            return;
        }
        const QStringList cells = line.split('\t');
        if (inT3 && cells.size() >= 8 && QRegularExpression(QStringLiteral("^\\d*$")).match(cells[cells.size() - 7]).hasMatch()) {
            pulledOut.append("**" + cells[cells.size() - 8] + "**");
            pulledOut.append("| " + cells.mid(cells.size() - 7).join(" | ") + " |");
        } else {
            pulledOut.append("| " + cells.join(" | ") + " |");
        }
    });
    QTest::newRow("markdown, headings marked, labels pulled out") << "shanghai-szfbgt-2019" << pulledOut.join('\n');
    // Full-width digits (table 三) and a thousands separator (251,000元): the same numbers.
    QString wide = shanghai;
    const int t3 = wide.indexOf(QStringLiteral("三、收到和处理")), t4 = wide.indexOf(QStringLiteral("四、政府信息公开行政复议"));
    for (int i = t3; i < t4; ++i)
        if (wide[i].isDigit() && wide.lastIndexOf('\n', i) < wide.lastIndexOf('\t', i))
            wide[i] = QChar(wide[i].unicode() - '0' + 0xFF10);
    QVERIFY(wide.contains(QStringLiteral("８２１")));
    wide.replace(QStringLiteral("251000元"), QStringLiteral("251,000元"));
    QTest::newRow("full-width digits, thousands separator") << "shanghai-szfbgt-2019" << wide;
    // Page footers between table rows (第 3 页 共 7 页, 3 / 7): not values.
    QString footers = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/huaian-2024.txt"));
    int page = 0;
    const QRegularExpression pageLine(QStringLiteral("\\n\\s*-\\s*\\d+\\s*-\\s*\\n"));
    for (auto m = pageLine.match(footers); m.hasMatch(); m = pageLine.match(footers, m.capturedEnd() + 40)) {
        ++page;
        footers.insert(m.capturedEnd(), page % 2 ? QStringLiteral("    第 %1 页 共 7 页\n").arg(page) : QStringLiteral("    %1 / 7\n").arg(page));
    }
    QVERIFY(page >= 3);
    QTest::newRow("page footers in the tables") << "huaian-2024" << footers;
    // Cells spaced with ideographic and no-break spaces (web pages), a zero-width space in a label.
    QString spaced = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/changji-kejiju-2021.txt"));
    spaced.replace(QStringLiteral(" | "), QStringLiteral("\u3000\u3000\u00a0")).replace(QStringLiteral("1.属于国家秘密"), QStringLiteral("1.属于\u200b国家秘密"));
    QTest::newRow("ideographic and no-break spaces") << "changji-kejiju-2021" << spaced;
    // Table 二's headings broken over two lines side by side, as narrow columns print them: the form still told.
    QString wrapped = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/huaian-2024.txt"));
    wrapped.replace(QStringLiteral("信息内容          本年制发件数     本年废止件数   现行有效件数"),
                    QStringLiteral("                  本年制         本年废         现行有\n信息内容          发件数         止件数         效件数"));
    wrapped.replace(QRegularExpression(QStringLiteral("信息内容(\\s+)本年处理决定数量")), QStringLiteral("        \\1本年处理决\n信息内容\\1定数量"));
    wrapped.replace(QRegularExpression(QStringLiteral("信息内容(\\s+)本年收费金额")), QStringLiteral("        \\1本年收费金\n信息内容\\1额"));
    QVERIFY(wrapped.contains(QStringLiteral("本年制         本年废")));
    QTest::newRow("table 二's headings wrapped") << "huaian-2024" << wrapped;
    // Label variants: 1、 for 1., stray spaces, a typo (as hongze-2024 prints 2.其他法律行政止公开).
    QString variants = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/changji-kejiju-2021.txt"));
    variants.replace(QStringLiteral("1.属于国家秘密"), QStringLiteral("1、属于 国家秘密"))
        .replace(QStringLiteral("2.其他法律行政法规禁止公开"), QStringLiteral("2.其他法律行政止公开"))
        .replace(QStringLiteral("自 然 人"), QStringLiteral("自然人"))
        .replace(QStringLiteral("一、本年新收政府信息公开申请数量 | 0 | 0"), QStringLiteral("一、本年新收政府信息公开申请数量 | 3 | 0"))
        .replace(QStringLiteral("（二）部分公开"), QStringLiteral("(二)部分 公开"))
        // part headings as other offices word them
        .replace(QStringLiteral("\n一、总体情况"), QStringLiteral("\n一．总体情况"))
        .replace(QStringLiteral("四、政府信息公开行政复议、行政诉讼情况"), QStringLiteral("四、因政府信息公开工作被申请行政复议、提起行政诉讼情况"))
        .replace(QStringLiteral("五、存在的主要问题及改进情况"), QStringLiteral("五、政府信息公开工作存在的主要问题及改进情况"))
        // a group label joined to its first row's label, as crawlers join cells
        .replace(QStringLiteral("(四)无法提供 | 1.本机关不掌握相关政府信息"), QStringLiteral("(四)无法提供1.本机关不掌握相关政府信息"));
    QVERIFY(variants.contains(QStringLiteral("(四)无法提供1.本机关")));
    QTest::newRow("label variants") << "changji-kejiju-2021-variants" << variants;
    // One cell per line in content-stream order (PDF text without layout): every label of a table first, then its
    // numbers one per line — only their count and order place them. Made from huaian-2024's expected report.
    const Report h = TestSupport::expectedReport(m_registry, "huaian-2024");
    const ReportSchema schema = ReportSchema::forReport(m_registry, h);
    QStringList lines{h.displayTitle(), QStringLiteral("本报告……。"), QStringLiteral("一、总体情况"), QStringLiteral("……。")};
    for (const TableFormat *t : schema.tables()) {
        lines.append(t->heading);
        QStringList numbers;
        for (const QVector<GridRow> *rows : {&t->header, &t->body})
            for (const GridRow &row : *rows)
                for (const GridCell &c : row.cells) {
                    if (!c.text.isEmpty())
                        lines.append(c.text);
                    if (!c.valueKey.isEmpty())
                        numbers.append(h.cell(c.valueKey).toString());
                }
        lines += numbers;
    }
    lines += {QStringLiteral("五、存在的主要问题及改进情况"), QStringLiteral("……。"), QStringLiteral("六、其他需要报告的事项"), QStringLiteral("无。")};
    QTest::newRow("one cell per line, labels apart from numbers") << "huaian-2024" << lines.join('\n');
}

void tst_TextImporter::otherShapes()
{
    QFETCH(QString, name);
    QFETCH(QString, text);
    QString error;
    const auto result = TextImporter::read(text, m_registry, {}, &error);
    QVERIFY2(result, qPrintable(error));
    Report expected = TestSupport::expectedReport(m_registry, QString(name).remove("-variants"));
    if (name.endsWith("-variants")) // the one number changed in the text: imported as printed (and flagged by the check)
        expected.cells["t3.new.natural"] = CellValue::integer(3);
    QCOMPARE(result->report.cells.keys(), expected.cells.keys());
    for (auto it = expected.cells.begin(); it != expected.cells.end(); ++it)
        QVERIFY2(result->report.cell(it.key()) == it.value(),
                 qPrintable(QStringLiteral("%1: got %2, expected %3").arg(it.key(), result->report.cell(it.key()).toString(), it.value().toString())));
}

void tst_TextImporter::overridesAndErrors()
{
    const QString seed = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/changji-kejiju-2021.txt"));
    QString error;
    // No title in the text: the preamble names agency and period (proposed, with a note); --agency/--year override.
    QString untitled = seed;
    untitled.replace(QStringLiteral("昌吉州科学技术局2021年度政府信息公开工作年度报告"), QString());
    const auto proposed = TextImporter::read(untitled, m_registry, {}, &error);
    QVERIFY2(proposed, qPrintable(error));
    QCOMPARE(proposed->report.agency, QStringLiteral("昌吉州科学技术局"));
    QCOMPARE(proposed->report.year, 2021);
    QVERIFY(proposed->report.prose.preamble && proposed->report.prose.preamble->startsWith(QStringLiteral("根据昌吉州科学技术局工作实际")));
    QCOMPARE(proposed->notes.filter(QStringLiteral("文本里没有标题")).size(), 2);
    const auto given = TextImporter::read(untitled, m_registry, {QStringLiteral("某局"), 2021, {}}, &error);
    QVERIFY(given);
    QCOMPARE(given->report.agency, QStringLiteral("某局"));
    QCOMPARE(given->notes.filter(QStringLiteral("文本里没有标题")).size(), 0);
    // A preamble that names no agency (shanghai's): --agency is asked for.
    QString shanghai = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/shanghai-szfbgt-2019.txt"));
    shanghai.replace(QStringLiteral("2019年上海市人民政府办公厅政府信息公开工作年度报告"), QString());
    QVERIFY(!TextImporter::read(shanghai, m_registry, {}, &error));
    QVERIFY2(error.contains("--agency"), qPrintable(error));
    // A report that ends after part 四 or 五: read, the missing parts empty and named.
    const auto noSix = TextImporter::read(seed.left(seed.indexOf(QStringLiteral("六、其他需要报告的事项"))), m_registry, {}, &error);
    QVERIFY2(noSix, qPrintable(error));
    QVERIFY(noSix->report.prose.part5 && !noSix->report.prose.part6);
    QCOMPARE(noSix->notes.filter(QStringLiteral("六、其他需要报告的事项")).size(), 1);
    const auto noFive = TextImporter::read(seed.left(seed.indexOf(QStringLiteral("五、存在的主要问题"))), m_registry, {}, &error);
    QVERIFY2(noFive, qPrintable(error));
    QCOMPARE(noFive->report.cell("t4.review.total"), CellValue::integer(0));
    QVERIFY(!noFive->report.prose.part5 && !noFive->report.prose.part6);
    // Truncated text (cut inside table 三): what is there is read; every cell it lacks is blank and marked, and the
    // notes name the rows and the table — never a half report that looks whole.
    const auto half = TextImporter::read(seed.left(seed.size() / 2), m_registry, {}, &error);
    QVERIFY2(half, qPrintable(error));
    const Report seedReport = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    for (auto it = seedReport.cells.cbegin(); it != seedReport.cells.cend(); ++it)
        if (half->report.cell(it.key()) != it.value())
            QVERIFY2(half->report.doubts.contains(it.key()), qPrintable(it.key()));
    QVERIFY(half->report.doubts.contains("t4.review.total") && half->report.doubts.contains("t3.total.natural"));
    QVERIFY(!half->report.doubts.contains("t3.new.natural"));
    QCOMPARE(half->notes.filter(QStringLiteral("四、政府信息公开行政复议、行政诉讼情况：一行也没有读出来")).size(), 1);
    // Garbled text: a message that says what is missing.
    QVERIFY(!TextImporter::read(QStringLiteral("一、总体情况\n本机关……。\n五、存在的主要问题及改进情况\n无。"), m_registry, {}, &error));
    QVERIFY2(error.startsWith(QStringLiteral("找不到“")), qPrintable(error));
    QVERIFY(!TextImporter::read(QString::fromLatin1(QByteArray(4000, '\x07')), m_registry, {}, &error));
    QVERIFY(!TextImporter::read(QString(), m_registry, {}, &error));
    // Digits run together that no cut into the row's cells fits, in a way only trying the cuts would show (the fuzzer
    // found input that hung the importer this way): the import ends, names the row, and keeps the rows it could read.
    QString pingtan = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/pingtan-2021.txt"));
    const QString unavailable = QStringLiteral("1.本机关不掌握相关政府信息220000325");
    QVERIFY(pingtan.contains(unavailable));
    // Thirty zeros need more than seven cells of at most fifteen digits.
    pingtan.replace(unavailable, QStringLiteral("1.本机关不掌握相关政府信息") + QString(60, '1') + QString(30, '0'));
    const auto cut = TextImporter::read(pingtan, m_registry, {}, &error);
    QVERIFY2(cut, qPrintable(error));
    const QString notes = cut->notes.join('\n');
    QVERIFY2(notes.contains(QStringLiteral("1.本机关不掌握相关政府信息（自然人）：数字连在一起，可能的拆分太多")), qPrintable(notes));
    QVERIFY(cut->report.cell("t3.unable_1.natural").isBlank());
    QCOMPARE(cut->report.cell("t3.new.natural"), CellValue::integer(64));
    // A letter where a number belongs stays blank, with a note naming the cell.
    QString letter = seed;
    letter.replace(QStringLiteral("一、本年新收政府信息公开申请数量 | 0 |"), QStringLiteral("一、本年新收政府信息公开申请数量 | x |"));
    const auto noted = TextImporter::read(letter, m_registry, {}, &error);
    QVERIFY(noted);
    QVERIFY(noted->report.cell("t3.new.natural").isBlank());
    QVERIFY2(noted->notes.join('\n').contains(QStringLiteral("一、本年新收政府信息公开申请数量（自然人）")), qPrintable(noted->notes.join('\n')));
}

void tst_TextImporter::lastYearSettlesRunTogetherDigits()
{
    // pingtan prints 行政规范性文件693665: several splits fit the sums. With last year's 现行有效件数 (599) only
    // 69/3/665 continues it (599 + 69 − 3): taken, and said so, instead of a guess among equals.
    const QString text = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/pingtan-2021.txt"));
    Report lastYear = TestSupport::expectedReport(m_registry, "pingtan-2021");
    lastYear.year = 2020;
    lastYear.cells["t2.normative_docs.in_force"] = CellValue::integer(599);
    QStringList asked;
    TextImporter::Options options;
    options.reportOf = [&](const QString &agency, int year) -> std::optional<Report> {
        asked.append(QStringLiteral("%1 %2").arg(agency).arg(year));
        return year == 2020 ? std::optional<Report>(lastYear) : std::nullopt;
    };
    QString error;
    const auto result = TextImporter::read(text, m_registry, options, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(asked, QStringList{QStringLiteral("平潭综合实验区 2020")});
    QCOMPARE(result->report.cell("t2.normative_docs.issued"), CellValue::integer(69));
    QCOMPARE(result->report.cell("t2.normative_docs.repealed"), CellValue::integer(3));
    QCOMPARE(result->report.cell("t2.normative_docs.in_force"), CellValue::integer(665));
    const QString notes = result->notes.join('\n');
    QVERIFY2(notes.contains(QStringLiteral("按上年（2020 年）报告的数字拆分为 69/3/665")), qPrintable(notes));
    QVERIFY2(!notes.contains(QStringLiteral("种拆分都说得通")), qPrintable(notes));

    // Last year's numbers that no split continues (re-counted, say): the guess among equals, named as before.
    lastYear.cells["t2.normative_docs.in_force"] = CellValue::integer(1);
    const auto unsettled = TextImporter::read(text, m_registry, options, &error);
    QVERIFY2(unsettled, qPrintable(error));
    QVERIFY(unsettled->notes.join('\n').contains(QStringLiteral("种拆分都说得通")));
    QCOMPARE(unsettled->report.cell("t2.normative_docs.in_force"), CellValue::integer(665));
}

void tst_TextImporter::contactFromPreamble()
{
    QString error;
    const auto seed = TextImporter::read(QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/changji-kejiju-2021.txt")),
                                         m_registry, {}, &error);
    QVERIFY2(seed, qPrintable(error));
    QCOMPARE(seed->report.contact.address.value_or(QString()), QStringLiteral("昌吉市延安北路54号州人民政府综合楼二楼"));
    QCOMPARE(seed->report.contact.fax.value_or(QString()), QStringLiteral("0994-2381062"));
    // Fields separated by commas: the address stops where the next field begins.
    const auto huaian = TextImporter::read(QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/huaian-2024.txt")),
                                           m_registry, {}, &error);
    QVERIFY2(huaian, qPrintable(error));
    QCOMPARE(huaian->report.contact.address.value_or(QString()), QStringLiteral("淮安市翔宇南道1号"));
    QCOMPARE(huaian->report.contact.phone.value_or(QString()), QStringLiteral("0517-83605210"));
    // Justified lines extracted with a space between every character (邮 编 ： 223001 ， 电 话 ：): prose without them.
    QString spaced = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/huaian-2024.txt"));
    QVERIFY(spaced.contains(QStringLiteral("安市翔宇南道 1 号，邮编：223001，电话：0517-83605210，电")));
    spaced.replace(QStringLiteral("安市翔宇南道 1 号，邮编：223001，电话：0517-83605210，电"),
                   QStringLiteral("安 市 翔 宇 南 道 1 号 ， 邮 编 ： 223001 ， 电 话 ： 0517-83605210 ， 电"));
    const auto spacedOut = TextImporter::read(spaced, m_registry, {}, &error);
    QVERIFY2(spacedOut, qPrintable(error));
    QCOMPARE(spacedOut->report.prose.preamble, huaian->report.prose.preamble);
    QCOMPARE(spacedOut->report.contact.address, huaian->report.contact.address);
    QCOMPARE(spacedOut->report.contact.phone, huaian->report.contact.phone);
}

void tst_TextImporter::titles_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("agency");
    QTest::addColumn<int>("year");
    QTest::newRow("year first, 年度") << "2021年度昌吉州科学技术局政府信息公开工作年度报告" << "昌吉州科学技术局" << 2021;
    QTest::newRow("year first") << "2020年昌吉州科学技术局政府信息公开工作年度报告" << "昌吉州科学技术局" << 2020;
    QTest::newRow("工作报告") << "某县财政局2022年度政府信息公开工作报告" << "某县财政局" << 2022;
    QTest::newRow("年度报告 without 工作") << "某县财政局2023年政府信息公开年度报告" << "某县财政局" << 2023;
    QTest::newRow("spaced, over two lines") << "某 县 财 政 局\n2019 年政府信息公开工作年度报告" << "某县财政局" << 2019;
    QTest::newRow("broken after 工作") << "某县财政局2019年政府信息公开工作\n年度报告" << "某县财政局" << 2019;
    // A line's tail above a title over two lines (a wrapped heading, a site's caption) is not the agency's beginning.
    QTest::newRow("a line's tail above, over two lines") << "（县政府办公室供稿）\n某县财政局\n2019 年政府信息公开工作年度报告" << "某县财政局" << 2019;
}

void tst_TextImporter::titles()
{
    QFETCH(QString, title);
    QFETCH(QString, agency);
    QFETCH(int, year);
    QString text = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/changji-kejiju-2021.txt"));
    text.replace(QStringLiteral("昌吉州科学技术局2021年度政府信息公开工作年度报告"), title);
    QString error;
    const auto result = TextImporter::read(text, m_registry, {}, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->report.agency, agency);
    QCOMPARE(result->report.year, year);
    QVERIFY2(result->notes.filter(QStringLiteral("没有标题")).isEmpty(), qPrintable(result->notes.join('\n')));
}

void tst_TextImporter::normalise()
{
    QCOMPARE(SourceText::normalise(QStringLiteral("(一)予以公开")), QStringLiteral("（一）予以公开"));
    QCOMPARE(SourceText::normalise(QStringLiteral("自 然 人")), QStringLiteral("自然人"));
    QCOMPARE(SourceText::normalise(QStringLiteral("1、属于国家秘密")), QStringLiteral("1.属于国家秘密"));
    QCOMPARE(SourceText::normalise(QStringLiteral("（二）部分公开(区分处理的,只计这一情形,不计其他情形)")),
             QStringLiteral("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
}

void tst_TextImporter::agencyMatch_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("known");
    QTest::addColumn<QString>("match"); // empty: none
    const QStringList known{QStringLiteral("淮安市洪泽区人民政府"), QStringLiteral("淮安市人民政府"), QStringLiteral("昌吉州科学技术局")};
    QTest::newRow("the same") << "淮安市人民政府" << known << "";
    QTest::newRow("city left out") << "洪泽区人民政府" << known << "淮安市洪泽区人民政府";
    QTest::newRow("province added") << "江苏省淮安市人民政府" << known << "淮安市人民政府";
    QTest::newRow("one character misread") << "昌吉州科学枝术局" << known << "昌吉州科学技术局";
    QTest::newRow("another level: 区 for 市") << "淮安区人民政府" << known << "";
    QTest::newRow("another agency") << "淮安市教育局" << known << "";
    QTest::newRow("spaces and width") << "淮安市 人民政府" << known << "";
    QTest::newRow("nothing known") << "淮安市人民政府" << QStringList() << "";
}

void tst_TextImporter::agencyMatch()
{
    QFETCH(QString, name);
    QFETCH(QStringList, known);
    QFETCH(QString, match);
    QCOMPARE(AgencyMatcher::closest(name, known).value_or(QString()), match);
}

// Certain cells carry no doubt; every guess does, with why.
void tst_TextImporter::doubtsNameWhatIsUncertain()
{
    QString error;
    for (const QString &name : TestSupport::expectedFixtures()) {
        const QString text = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/" + name + ".txt"));
        const auto result = TextImporter::read(text, m_registry, {}, &error);
        QVERIFY2(result, qPrintable(error));
        const QJsonArray ambiguous = TestSupport::readJsonObject(TestSupport::expectedPath(name)).value("_ambiguous").toArray();
        for (const QJsonValue &key : ambiguous)
            QVERIFY2(result->report.doubts.contains(key.toString()), qPrintable(name + ": " + key.toString()));
        // The fixtures are read with certainty where the text says it plainly; hongze prints one label with a typo
        // (2.其他法律行政止公开), and that row is marked with the label as printed.
        if (name == QLatin1String("hongze-2024")) {
            QCOMPARE(result->report.doubts.keys(), QStringList({"t3.denied_2.commercial", "t3.denied_2.legal", "t3.denied_2.natural", "t3.denied_2.nonprofit",
                                                                "t3.denied_2.other_org", "t3.denied_2.research", "t3.denied_2.total"}));
            QVERIFY(result->report.doubts.value("t3.denied_2.natural").contains(QStringLiteral("行名")));
        } else if (ambiguous.isEmpty()) {
            QVERIFY2(result->report.doubts.isEmpty(), qPrintable(name + ": " + QStringList(result->report.doubts.keys()).join(' ')));
        }
        for (auto it = result->sourceLines.cbegin(); it != result->sourceLines.cend(); ++it)
            QVERIFY(it.value() >= 1 && it.value() <= text.count('\n') + 1);
    }
    // A typo in a row label: read, and marked with the label as printed.
    QString seed = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/changji-kejiju-2021.txt"));
    seed.replace(QStringLiteral("4.保护第三方合法权益"), QStringLiteral("4.保护第三方合法全益"));
    const auto typo = TextImporter::read(seed, m_registry, {}, &error);
    QVERIFY(typo);
    QVERIFY(typo->report.doubts.value("t3.denied_4.natural").contains(QStringLiteral("保护第三方合法全益")));
    QCOMPARE(typo->report.doubts.size(), 7);
    // Its source line is the one printing it.
    const int line = typo->sourceLines.value("t3.denied_4.natural");
    QVERIFY(seed.split('\n').value(line - 1).contains(QStringLiteral("合法全益")));
}

void tst_TextImporter::headingsNotTheOfficialWords_data()
{
    QTest::addColumn<QString>("text");
    const QString seed = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/changji-kejiju-2021.txt"));
    QString typo = seed;
    typo.replace(QStringLiteral("二、主动公开政府信息情况"), QStringLiteral("二、主动公开政府信息请况"))
        .replace(QStringLiteral("三、收到和处理政府信息公开申请情况"), QStringLiteral("三、收到和处理政府信息公开申请情况："));
    QTest::newRow("typo and extra character") << typo;
    QString renumbered = seed;
    renumbered.replace(QStringLiteral("三、收到和处理政府信息公开申请情况"), QStringLiteral("二、收到和处理政府信息公开申请情况"))
        .replace(QStringLiteral("四、政府信息公开行政复议"), QStringLiteral("三、政府信息公开行政复议"));
    QTest::newRow("numbered wrong") << renumbered;
    QString captions = seed;
    captions.replace(QStringLiteral("二、主动公开政府信息情况"), QStringLiteral("表二：主动公开政府信息情况"))
        .replace(QStringLiteral("三、收到和处理政府信息公开申请情况"), QStringLiteral("## 表三 收到和处理政府信息公开申请情况"))
        .replace(QStringLiteral("四、政府信息公开行政复议、行政诉讼情况"), QStringLiteral("表四"));
    QTest::newRow("table captions for headings") << captions;
    QString listed = seed;
    const int one = listed.indexOf(QStringLiteral("\n一、总体情况"));
    listed.insert(one, QStringLiteral("\n本报告包括以下内容：\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
                                      "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项"));
    QTest::newRow("parts listed in the preamble") << listed;
    QString noHeading = seed;
    noHeading.replace(QStringLiteral("三、收到和处理政府信息公开申请情况"), QStringLiteral("（略）"));
    QTest::newRow("table 三 without its heading") << noHeading;
}

// Parts found by the best match of their heading words together with what follows them: every cell as published.
void tst_TextImporter::headingsNotTheOfficialWords()
{
    QFETCH(QString, text);
    QString error;
    const auto result = TextImporter::read(text, m_registry, {}, &error);
    QVERIFY2(result, qPrintable(error));
    const Report expected = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    QCOMPARE(result->report.cells, expected.cells);
    QVERIFY2(result->report.doubts.isEmpty(), qPrintable(QStringList(result->report.doubts.keys()).join(' ')));
    QCOMPARE(result->report.prose.part5, expected.prose.part5);
    QVERIFY(result->report.prose.part1 && result->report.prose.part1->startsWith(expected.prose.part1->left(20)));
}

// A web page saved as text: one cell per line, a blank cell an empty line; a whole column published blank stays blank.
void tst_TextImporter::blankCellsAsEmptyLines()
{
    Report r = TestSupport::expectedReport(m_registry, "shanghai-szfbgt-2019"); // blank 总计 column of the result rows
    QString error;
    const auto result = TextImporter::read(TestSupport::cellPerLineText(m_registry, r), m_registry, {}, &error);
    QVERIFY2(result, qPrintable(error));
    int blanks = 0;
    for (auto it = r.cells.cbegin(); it != r.cells.cend(); ++it) {
        QVERIFY2(result->report.cell(it.key()) == it.value() || result->report.doubts.contains(it.key()), qPrintable(it.key()));
        blanks += it.value().isBlank() ? 1 : 0;
    }
    QVERIFY(blanks > 100);
    QCOMPARE(result->report.cells, r.cells);
    QVERIFY2(result->report.doubts.isEmpty(), qPrintable(QStringList(result->report.doubts.keys()).join(' ')));
}

// A converter that cut table 三 into pieces put its last row under table 四's caption: the row is read by its own
// label, and marked.
void tst_TextImporter::rowUnderAnotherCaption()
{
    QStringList lines = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/changji-kejiju-2021.txt")).split('\n');
    const int forward = int(std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) { return l.startsWith(QStringLiteral("四、结转下年度继续办理")); }) - lines.cbegin());
    const int four = int(std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) { return l.startsWith(QStringLiteral("四、政府信息公开行政复议")); }) - lines.cbegin());
    QVERIFY(forward < lines.size() && four < lines.size() && forward < four);
    const QString row = lines.takeAt(forward);
    lines.insert(four, row); // right after table 四's heading (which moved up by one)
    QString error;
    const auto result = TextImporter::read(lines.join('\n'), m_registry, {}, &error);
    QVERIFY2(result, qPrintable(error));
    const Report expected = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    QCOMPARE(result->report.cells, expected.cells);
    QVERIFY(result->report.doubts.value("t3.forward.natural").contains(QStringLiteral("四、政府信息公开行政复议")));
    QCOMPARE(result->report.doubts.size(), 7);
}

// A row whose label OCR made nothing of (a scan's cells, TAB- or pipe-separated): the one line of its number of figures
// between the rows read around it is it, by its place — marked. Not when two rows around it are missing, nor when two
// such lines stand there.
void tst_TextImporter::rowWhoseLabelIsPastKnowing()
{
    const QStringList seed = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/changji-kejiju-2021.txt")).split('\n');
    const auto at = [&seed](const QString &start) {
        return int(std::find_if(seed.cbegin(), seed.cend(), [&](const QString &l) { return l.trimmed().startsWith(start); }) - seed.cbegin());
    };
    const int five = at(QStringLiteral("5.属于三类内部事务信息")), four = at(QStringLiteral("4.保护第三方合法权益"));
    QVERIFY(five < seed.size() && four == five - 1);
    QVERIFY(seed.at(five).count(QLatin1Char('|')) >= 7);
    const auto read = [this](const QStringList &lines) {
        QString error;
        const auto result = TextImporter::read(lines.join('\n'), m_registry, {}, &error);
        if (!result)
            qFatal("%s", qPrintable(error));
        return *result;
    };
    const QString cell = QStringLiteral("t3.denied_5.natural");

    QStringList lines = seed;
    lines[five] = QStringLiteral("（字迹不清） | 3 | 0 | 0 | 0 | 0 | 0 | 3 | |||");
    auto result = read(lines);
    QCOMPARE(result.report.cell(cell).toInteger(), 3);
    QCOMPARE(result.report.cell(QStringLiteral("t3.denied_5.total")).toInteger(), 3);
    QVERIFY2(result.report.doubts.value(cell).contains(QStringLiteral("按这一行在表中的位置放入")), qPrintable(result.report.doubts.value(cell)));
    QCOMPARE(result.sourceLines.value(cell), five + 1);
    // Its neighbours are read as before, certain.
    QVERIFY(!result.report.doubts.contains(QStringLiteral("t3.denied_6.natural")));

    // Row 4 unreadable too: which line is which is not known by place — neither placed so (the table's figures in
    // printed order may still fill them, marked).
    lines[four] = QStringLiteral("（字迹不清） | 0 | 0 | 0 | 0 | 0 | 0 | 0 | |||");
    result = read(lines);
    for (const QString &key : {cell, QStringLiteral("t3.denied_4.natural")}) {
        QVERIFY(result.report.doubts.contains(key));
        QVERIFY2(!result.report.doubts.value(key).contains(QStringLiteral("位置放入")), qPrintable(result.report.doubts.value(key)));
    }

    // Two lines of seven figures where one row is missing: neither is taken.
    lines = seed;
    lines[five] = QStringLiteral("（字迹不清） | 3 | 0 | 0 | 0 | 0 | 0 | 3 | |||");
    lines.insert(five + 1, QStringLiteral("（字迹不清） | 1 | 1 | 1 | 1 | 1 | 1 | 6 | |||"));
    result = read(lines);
    QVERIFY(result.report.cell(cell).isBlank());
    QVERIFY(result.report.doubts.contains(cell));
}

// A PDF's text breaks lines where the printed page did, inside a 《book title》 too: the paragraph stays one, and a
// part with a stray 《 still ends where the text does.
void tst_TextImporter::lineBrokenInsideABookTitle()
{
    QString text = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/changji-kejiju-2021.txt"));
    for (const QString &title : {QStringLiteral("《昌吉州科学技术局政府信息"), QStringLiteral("落实《中华人民共和国政府信息公开")}) {
        QVERIFY(text.contains(title + QStringLiteral("公开")) || text.contains(title + QStringLiteral("条例")));
        text.replace(title, title + QLatin1Char('\n'));
    }
    QString error;
    const auto result = TextImporter::read(text, m_registry, {}, &error);
    QVERIFY2(result, qPrintable(error));
    const Report expected = TestSupport::expectedReport(m_registry, "changji-kejiju-2021");
    QCOMPARE(result->report.prose.part1, expected.prose.part1);
    QCOMPARE(result->report.prose.part5, expected.prose.part5);
    QCOMPARE(result->report.cells, expected.cells);

    // An unmatched 《 joins the next two lines at most: the paragraphs after it stay paragraphs.
    QString stray = QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + "/fixtures/changji-kejiju-2021.txt"));
    stray.replace(QStringLiteral("切实保障和维护了人民群众合法权益。"), QStringLiteral("切实保障和维护了《人民群众合法权益。"));
    const auto read = TextImporter::read(stray, m_registry, {}, &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(read->report.prose.part1->count(QLatin1Char('\n')) >= expected.prose.part1->count(QLatin1Char('\n')) - 2);
}

QTEST_GUILESS_MAIN(tst_TextImporter)
#include "tst_textimporter.moc"
