// A county whose bureaus report in different forms (report-formats.md §8) rolled up: the same forms chosen whatever
// order the reports come in (table 三 in the 2019 form, into which the 2021 form's three 其他处理 rows sum; table 二 in
// the newest, each figure a 2019-form report cannot give marked), the sums known by hand, the same bytes on every run
// — in separate processes, whose hash order differs — and the agencies summed listed with their state and forms in
// the document itself. On both engines (the server as its owner, and as a clerk who reads only what is its own).
#include "ReportJson.h"
#include "ReportSchema.h"
#include "ReportStore.h"
#include "RollUp.h"
#include "TestSupport.h"
#include "Totals.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_RollUpForms : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void mixedFormsSumByTheRules();
    void sameBytesEveryRun();
    void aClerkSumsWhatItMayRead();

private:
    // A report of `agency` for 2024 in `forms`, every cell 0 but those given, totals computed.
    Report report(const QString &agency, const ReportFormats &forms, const QMap<QString, qint64> &cells) const;
    QString m_location;
    const QString m_engine = TestSupport::testEngine();
    FormatRegistry m_registry;
    QTemporaryDir m_dir;
};

Report tst_RollUpForms::report(const QString &agency, const ReportFormats &forms, const QMap<QString, qint64> &cells) const
{
    Report r;
    r.agency = agency;
    r.year = 2024;
    r.formats = forms;
    const ReportSchema schema(m_registry, forms);
    schema.conform(r);
    for (const ValueCellDef *c : schema.cells())
        if (c->type == ValueType::Count || c->type == ValueType::Signed)
            r.cells.insert(c->key, CellValue::integer(0));
        else if (c->type == ValueType::Amount)
            r.cells.insert(c->key, CellValue::decimal(*Decimal::fromString(QStringLiteral("0"))));
    for (auto it = cells.begin(); it != cells.end(); ++it)
        r.cells.insert(it.key(), CellValue::integer(it.value()));
    Totals::computeAll(r, schema);
    r.prose.set(QStringLiteral("part1"), QStringLiteral("总体情况。"));
    return r;
}

void tst_RollUpForms::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_location = m_engine == QLatin1String("sqlite") ? m_dir.filePath(QStringLiteral("county.sqlite"))
                                                     : TestSupport::newPostgresDatabase(QStringLiteral("rollup_forms"));
    QVERIFY(!m_location.isEmpty());
    QString error;
    auto store = ReportStore::open(m_registry, m_location, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->setAgencyParents({{QStringLiteral("某县"), QString()},
                                     {QStringLiteral("县科技局"), QStringLiteral("某县")},
                                     {QStringLiteral("县教育局"), QStringLiteral("某县")},
                                     {QStringLiteral("县民政局"), QStringLiteral("某县")},
                                     {QStringLiteral("县水利局"), QStringLiteral("某县")}}));
    const ReportFormats newest{QStringLiteral("2021"), QStringLiteral("2021"), QStringLiteral("2021")};
    const ReportFormats oldest{QStringLiteral("2019"), QStringLiteral("2019"), QStringLiteral("2021")};
    // 科技局 and 民政局 in the 2021 forms, 教育局 in the 2019 forms; 水利局 has no report.
    const Report kejiju = report(QStringLiteral("县科技局"), newest,
                                 {{"t3.new.natural", 20}, {"t3.granted.natural", 10}, {"t3.other_1.natural", 1}, {"t3.other_2.natural", 2},
                                  {"t3.other_3.natural", 3}, {"t3.forward.natural", 4}, {"t2.regulations.issued", 2}, {"t2.licensing.decisions", 100},
                                  {"t4.review.upheld", 1}});
    const Report jiaoyuju = report(QStringLiteral("县教育局"), oldest,
                                   {{"t3.new.natural", 30}, {"t3.granted.natural", 20}, {"t3.other.natural", 7}, {"t3.forward.natural", 3},
                                    {"t2.regulations.made", 5}, {"t2.licensing.decisions", 40}, {"t4.review.upheld", 2}});
    const Report minzhengju = report(QStringLiteral("县民政局"), newest,
                                     {{"t3.new.natural", 8}, {"t3.granted.natural", 4}, {"t3.other_3.natural", 4}, {"t2.regulations.issued", 1},
                                      {"t2.licensing.decisions", 7}, {"t4.review.upheld", 3}});
    QVERIFY2(store->save({kejiju, jiaoyuju, minzhengju}, false), qPrintable(store->lastError()));
}

