#include "EmbeddableFont.h"

#include "CffSubsetter.h"
#include "Sfnt.h"
#include "TrueTypeSubsetter.h"

#include <QCoreApplication>

namespace {

using Sfnt::s16;
using Sfnt::u16;
using Sfnt::u32;

// Lower is better as the character behind a glyph.
int rank(uint c)
{
    if (c >= 0x2E80 && c <= 0x2FDF)
        return 3; // CJK radicals: the same glyphs as common ideographs
    if ((c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F))
        return 2; // compatibility ideographs
    if ((c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000)
        return 4; // private use
    return 1;
}

// A name table string (PostScript name, ID 6): Windows UTF-16 or Mac Roman.
QString postScriptNameOf(const QByteArray &name)
{
    const int count = u16(name, 2);
    const int strings = u16(name, 4);
    for (int i = 0; i < count; ++i) {
        const int record = 6 + 12 * i;
        if (u16(name, record + 6) != 6)
            continue;
        const int platform = u16(name, record);
        const int length = u16(name, record + 8);
        const int offset = strings + u16(name, record + 10);
        const QByteArray raw = name.mid(offset, length);
        if (platform == 3 || platform == 0) {
            QString s;
            for (int k = 0; k + 1 < raw.size(); k += 2)
                s += QChar(u16(raw, k));
            return s;
        }
        if (platform == 1)
            return QString::fromLatin1(raw);
    }
    return {};
}

} // namespace

EmbeddableFont::EmbeddableFont(const QRawFont &font, const QString &file)
    : m_family(font.familyName())
{
    if (!file.isEmpty()) {
        m_file = std::make_unique<QFile>(file);
        if (m_file->open(QIODevice::ReadOnly))
            m_mapped = m_file->map(0, m_file->size());
        if (m_mapped)
            m_tables = Sfnt::tables(QByteArray::fromRawData(reinterpret_cast<const char *>(m_mapped), int(m_file->size())));
    }
    if (m_tables.isEmpty()) // no file of its own: copies of the tables this class and the subsetters read
        for (const char *tag : {"head", "hhea", "OS/2", "maxp", "hmtx", "name", "cmap", "CFF ", "glyf", "loca", "cvt ", "fpgm", "prep"})
            if (const QByteArray t = font.fontTable(tag); !t.isEmpty())
                m_tables.insert(QByteArray(tag), t);
    const QByteArray head = table("head");
    const QByteArray hhea = table("hhea");
    const QByteArray os2 = table("OS/2");
    const QByteArray maxp = table("maxp");
    // maxp 0.5 goes with CFF outlines, 1.0 with TrueType ones (no need to fetch a whole outline table to tell).
    m_cff = u32(maxp, 0) == 0x00005000;
    m_trueType = u32(maxp, 0) == 0x00010000;
    const int unitsPerEm = u16(head, 18);
    if (unitsPerEm > 0)
        m_scale = 1000.0 / unitsPerEm;
    m_bbox = QRectF(QPointF(s16(head, 36), s16(head, 38)) * m_scale, QPointF(s16(head, 40), s16(head, 42)) * m_scale);
    if (hhea.size() >= 36) {
        m_ascent = s16(hhea, 4) * m_scale;
        m_descent = s16(hhea, 6) * m_scale;
        m_longMetrics = u16(hhea, 34);
    }
    m_capHeight = os2.size() >= 90 && u16(os2, 0) >= 2 ? s16(os2, 88) * m_scale : m_ascent;
    m_hmtx = table("hmtx");
    m_postScriptName = postScriptNameOf(table("name"));
    if (m_postScriptName.isEmpty())
        m_postScriptName = QString(font.familyName() + font.styleName()).remove(QLatin1Char(' '));
    // A PDF name: printable ASCII without delimiters.
    QString clean;
    for (QChar c : qAsConst(m_postScriptName))
        if (c.unicode() > 32 && c.unicode() < 127 && !QStringLiteral("()<>[]{}/%#").contains(c))
            clean += c;
    m_postScriptName = clean.isEmpty() ? QStringLiteral("Font") : clean;
}

EmbeddableFont::~EmbeddableFont() = default;

QByteArray EmbeddableFont::table(const char *tag) const
{
    return m_tables.value(QByteArray(tag));
}

bool EmbeddableFont::isValid(QString *why) const
{
    if ((m_cff || m_trueType) && m_longMetrics > 0)
        return true;
    if (why)
        *why = QCoreApplication::translate("EmbeddableFont", "字体 %1 既不是 CFF 也不是 TrueType 轮廓").arg(m_family);
    return false;
}

double EmbeddableFont::advance(quint32 glyph) const
{
    const int index = qMin(int(glyph), m_longMetrics - 1);
    return index >= 0 ? u16(m_hmtx, 4 * index) * m_scale : 1000;
}

QString EmbeddableFont::text(quint32 glyph) const
{
    if (!m_cmapRead)
        readCmap();
    const uint c = m_charOfGlyph.value(int(glyph));
    return c ? QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1) : QString();
}

