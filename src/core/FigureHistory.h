#pragma once

#include "Report.h"

#include <QCoreApplication>
#include <QVector>
#include <optional>

class FormatRegistry;
class ReportStore;

// The main figures of one agency over every year the database holds: 新收申请, 办结, 行政复议 and
// 行政诉讼, one value per year, absent where that year's table leaves the figure blank.
class FigureHistory
{
    Q_DECLARE_TR_FUNCTIONS(FigureHistory)
public:
    struct Series
    {
        QString name; // as the chart's legend says it
        QStringList cells;
        QVector<std::optional<qint64>> values; // one per year, in years' order
        // Per year: the value is not to be trusted as printed — a total the check finds wrong, or a figure the import
        // could not read with certainty and nobody has confirmed. The chart marks it rather than drawing it as fact.
        QVector<bool> doubtful;
    };

    // `reports`: one agency's, any order; a year given twice keeps the later one.
    static FigureHistory of(const QVector<Report> &reports, const FormatRegistry &registry);
    // Every year `store` holds for `agency` up to `lastYear` (0: all), with `current` (an open report, possibly with
    // edits the store has not seen) in place of its stored year.
    static FigureHistory load(ReportStore &store, const FormatRegistry &registry, const QString &agency, int lastYear = 0,
                              const Report *current = nullptr);
    // The reports `load` reads: `agency`'s up to `lastYear` (0: all), but not `exceptYear`'s.
    static QVector<Report> stored(ReportStore &store, const QString &agency, int lastYear, int exceptYear);

    QString agency;
    QVector<int> years; // ascending
    QVector<Series> series;
    // A chart says something from two years on.
    bool isChartable() const { return years.size() >= 2; }
    bool hasDoubtful() const;
};
