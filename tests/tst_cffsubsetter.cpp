// The CFF subsetter on Fandol as Debian ships it: the glyphs asked for (and .notdef) kept, their ids as CIDs, the
// program much smaller, garbage refused with a reason. (That the subset draws the right glyphs: tst_pdfwriter.)
#include "CffSubsetter.h"
#include "EmbeddableFont.h"

#include <QRawFont>
#include <QSet>
#include <QTest>

namespace {

// Big-endian reads and the two CFF structures needed here: INDEX and the Top DICT's CharStrings offset (op 17).
quint32 be(const QByteArray &d, int at, int size)
{
    quint32 v = 0;
    for (int i = 0; i < size; ++i)
        v = v << 8 | quint8(d.at(at + i));
    return v;
}

// The INDEX at `at`: its items' [start, end) and where it ends.
QVector<QPair<int, int>> index(const QByteArray &d, int at, int *end)
{
    const int count = int(be(d, at, 2));
    QVector<QPair<int, int>> items;
    if (count == 0) {
        *end = at + 2;
        return items;
    }
    const int offSize = quint8(d.at(at + 2));
    const int data = at + 3 + (count + 1) * offSize - 1;
    for (int i = 0; i < count; ++i)
        items.append({data + int(be(d, at + 3 + i * offSize, offSize)), data + int(be(d, at + 3 + (i + 1) * offSize, offSize))});
    *end = data + int(be(d, at + 3 + count * offSize, offSize));
    return items;
}

int charStringsCount(const QByteArray &cff)
{
    int end = quint8(cff.at(2)); // header size
    index(cff, end, &end);       // Name INDEX
    const auto top = index(cff, end, &end);
    QVector<qint64> operands;
    for (int i = top[0].first; i < top[0].second;) {
        const int b = quint8(cff.at(i));
        if (b == 28) { operands.append(qint16(be(cff, i + 1, 2))); i += 3; }
        else if (b == 29) { operands.append(qint32(be(cff, i + 1, 4))); i += 5; }
        else if (b == 30) { ++i; while (i < top[0].second && (quint8(cff.at(i)) & 0x0f) != 0x0f && (quint8(cff.at(i)) >> 4) != 0x0f) ++i; ++i; operands.append(0); }
        else if (b >= 32 && b <= 246) { operands.append(b - 139); ++i; }
        else if (b >= 247 && b <= 250) { operands.append((b - 247) * 256 + quint8(cff.at(i + 1)) + 108); i += 2; }
        else if (b >= 251 && b <= 254) { operands.append(-(b - 251) * 256 - quint8(cff.at(i + 1)) - 108); i += 2; }
        else {
            const int op = b == 12 ? 1200 + quint8(cff.at(i + 1)) : b;
            i += b == 12 ? 2 : 1;
            if (op == 17) {
                int ignored;
                return int(index(cff, int(operands.constLast()), &ignored).size());
            }
            operands.clear();
        }
    }
    return -1;
}

} // namespace

class tst_CffSubsetter : public QObject
{
    Q_OBJECT
private slots:
    void keepsTheGlyphsAskedFor();
    void refusesWhatIsNotCff();
};

void tst_CffSubsetter::keepsTheGlyphsAskedFor()
{
    const QString file = QStringLiteral(DR_FANDOL_DIR "/FandolFang-Regular.otf");
    const QRawFont raw(file, 12);
    QVERIFY(raw.isValid());
    const EmbeddableFont font(raw, file);
    QVERIFY(font.isCff());
    const QByteArray cff = font.table("CFF ");
    const int all = charStringsCount(cff);
    QVERIFY2(all > 6000, qPrintable(QString::number(all)));
    QVector<quint32> glyphs;
    for (quint32 g : raw.glyphIndexesForString(QStringLiteral("政府信息公开工作年度报告")))
        glyphs.append(g);
    QString error;
    const QByteArray subset = CffSubsetter::subset(cff, glyphs, &error);
    QVERIFY2(!subset.isEmpty(), qPrintable(error));
    QCOMPARE(quint8(subset.at(0)), quint8(1)); // CFF version 1
    QVERIFY(subset.size() * 20 < cff.size());
    // Only the glyphs asked for, once each, and .notdef (their ids stay as CIDs through the charset).
    const QSet<quint32> distinct(glyphs.cbegin(), glyphs.cend());
    QCOMPARE(charStringsCount(subset), int(distinct.size()) + 1);
}

void tst_CffSubsetter::refusesWhatIsNotCff()
{
    QString error;
    QVERIFY(CffSubsetter::subset(QByteArray("not a font at all"), {1, 2}, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(CffSubsetter::subset(QByteArray(), {1}, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(tst_CffSubsetter)
#include "tst_cffsubsetter.moc"
