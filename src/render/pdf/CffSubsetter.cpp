#include "CffSubsetter.h"

#include "Sfnt.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <string>

// The Compact Font Format, Adobe Technical Note #5176, and the Type 2 charstring format, #5177.
namespace {

constexpr int opCharset = 15, opCharStrings = 17, opPrivate = 18, opSubrs = 19, opFontBBox = 5;
constexpr int opFontMatrix = 1207, opRos = 1230, opCidCount = 1234, opFdArray = 1236, opFdSelect = 1237;

struct Span
{
    int start = 0;
    int length = 0;
};

// Bounds-checked big-endian reads: a broken table sets `ok` to false instead of reading past its end.
struct Reader
{
    const QByteArray &data;
    bool ok = true;

    quint32 read(qint64 at, int bytes)
    {
        if (at < 0 || bytes < 0 || at + bytes > data.size()) {
            ok = false;
            return 0;
        }
        quint32 v = 0;
        for (int i = 0; i < bytes; ++i)
            v = (v << 8) | quint8(data[int(at) + i]);
        return v;
    }

    // An INDEX at `at`: its items as spans of `data`; `end` is where the INDEX ends.
    QVector<Span> index(qint64 at, qint64 *end = nullptr)
    {
        QVector<Span> items;
        const quint32 count = read(at, 2);
        if (!ok)
            return items;
        if (count == 0) {
            if (end)
                *end = at + 2;
            return items;
        }
        const int offSize = int(read(at + 2, 1));
        if (offSize < 1 || offSize > 4) {
            ok = false;
            return items;
        }
        const qint64 dataStart = at + 3 + qint64(count + 1) * offSize - 1; // offsets count from 1
        quint32 previous = read(at + 3, offSize);
        for (quint32 i = 1; i <= count && ok; ++i) {
            const quint32 next = read(at + 3 + qint64(i) * offSize, offSize);
            if (next < previous || dataStart + next > data.size()) {
                ok = false;
                break;
            }
            items.append({int(dataStart + previous), int(next - previous)});
            previous = next;
        }
        if (end)
            *end = dataStart + previous;
        return items;
    }
};

struct DictEntry
{
    int op = 0;              // 0–21, or 1200 + b for the two-byte operators 12 b
    QVector<double> values;  // the operands
    QByteArray raw;          // the operands as encoded
};

// Parses a DICT; false when it is malformed.
bool parseDict(const QByteArray &data, Span span, QVector<DictEntry> &out)
{
    const auto *p = reinterpret_cast<const quint8 *>(data.constData()) + span.start;
    const auto *end = p + span.length;
    DictEntry entry;
    while (p < end) {
        const quint8 b0 = *p;
        const quint8 *operandStart = p;
        if (b0 <= 21) {
            if (b0 == 12) {
                if (p + 1 >= end)
                    return false;
                entry.op = 1200 + p[1];
                p += 2;
            } else {
                entry.op = b0;
                ++p;
            }
            out.append(entry);
            entry = DictEntry();
            continue;
        }
        double v = 0;
        if (b0 >= 32 && b0 <= 246) {
            v = b0 - 139;
            p += 1;
        } else if (b0 >= 247 && b0 <= 254) {
            if (p + 1 >= end)
                return false;
            v = b0 <= 250 ? (b0 - 247) * 256 + p[1] + 108 : -(b0 - 251) * 256 - p[1] - 108;
            p += 2;
        } else if (b0 == 28) {
            if (p + 2 >= end)
                return false;
            v = qint16(quint16(p[1] << 8 | p[2]));
            p += 3;
        } else if (b0 == 29) {
            if (p + 4 >= end)
                return false;
            v = qint32(quint32(p[1]) << 24 | quint32(p[2]) << 16 | quint32(p[3]) << 8 | p[4]);
            p += 5;
        } else if (b0 == 30) { // a real, as nibbles
            QByteArray text;
            bool done = false;
            for (++p; p < end && !done; ++p)
                for (int nibble : {*p >> 4, *p & 0xf}) {
                    if (done)
                        break;
                    if (nibble <= 9)
                        text += char('0' + nibble);
                    else if (nibble == 0xa)
                        text += '.';
                    else if (nibble == 0xb)
                        text += 'E';
                    else if (nibble == 0xc)
                        text += "E-";
                    else if (nibble == 0xe)
                        text += '-';
                    else if (nibble == 0xf)
                        done = true;
                }
            if (!done)
                return false;
            v = text.toDouble();
        } else {
            return false; // reserved
        }
        entry.values.append(v);
        entry.raw.append(reinterpret_cast<const char *>(operandStart), int(p - operandStart));
    }
    return entry.values.isEmpty(); // operands without an operator: broken
}

const DictEntry *find(const QVector<DictEntry> &dict, int op)
{
    for (const DictEntry &e : dict)
        if (e.op == op)
            return &e;
    return nullptr;
}

void putOperator(QByteArray &out, int op)
{
    if (op >= 1200)
        out.append(char(12)).append(char(op - 1200));
    else
        out.append(char(op));
}

// A DICT integer in the five-byte form, so that a DICT's size does not depend on the offsets it holds.
void putFixedInt(QByteArray &out, qint32 v)
{
    out.append(char(29));
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((quint32(v) >> shift) & 0xff));
}

