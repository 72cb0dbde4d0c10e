#include "RuleInstance.h"

QString severityName(Severity s)
{
    return s == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QStringList RuleInstance::cells() const
{
    QStringList out{anchor};
    for (const auto *side : {&left, &right})
        for (const RuleTerm &t : *side)
            if (!t.previousYear && !out.contains(t.key))
                out.append(t.key);
    return out;
}

bool RuleInstance::involvesPreviousYear() const
{
    for (const auto *side : {&left, &right})
        for (const RuleTerm &t : *side)
            if (t.previousYear)
                return true;
    return false;
}
