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
    // The cells an import could not be sure of, until the clerk confirms them: listed, each with a jump, in printed order.
    for (const QString &key : schema.keys())
        if (const auto doubt = report.doubts.constFind(key); doubt != report.doubts.cend())
            out.append({QStringLiteral("cell.unconfirmed"), Severity::Warning, {key},
                        tr("%1 是导入时读出的，尚未核对确认：%2").arg(schema.cellName(key), *doubt), std::nullopt});
    return out + m_rules.checkProse(report) + m_prose.check(report, schema, previousYear);
}

QVector<Finding> ReportCheck::listed(const QVector<Finding> &findings, const ReportSchema &schema)
{
    QVector<Finding> out;
    out.reserve(findings.size());
    for (const Finding &f : findings) {
        const ValueCellDef *def = f.rule == QLatin1String("cell.blank") && !f.fix ? schema.cell(f.anchor()) : nullptr;
        if (!(def && def->computed))
            out.append(f);
    }
    return out;
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
    out.append({QStringLiteral("cell.negative"), Severity::Error, tr("件数不能为负数（2019 年表式表二的“本年增/减”除外）。")});
    out.append({QStringLiteral("cell.blank"), Severity::Warning, tr("单元格未填写。没有发生的事项请填 0，而不是留空。")});
    out.append({QStringLiteral("cell.unconfirmed"), Severity::Warning,
                tr("导入时未能确定的单元格（原文里数字连在一起、标签不清等），核对原文后确认：在单元格上按回车，或用“全部确认导入的单元格”。")});
    out.append({QLatin1String(Fingerprint::mismatchRule), Severity::Error,
                tr("已签发的报告在签发之后被改动过（手工或其他程序）：内容与签发时记录的 SHA-256 不符。")});
    out.append({QStringLiteral("prose.empty"), Severity::Warning, tr("报告的某一部分文字还是空的。")});
    out.append({QStringLiteral("prose.figure"), Severity::Warning,
                tr("正文中写到的数字（如“受理申请 N 件”“行政复议 N 件”，空格、全角数字、千位分隔符和汉字数字都算）与表中的数字不一致；修正把正文中的数字改为表中的。")});
    out.append({QStringLiteral("prose.change"), Severity::Warning, tr("正文中的同比说法（同比增长 N%、较上年增加 M 件）与上一年报告的数字不符。")});
    out.append({QStringLiteral("prose.year"), Severity::Warning,
                tr("正文中的年份不是本报告的年度：上一年的统计期限、导语中的报告年度、以往年份开头的句子；修正把整句的年份一起改过来。")});
    out.append({QStringLiteral("prose.unchanged"), Severity::Warning, tr("某一部分仍是上一年报告的原文，一字未改。")});
    out.append({QStringLiteral("prose.copied"), Severity::Warning, tr("第五、六部分与上一年报告的同一部分大部分相同（照搬上年）。")});
    out.append({QStringLiteral("cell.jump"), Severity::Warning, tr("数字与上一年相比变化异常（超过 5 倍，或从 0 到 100 以上）：多打了一位，或填错了列？")});
    return out;
}