void putInt(QByteArray &out, int v)
{
    if (v >= -107 && v <= 107) {
        out.append(char(v + 139));
    } else if (v >= 108 && v <= 1131) {
        v -= 108;
        out.append(char((v >> 8) + 247)).append(char(v & 0xff));
    } else if (v >= -1131 && v <= -108) {
        v = -v - 108;
        out.append(char((v >> 8) + 251)).append(char(v & 0xff));
    } else {
        putFixedInt(out, v);
    }
}

QByteArray makeIndex(const QVector<QByteArray> &items)
{
    QByteArray out;
    Sfnt::append(out, quint32(items.size()), 2);
    if (items.isEmpty())
        return out;
    qint64 total = 1;
    for (const QByteArray &item : items)
        total += item.size();
    const int offSize = total <= 0xff ? 1 : total <= 0xffff ? 2 : total <= 0xffffff ? 3 : 4;
    out.append(char(offSize));
    quint32 offset = 1;
    Sfnt::append(out, offset, offSize);
    for (const QByteArray &item : items) {
        offset += quint32(item.size());
        Sfnt::append(out, offset, offSize);
    }
    for (const QByteArray &item : items)
        out.append(item);
    return out;
}

int subrBias(int count)
{
    return count < 1240 ? 107 : count < 33900 ? 1131 : 32768;
}

// Copies a Type 2 charstring with every callsubr/callgsubr replaced by the subroutine's body. Counting stem hints
// is needed only to know how many mask bytes follow a hintmask or cntrmask.
class Inliner
{
public:
    Inliner(const QByteArray &data, const QVector<Span> &globalSubrs, const QVector<Span> &localSubrs)
        : m_data(data)
        , m_global(globalSubrs)
        , m_local(localSubrs)
    {
    }

