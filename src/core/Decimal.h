#pragma once

#include <QString>
#include <optional>

// An amount in 万元 as the clerk or the published report wrote it. The text is kept verbatim ("7545.00" stays
// "7545.00"); comparisons use an exact scaled integer (millionths), never a binary float.
class Decimal
{
public:
    static constexpr int maxDecimals = 6;

    // Accepts ^-?(0|[1-9][0-9]*)(\.[0-9]{1,6})?$ within ±9 007 199 254 740 991 millionths' headroom.
    static std::optional<Decimal> fromString(const QString &text);

    const QString &text() const { return m_text; }
    qint64 micros() const { return m_micros; }
    bool isNegative() const { return m_micros < 0; }

    bool operator==(const Decimal &o) const { return m_micros == o.m_micros; }
    bool operator!=(const Decimal &o) const { return !(*this == o); }

private:
    QString m_text;
    qint64 m_micros = 0;
};