void tst_RollUpForms::mixedFormsSumByTheRules()
{
    QString error;
    auto store = ReportStore::open(m_registry, m_location, &error);
    QVERIFY2(store, qPrintable(error));
    const auto result = RollUp::compute(*store, m_registry, QStringLiteral("某县"), 2024, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->summed, 3);
    const Report &sum = result->report;
    // Table 三: 2019, the form both become without losing a figure; table 二: the newest; table 四 is one form.
    QCOMPARE(sum.formats.t3, QStringLiteral("2019"));
    QCOMPARE(sum.formats.t2, QStringLiteral("2021"));
    QCOMPARE(sum.formats.t4, QStringLiteral("2021"));
    // By hand: （六）其他处理 = (1 + 2 + 3) + 7 + (0 + 0 + 4); the rest cell by cell.
    QCOMPARE(sum.cell(QStringLiteral("t3.other.natural")), CellValue::integer(17));
    QCOMPARE(sum.cell(QStringLiteral("t3.granted.natural")), CellValue::integer(34));
    QCOMPARE(sum.cell(QStringLiteral("t3.new.natural")), CellValue::integer(58));
    QCOMPARE(sum.cell(QStringLiteral("t3.forward.natural")), CellValue::integer(7));
    QCOMPARE(sum.cell(QStringLiteral("t3.total.natural")), CellValue::integer(51)); // 34 + 17, computed again
    QCOMPARE(sum.cell(QStringLiteral("t2.licensing.decisions")), CellValue::integer(147));
    QCOMPARE(sum.cell(QStringLiteral("t4.review.upheld")), CellValue::integer(6));
    QCOMPARE(sum.cell(QStringLiteral("t4.review.total")), CellValue::integer(6));
    // Table 二's 本年制发件数 exists only in the 2021 form: 2 + 1, marked as not the region's whole, naming who lacks it.
    QCOMPARE(sum.cell(QStringLiteral("t2.regulations.issued")), CellValue::integer(3));
    QVERIFY(sum.doubts.contains(QStringLiteral("t2.regulations.issued")));
    QVERIFY2(sum.doubts.value(QStringLiteral("t2.regulations.issued")).contains(QStringLiteral("县教育局")), qPrintable(sum.doubts.value(QStringLiteral("t2.regulations.issued"))));
    QVERIFY(!sum.doubts.contains(QStringLiteral("t2.licensing.decisions"))); // every form has it
    QVERIFY(!sum.doubts.contains(QStringLiteral("t3.other.natural")));       // summed whole
    // The children: each with its forms and how it was taken.
    QStringList notes;
    for (const RollUp::Child &c : result->children)
        notes << c.agency + QLatin1Char('|') + c.note;
    QVERIFY2(notes.filter(QStringLiteral("县科技局|")).constFirst().contains(QStringLiteral("表三为 2021 年表式，已换算为 2019 年表式汇总")), qPrintable(notes.join('\n')));
    QVERIFY2(notes.filter(QStringLiteral("县教育局|")).constFirst().contains(QStringLiteral("表二为 2019 年表式")), qPrintable(notes.join('\n')));
    // The document lists what it sums: part 六 names each agency with its state and forms, and the one missing.
    const QString listing = sum.prose.get(QStringLiteral("part6")).value_or(QString());
    for (const QString &expected : {QStringLiteral("县科技局：草稿，表二 2021 年、表三 2021 年表式"), QStringLiteral("县教育局：草稿，表二 2019 年、表三 2019 年表式"),
                                    QStringLiteral("县水利局"), QStringLiteral("共 3 份")})
        QVERIFY2(listing.contains(expected), qPrintable(listing));
}

void tst_RollUpForms::sameBytesEveryRun()
{
    // Separate processes with different hash seeds: the order a QHash iterates in changes, the output must not.
    QByteArray first, firstText;
    for (int seed = 1; seed <= 5; ++seed) {
        const QString json = m_dir.filePath(QStringLiteral("sum-%1.json").arg(seed));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_HASH_SEED"), QString::number(seed * 7919));
        env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")); // the summary line read below is the Chinese one
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DR_CLI), {QStringLiteral("rollup"), QStringLiteral("--agency"), QStringLiteral("某县"), QStringLiteral("--year"),
                                         QStringLiteral("2024"), QStringLiteral("--to"), json, QStringLiteral("--db"), m_location});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray text = p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 0 || p.exitCode() == 1, p.readAllStandardError().constData());
        const QByteArray bytes = TestSupport::readFile(json);
        QVERIFY(!bytes.isEmpty());
        if (seed == 1) {
            first = bytes;
            firstText = text;
            QVERIFY2(text.contains(QStringLiteral("办结 51").toUtf8()), text.constData());
        } else {
            QCOMPARE(bytes, first);
            QCOMPARE(text, firstText);
        }
    }
    QString error;
    const auto read = ReportJson::read(first, m_registry, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->cell(QStringLiteral("t3.other.natural")), CellValue::integer(17));
}

// On a server the roll-up sums what the role may read: a clerk of one bureau sees its own report and no other's draft.
void tst_RollUpForms::aClerkSumsWhatItMayRead()
{
    if (m_engine != QLatin1String("postgresql"))
        QSKIP("reading is scoped by the server");
    const QString clerk = TestSupport::officeAccount(m_location, QStringLiteral("rollup_clerk"), QStringLiteral("clerk"), QStringLiteral("write"),
                                                     {QStringLiteral("县科技局")});
    QString error;
    auto store = ReportStore::open(m_registry, clerk, &error);
    QVERIFY2(store, qPrintable(error));
    const auto result = RollUp::compute(*store, m_registry, QStringLiteral("某县"), 2024, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->summed, 1);
    QCOMPARE(result->report.cell(QStringLiteral("t3.new.natural")), CellValue::integer(20));
    for (const RollUp::Child &c : result->children)
        if (c.agency == QStringLiteral("县教育局"))
            QVERIFY2(c.note.contains(QStringLiteral("无权查看")), qPrintable(c.note));
}

QTEST_GUILESS_MAIN(tst_RollUpForms)
#include "tst_rollupforms.moc"
