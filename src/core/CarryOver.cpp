#include "CarryOver.h"

#include "ReportSchema.h"

QStringList CarryOver::apply(Report &next, const Report &previous, const FormatRegistry &registry)
{
    const ReportSchema schema = ReportSchema::forReport(registry, next);
    const ReportSchema prevSchema = ReportSchema::forReport(registry, previous);
    QStringList filled;
    auto take = [&](const QString &key, const CellValue &value) {
        if (schema.cell(key) && !value.isBlank()) {
            next.cells[key] = value;
            filled.append(key);
        }
    };
    for (const ValueCellDef *c : schema.cells()) {
        const QString key = c->key;
        if (c->table == QLatin1String("t3") && c->rowKey == QLatin1String("carry")) {
            take(key, previous.cell(QStringLiteral("t3.forward.") + c->columnKey));
        } else if (c->table == QLatin1String("t2") && c->columnKey == QLatin1String("in_force")
                   && prevSchema.cell(key)) {
            // The clerk adds this year's 制发 and subtracts 废止; the check's t2.in_force warns otherwise.
            take(key, previous.cell(key));
        } else if (c->table == QLatin1String("t2") && c->columnKey == QLatin1String("prev_items") && prevSchema.cell(key)) {
            const CellValue items = previous.cell(key);
            const CellValue change = previous.cell(QStringLiteral("t2.%1.change").arg(c->rowKey));
            if (items.isInteger())
                take(key, CellValue::integer(items.toInteger() + (change.isInteger() ? change.toInteger() : 0)));
        }
    }
    return filled;
}

void CarryOver::applyDetails(Report &next, const Report &previous, bool prose)
{
    next.contact = previous.contact;
    if (previous.date) {
        const int years = next.year - previous.year;
        next.date = previous.date->addYears(years);
    }
    if (prose)
        next.prose = previous.prose;
}
