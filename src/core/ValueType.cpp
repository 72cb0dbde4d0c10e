#include "ValueType.h"

ValueType valueTypeFromName(const QString &name, bool *ok)
{
    *ok = true;
    if (name.isEmpty() || name == QLatin1String("count"))
        return ValueType::Count;
    if (name == QLatin1String("signed"))
        return ValueType::Signed;
    if (name == QLatin1String("amount"))
        return ValueType::Amount;
    if (name == QLatin1String("text"))
        return ValueType::Text;
    *ok = false;
    return ValueType::Count;
}

QString valueTypeName(ValueType type)
{
    switch (type) {
    case ValueType::Count:
        return QStringLiteral("count");
    case ValueType::Signed:
        return QStringLiteral("signed");
    case ValueType::Amount:
        return QStringLiteral("amount");
    case ValueType::Text:
        return QStringLiteral("text");
    }
    return QString();
}
