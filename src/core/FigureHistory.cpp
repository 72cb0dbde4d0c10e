#include "FigureHistory.h"

#include "ReportStore.h"

#include <QMap>

FigureHistory FigureHistory::of(const QVector<Report> &reports)
{
    QMap<int, const Report *> byYear;
    for (const Report &r : reports)
        byYear.insert(r.year, &r);
    FigureHistory h;
    h.agency = reports.isEmpty() ? QString() : reports.constFirst().agency;
    h.years = byYear.keys().toVector();
    // The same cells the prose check and the data paragraph read (the names of DataSentences' sentences).
    h.series = {{tr("新收申请"), {QStringLiteral("t3.new.total")}, {}},
                {tr("办结"), {QStringLiteral("t3.total.total")}, {}},
                {tr("行政复议"), {QStringLiteral("t4.review.total")}, {}},
                {tr("行政诉讼"), {QStringLiteral("t4.direct.total"), QStringLiteral("t4.after.total")}, {}}};
    for (Series &s : h.series)
        for (const Report *r : std::as_const(byYear))
            s.values.append(r->sum(s.cells));
    return h;
}

QVector<Report> FigureHistory::stored(ReportStore &store, const QString &agency, int lastYear, int exceptYear)
{
    QVector<Report> reports;
    if (const auto entries = store.list())
        for (const ReportStore::Entry &e : *entries) {
            Report r;
            if (e.agency == agency && (lastYear == 0 || e.year <= lastYear) && e.year != exceptYear && store.load(e.agency, e.year, &r))
                reports.append(r);
        }
    return reports;
}

FigureHistory FigureHistory::load(ReportStore &store, const QString &agency, int lastYear, const Report *current)
{
    QVector<Report> reports = stored(store, agency, lastYear, current ? current->year : 0);
    if (current)
        reports.append(*current);
    return of(reports);
}
