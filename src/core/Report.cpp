#include "Report.h"

#include "OfficialDocument.h"

#include <QCoreApplication>

QString ReportFormats::tableName(const QString &table)
{
    if (table == QLatin1String("t2"))
        return QCoreApplication::translate("ReportFormats", "表二");
    if (table == QLatin1String("t3"))
        return QCoreApplication::translate("ReportFormats", "表三");
    return QCoreApplication::translate("ReportFormats", "表四");
}

QString ReportFormats::of(const QString &table) const
{
    if (table == QLatin1String("t2"))
        return t2;
    if (table == QLatin1String("t3"))
        return t3;
    if (table == QLatin1String("t4"))
        return t4;
    return QString();
}

void ReportFormats::set(const QString &table, const QString &form)
{
    if (table == QLatin1String("t2"))
        t2 = form;
    else if (table == QLatin1String("t3"))
        t3 = form;
    else if (table == QLatin1String("t4"))
        t4 = form;
}

QString Prose::name(const QString &part)
{
    if (part == QLatin1String("preamble"))
        return QCoreApplication::translate("Prose", "导语");
    // The printed heading (OfficialDocument), in the interface's language.
    const int number = part == QLatin1String("part1") ? 1 : part == QLatin1String("part5") ? 5 : 6;
    return OfficialDocument::translatedHeading(number);
}

std::optional<QString> Prose::get(const QString &part) const
{
    if (part == QLatin1String("preamble"))
        return preamble;
    if (part == QLatin1String("part1"))
        return part1;
    if (part == QLatin1String("part5"))
        return part5;
    if (part == QLatin1String("part6"))
        return part6;
    return std::nullopt;
}

void Prose::set(const QString &part, const std::optional<QString> &text)
{
    if (part == QLatin1String("preamble"))
        preamble = text;
    else if (part == QLatin1String("part1"))
        part1 = text;
    else if (part == QLatin1String("part5"))
        part5 = text;
    else if (part == QLatin1String("part6"))
        part6 = text;
}

QString Report::displayTitle() const
{
    if (title && !title->isEmpty())
        return *title;
    return defaultTitle();
}

QString Report::defaultTitle() const
{
    return QStringLiteral("%1%2年政府信息公开工作年度报告").arg(agency).arg(year);
}

bool Report::operator==(const Report &o) const
{
    return agency == o.agency && year == o.year && formats == o.formats && date == o.date && title == o.title
        && contact == o.contact && prose == o.prose && cells == o.cells && annotations == o.annotations;
}

std::optional<qint64> Report::sum(const QStringList &keys) const
{
    qint64 total = 0;
    for (const QString &key : keys) {
        const CellValue v = cell(key);
        if (!v.isInteger())
            return std::nullopt;
        total += v.toInteger();
    }
    return total;
}
