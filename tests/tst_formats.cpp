// The format definitions against the specification text itself: every verbatim label, every key, the
// header structure, and the rule instances.
#include "FormatRegistry.h"
#include "ReportSchema.h"
#include "TestSupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString spec()
{
    return QString::fromUtf8(TestSupport::readFile(TestSupport::sharedDir() + QStringLiteral("/spec/report-formats.md")));
}

// The lines of the spec between two headings.
QStringList section(const QString &from, const QString &to)
{
    const QString s = spec();
    const int a = s.indexOf(from);
    const int b = s.indexOf(to, a + 1);
    if (a < 0 || b < 0)
        qFatal("spec section %s not found", qPrintable(from));
    return s.mid(a, b - a).split(QLatin1Char('\n'));
}

QStringList ticked(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("`([^`]+)`"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured(1));
    return out;
}

QStringList fields(const QString &line)
{
    QStringList f = line.split(QLatin1Char('|'));
    if (f.size() >= 2) {
        f.removeFirst();
        f.removeLast();
    }
    for (QString &x : f)
        x = x.trimmed();
    return f;
}

struct SpecCell
{
    QString rowLabel, columnLabel, key;
};

} // namespace
Q_DECLARE_METATYPE(QList<SpecCell>)
namespace {

// Label of the printed cell covering (row, column) in the nearest subheader row above `row` (table 二).
QString subheaderAbove(const TableFormat &t, int row, int column)
{
    for (int r = row - 1; r >= 0; --r) {
        if (t.body[r].role != RowRole::Subheader)
            continue;
        for (const GridCell &c : t.body[r].cells)
            if (c.column <= column && column < c.column + c.columnSpan)
                return c.text;
    }
    return QString();
}

// The body row and grid cell printing a value key.
std::pair<int, GridCell> printed(const TableFormat &t, const QString &key)
{
    for (int r = 0; r < t.body.size(); ++r)
        for (const GridCell &c : t.body[r].cells)
            if (c.valueKey == key)
                return {r, c};
    return {-1, GridCell()};
}

QStringList texts(const QVector<GridRow> &rows)
{
    QStringList out;
    for (const GridRow &r : rows)
        for (const GridCell &c : r.cells)
            if (!c.text.isEmpty())
                out.append(c.text);
    return out;
}

} // namespace

class tst_Formats : public QObject
{
    Q_OBJECT
private slots:
    void loads();
    void headings();
    void table2_data();
    void table2();
    void table3Header();
    void table3Rows_data();
    void table3Rows();
    void table4();
    void cellCounts();
    void ruleInstances();
    void brokenDefinitionsAreRefused_data();
    void brokenDefinitionsAreRefused();

private:
    FormatRegistry m_registry;
};

void tst_Formats::loads()
{
    QVERIFY2(m_registry.isValid(), qPrintable(m_registry.error()));
    QCOMPARE(m_registry.forms(QStringLiteral("t2")), QStringList({"2019", "2021"}));
    QCOMPARE(m_registry.forms(QStringLiteral("t3")), QStringList({"2019", "2021"}));
    QCOMPARE(m_registry.forms(QStringLiteral("t4")), QStringList({"2021"}));
    for (const TableFormat &t : m_registry.all()) {
        double width = 0;
        for (double w : t.widthsMm)
            width += w;
        QVERIFY2(width <= 156.0 + 1e-9, qPrintable(t.table + t.form)); // GB/T 9704 type area
    }
}

void tst_Formats::headings()
{
    QMap<QString, QString> spoken; // 二 → heading
    for (const QString &line : section(QStringLiteral("## 1. The six parts"), QStringLiteral("## 2."))) {
        const QStringList f = fields(line);
        if (f.size() >= 3 && ticked(f[1]).size() == 1)
            spoken.insert(f[0], ticked(f[1]).constFirst());
    }
    QCOMPARE(spoken.size(), 6);
    for (const TableFormat &t : m_registry.all()) {
        const QString numeral = t.table == QLatin1String("t2") ? QStringLiteral("二") : t.table == QLatin1String("t3") ? QStringLiteral("三") : QStringLiteral("四");
        QCOMPARE(t.heading, spoken.value(numeral));
    }
}