    bool run(Span charstring, QByteArray &out)
    {
        const bool ok = copy(charstring, 0);
        out = QByteArray(m_out.data(), int(m_out.size()));
        return ok;
    }

private:
    bool copy(Span span, int depth)
    {
        if (depth > 10 || span.start < 0 || span.start + span.length > m_data.size())
            return false;
        const auto *p = reinterpret_cast<const quint8 *>(m_data.constData()) + span.start;
        const auto *end = p + span.length;
        while (p < end && !m_ended) {
            const quint8 b0 = *p;
            if (b0 >= 32 || b0 == 28) {
                const int size = b0 == 28 ? 3 : b0 <= 246 ? 1 : b0 <= 254 ? 2 : 5;
                if (p + size > end)
                    return false;
                m_operands.append(int(m_out.size()));
                m_out.append(reinterpret_cast<const char *>(p), size_t(size));
                p += size;
                continue;
            }
            ++p;
            switch (b0) {
            case 10: // callsubr
            case 29: { // callgsubr
                if (m_operands.isEmpty())
                    return false;
                const int at = m_operands.takeLast();
                const int number = operandValue(at);
                m_out.resize(size_t(at));
                const QVector<Span> &subrs = b0 == 10 ? m_local : m_global;
                const int index = number + subrBias(int(subrs.size()));
                if (index < 0 || index >= subrs.size() || !copy(subrs[index], depth + 1))
                    return false;
                break;
            }
            case 11: // return
                return true;
            case 14: // endchar
                m_out += char(b0);
                m_ended = true;
                return true;
            case 1: case 3: case 18: case 23: // hstem vstem hstemhm vstemhm
                m_stems += int(m_operands.size()) / 2;
                m_out += char(b0);
                m_operands.clear();
                break;
            case 19: case 20: { // hintmask cntrmask: implicit vstems first, then the mask bytes
                m_stems += int(m_operands.size()) / 2;
                const int maskBytes = (m_stems + 7) / 8;
                if (p + maskBytes > end)
                    return false;
                m_out += char(b0);
                m_out.append(reinterpret_cast<const char *>(p), size_t(maskBytes));
                p += maskBytes;
                m_operands.clear();
                break;
            }
            case 12: // two-byte operators
                if (p >= end)
                    return false;
                m_out += char(b0);
                m_out += char(*p++);
                m_operands.clear();
                break;
            default:
                m_out += char(b0);
                m_operands.clear();
            }
            if (m_out.size() > 1 << 20)
                return false; // runaway recursion through subroutines
        }
        return true;
    }

    int operandValue(int at) const
    {
        const auto *p = reinterpret_cast<const quint8 *>(m_out.data()) + at;
        const quint8 b0 = p[0];
        if (b0 == 28)
            return qint16(quint16(p[1] << 8 | p[2]));
        if (b0 <= 246)
            return b0 - 139;
        if (b0 <= 250)
            return (b0 - 247) * 256 + p[1] + 108;
        if (b0 <= 254)
            return -(b0 - 251) * 256 - p[1] - 108;
        return qint32(quint32(p[1]) << 24 | quint32(p[2]) << 16 | quint32(p[3]) << 8 | p[4]) >> 16; // 16.16 fixed
    }

    const QByteArray &m_data;
    const QVector<Span> &m_global;
    const QVector<Span> &m_local;
    std::string m_out; // appending single bytes to a QByteArray costs several times more
    QVector<int> m_operands; // where each operand on the stack starts in the output
    int m_stems = 0;
    bool m_ended = false;
};

} // namespace

