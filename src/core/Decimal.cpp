#include "Decimal.h"

#include <QRegularExpression>

std::optional<Decimal> Decimal::fromString(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(-?)(0|[1-9][0-9]{0,12})(?:\\.([0-9]{1,6}))?$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString fraction = m.captured(3);
    fraction = fraction.leftJustified(maxDecimals, QLatin1Char('0'));
    qint64 micros = m.captured(2).toLongLong() * 1000000 + fraction.toLongLong();
    if (!m.captured(1).isEmpty())
        micros = -micros;
    Decimal d;
    d.m_text = text;
    d.m_micros = micros;
    return d;
}