void tst_Formats::table2_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QStringList>("captions");
    QTest::addColumn<QList<SpecCell>>("cells");

    // 3.1: | block | row label | column label | key | value |
    QList<SpecCell> cells2021;
    QStringList captions2021;
    for (const QString &line : section(QStringLiteral("### 3.1"), QStringLiteral("### 3.2"))) {
        const QStringList f = fields(line);
        if (f.size() != 5 || !f[3].startsWith(QLatin1String("`t2.")))
            continue;
        if (!f[0].isEmpty())
            captions2021.append(ticked(f[0]).constFirst());
        cells2021.append({ticked(f[1]).constFirst(), ticked(f[2]).constFirst(), ticked(f[3]).constFirst()});
    }
    QTest::newRow("2021") << "2021" << captions2021 << cells2021;

    // 3.2: | block | row label | `label` → `key`, … (or "same columns → `key`, `.suffix`") | value |
    QList<SpecCell> cells2019;
    QStringList captions2019;
    QStringList lastLabels;
    static const QRegularExpression pair(QStringLiteral("`([^`]+)` → `([^`]+)`"));
    for (const QString &line : section(QStringLiteral("### 3.2"), QStringLiteral("## 4."))) {
        const QStringList f = fields(line);
        if (f.size() != 4 || !f[2].contains(QStringLiteral("→")) || f[1] == QLatin1String("row label"))
            continue;
        if (!f[0].isEmpty())
            captions2019.append(ticked(f[0]).constFirst());
        const QString row = ticked(f[1]).constFirst();
        if (f[2].startsWith(QLatin1String("same columns"))) {
            const QStringList keys = ticked(f[2]);
            const QString prefix = keys.constFirst().section(QLatin1Char('.'), 0, 1);
            for (int i = 0; i < keys.size(); ++i)
                cells2019.append({row, lastLabels.value(i), keys[i].startsWith(QLatin1Char('.')) ? prefix + keys[i] : keys[i]});
        } else {
            lastLabels.clear();
            for (auto it = pair.globalMatch(f[2]); it.hasNext();) {
                const auto m = it.next();
                lastLabels.append(m.captured(1));
                cells2019.append({row, m.captured(1), m.captured(2)});
            }
        }
    }
    QTest::newRow("2019") << "2019" << captions2019 << cells2019;
}

void tst_Formats::table2()
{
    QFETCH(QString, form);
    QFETCH(QStringList, captions);
    QFETCH(QList<SpecCell>, cells);
    const TableFormat *t = m_registry.table(QStringLiteral("t2"), form);
    QVERIFY(t);
    QCOMPARE(cells.size(), form == QLatin1String("2021") ? 10 : 22);

    QStringList printedCaptions;
    for (const GridRow &r : t->body)
        if (r.role == RowRole::Caption)
            printedCaptions.append(r.cells.constFirst().text);
    QCOMPARE(printedCaptions, captions);

    QStringList keys;
    for (const ValueCellDef &c : t->cells)
        keys.append(c.key);
    QStringList specKeys;
    for (const SpecCell &c : cells) {
        specKeys.append(c.key);
        const ValueCellDef *def = t->cell(c.key);
        QVERIFY2(def, qPrintable(c.key));
        QCOMPARE(t->row(def->rowKey)->label, c.rowLabel);
        QCOMPARE(t->column(def->columnKey)->label, c.columnLabel);
        // …and printed that way: the row's label cell and the block's 信息内容 header above the value.
        const auto [row, cell] = printed(*t, c.key);
        QVERIFY(row >= 0);
        QCOMPARE(t->body[row].cells.constFirst().text, c.rowLabel);
        QCOMPARE(subheaderAbove(*t, row, cell.column), c.columnLabel);
    }
    QCOMPARE(keys, specKeys); // same cells, in printed order
}

