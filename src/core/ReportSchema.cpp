#include "ReportSchema.h"

#include "Totals.h"

#include <QCoreApplication>
#include <QSet>

ReportSchema::ReportSchema(const FormatRegistry &registry, const ReportFormats &formats, const QStringList &optionalBlocks)
    : m_blocks(optionalBlocks)
{
    for (const QString &t : ReportFormats::tables()) {
        const TableFormat *f = registry.table(t, formats.of(t));
        if (!f) {
            m_error = QStringLiteral("%1: unknown form \"%2\"").arg(t, formats.of(t));
            return;
        }
        m_tables.append(f);
        for (const ValueCellDef &c : f->cells) {
            if (!c.optionalBlock.isEmpty() && !m_blocks.contains(c.optionalBlock))
                continue;
            m_cells.append(&c);
            m_index.insert(c.key, &c);
        }
    }
    for (const TableFormat *f : qAsConst(m_tables)) {
        for (const RuleInstance &r : f->rules) {
            bool present = true;
            for (const QString &k : r.cells())
                present = present && m_index.contains(k);
            if (present)
                m_rules.append(&r);
        }
    }
}

ReportSchema ReportSchema::forReport(const FormatRegistry &registry, const Report &report)
{
    return ReportSchema(registry, report.formats, optionalBlocks(registry, report.formats, &report));
}

QStringList ReportSchema::optionalBlocks(const FormatRegistry &registry, const ReportFormats &forms, const Report *having)
{
    QStringList blocks;
    for (const QString &t : ReportFormats::tables())
        if (const TableFormat *f = registry.table(t, forms.of(t)))
            for (const ValueCellDef &c : f->cells)
                if (!c.optionalBlock.isEmpty() && (!having || having->cells.contains(c.key)) && !blocks.contains(c.optionalBlock))
                    blocks.append(c.optionalBlock);
    return blocks;
}

QStringList ReportSchema::keys() const
{
    QStringList out;
    out.reserve(m_cells.size());
    for (const ValueCellDef *c : m_cells)
        out.append(c->key);
    return out;
}

const TableFormat *ReportSchema::tableOf(const QString &key) const
{
    for (const TableFormat *t : m_tables)
        if (key.startsWith(t->table + QLatin1Char('.')))
            return t;
    return nullptr;
}

QString ReportSchema::cellName(const QString &key) const
{
    const TableFormat *t = tableOf(key);
    return t ? t->cellName(key) : key;
}

void ReportSchema::conform(Report &report) const
{
    QMap<QString, CellValue> cells;
    for (const ValueCellDef *c : m_cells)
        cells.insert(c->key, report.cells.value(c->key));
    report.cells = cells;
    for (auto it = report.annotations.begin(); it != report.annotations.end();) {
        if (m_index.contains(it.key()))
            ++it;
        else
            it = report.annotations.erase(it);
    }
}

Report ReportSchema::withForms(const FormatRegistry &registry, const Report &report, const ReportFormats &forms, QStringList *dropped,
                                QStringList *summedRows)
{
    const ReportSchema before = forReport(registry, report);
    const ReportSchema after(registry, forms, before.m_blocks);
    Report r = report;
    r.formats = forms;
    after.conform(r);
    QStringList added;
    for (const ValueCellDef *c : after.m_cells)
        if (!report.cells.contains(c->key))
            added.append(c->key);
    // Rows the new form sums from the old one's (report-formats.md §8: 2019 （六）其他处理 = 2021's three rows), column
    // by column; a sum of cells an import marked stays marked.
    QSet<QString> summed;
    for (const QString &t : ReportFormats::tables()) {
        const TableFormat *to = registry.table(t, forms.of(t));
        if (!to || report.formats.of(t) == forms.of(t))
            continue;
        const QHash<QString, QStringList> rows = to->conversionFrom(report.formats.of(t));
        const TableFormat *from = registry.table(t, report.formats.of(t));
        for (auto row = rows.begin(); row != rows.end(); ++row) {
            if (summedRows && from) {
                QStringList labels;
                for (const QString &source : row.value())
                    if (const FormatLine *l = from->row(source))
                        labels.append(l->label);
                summedRows->append(QStringLiteral("%1 = %2").arg(to->row(row.key())->label, labels.join(QStringLiteral(" + "))));
            }
            for (const FormatLine &column : to->columns) {
                const QString key = t + QLatin1Char('.') + row.key() + QLatin1Char('.') + column.key;
                if (!after.cell(key))
                    continue;
                qint64 sum = 0;
                bool any = false;
                QStringList doubtful;
                for (const QString &source : row.value()) {
                    const QString from = t + QLatin1Char('.') + source + QLatin1Char('.') + column.key;
                    summed.insert(from);
                    const CellValue v = report.cells.value(from);
                    any = any || v.isInteger();
                    sum += v.isInteger() ? v.toInteger() : 0;
                    if (report.doubts.contains(from))
                        doubtful.append(before.cellName(from));
                }
                if (any)
                    r.cells.insert(key, CellValue::integer(sum));
                if (!doubtful.isEmpty())
                    r.doubts.insert(key, QCoreApplication::translate("ReportSchema", "由待确认的 %1 合计而来").arg(doubtful.join(QStringLiteral("、"))));
            }
        }
    }
    for (auto it = r.doubts.begin(); it != r.doubts.end();)
        it = after.m_index.contains(it.key()) ? std::next(it) : r.doubts.erase(it);
    Totals::recomputeDependents(r, after, added);
    if (dropped) // in printed order; what was summed into a row of the new form is not lost
        for (const ValueCellDef *c : before.m_cells)
            if (const CellValue v = report.cells.value(c->key); !r.cells.contains(c->key) && !v.isBlank() && !summed.contains(c->key))
                dropped->append(QStringLiteral("%1 = %2").arg(before.cellName(c->key), v.toString()));
    return r;
}
