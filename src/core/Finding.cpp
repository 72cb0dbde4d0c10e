#include "Finding.h"

#include <QJsonArray>

QJsonObject Finding::toJson() const
{
    return QJsonObject{{QStringLiteral("rule"), rule},
                       {QStringLiteral("severity"), severityName(severity)},
                       {QStringLiteral("cells"), QJsonArray::fromStringList(cells)},
                       {QStringLiteral("message"), message}};
}
