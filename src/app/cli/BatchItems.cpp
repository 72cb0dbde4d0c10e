#include "BatchItems.h"

#include "CliContext.h"

bool storedBatchItems(CliContext &c, const QCommandLineParser &parser, int year, QVector<ReportBatch::Item> *items, QString *location)
{
    auto store = c.openStore(parser, true);
    if (!store)
        return false;
    const auto entries = store->list();
    if (!entries) {
        c.bad(store->lastError());
        return false;
    }
    *items = ReportBatch::items(*entries, year);
    if (items->isEmpty()) {
        c.bad(year ? CliContext::tr("数据库中没有 %1 年的报告").arg(year) : CliContext::tr("数据库中没有报告"));
        return false;
    }
    *location = store->location(); // where each worker opens its own connection; this one closes here
    return true;
}

QStringList batchNames(const QVector<ReportBatch::Item> &items)
{
    QStringList names;
    for (const ReportBatch::Item &i : items)
        names.append(QStringLiteral("%1 %2").arg(i.agency).arg(i.year));
    return names;
}
