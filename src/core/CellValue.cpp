#include "CellValue.h"

#include <QRegularExpression>

namespace {

// Clerks type with a Chinese input method on; accept full-width digits and signs as their ASCII forms.
QString foldWidth(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        const ushort u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            out.append(QChar(u - 0xFF10 + '0'));
        else if (u == 0xFF0D || u == 0x2212)
            out.append(QLatin1Char('-'));
        else if (u == 0xFF0E)
            out.append(QLatin1Char('.'));
        else if (u == 0xFF0C)
            out.append(QLatin1Char(','));
        else
            out.append(c);
    }
    return out;
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

} // namespace

CellValue CellValue::integer(qint64 v)
{
    CellValue c;
    c.m_kind = Kind::Integer;
    c.m_int = v;
    return c;
}

CellValue CellValue::decimal(const Decimal &d)
{
    CellValue c;
    c.m_kind = Kind::Decimal;
    c.m_text = d.text();
    c.m_int = d.micros();
    return c;
}

CellValue CellValue::text(const QString &t)
{
    CellValue c;
    c.m_kind = Kind::Text;
    c.m_text = t;
    return c;
}

Decimal CellValue::toDecimal() const
{
    return Decimal::fromString(m_text).value_or(Decimal());
}

bool CellValue::isNegative() const
{
    return (m_kind == Kind::Integer || m_kind == Kind::Decimal) && m_int < 0;
}

QString CellValue::toString() const
{
    switch (m_kind) {
    case Kind::Blank:
        return QString();
    case Kind::Integer:
        return QString::number(m_int);
    case Kind::Decimal:
    case Kind::Text:
        return m_text;
    }
    return QString();
}

bool CellValue::operator==(const CellValue &o) const
{
    if (m_kind != o.m_kind)
        return false;
    switch (m_kind) {
    case Kind::Blank:
        return true;
    case Kind::Integer:
        return m_int == o.m_int;
    case Kind::Decimal:
        return m_int == o.m_int; // numerically: "96171.6" == "96171.60"
    case Kind::Text:
        return m_text == o.m_text;
    }
    return false;
}

bool CellValue::parse(ValueType type, const QString &input, CellValue *out, QString *error)
{
    if (type == ValueType::Text) {
        const QString t = input.trimmed();
        *out = t.isEmpty() ? CellValue() : CellValue::text(t);
        return true;
    }
    QString s = foldWidth(input.trimmed());
    // Thousands separators as Excel and WPS copy formatted numbers ("1,234", "96,171.6"); only where they group
    // threes, so "12,34" stays refused rather than becoming 1234.
    static const QRegularExpression grouped(QStringLiteral("^-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d*)?$"));
    if (s.contains(QLatin1Char(',')) && grouped.match(s).hasMatch())
        s.remove(QLatin1Char(','));
    if (s.isEmpty()) {
        *out = CellValue();
        return true;
    }
    if (type == ValueType::Amount) {
        const auto d = Decimal::fromString(s);
        if (!d) {
            *error = tr("“%1”不是金额：请填写以万元为单位的数字，最多 6 位小数，如 96171.6").arg(input.trimmed());
            return false;
        }
        if (d->isNegative()) {
            *error = tr("金额不能为负数：“%1”").arg(input.trimmed());
            return false;
        }
        *out = CellValue::decimal(*d);
        return true;
    }
    const bool negative = s.startsWith(QLatin1Char('-'));
    if (negative && type == ValueType::Count) {
        *error = tr("件数不能为负数：“%1”").arg(input.trimmed());
        return false;
    }
    const QStringView digits = negative ? QStringView(s).mid(1) : QStringView(s);
    if (!allDigits(digits)) {
        *error = type == ValueType::Signed ? tr("“%1”不是整数：请只填写数字，减少用负数表示，如 -8").arg(input.trimmed())
                                           : tr("“%1”不是件数：请只填写数字 0–9").arg(input.trimmed());
        return false;
    }
    bool ok = false;
    const qint64 v = digits.toLongLong(&ok);
    if (!ok || v > maxInteger) {
        *error = tr("“%1”太大：最大为 %2").arg(input.trimmed()).arg(maxInteger);
        return false;
    }
    *out = CellValue::integer(negative ? -v : v);
    return true;
}
