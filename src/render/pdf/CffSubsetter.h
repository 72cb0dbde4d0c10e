#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

// Subsets a CFF font program (an OpenType font's 'CFF ' table) for embedding in PDF as FontFile3 /CIDFontType0C.
// The result is CID-keyed whatever the source, and the CID of each glyph is its glyph id in the source font, so that a
// content stream shows glyph ids through Identity-H alike for CFF and TrueType faces. Subroutines are inlined: a
// subset carries its own glyphs' outlines and nothing of the others' (a CJK face's shared subroutines run to MBs).
class CffSubsetter
{
    Q_DECLARE_TR_FUNCTIONS(CffSubsetter)
public:
    // The glyphs to keep, by source glyph id; .notdef (0) is always kept. Returns an empty array and says why in
    // *error when the table is not a CFF this understands (it then cannot be embedded this way).
    static QByteArray subset(const QByteArray &cff, QVector<quint32> glyphs, QString *error);
};
