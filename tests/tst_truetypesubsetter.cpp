// The TrueType subsetter on a face with composite glyphs (tests/make_composite_font.py, made at build time): the
// subset renumbers its glyphs, keeps the components of kept composites (nested ones too) with their ids rewritten,
// and FreeType draws each kept glyph exactly as the original face does.
#include "Sfnt.h"
#include "TrueTypeSubsetter.h"

#include <QPainterPath>
#include <QRawFont>
#include <QtTest>

class tst_TrueTypeSubsetter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keepsAndRenumbers_data();
    void keepsAndRenumbers();
    void brokenMetricsRefused();

private:
    QByteArray m_font;
    QHash<QByteArray, QByteArray> m_tables;
};

void tst_TrueTypeSubsetter::initTestCase()
{
    QFile file(QStringLiteral(DR_COMPOSITE_FONT));
    QVERIFY2(file.open(QIODevice::ReadOnly), DR_COMPOSITE_FONT);
    m_font = file.readAll();
    m_tables = Sfnt::tables(m_font);
    QVERIFY(m_tables.contains("glyf"));
}

void tst_TrueTypeSubsetter::keepsAndRenumbers_data()
{
    QTest::addColumn<QVector<quint32>>("glyphs");
    QTest::addColumn<QVector<quint32>>("kept");
    // 3 bar, 4 dot (simple); 5 barDot = bar + dot; 6 twice = barDot + bar. 1 and 2 are never wanted.
    QTest::newRow("simple") << QVector<quint32>{4} << QVector<quint32>{0, 4};
    QTest::newRow("composite") << QVector<quint32>{5} << QVector<quint32>{0, 3, 4, 5};
    QTest::newRow("nested composite") << QVector<quint32>{6} << QVector<quint32>{0, 3, 4, 5, 6};
    QTest::newRow("out of range ignored") << QVector<quint32>{3, 99} << QVector<quint32>{0, 3};
}

void tst_TrueTypeSubsetter::keepsAndRenumbers()
{
    QFETCH(QVector<quint32>, glyphs);
    QFETCH(QVector<quint32>, kept);
    QString error;
    QVector<quint32> oldIds;
    const QByteArray subset = TrueTypeSubsetter::subset([this](const char *tag) { return m_tables.value(QByteArray(tag)); }, glyphs, &error,
                                                        &oldIds);
    QVERIFY2(!subset.isEmpty(), qPrintable(error));
    QCOMPARE(oldIds, kept);

    const QRawFont original(m_font, 1000, QFont::PreferNoHinting);
    const QRawFont made(subset, 1000, QFont::PreferNoHinting);
    QVERIFY(original.isValid());
    QVERIFY(made.isValid());
    for (int id = 0; id < oldIds.size(); ++id) {
        const QPainterPath want = original.pathForGlyph(oldIds[id]);
        const QPainterPath got = made.pathForGlyph(quint32(id));
        QVERIFY2(!want.isEmpty(), qPrintable(QString::number(oldIds[id])));
        QCOMPARE(got.elementCount(), want.elementCount());
        for (int e = 0; e < want.elementCount(); ++e)
            QCOMPARE(QPointF(got.elementAt(e)), QPointF(want.elementAt(e)));
        QCOMPARE(made.advancesForGlyphIndexes(QVector<quint32>{quint32(id)}),
                 original.advancesForGlyphIndexes(QVector<quint32>{oldIds[id]}));
    }
}

void tst_TrueTypeSubsetter::brokenMetricsRefused()
{
    // An hmtx shorter than the long metrics hhea announces must be refused, not read past.
    QHash<QByteArray, QByteArray> tables = m_tables;
    tables["hmtx"] = tables.value("hmtx").left(2);
    QString error;
    QVector<quint32> oldIds;
    const QByteArray subset = TrueTypeSubsetter::subset([&tables](const char *tag) { return tables.value(QByteArray(tag)); }, {3}, &error, &oldIds);
    QVERIFY(subset.isEmpty());
    QVERIFY(error.contains(QStringLiteral("hmtx")));
}

QTEST_MAIN(tst_TrueTypeSubsetter) // QRawFont needs the GUI application
#include "tst_truetypesubsetter.moc"
