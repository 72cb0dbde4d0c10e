// libFuzzer target: the PDF writer's font subsetters on arbitrary font bytes (a broken or hostile font file an office
// installed must give an error, never a crash). The input is an sfnt (TrueType or CFF-flavoured OpenType): its
// tables go to TrueTypeSubsetter, its 'CFF ' table to CffSubsetter, with glyph ids taken from the input's last bytes.
#include "CffSubsetter.h"
#include "TrueTypeSubsetter.h"

#include <QHash>
#include <QtEndian>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray font = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    auto u16 = [&font](qint64 at) { return at + 2 <= font.size() ? qFromBigEndian<quint16>(font.constData() + at) : 0; };
    auto u32 = [&font](qint64 at) { return at + 4 <= font.size() ? qFromBigEndian<quint32>(font.constData() + at) : 0u; };
    QHash<QByteArray, QByteArray> tables;
    for (int i = 0, count = u16(4); i < count && i < 64; ++i) {
        const qint64 record = 12 + 16 * qint64(i);
        const quint32 offset = u32(record + 8), length = u32(record + 12);
        if (qint64(offset) + length <= font.size())
            tables.insert(font.mid(int(record), 4), font.mid(int(offset), int(length)));
    }
    QVector<quint32> glyphs;
    for (qint64 i = qMax<qint64>(0, font.size() - 16); i + 2 <= font.size(); i += 2)
        glyphs.append(u16(i) % 2048);
    QString error;
    CffSubsetter::subset(tables.value("CFF "), glyphs, &error);
    TrueTypeSubsetter::subset([&tables](const char *tag) { return tables.value(QByteArray(tag)); }, glyphs, &error);
    return 0;
}