void tst_Formats::table3Header()
{
    QStringList verbatim;
    bool inList = false;
    for (const QString &line : section(QStringLiteral("### 4.1"), QStringLiteral("### 4.2"))) {
        if (line.startsWith(QLatin1String("Verbatim header texts:")))
            inList = true;
        if (inList) {
            const int end = line.indexOf(QStringLiteral("(Narrow"));
            verbatim += ticked(end < 0 ? line : line.left(end));
            if (end >= 0 || line.trimmed().isEmpty())
                inList = false;
        }
    }
    QCOMPARE(verbatim.size(), 10);
    QMap<QString, QString> columns;
    for (const QString &line : section(QStringLiteral("### 4.1"), QStringLiteral("### 4.2"))) {
        const QStringList f = fields(line);
        if (f.size() == 3 && f[0].startsWith(QLatin1Char('`')))
            columns.insert(ticked(f[0]).constFirst(), ticked(f[1]).constFirst());
    }
    QCOMPARE(columns.size(), 7);
    for (const QString &form : {QStringLiteral("2019"), QStringLiteral("2021")}) {
        const TableFormat *t = m_registry.table(QStringLiteral("t3"), form);
        QCOMPARE(texts(t->header), verbatim);
        QCOMPARE(t->header.size(), 3);
        const GridCell &corner = t->header[0].cells[0];
        QCOMPARE(corner.rowSpan, 3);
        QCOMPARE(corner.columnSpan, 3);
        QCOMPARE(t->header[0].cells[1].columnSpan, 7); // 申请人情况
        QCOMPARE(t->header[1].cells[1].columnSpan, 5); // 法人或其他组织
        QCOMPARE(t->header[1].cells[0].rowSpan, 2);    // 自然人
        QCOMPARE(t->header[1].cells[2].rowSpan, 2);    // 总计
        QCOMPARE(t->columns.size(), 7);
        for (const FormatLine &c : t->columns)
            QCOMPARE(c.label, columns.value(c.key));
        // The value columns sit under their leaf header cells.
        for (const GridRow &row : t->body)
            for (const GridCell &cell : row.cells)
                if (!cell.valueKey.isEmpty()) {
                    const int index = cell.column - 3;
                    QCOMPARE(t->columns.at(index).key, cell.valueKey.section(QLatin1Char('.'), 2));
                }
    }
}

void tst_Formats::table3Rows_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("groups");
    for (const QString &form : {QStringLiteral("2021"), QStringLiteral("2019")}) {
        QStringList labels, keys, groups;
        for (const QString &line : section(QStringLiteral("### 4.2"), QStringLiteral("## 5."))) {
            const QStringList f = fields(line);
            static const QRegularExpression number(QStringLiteral("^(\\d+|—)( \\(2019: \\d+\\))?$"));
            if (f.size() != 3 || !number.match(f[0]).hasMatch())
                continue;
            if (f[1].startsWith(QLatin1String("2021:")) && form != QLatin1String("2021"))
                continue;
            if (f[1].startsWith(QLatin1String("2019 only:")) && form != QLatin1String("2019"))
                continue;
            const QString label = ticked(f[1]).value(0);
            if (f[2] == QStringLiteral("—")) {
                if (f[1].contains(QLatin1String("(group label)")))
                    groups.append(label);
                continue;
            }
            labels.append(label);
            keys.append(ticked(f[2]).constFirst());
        }
        QTest::newRow(qPrintable(form)) << form << labels << keys << groups;
    }
}

void tst_Formats::table3Rows()
{
    QFETCH(QString, form);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, keys);
    QFETCH(QStringList, groups);
    const TableFormat *t = m_registry.table(QStringLiteral("t3"), form);
    QCOMPARE(keys.size(), form == QLatin1String("2021") ? 25 : 23);
    QCOMPARE(t->rows.size(), keys.size());
    for (int i = 0; i < keys.size(); ++i) {
        QCOMPARE(t->rows[i].key, keys[i]);
        QCOMPARE(t->rows[i].label, labels[i]);
        // Printed: the last label cell of the body row is the row label.
        const GridRow &row = t->body[i];
        QString last;
        for (const GridCell &c : row.cells)
            if (c.valueKey.isEmpty())
                last = c.text;
        QCOMPARE(last, labels[i]);
        QCOMPARE(row.cells.constLast().valueKey, QStringLiteral("t3.%1.total").arg(keys[i]));
    }
    // Group labels span their item rows in label column 2; 三、本年度办理结果 spans every result row.
    QStringList printedGroups;
    for (const GridRow &row : t->body)
        for (const GridCell &c : row.cells)
            if (c.valueKey.isEmpty() && c.column == 1 && c.rowSpan > 1) {
                printedGroups.append(c.text);
                int items = 0;
                for (const FormatLine &r : t->rows)
                    items += r.group == c.text;
                QCOMPARE(c.rowSpan, items);
            }
    QCOMPARE(printedGroups, groups);
    const GridCell &vertical = t->body[2].cells[0];
    QCOMPARE(vertical.text, QStringLiteral("三、本年度办理结果"));
    QVERIFY(vertical.vertical);
    // From （一）予以公开 to （七）总计 by the spec's own row list: 22 rows (2021), 20 (2019). The prose of
    // report-formats.md §4.2 says 23 and 21; the numbered rows and the grid (which must not overlap 四、) say otherwise.
    QCOMPARE(vertical.rowSpan, int(keys.indexOf("total") - keys.indexOf("granted") + 1));
    QCOMPARE(vertical.rowSpan, form == QLatin1String("2021") ? 22 : 20);
}

