#pragma once

#include "Finding.h"
#include "Report.h"
#include "ReportSchema.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QVector>

#include <optional>

// What the tables' rules cannot see: figures the prose states that disagree with the tables (prose.figure),
// year-on-year claims that last year's report does not bear out (prose.change), years that are not the report's —
// last year's 统计期限 or sentences carried over (prose.year), a part still last year's text word for word
// (prose.unchanged), part 五/六 mostly copied from last year's report (prose.copied), and figures that jump against
// last year's (cell.jump). Numbers are read however they are written (NormalisedProse). Every pattern and threshold
// is data — resources/checks/prose-checks.json — not code. Warnings only; report-formats.md §7's findings are
// untouched.
class ProseChecker
{
    Q_DECLARE_TR_FUNCTIONS(ProseChecker)
public:
    ProseChecker(); // reads :/checks/prose-checks.json; isValid() false (and no finding) when it cannot
    explicit ProseChecker(const QByteArray &json);
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    QVector<Finding> check(const Report &report, const ReportSchema &schema, const Report *previousYear) const;
    QVector<Finding> figures(const Report &report) const;
    // Year-on-year claims (同比增长 N%, 较上年增加 M 件（X%）) against last year's report (prose.change).
    QVector<Finding> changes(const Report &report, const Report *previousYear) const;
    // Years that are not the report's: a 统计期限, the report's own year in the 导语, a sentence opening with an earlier
    // year. The fix rewrites the whole phrase or sentence, so that it never mixes two years.
    QVector<Finding> years(const Report &report) const;
    QVector<Finding> unchanged(const Report &report, const Report *previousYear) const;
    QVector<Finding> copied(const Report &report, const Report *previousYear) const;
    QVector<Finding> jumps(const Report &report, const ReportSchema &schema, const Report *previousYear) const;
    // The share of `text`'s character n-grams (punctuation and spaces left out) found in `earlier`: 0…1.
    static double similarity(const QString &text, const QString &earlier, int gram);

private:
    struct Figure
    {
        QString id, what, scope;
        QStringList cells;
        QRegularExpression pattern;
        // A figure stated in words (未收到申请 = 0): the pattern has no group n and the match stands for this value.
        std::optional<qint64> states;
    };
    QVector<Figure> m_figures;
    QVector<Figure> m_changes; // groups dir, and m (a count) and/or p (a percentage)
    struct YearPhrase
    {
        QString id, what;
        bool wholeSentence = false; // the fix moves every year of the sentence; otherwise every year of the phrase
        bool earlier = false;       // only a year before the report's
        QStringList parts;
        QRegularExpression pattern;
    };
    QVector<YearPhrase> m_years;
    QStringList m_increaseWords;
    QString m_sentenceEnds;
    QStringList m_scopes;
    QStringList m_copyParts;
    int m_gram = 8;
    double m_copyThreshold = 0.8;
    int m_copyMinimum = 40;
    double m_jumpRatio = 5;
    qint64 m_jumpMinimumChange = 20;
    qint64 m_jumpFromZero = 100;
    QString m_error;
};
