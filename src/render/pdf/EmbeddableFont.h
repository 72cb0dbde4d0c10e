#pragma once

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <memory>
#include <QRawFont>
#include <QRectF>
#include <QString>
#include <QVector>

// A face as a PDF embeds it, read from its own OpenType tables: PostScript name, metrics and advance widths in
// 1/1000 em, the character each glyph stands for (for ToUnicode) and the font program of a subset. Given the face's
// file, tables are read from it mapped in memory, so that a subset touches only its glyphs' pages (QRawFont copies
// a whole table, megabytes for a CJK glyf or CFF table).
class EmbeddableFont
{
public:
    explicit EmbeddableFont(const QRawFont &font, const QString &file = QString());
    ~EmbeddableFont();

    // A table of the face; the bytes stay valid as long as this object. Safe from any thread (QRawFont is not:
    // the tables are read when this is made).
    QByteArray table(const char *tag) const;

    // False when the face is neither CFF nor TrueType outlines (a bitmap or CFF2 face, say): *why says so.
    bool isValid(QString *why = nullptr) const;
    bool isCff() const { return m_cff; }
    QString postScriptName() const { return m_postScriptName; }
    QRectF boundingBox() const { return m_bbox; } // y up, 1/1000 em
    double ascent() const { return m_ascent; }
    double descent() const { return m_descent; }
    double capHeight() const { return m_capHeight; }
    double advance(quint32 glyph) const; // 1/1000 em

    // The character a glyph shows, for copied and searched text: of the code points mapped to it, ideographs and
    // other ordinary characters win over radicals (U+2E80–U+2FDF), compatibility ideographs and private use.
    QString text(quint32 glyph) const;

    // The font program holding `glyphs` (FontFile3 CIDFontType0C or FontFile2), or empty with *error set. A CFF
    // program keeps the glyph ids as CIDs; a TrueType one renumbers its glyphs and says in *oldIds which glyph id of
    // this face each of its glyphs is.
    QByteArray program(const QVector<quint32> &glyphs, QString *error, QVector<quint32> *oldIds) const;

private:
    void readCmap() const;

    QString m_family;
    std::unique_ptr<QFile> m_file;
    const uchar *m_mapped = nullptr;
    QHash<QByteArray, QByteArray> m_tables; // tag → the table, in the mapped file or a copy
    bool m_cff = false;
    bool m_trueType = false;
    QString m_postScriptName;
    double m_scale = 1; // font units → 1/1000 em
    QRectF m_bbox;
    double m_ascent = 880, m_descent = -120, m_capHeight = 700;
    QByteArray m_hmtx;
    int m_longMetrics = 0;
    mutable bool m_cmapRead = false;
    mutable QVector<uint> m_charOfGlyph; // by glyph id
};
