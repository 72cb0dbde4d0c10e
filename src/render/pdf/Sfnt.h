#pragma once

#include <QByteArray>
#include <QHash>
#include <QtEndian>

// Reading and writing the big-endian data of OpenType (sfnt) fonts, for the PDF writer's font code. Reads past the
// end of the data give 0: a broken font yields wrong numbers that the callers' own checks refuse, never a crash.
namespace Sfnt {

inline quint16 u16(const QByteArray &d, qint64 at)
{
    return at >= 0 && at + 2 <= d.size() ? qFromBigEndian<quint16>(d.constData() + at) : 0;
}

inline qint16 s16(const QByteArray &d, qint64 at)
{
    return qint16(u16(d, at));
}

inline quint32 u32(const QByteArray &d, qint64 at)
{
    return at >= 0 && at + 4 <= d.size() ? qFromBigEndian<quint32>(d.constData() + at) : 0;
}

// The low `bytes` bytes of `v`, most significant first.
inline void append(QByteArray &d, quint32 v, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        d.append(char((v >> (8 * i)) & 0xff));
}

// The tables of a TrueType or CFF-flavoured font file by tag, as views into `font` (which must outlive them); empty
// for anything else (a collection's faces are told apart by an index this does not take).
inline QHash<QByteArray, QByteArray> tables(const QByteArray &font)
{
    QHash<QByteArray, QByteArray> out;
    const quint32 version = u32(font, 0);
    if (version != 0x00010000 && version != 0x4F54544F) // TrueType, 'OTTO'
        return out;
    for (int i = 0, count = u16(font, 4); i < count; ++i) {
        const qint64 record = 12 + 16 * qint64(i);
        const quint32 offset = u32(font, record + 8), length = u32(font, record + 12);
        if (record + 16 <= font.size() && qint64(offset) + length <= font.size())
            out.insert(font.mid(int(record), 4), QByteArray::fromRawData(font.constData() + offset, int(length)));
    }
    return out;
}

} // namespace Sfnt
