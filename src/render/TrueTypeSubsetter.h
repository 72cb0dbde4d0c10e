#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>
#include <functional>

// Subsets a TrueType (glyf) face for embedding in PDF as FontFile2 under a CIDFontType2 with /CIDToGIDMap /Identity:
// glyph ids stay as they are; glyphs not kept (nor used by a kept composite) are emptied, so only the kept outlines,
// and the hinting programs they need, go into the file.
class TrueTypeSubsetter
{
    Q_DECLARE_TR_FUNCTIONS(TrueTypeSubsetter)
public:
    // Returns an empty array and says why in *error when the face has no usable glyf table.
    using Tables = std::function<QByteArray(const char *tag)>;
    static QByteArray subset(const Tables &table, QVector<quint32> glyphs, QString *error);
};