void tst_Formats::table4()
{
    const TableFormat *t = m_registry.table(QStringLiteral("t4"), QStringLiteral("2021"));
    QStringList specKeys;
    QStringList leafLabels;
    for (const QString &line : section(QStringLiteral("## 5."), QStringLiteral("## 6."))) {
        const QStringList f = fields(line);
        if (f.size() != 3 || !f[0].startsWith(QLatin1Char('`')))
            continue;
        const QString group = ticked(f[0]).constFirst();
        const QStringList under = ticked(f[1]);
        const FormatLine *row = t->row(group);
        QVERIFY2(row, qPrintable(group));
        QCOMPARE(row->label, under.constLast());
        QCOMPARE(row->group, under.size() > 1 ? under.constFirst() : QString());
        if (f[2] != QLatin1String("same")) {
            static const QRegularExpression pair(QStringLiteral("`([^`]+)` → `([^`]+)`"));
            for (auto it = pair.globalMatch(f[2]); it.hasNext();) {
                const auto m = it.next();
                leafLabels.append(m.captured(1));
                QCOMPARE(t->column(m.captured(2))->label, m.captured(1));
            }
        }
        for (const FormatLine &c : t->columns)
            specKeys.append(QStringLiteral("t4.%1.%2").arg(group, c.key));
    }
    QCOMPARE(leafLabels.size(), 5);
    QStringList keys;
    for (const ValueCellDef &c : t->cells)
        keys.append(c.key);
    QCOMPARE(keys, specKeys);
    // Header: 行政复议 over 5, 行政诉讼 over 10, then the leaves once under 行政复议 and twice under 行政诉讼.
    QCOMPARE(t->header.size(), 3);
    QCOMPARE(t->header[0].cells[0].text, QStringLiteral("行政复议"));
    QCOMPARE(t->header[0].cells[0].columnSpan, 5);
    QCOMPARE(t->header[0].cells[1].text, QStringLiteral("行政诉讼"));
    QCOMPARE(t->header[0].cells[1].columnSpan, 10);
    QCOMPARE(t->header[1].cells[5].text, QStringLiteral("未经复议直接起诉"));
    QCOMPARE(t->header[1].cells[6].text, QStringLiteral("复议后起诉"));
    for (int i = 0; i < 15; ++i) {
        const GridRow &leafRow = i < 5 ? t->header[1] : t->header[2];
        const GridCell &leaf = i < 5 ? leafRow.cells[i] : leafRow.cells[i - 5];
        QCOMPARE(leaf.text, leafLabels[i % 5]);
        QCOMPARE(leaf.column, i);
        QCOMPARE(t->body[0].cells[i].column, i);
        QCOMPARE(t->body[0].cells[i].valueKey, specKeys[i]);
    }
}

void tst_Formats::cellCounts()
{
    const auto count = [this](const QString &t2, const QString &t3, const QStringList &blocks) {
        ReportFormats f;
        f.t2 = t2;
        f.t3 = t3;
        return ReportSchema(m_registry, f, blocks).cells().size();
    };
    QCOMPARE(count("2021", "2021", {}), 200);
    QCOMPARE(count("2019", "2019", {"procurement"}), 198);
    QCOMPARE(count("2019", "2021", {}), 210); // the seed report
    QCOMPARE(count("2021", "2019", {}), 186); // hongze-2024
}

