// libFuzzer target: the PDF writer's font subsetters on arbitrary font bytes (a broken or hostile font file an office
// installed must give an error, never a crash). The input is an sfnt (TrueType or CFF-flavoured OpenType): its
// tables go to TrueTypeSubsetter, its 'CFF ' table to CffSubsetter, with glyph ids taken from the input's last bytes.
#include "CffSubsetter.h"
#include "Sfnt.h"
#include "TrueTypeSubsetter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray font = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QHash<QByteArray, QByteArray> tables = Sfnt::tables(font);
    QVector<quint32> glyphs;
    for (qint64 i = qMax<qint64>(0, font.size() - 16); i + 2 <= font.size(); i += 2)
        glyphs.append(Sfnt::u16(font, i) % 2048);
    QString error;
    CffSubsetter::subset(tables.value("CFF "), glyphs, &error);
    QVector<quint32> oldIds;
    TrueTypeSubsetter::subset([&tables](const char *tag) { return tables.value(QByteArray(tag)); }, glyphs, &error, &oldIds);
    return 0;
}
