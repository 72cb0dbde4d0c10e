#include "ReportCheck.h"

#include "Fingerprint.h"
#include "ReportSchema.h"

ReportCheck::ReportCheck(const FormatRegistry &registry)
    : m_registry(registry)
    , m_rules(registry)
{
}

QVector<Finding> ReportCheck::run(const Report &report, const Report *previousYear, Scope scope) const
{
    QVector<Finding> out = m_rules.check(report, previousYear);
    if (scope == Scope::Rules)
        return out;
    const ReportSchema schema = ReportSchema::forReport(m_registry, report);
    return out + m_rules.checkProse(report) + m_prose.check(report, schema, previousYear);
}

QVector<ReportCheck::Kind> ReportCheck::kinds() const
{
    QVector<Kind> out;
    // The tables' rules as their format files describe them, each id once.
    const bool english = ReportChecker::english();
    QStringList seen;
    for (const TableFormat &f : m_registry.all())
        for (const RuleText &t : f.ruleTexts)
            if (!seen.contains(t.id)) {
                seen.append(t.id);
                out.append({t.id, t.severity, english && !t.descriptionEn.isEmpty() ? t.descriptionEn : t.description});
            }
    out.append({QStringLiteral("cell.blank"), Severity::Warning, tr("单元格未填写（没有的填 0）")});
    out.append({QStringLiteral("cell.negative"), Severity::Error, tr("件数或金额为负数（2019 年表式表二的“本年增/减”除外）")});
    out.append({QLatin1String(Fingerprint::mismatchRule), Severity::Error, tr("已签发的报告在签发之后被改动过：内容与签发时记录的 SHA-256 不符")});
    out.append({QStringLiteral("prose.empty"), Severity::Warning, tr("“一、总体情况”、“五”或“六”还没有内容")});
    out.append({QStringLiteral("prose.figure"), Severity::Warning, tr("正文所写的数字与表格不一致（申请、办结、复议、诉讼等）")});
    out.append({QStringLiteral("prose.change"), Severity::Warning, tr("正文所写的同比增减与上一年报告不符")});
    out.append({QStringLiteral("prose.copied"), Severity::Warning, tr("“五”或“六”与上一年报告的大部分文字相同")});
    out.append({QStringLiteral("cell.jump"), Severity::Warning, tr("数字比上一年大很多（五倍以上，或从 0 到 100 以上）")});
    return out;
}
