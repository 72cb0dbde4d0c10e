#pragma once

#include "FormatRegistry.h"
#include "Report.h"

#include <QHash>
#include <QStringList>
#include <QVector>

// The tables, value cells and rules that apply to one report: its chosen form per table plus the optional
// blocks it prints (the 2019 （九） block). Borrows from the registry, which must outlive it.
class ReportSchema
{
public:
    ReportSchema(const FormatRegistry &registry, const ReportFormats &formats, const QStringList &optionalBlocks = {});
    // Optional blocks are those the report has cells of.
    static ReportSchema forReport(const FormatRegistry &registry, const Report &report);
    // The optional blocks (政府集中采购) the forms have — only those `having` has a cell of, when given (what
    // forReport takes); all of them make a schema of every cell a report could hold.
    static QStringList optionalBlocks(const FormatRegistry &registry, const ReportFormats &forms, const Report *having = nullptr);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    const QVector<const TableFormat *> &tables() const { return m_tables; }
    const QVector<const ValueCellDef *> &cells() const { return m_cells; }
    const QVector<const RuleInstance *> &rules() const { return m_rules; }
    QStringList keys() const;

    const ValueCellDef *cell(const QString &key) const { return m_index.value(key); }
    const TableFormat *tableOf(const QString &key) const;
    QString cellName(const QString &key) const;
    bool hasBlock(const QString &block) const { return m_blocks.contains(block); }

    // Makes report.cells hold exactly this schema's keys: missing ones blank, foreign ones dropped.
    void conform(Report &report) const;

    // The report in other forms: the cells both forms have keep their values and annotations; a row the new form sums
    // from the old one's rows (its format file's `converts`) holds their sum; the other new ones are blank (their
    // totals computed); the rest go — named in *dropped when they held a value.
    // *summed names each row that became a sum (its name = the rows summed).
    static Report withForms(const FormatRegistry &registry, const Report &report, const ReportFormats &forms, QStringList *dropped,
                            QStringList *summed = nullptr);

private:
    QVector<const TableFormat *> m_tables;
    QVector<const ValueCellDef *> m_cells;
    QVector<const RuleInstance *> m_rules;
    QHash<QString, const ValueCellDef *> m_index;
    QStringList m_blocks;
    QString m_error;
};
