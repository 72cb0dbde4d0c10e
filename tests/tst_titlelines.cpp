// GB/T 9704 7.3.1 title breaking on titles of several lengths: words kept whole, lines balanced and symmetric.
#include "TitleLines.h"

#include <QTest>

namespace {

// A 22-pt title line holds about 20 CJK characters; digits are half as wide.
double ems(const QString &s)
{
    double w = 0;
    for (QChar c : s)
        w += c.unicode() < 0x2E80 ? 0.5 : 1.0;
    return w;
}

bool symmetric(const QStringList &lines)
{
    QVector<double> w;
    for (const QString &l : lines)
        w.append(ems(l));
    int peak = 0;
    for (int i = 1; i < w.size(); ++i)
        if (w[i] > w[peak])
            peak = i;
    bool rising = true, falling = true, diamond = true;
    for (int i = 1; i < w.size(); ++i) {
        rising = rising && w[i] >= w[i - 1];
        falling = falling && w[i] <= w[i - 1];
        diamond = diamond && (i <= peak ? w[i] >= w[i - 1] : w[i] <= w[i - 1]);
    }
    return rising || falling || diamond;
}

} // namespace

class tst_TitleLines : public QObject
{
    Q_OBJECT
private slots:
    void breaks_data();
    void breaks();
    void neverInsideWords();
};

void tst_TitleLines::breaks_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("fits") << QStringLiteral("某局2021年政府信息公开工作年度报告") << QStringList{QStringLiteral("某局2021年政府信息公开工作年度报告")};
    QTest::newRow("seed") << QStringLiteral("昌吉州科学技术局2021年政府信息公开工作年度报告")
                          << QStringList{QStringLiteral("昌吉州科学技术局2021年"), QStringLiteral("政府信息公开工作年度报告")};
    QTest::newRow("年度") << QStringLiteral("昌吉州科学技术局2021年度政府信息公开工作年度报告")
                        << QStringList{QStringLiteral("昌吉州科学技术局2021年度"), QStringLiteral("政府信息公开工作年度报告")};
    QTest::newRow("province office") << QStringLiteral("上海市人民政府办公厅2019年政府信息公开工作年度报告")
                                     << QStringList{QStringLiteral("上海市人民政府办公厅2019年"), QStringLiteral("政府信息公开工作年度报告")};
    QTest::newRow("long name, three lines")
        << QStringLiteral("新疆维吾尔自治区昌吉回族自治州市场监督管理局高新技术产业开发区分局2021年政府信息公开工作年度报告")
        << QStringList{QStringLiteral("新疆维吾尔自治区昌吉回族自治州"), QStringLiteral("市场监督管理局高新技术产业开发区分局"),
                       QStringLiteral("2021年政府信息公开工作年度报告")};
}

void tst_TitleLines::breaks()
{
    QFETCH(QString, title);
    QFETCH(QStringList, lines);
    const QStringList got = TitleLines::split(title, 20.0, ems);
    QCOMPARE(got, lines);
    QCOMPARE(got.join(QString()), title);
    for (const QString &l : got)
        QVERIFY2(ems(l) <= 20.0, qPrintable(l));
    QVERIFY(symmetric(got));
}

void tst_TitleLines::neverInsideWords()
{
    const QStringList titles{QStringLiteral("某某市市场监督管理局2022年度政府信息公开工作年度报告"),
                             QStringLiteral("某某县人民政府办公室2020年政府信息公开工作年度报告"),
                             QStringLiteral("某某自治县教育局2023年政府信息公开工作年度报告"),
                             QStringLiteral("某某省某某市某某区某某街道办事处2021年政府信息公开工作年度报告")};
    for (const QString &title : titles) {
        for (double width : {12.0, 16.0, 20.0}) {
            const QStringList lines = TitleLines::split(title, width, ems);
            QCOMPARE(lines.join(QString()), title);
            for (int i = 1; i < lines.size(); ++i) {
                const QString joint = lines[i - 1].right(2) + QLatin1Char('|') + lines[i].left(2);
                for (const QString &word : {QStringLiteral("市|场"), QStringLiteral("办|公"), QStringLiteral("公|室"), QStringLiteral("信息|公开"),
                                            QStringLiteral("年度|报告"), QStringLiteral("工|作"), QStringLiteral("报|告")})
                    QVERIFY2(!joint.contains(word), qPrintable(joint));
                QVERIFY2(!lines[i - 1].back().isDigit() || !lines[i].front().isDigit(), qPrintable(joint));
            }
            QVERIFY2(lines.last() != QStringLiteral("报告"), qPrintable(lines.join('/')));
            QVERIFY2(symmetric(lines), qPrintable(lines.join('/')));
        }
    }
}

QTEST_APPLESS_MAIN(tst_TitleLines)
#include "tst_titlelines.moc"
