#include "TrueTypeSubsetter.h"

#include "Sfnt.h"

#include <QCoreApplication>
#include <QMap>
#include <QtEndian>

#include <algorithm>
#include <vector>

namespace {

using Sfnt::u16;
using Sfnt::u32;

void put16(QByteArray &d, int at, quint16 v)
{
    qToBigEndian(v, d.data() + at);
}

quint32 checksum(const QByteArray &table)
{
    QByteArray padded = table;
    padded.append(QByteArray((4 - padded.size() % 4) % 4, '\0'));
    quint32 sum = 0;
    for (int i = 0; i < padded.size(); i += 4)
        sum += u32(padded, i);
    return sum;
}

// Where the component glyph ids stand in a glyph's data (`length` bytes from `at`): none for a simple glyph.
QVector<int> componentIdOffsets(const QByteArray &glyf, int at, int length)
{
    QVector<int> offsets;
    if (length < 10 || qint16(u16(glyf, at)) >= 0)
        return offsets;
    int p = at + 10;
    for (bool more = true; more && p + 4 <= at + length;) {
        const quint16 flags = u16(glyf, p);
        offsets.append(p + 2);
        p += 4 + ((flags & 0x0001) ? 4 : 2);                                          // ARG_1_AND_2_ARE_WORDS
        p += (flags & 0x0008) ? 2 : (flags & 0x0040) ? 4 : (flags & 0x0080) ? 8 : 0; // scale, x/y scale, 2×2
        more = flags & 0x0020;                                                         // MORE_COMPONENTS
    }
    return offsets;
}

} // namespace

QByteArray TrueTypeSubsetter::subset(const Tables &table, QVector<quint32> glyphs, QString *error, QVector<quint32> *oldIds)
{
    QByteArray head = table("head"), maxp = table("maxp"), hhea = table("hhea"); // copies where numbers change
    const QByteArray loca = table("loca");
    const QByteArray glyf = table("glyf");
    const QByteArray hmtx = table("hmtx");
    if (head.size() < 54 || maxp.size() < 6 || loca.isEmpty() || glyf.isEmpty() || hhea.size() < 36 || hmtx.isEmpty()) {
        *error = tr("不是 TrueType 字体（缺少 glyf、loca、head、hhea、hmtx 或 maxp 表）");
        return {};
    }
    const int numGlyphs = u16(maxp, 4);
    const bool longLoca = u16(head, 50) == 1;
    auto glyphSpan = [&](quint32 g) -> std::pair<int, int> {
        const quint32 from = longLoca ? u32(loca, int(4 * g)) : 2u * u16(loca, int(2 * g));
        const quint32 to = longLoca ? u32(loca, int(4 * g + 4)) : 2u * u16(loca, int(2 * g + 2));
        if (to < from || to > quint32(glyf.size()))
            return {0, 0};
        return {int(from), int(to - from)};
    };

    const int metrics = u16(hhea, 34);
    if (metrics < 1 || hmtx.size() < 4 * metrics) {
        *error = tr("hmtx 表不完整");
        return {};
    }

    // The glyphs kept, with the components of composites (which may be composites themselves).
    std::vector<bool> kept(size_t(numGlyphs), false);
    QVector<quint32> pending = glyphs;
    pending.append(0); // .notdef
    while (!pending.isEmpty()) {
        const quint32 g = pending.takeLast();
        if (g >= quint32(numGlyphs) || kept[g])
            continue;
        kept[g] = true;
        const auto [at, length] = glyphSpan(g);
        for (int offset : componentIdOffsets(glyf, at, length))
            if (const quint16 component = u16(glyf, offset); component < numGlyphs && !kept[component])
                pending.append(component);
    }

    // The kept glyphs renumbered in their order (.notdef stays 0), composites pointing at their components' new ids;
    // metrics for these glyphs alone. Keeping the face's own numbering would carry a loca and hmtx entry for each of
    // its glyphs: 10 KB of the seed report's PDF for five CJK faces.
    QVector<quint32> &order = *oldIds;
    order.clear();
    std::vector<int> newId(size_t(numGlyphs), -1);
    for (int g = 0; g < numGlyphs; ++g)
        if (kept[size_t(g)]) {
            newId[size_t(g)] = int(order.size());
            order.append(quint32(g));
        }
    QByteArray newGlyf;
    QByteArray newLoca(4 * (order.size() + 1), Qt::Uninitialized);
    QByteArray newHmtx(4 * order.size(), Qt::Uninitialized);
    for (int i = 0; i < order.size(); ++i) {
        const int g = int(order[i]);
        qToBigEndian(quint32(newGlyf.size()), newLoca.data() + 4 * i);
        const int m = qMin(g, metrics - 1);
        const int lsbAt = g < metrics ? 4 * g + 2 : 4 * metrics + 2 * (g - metrics);
        qToBigEndian(u16(hmtx, 4 * m), newHmtx.data() + 4 * i);
        qToBigEndian(lsbAt + 2 <= hmtx.size() ? u16(hmtx, lsbAt) : quint16(0), newHmtx.data() + 4 * i + 2);
        const auto [at, length] = glyphSpan(quint32(g));
        QByteArray outline(glyf.constData() + at, length);
        for (int offset : componentIdOffsets(outline, 0, length)) { // composites point at their components' new ids
            const quint16 component = u16(outline, offset);
            put16(outline, offset, component < numGlyphs && newId[component] >= 0 ? quint16(newId[component]) : 0);
        }
        newGlyf.append(outline);
        newGlyf.append(QByteArray((4 - newGlyf.size() % 4) % 4, '\0'));
    }
    qToBigEndian(quint32(newGlyf.size()), newLoca.data() + 4 * order.size());
    put16(hhea, 34, quint16(order.size())); // numberOfHMetrics
    put16(maxp, 4, quint16(order.size()));  // numGlyphs
    put16(head, 50, 1);          // indexToLocFormat: long
    put16(head, 8, 0);           // checkSumAdjustment, computed below
    put16(head, 10, 0);

    QMap<QByteArray, QByteArray> tables{{"head", head}, {"hhea", hhea}, {"hmtx", newHmtx}, {"maxp", maxp},
                                        {"loca", newLoca}, {"glyf", newGlyf}};
    for (const char *tag : {"cvt ", "fpgm", "prep"}) // the hinting programs the glyphs' instructions call
        if (const QByteArray t = table(tag); !t.isEmpty())
            tables.insert(tag, t);

    QByteArray out;
    const int count = int(tables.size());
    int power = 1, log2 = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++log2;
    }
    Sfnt::append(out, 0x00010000, 4);
    Sfnt::append(out, quint16(count), 2);
    Sfnt::append(out, quint16(power * 16), 2);
    Sfnt::append(out, quint16(log2), 2);
    Sfnt::append(out, quint16(count * 16 - power * 16), 2);
    int offset = 12 + 16 * count;
    int headAt = 0;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) { // QMap: tags in ascending order, as required
        out.append(it.key());
        Sfnt::append(out, checksum(it.value()), 4);
        Sfnt::append(out, quint32(offset), 4);
        Sfnt::append(out, quint32(it.value().size()), 4);
        if (it.key() == "head")
            headAt = offset;
        offset += int((it.value().size() + 3) / 4 * 4);
    }
    for (const QByteArray &t : tables) {
        out.append(t);
        out.append(QByteArray((4 - t.size() % 4) % 4, '\0'));
    }
    qToBigEndian(quint32(0xB1B0AFBA - checksum(out)), out.data() + headAt + 8);
    return out;
}
