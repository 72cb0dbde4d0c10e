#include "FigureHistory.h"

#include "ReportChecker.h"
#include "ReportStore.h"

#include <QMap>
#include <QSet>

#include <algorithm>

FigureHistory FigureHistory::of(const QVector<Report> &reports, const FormatRegistry &registry)
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
    const ReportChecker checker(registry);
    QVector<QSet<QString>> wrong; // per year: the cells an error of the tables' rules says are wrong (its anchors)
    for (const Report *r : std::as_const(byYear)) {
        QSet<QString> cells;
        for (const Finding &f : checker.check(*r))
            if (f.severity == Severity::Error)
                cells.insert(f.anchor());
        wrong.append(cells);
    }
    for (Series &s : h.series) {
        int k = 0;
        for (const Report *r : std::as_const(byYear)) {
            s.values.append(r->sum(s.cells));
            s.doubtful.append(std::any_of(s.cells.cbegin(), s.cells.cend(),
                                          [&](const QString &c) { return wrong[k].contains(c) || r->doubts.contains(c); }));
            ++k;
        }
    }
    return h;
}

bool FigureHistory::hasDoubtful() const
{
    for (const Series &s : series)
        for (int k = 0; k < s.doubtful.size(); ++k)
            if (s.doubtful[k] && s.values.value(k))
                return true;
    return false;
}

QVector<Report> FigureHistory::stored(ReportStore &store, const QString &agency, int lastYear, int exceptYear)
{
    QVector<Report> reports;
    if (const auto entries = store.list(agency))
        for (const ReportStore::Entry &e : *entries) {
            Report r;
            if ((lastYear == 0 || e.year <= lastYear) && e.year != exceptYear && store.load(e.agency, e.year, &r))
                reports.append(r);
        }
    return reports;
}

FigureHistory FigureHistory::load(ReportStore &store, const FormatRegistry &registry, const QString &agency, int lastYear, const Report *current)
{
    QVector<Report> reports = stored(store, agency, lastYear, current ? current->year : 0);
    if (current)
        reports.append(*current);
    return of(reports, registry);
}
