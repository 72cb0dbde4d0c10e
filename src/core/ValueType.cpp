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
