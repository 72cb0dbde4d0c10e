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

} // namespace

QByteArray TrueTypeSubsetter::subset(const Tables &table, QVector<quint32> glyphs, QString *error)
{
    QByteArray head = table("head");
    const QByteArray maxp = table("maxp");
    const QByteArray loca = table("loca");
    const QByteArray glyf = table("glyf");
    const QByteArray hhea = table("hhea");
    QByteArray hmtx = table("hmtx");
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
        if (length < 10 || qint16(u16(glyf, at)) >= 0)
            continue;
        int p = at + 10;
        for (bool more = true; more && p + 4 <= at + length;) {
            const quint16 flags = u16(glyf, p);
            const quint16 component = u16(glyf, p + 2);
            if (component < numGlyphs && !kept[component])
                pending.append(component);
            p += 4 + ((flags & 0x0001) ? 4 : 2);                 // ARG_1_AND_2_ARE_WORDS
            p += (flags & 0x0008) ? 2 : (flags & 0x0040) ? 4 : (flags & 0x0080) ? 8 : 0; // scale, x/y scale, 2×2
            more = flags & 0x0020;                                // MORE_COMPONENTS
        }
    }

    // glyf and a long loca with the glyphs not kept emptied; their advance widths zeroed.
    QByteArray newGlyf;
    QByteArray newLoca(4 * (numGlyphs + 1), Qt::Uninitialized);
    const int metrics = u16(hhea, 34);
    char *metric = hmtx.data(); // a copy: the table may be a view of the mapped file
    for (int g = 0; g < numGlyphs; ++g) {
        qToBigEndian(quint32(newGlyf.size()), newLoca.data() + 4 * g);
        if (kept[size_t(g)]) {
            const auto [at, length] = glyphSpan(quint32(g));
            newGlyf.append(glyf.constData() + at, length);
            newGlyf.append(QByteArray((4 - newGlyf.size() % 4) % 4, '\0'));
        } else if (g < metrics && 4 * g + 4 <= hmtx.size()) {
            std::fill(metric + 4 * g, metric + 4 * g + 4, '\0');
        }
    }
    qToBigEndian(quint32(newGlyf.size()), newLoca.data() + 4 * numGlyphs);
    put16(head, 50, 1);          // indexToLocFormat: long
    put16(head, 8, 0);           // checkSumAdjustment, computed below
    put16(head, 10, 0);

    QMap<QByteArray, QByteArray> tables{{"head", head}, {"hhea", hhea}, {"hmtx", hmtx}, {"maxp", maxp},
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
