#pragma once

#include "Decimal.h"
#include "ValueType.h"

#include <QCoreApplication>
#include <QString>

// The value of one cell: blank (null), an integer, a decimal amount or free text.
class CellValue
{
    Q_DECLARE_TR_FUNCTIONS(CellValue)
public:
    enum class Kind { Blank, Integer, Decimal, Text };

    // Largest integer every JSON reader keeps exactly (2^53 - 1).
    static constexpr qint64 maxInteger = 9007199254740991LL;

    CellValue() = default;
    static CellValue integer(qint64 v);
    static CellValue decimal(const Decimal &d);
    static CellValue text(const QString &t);

    // Parses what a clerk typed into a cell of the given type, with the editor's rules: counts refuse
    // negatives and anything that is not digits; empty text is blank. On failure returns false and
    // sets *error to a sentence saying why.
    static bool parse(ValueType type, const QString &input, CellValue *out, QString *error);

    Kind kind() const { return m_kind; }
    bool isBlank() const { return m_kind == Kind::Blank; }
    bool isInteger() const { return m_kind == Kind::Integer; }
    qint64 toInteger() const { return m_int; }
    Decimal toDecimal() const;
    bool isNegative() const;

    // The value as printed: digits, the decimal text, or the free text; empty when blank.
    QString toString() const;

    bool operator==(const CellValue &o) const;
    bool operator!=(const CellValue &o) const { return !(*this == o); }

private:
    Kind m_kind = Kind::Blank;
    qint64 m_int = 0;
    QString m_text;
};
