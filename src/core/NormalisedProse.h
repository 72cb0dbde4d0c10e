#pragma once

#include <QString>
#include <QVector>

#include <optional>

// Prose as the figure checks read it: every way a report writes a number made one. "申请 999 件" (spaces around a
// figure), "申请９９９件" (full-width digits), "申请3,191件" (thousands separators) and "申请二十一件" (Chinese numerals
// before a measure word) all read as "申请…件" with plain digits. Each character of the reading knows the stretch of
// the original it came from, so a finding points at, and a fix replaces, the figure as the clerk wrote it.
class NormalisedProse
{
public:
    explicit NormalisedProse(const QString &original);

    const QString &text() const { return m_text; }
    const QString &original() const { return m_original; }

    // The stretch of the original that [from, from + length) of text() was read from.
    struct Span
    {
        int start = 0;
        int length = 0;
    };
    Span originalSpan(int from, int length) const;

    // `value` written the way the original wrote the number at `span` (Chinese numerals, full-width digits,
    // thousands separators or plain digits), so that a fix keeps the clerk's style.
    QString writeLike(qint64 value, const Span &span) const;

    // 二十一 → 21, 一千零二 → 1002, 两百 → 200; nullopt for anything else.
    static std::optional<qint64> chineseNumeral(const QString &numeral);
    static QString toChineseNumeral(qint64 value);

private:
    void append(const QString &piece, int start, int end);

    QString m_original;
    QString m_text;
    QVector<int> m_start; // per character of m_text: where its original stretch begins …
    QVector<int> m_end;   // … and ends (exclusive)
};