void tst_Formats::ruleInstances()
{
    QMap<QString, int> instances;
    QSet<QString> computed;
    for (const TableFormat &t : m_registry.all()) {
        for (const RuleInstance &r : t.rules)
            instances[r.id + QLatin1Char('/') + t.form] += 1;
        for (const ValueCellDef &c : t.cells)
            if (c.computed)
                computed.insert(c.key);
    }
    QCOMPARE(instances.value("t3.row_total/2021"), 25);
    QCOMPARE(instances.value("t3.row_total/2019"), 23);
    QCOMPARE(instances.value("t3.results_total/2021"), 7);
    QCOMPARE(instances.value("t3.balance/2021"), 7);
    QCOMPARE(instances.value("t3.carry_over/2019"), 7);
    QCOMPARE(instances.value("t4.group_total/2021"), 3);
    QCOMPARE(instances.value("t2.in_force/2021"), 2);
    QCOMPARE(instances.value("t2.prev_items/2019"), 5);
    // Computed: the 总计 column and （七）总计 row of table 三 (in both forms) and table 四's three 总计.
    // t3 2021: 25 row totals + 6 of （七）总计; 2019 adds t3.other.total; t4: 3.
    QCOMPARE(computed.size(), 25 + 6 + 1 + 3);
    QVERIFY(computed.contains("t3.total.total"));
    QVERIFY(computed.contains("t4.after.total"));
    QVERIFY(!computed.contains("t3.forward.natural"));
    QVERIFY(!computed.contains("t2.regulations.in_force"));

    const TableFormat *t3 = m_registry.table("t3", "2021");
    for (const RuleInstance &r : t3->rules) {
        if (r.id == QLatin1String("t3.balance") && r.anchor == QLatin1String("t3.forward.legal"))
            QCOMPARE(r.cells(), QStringList({"t3.forward.legal", "t3.new.legal", "t3.carry.legal", "t3.total.legal"}));
        if (r.id == QLatin1String("t3.results_total") && r.anchor == QLatin1String("t3.total.natural"))
            QCOMPARE(r.right.size(), 21); // granted … other_3
    }
    const TableFormat *t2 = m_registry.table("t2", "2021");
    QCOMPARE(t2->rules[0].cells(), QStringList({"t2.regulations.in_force", "t2.regulations.issued", "t2.regulations.repealed"}));
    QCOMPARE(t2->rules[0].right.constLast().sign, -1);
}

void tst_Formats::brokenDefinitionsAreRefused_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("message");
    const QString head = QStringLiteral(R"("table":"t9","form":"2030","heading":"九","rows":[{"key":"a","label":"A"}],"columns":[{"key":"x","label":"X"},{"key":"y","label":"Y"}],"widths":[10,10])");
    QTest::newRow("row too short") << "{" + head + R"(,"body":[{"cells":[{"value":"a.x"}]}]})" << "does not fill";
    QTest::newRow("overlap") << "{" + head + R"(,"body":[{"cells":[{"text":"L","rowSpan":2},{"value":"a.x"}]},{"cells":[{"value":"a.y"},{"text":"z"}]}]})" << "does not fit";
    QTest::newRow("unknown column") << "{" + head + R"(,"body":[{"cells":[{"value":"a.x"},{"value":"a.q"}]}]})" << "unknown row or column";
    QTest::newRow("twice") << "{" + head + R"(,"body":[{"cells":[{"value":"a.x"},{"value":"a.x"}]}]})" << "appears twice";
    QTest::newRow("rule names no cell") << "{" + head + R"(,"body":[{"values":"a"}],"rules":[{"id":"r","severity":"error","forEach":{"row":"@rows"},"left":["{row}.z"],"right":[]}]})" << "names no cell";
    QTest::newRow("bad type") << "{" + head + R"(,"body":[{"cells":[{"value":"a.x","type":"float"},{"value":"a.y"}]}]})" << "unknown type";
    QTest::newRow("not json") << "{" << "not a JSON object";
}

void tst_Formats::brokenDefinitionsAreRefused()
{
    QFETCH(QString, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!TableFormat::fromJson(json.toUtf8(), &error));
    QVERIFY2(error.contains(message), qPrintable(error));

    // A registry over a directory with the broken file is invalid and says which file.
    QTemporaryDir dir;
    QFile f(dir.filePath("t9-2030.json"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json.toUtf8());
    f.close();
    const FormatRegistry broken(dir.path());
    QVERIFY(!broken.isValid());
    QVERIFY(broken.error().contains("t9-2030.json"));
}

QTEST_GUILESS_MAIN(tst_Formats)
#include "tst_formats.moc"