QByteArray CffSubsetter::subset(const QByteArray &cff, QVector<quint32> glyphs, QString *error)
{
    Reader r{cff};
    auto fail = [error](const QString &why) {
        *error = why;
        return QByteArray();
    };
    if (r.read(0, 1) != 1)
        return fail(tr("不是 CFF 1 字体"));
    qint64 at = r.read(2, 1); // header size
    qint64 end = 0;
    const QVector<Span> names = r.index(at, &end);
    const QVector<Span> topDicts = r.index(end, &end);
    r.index(end, &end); // strings: none are needed, the new font names its own
    const QVector<Span> globalSubrs = r.index(end, &end);
    QVector<DictEntry> top;
    if (!r.ok || names.isEmpty() || topDicts.size() != 1 || !parseDict(cff, topDicts[0], top))
        return fail(tr("CFF 表头损坏"));
    const DictEntry *charStringsAt = find(top, opCharStrings);
    if (!charStringsAt || charStringsAt->values.isEmpty())
        return fail(tr("CFF 缺少字形"));
    const QVector<Span> charStrings = r.index(qint64(charStringsAt->values[0]));
    if (!r.ok || charStrings.isEmpty())
        return fail(tr("CFF 字形索引损坏"));

    // The Font DICTs with their Private DICTs and local subroutines: several for a CID-keyed font, one otherwise.
    struct Fd
    {
        QVector<DictEntry> fontDict; // its FontMatrix, if any
        QVector<DictEntry> privateDict; // without Subrs
        QVector<Span> subrs;
    };
    QVector<Fd> fds;
    auto readPrivate = [&](const DictEntry *privateAt, Fd &fd) {
        if (!privateAt || privateAt->values.size() != 2)
            return true; // no Private DICT: defaults
        const Span span{int(privateAt->values[1]), int(privateAt->values[0])};
        QVector<DictEntry> dict;
        if (span.start < 0 || span.length < 0 || span.start + span.length > cff.size() || !parseDict(cff, span, dict))
            return false;
        for (const DictEntry &e : dict) {
            if (e.op == opSubrs && !e.values.isEmpty())
                fd.subrs = r.index(span.start + qint64(e.values[0]));
            else
                fd.privateDict.append(e);
        }
        return r.ok;
    };
    QVector<quint8> fdOfGlyph(charStrings.size(), 0);
    const bool cidKeyed = find(top, opRos) != nullptr;
    if (cidKeyed) {
        const DictEntry *fdArrayAt = find(top, opFdArray);
        const DictEntry *fdSelectAt = find(top, opFdSelect);
        if (!fdArrayAt || !fdSelectAt || fdArrayAt->values.isEmpty() || fdSelectAt->values.isEmpty())
            return fail(tr("CID 字体缺少 FDArray 或 FDSelect"));
        for (const Span &span : r.index(qint64(fdArrayAt->values[0]))) {
            QVector<DictEntry> dict;
            Fd fd;
            if (!parseDict(cff, span, dict))
                return fail(tr("CFF 字典损坏"));
            for (const DictEntry &e : dict)
                if (e.op == opFontMatrix) // FontName and the like name strings of the source: left out
                    fd.fontDict.append(e);
            if (!readPrivate(find(dict, opPrivate), fd))
                return fail(tr("CFF 私有字典损坏"));
            fds.append(fd);
        }
        const qint64 select = qint64(fdSelectAt->values[0]);
        const quint32 format = r.read(select, 1);
        if (format == 0) {
            for (int g = 0; g < charStrings.size(); ++g)
                fdOfGlyph[g] = quint8(r.read(select + 1 + g, 1));
        } else if (format == 3) {
            const quint32 ranges = r.read(select + 1, 2);
            for (quint32 i = 0; i < ranges && r.ok; ++i) {
                const quint32 first = r.read(select + 3 + 3 * i, 2);
                const quint32 fd = r.read(select + 5 + 3 * i, 1);
                const quint32 next = r.read(select + 6 + 3 * i, 2);
                for (quint32 g = first; g < next && g < quint32(charStrings.size()); ++g)
                    fdOfGlyph[int(g)] = quint8(fd);
            }
        } else {
            return fail(tr("不认识的 FDSelect 格式 %1").arg(format));
        }
        if (!r.ok || fds.isEmpty())
            return fail(tr("CFF FDSelect 损坏"));
    } else {
        Fd fd;
        if (!readPrivate(find(top, opPrivate), fd))
            return fail(tr("CFF 私有字典损坏"));
        fds.append(fd);
    }

    // The glyphs, in source order, .notdef first; their charstrings without subroutine calls.
    glyphs.append(0);
    std::sort(glyphs.begin(), glyphs.end());
    glyphs.erase(std::unique(glyphs.begin(), glyphs.end()), glyphs.end());
    QVector<QByteArray> outlines;
    for (quint32 g : glyphs) {
        if (g >= quint32(charStrings.size()) || fdOfGlyph[int(g)] >= fds.size())
            return fail(tr("字形 %1 不在字体中").arg(g));
        QByteArray outline;
        if (!Inliner(cff, globalSubrs, fds[fdOfGlyph[int(g)]].subrs).run(charStrings[int(g)], outline))
            return fail(tr("字形 %1 的轮廓损坏").arg(g));
        outlines.append(outline);
    }

    // Sections after the Top DICT, in order; the DICTs hold five-byte offsets, so sizes are known before offsets.
    QByteArray charset(1, char(0)); // format 0: the CID of glyphs 1…n-1
    for (int i = 1; i < glyphs.size(); ++i)
        Sfnt::append(charset, glyphs[i], 2);
    QByteArray fdSelect(1, char(0)); // format 0: one byte per glyph
    for (quint32 g : glyphs)
        fdSelect.append(char(fdOfGlyph[int(g)]));
    const QByteArray charStringIndex = makeIndex(outlines);
    QVector<QByteArray> privates;
    for (const Fd &fd : fds) {
        QByteArray p;
        for (const DictEntry &e : fd.privateDict) {
            p.append(e.raw);
            putOperator(p, e.op);
        }
        privates.append(p);
    }
    auto fontDicts = [&](qint64 privateStart) {
        QVector<QByteArray> dicts;
        for (int i = 0; i < fds.size(); ++i) {
            QByteArray d;
            for (const DictEntry &e : fds[i].fontDict) {
                d.append(e.raw);
                putOperator(d, e.op);
            }
            putFixedInt(d, qint32(privates[i].size()));
            putFixedInt(d, qint32(privateStart));
            putOperator(d, opPrivate);
            dicts.append(d);
            privateStart += privates[i].size();
        }
        return dicts;
    };
    const qint64 fdArraySize = makeIndex(fontDicts(0)).size();

    const QString psName = QString::fromLatin1(cff.mid(names[0].start, names[0].length));
    const QByteArray nameIndex = makeIndex({psName.toLatin1()});
    const QByteArray stringIndex = makeIndex({QByteArrayLiteral("Adobe"), QByteArrayLiteral("Identity")});
    const QByteArray globalSubrIndex = makeIndex({});
    auto topDict = [&](qint64 charsetAt, qint64 fdSelectAt, qint64 charStringsAt, qint64 fdArrayAt) {
        QByteArray d;
        putInt(d, 391); // "Adobe": the first string after the standard ones
        putInt(d, 392); // "Identity"
        putInt(d, 0);
        putOperator(d, opRos);
        for (int op : {opFontBBox, opFontMatrix})
            if (const DictEntry *e = find(top, op)) {
                d.append(e->raw);
                putOperator(d, op);
            }
        putFixedInt(d, qint32(glyphs.constLast() + 1));
        putOperator(d, opCidCount);
        putFixedInt(d, qint32(charsetAt));
        putOperator(d, opCharset);
        putFixedInt(d, qint32(fdSelectAt));
        putOperator(d, opFdSelect);
        putFixedInt(d, qint32(charStringsAt));
        putOperator(d, opCharStrings);
        putFixedInt(d, qint32(fdArrayAt));
        putOperator(d, opFdArray);
        return d;
    };
    const qint64 topIndexSize = makeIndex({topDict(0, 0, 0, 0)}).size();
    const qint64 charsetAt = 4 + nameIndex.size() + topIndexSize + stringIndex.size() + globalSubrIndex.size();
    const qint64 fdSelectAt = charsetAt + charset.size();
    const qint64 charStringsAt2 = fdSelectAt + fdSelect.size();
    const qint64 fdArrayAt = charStringsAt2 + charStringIndex.size();
    const qint64 privateAt = fdArrayAt + fdArraySize;

    QByteArray out;
    out.append(char(1)).append(char(0)).append(char(4)).append(char(4));
    out.append(nameIndex);
    out.append(makeIndex({topDict(charsetAt, fdSelectAt, charStringsAt2, fdArrayAt)}));
    out.append(stringIndex).append(globalSubrIndex).append(charset).append(fdSelect).append(charStringIndex);
    out.append(makeIndex(fontDicts(privateAt)));
    for (const QByteArray &p : privates)
        out.append(p);
    return out;
}