// The Unicode subtables of 'cmap' (format 12 for all planes, else format 4), read backwards: glyph → character.
void EmbeddableFont::readCmap() const
{
    m_cmapRead = true;
    const QByteArray cmap = table("cmap");
    qint64 format4 = -1, format12 = -1;
    for (int i = 0, count = u16(cmap, 2); i < count; ++i) {
        const int platform = u16(cmap, 4 + 8 * i), encoding = u16(cmap, 6 + 8 * i);
        const qint64 at = u32(cmap, 8 + 8 * i);
        const bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
        if (!unicode)
            continue;
        if (u16(cmap, at) == 12 && format12 < 0)
            format12 = at;
        else if (u16(cmap, at) == 4 && format4 < 0)
            format4 = at;
    }
    m_charOfGlyph.fill(0, 0x10000);
    auto add = [this](uint c, quint32 glyph) {
        if (glyph == 0 || c == 0 || glyph > 0xFFFF)
            return;
        uint &known = m_charOfGlyph[int(glyph)];
        if (!known || rank(c) < rank(known) || (rank(c) == rank(known) && c < known))
            known = c;
    };
    if (format12 >= 0) {
        const quint32 groups = qMin<quint32>(u32(cmap, format12 + 12), quint32(cmap.size() / 12));
        for (quint32 i = 0; i < groups; ++i) {
            const qint64 at = format12 + 16 + 12 * qint64(i);
            const quint32 first = u32(cmap, at), last = qMin<quint32>(u32(cmap, at + 4), 0x10FFFF), glyph = u32(cmap, at + 8);
            for (quint32 c = first; c <= last && last - first < 0x110000; ++c)
                add(c, glyph + (c - first));
        }
    } else if (format4 >= 0) {
        const int segments = u16(cmap, format4 + 6) / 2;
        const qint64 ends = format4 + 14, starts = ends + 2 * segments + 2, deltas = starts + 2 * segments,
                     rangeOffsets = deltas + 2 * segments;
        for (int s = 0; s < segments; ++s) {
            const uint end = u16(cmap, ends + 2 * s), start = u16(cmap, starts + 2 * s);
            const quint16 delta = u16(cmap, deltas + 2 * s), rangeOffset = u16(cmap, rangeOffsets + 2 * s);
            for (uint c = start; c <= end && c != 0xFFFF; ++c) {
                quint32 glyph;
                if (rangeOffset == 0) {
                    glyph = quint16(c + delta);
                } else {
                    glyph = u16(cmap, rangeOffsets + 2 * s + rangeOffset + 2 * (c - start));
                    if (glyph)
                        glyph = quint16(glyph + delta);
                }
                add(c, glyph);
            }
        }
    }
}

QByteArray EmbeddableFont::program(const QVector<quint32> &glyphs, QString *error, QVector<quint32> *oldIds) const
{
    oldIds->clear();
    if (m_cff)
        return CffSubsetter::subset(table("CFF "), glyphs, error);
    return TrueTypeSubsetter::subset([this](const char *tag) { return table(tag); }, glyphs, error, oldIds);
}
