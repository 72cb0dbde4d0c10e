#include "RuleConfirmation.h"

#include "ReportSchema.h"
#include "RuleInstance.h"

#include <QSet>

int RuleConfirmation::markUnconfirmed(Report &report, const FormatRegistry &registry, const QString &why)
{
    const ReportSchema schema = ReportSchema::forReport(registry, report);
    QSet<QString> confirmed;
    for (const RuleInstance *rule : schema.rules()) {
        if (rule->involvesPreviousYear())
            continue; // last year's figures are the database's, not this scan's: they confirm nothing read here
        qint64 sum = 0;
        bool read = true;
        const auto add = [&](const QVector<RuleTerm> &terms, int side) {
            for (const RuleTerm &t : terms) {
                const CellValue v = report.cell(t.key);
                if (!v.isInteger() || report.doubts.contains(t.key)) {
                    read = false;
                    return;
                }
                sum += side * t.sign * v.toInteger();
            }
        };
        add(rule->left, 1);
        add(rule->right, -1);
        if (read && sum == 0)
            for (const QString &key : rule->cells())
                confirmed.insert(key);
    }
    int marked = 0;
    for (const QString &key : schema.keys()) {
        if (confirmed.contains(key) || report.doubts.contains(key))
            continue;
        report.doubts.insert(key, why);
        ++marked;
    }
    return marked;
}
