#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>
#include <functional>

// Subsets a TrueType (glyf) face for embedding in PDF as FontFile2 under a CIDFontType2: the glyphs kept (and the
// components of kept composites) are renumbered from 0 in their order, with their metrics and the hinting programs
// they need; the PDF's CIDs stay the face's glyph ids, mapped to the new ones by a /CIDToGIDMap.
class TrueTypeSubsetter
{
    Q_DECLARE_TR_FUNCTIONS(TrueTypeSubsetter)
public:
    // Returns an empty array and says why in *error when the face has no usable glyf table. *oldIds gets the face's
    // glyph id of each glyph of the subset, by new id.
    using Tables = std::function<QByteArray(const char *tag)>;
    static QByteArray subset(const Tables &table, QVector<quint32> glyphs, QString *error, QVector<quint32> *oldIds);
};
