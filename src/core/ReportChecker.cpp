#include "ReportChecker.h"

#include "ReportSchema.h"
#include "Totals.h"

#include <algorithm>

namespace {

struct Side
{
    qint64 sum = 0;
    QStringList shown; // the numbers as they enter the sum, for the message
};

} // namespace

bool ReportChecker::english()
{
    // The interface's language as the installed translation says it: data written in both languages (the format
    // files' rule messages) follows the window and the command line alike.
    // "zh" is translated "en" in the English translation, and only there.
    return tr("zh") == QLatin1String("en");
}

int ReportChecker::count(const QVector<Finding> &findings, Severity severity)
{
    return int(std::count_if(findings.begin(), findings.end(), [severity](const Finding &f) { return f.severity == severity; }));
}

QVector<Finding> ReportChecker::checkProse(const Report &report) const
{
    QVector<Finding> out;
    for (const QString &part : {QStringLiteral("part1"), QStringLiteral("part5"), QStringLiteral("part6")})
        if (report.prose.get(part).value_or(QString()).trimmed().isEmpty())
            out.append({QStringLiteral("prose.empty"), Severity::Warning, {QStringLiteral("prose.") + part},
                        tr("“%1”还没有内容：签发前请填写（没有需要报告的事项也应写明“无”）").arg(Prose::name(part)), std::nullopt});
    return out;
}

QVector<Finding> ReportChecker::check(const Report &report, const Report *previousYear) const
{
    const ReportSchema schema = ReportSchema::forReport(m_registry, report);
    QVector<Finding> out;
    if (!schema.isValid())
        return out;
    const std::optional<ReportSchema> prevSchema =
        previousYear ? std::optional<ReportSchema>(ReportSchema::forReport(m_registry, *previousYear)) : std::nullopt;

    for (const ValueCellDef *c : schema.cells()) {
        const CellValue v = report.cell(c->key);
        const QString name = schema.cellName(c->key);
        if (v.isBlank()) {
            Finding f{QStringLiteral("cell.blank"), Severity::Warning, {c->key}, tr("%1未填写").arg(name), std::nullopt};
            if (c->computed) {
                for (const RuleInstance *r : schema.rules()) {
                    if (r->computes && r->anchor == c->key) {
                        const CellValue computed = Totals::value(report, *r);
                        if (!computed.isBlank()) {
                            f.fix = computed;
                            f.message = tr("%1未填写，应为 %2").arg(name, computed.toString());
                        }
                        break;
                    }
                }
            }
            out.append(f);
        } else if (v.isNegative() && (c->type == ValueType::Count || c->type == ValueType::Amount)) {
            out.append({QStringLiteral("cell.negative"), Severity::Error, {c->key},
                        tr("%1为负数（%2），件数和金额不能为负").arg(name, v.toString()), std::nullopt});
        }
    }

    for (const RuleInstance *r : schema.rules()) {
        if (r->involvesPreviousYear() && !prevSchema)
            continue;
        bool evaluable = true;
        auto evaluate = [&](const QVector<RuleTerm> &terms) {
            Side side;
            for (const RuleTerm &t : terms) {
                const Report &src = t.previousYear ? *previousYear : report;
                const ReportSchema &sch = t.previousYear ? *prevSchema : schema;
                const ValueCellDef *def = sch.cell(t.key);
                if (!def) { // the previous year is in another form: the rule does not apply
                    evaluable = false;
                    continue;
                }
                const CellValue v = src.cell(t.key);
                if (v.isBlank() && def->total) { // §7.2: a blank total is cell.blank's business
                    evaluable = false;
                    continue;
                }
                const qint64 n = v.isInteger() ? v.toInteger() : 0;
                side.sum += t.sign * n;
                side.shown.append(QString::number(n));
            }
            return side;
        };
        const Side left = evaluate(r->left);
        const Side right = evaluate(r->right);
        if (!evaluable || left.sum == right.sum)
            continue;

        // Solve Σ left = Σ right for the anchor.
        qint64 anchorValue = report.cell(r->anchor).toInteger();
        qint64 fixed = anchorValue;
        for (const RuleTerm &t : r->left)
            if (!t.previousYear && t.key == r->anchor)
                fixed = anchorValue + t.sign * (right.sum - left.sum);
        for (const RuleTerm &t : r->right)
            if (!t.previousYear && t.key == r->anchor)
                fixed = anchorValue + t.sign * (left.sum - right.sum);

        // The rule's own words, from its format file (a new rule brings its message with it).
        const TableFormat *table = schema.tableOf(r->anchor);
        const RuleText *text = table ? table->ruleText(r->id) : nullptr;
        QString message = text ? (english() && !text->messageEn.isEmpty() ? text->messageEn : text->message) : QString();
        if (message.isEmpty())
            message = tr("{anchor}：{left} ≠ {right}");
        const FormatLine *column = table ? table->column(schema.cell(r->anchor)->columnKey) : nullptr;
        message.replace(QLatin1String("{anchor}"), schema.cellName(r->anchor))
            .replace(QLatin1String("{column}"), column ? column->label : QString())
            .replace(QLatin1String("{left}"), QString::number(left.sum))
            .replace(QLatin1String("{right}"), QString::number(right.sum));
        out.append({r->id, r->severity, r->cells(), message, CellValue::integer(fixed)});
    }

    QHash<QString, int> order;
    for (const ValueCellDef *c : schema.cells())
        order.insert(c->key, order.size());
    std::stable_sort(out.begin(), out.end(), [&order](const Finding &a, const Finding &b) {
        return order.value(a.anchor()) < order.value(b.anchor());
    });
    return out;
}
