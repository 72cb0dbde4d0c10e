#include "AgencyTreeCsv.h"

std::optional<QVector<ReportStore::AgencyNode>> AgencyTreeCsv::read(const QByteArray &data, QString *error)
{
    QVector<ReportStore::AgencyNode> nodes;
    const QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        if (i == 0 && line.startsWith(QChar(0xfeff)))
            line = line.mid(1).trimmed();
        if (line.isEmpty())
            continue;
        // A spreadsheet may save the full-width comma or quote the fields.
        const QStringList fields = line.replace(QChar(0xff0c), QLatin1Char(',')).remove(QLatin1Char('"')).split(QLatin1Char(','));
        const QString name = fields.constFirst().trimmed();
        if (fields.size() > 2 || name.isEmpty()) {
            *error = tr("第 %1 行应为“机关,上级机关”：%2").arg(i + 1).arg(lines.at(i).trimmed());
            return std::nullopt;
        }
        if (nodes.isEmpty() && (name == QLatin1String("name") || name == QStringLiteral("机关")))
            continue;
        nodes.append({name, fields.value(1).trimmed()});
    }
    if (nodes.isEmpty()) {
        *error = tr("文件中没有“机关,上级机关”的行");
        return std::nullopt;
    }
    return nodes;
}
