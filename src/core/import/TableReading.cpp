#include "TableReading.h"

#include "ReportSchema.h"

#include <QRegularExpression>

QString CellRead::joinDoubts(const QString &first, const QString &more)
{
    if (first.isEmpty() || more.isEmpty())
        return first + more;
    return first + TableRows::tr("；") + more;
}

TableRows::TableRows(const ReportSchema &schema, int table)
    : m_schema(&schema)
    , m_format(schema.tables()[table])
{
    for (const GridRow &row : m_format->body)
        if (row.role == RowRole::Data && (row.optionalBlock.isEmpty() || schema.hasBlock(row.optionalBlock)))
            m_rows.append(&row);
    for (const GridRow *row : qAsConst(m_rows)) {
        const QStringList cells = SourceText::labelCellsOf(row);
        m_labels.append(cells.isEmpty() ? QString() : cells.constLast());
        QStringList joined;
        for (int j = int(cells.size()) - 2; j >= 0; --j)
            joined.append(QStringList(cells.mid(j)).join(QString()));
        m_joined.append(joined);
    }
}

QStringList TableRows::keys(int k) const
{
    QStringList out;
    for (const GridCell *c : SourceText::valueCellsOf(m_rows[k]))
        out.append(c->valueKey);
    return out;
}

QStringList TableRows::allKeys() const
{
    QStringList out;
    for (int k = 0; k < size(); ++k)
        out += keys(k);
    return out;
}

QString TableRows::cellName(const QString &key) const
{
    return m_schema->cellName(key);
}

double TableRows::labelMatch(int k, const QString &label) const
{
    const QString &own = m_labels[k];
    if (own.isEmpty() || label.isEmpty())
        return 0;
    if (label == own || m_joined[k].contains(label))
        return 1;
    if (m_format->table == QLatin1String("t2") && label == QStringLiteral("规范性文件") && own == QStringLiteral("行政规范性文件"))
        return 1;
    // A group label printed in the same field as the row's ((四)无法提供1.本机关不掌握…) ends with the row's own.
    if (label.endsWith(own) && own.size() >= 4 && label.size() <= own.size() + 12)
        return 0.95;
    // Too short to tell a typo from another row (规章, 其他): exact only.
    if (own.size() < 4 || label.size() < 3)
        return 0;
    const double s = SourceText::similarity(label, own);
    // A label shortened by the agency or cut by a converter (本年新 for 本年新制作数量 is a header, not a row).
    const double prefix = own.startsWith(label) && label.size() * 3 >= own.size() * 2 ? 0.85 : 0;
    return qMax(s, prefix);
}

std::pair<int, double> TableRows::bestRow(const QString &label, const QVector<int> &rows, double threshold) const
{
    int best = -1;
    double score = 0;
    for (int k : rows) {
        const double s = labelMatch(k, label);
        if (s > score) {
            score = s;
            best = k;
        }
    }
    return score >= threshold ? std::make_pair(best, score) : std::make_pair(-1, 0.0);
}

bool TableRows::readValue(const QString &key, const QString &field, CellRead *out, QString *note) const
{
    const ValueCellDef *def = m_schema->cell(key);
    out->value = CellValue();
    out->annotation.clear();
    const QString f = field.trimmed();
    if (f.isEmpty())
        return true;
    if (def->type == ValueType::Text) {
        out->value = CellValue::text(f);
        return true;
    }
    if (SourceText::isNotApplicable(f)) {
        out->annotation = f;
        return true;
    }
    static const QRegularExpression leading(QStringLiteral("^(-?\\d+(?:\\.\\d+)?)(.*)$"));
    const auto m = leading.match(f);
    QString why;
    // Counts are read signed: an imported negative is kept and reported by the check (cell.negative).
    if (!m.hasMatch() || !CellValue::parse(def->type == ValueType::Count ? ValueType::Signed : def->type, m.captured(1), &out->value, &why)) {
        *note = tr("%1：读不出“%2”，留空").arg(cellName(key), f);
        out->value = CellValue();
        return false;
    }
    out->annotation = m.captured(2).trimmed();
    return true;
}
