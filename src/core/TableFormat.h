#pragma once

#include "RuleInstance.h"
#include "ValueType.h"

#include <QHash>
#include <QString>
#include <QVector>
#include <optional>

// A row or column of a table's logical grid (report-formats.md §2).
struct FormatLine
{
    QString key;
    QString label;
    QString group; // printed group label, e.g. （三）不予公开
    bool total = false;
};

// One printed cell with its place in the table's grid; either a label (text) or a value cell (valueKey).
struct GridCell
{
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    QString text;
    QString valueKey; // full key, e.g. t3.new.natural
    bool vertical = false;
};

enum class RowRole { Header, Caption, Subheader, Data };

struct GridRow
{
    RowRole role = RowRole::Data;
    QString optionalBlock; // rows of an optional block are printed only when the report has its cells
    QVector<GridCell> cells;
};

struct ValueCellDef
{
    QString key; // t3.new.natural
    QString table;
    QString rowKey;
    QString columnKey;
    ValueType type = ValueType::Count;
    bool total = false;    // a total cell in the sense of §7.2
    bool computed = false; // filled by Totals
    QString optionalBlock;
};

// What a consistency rule means, in the clerk's words (for the built-in guide): once per rule, not per instance.
struct RuleText
{
    QString id;
    Severity severity = Severity::Error;
    QString description;   // Chinese
    QString descriptionEn; // English
    // What a broken instance says, with {anchor} (the anchor cell's name), {column} (its column's label), {left} and
    // {right} (the two sums) filled in; empty: the checker's generic "{anchor}：{left} ≠ {right}".
    QString message;
    QString messageEn;
};

// One official table in one form, loaded from a resource file (resources/formats/README.md).
class TableFormat
{
public:
    static std::optional<TableFormat> fromJson(const QByteArray &json, QString *error);

    QString table;
    QString form;
    QString heading;
    QVector<FormatLine> rows;
    QVector<FormatLine> columns;
    QVector<double> widthsMm;
    QVector<GridRow> header;
    QVector<GridRow> body;
    QVector<ValueCellDef> cells; // printed order
    QVector<RuleInstance> rules;
    QVector<RuleText> ruleTexts;
    // How a table in another form (the key) becomes this one: each row here the column-wise sum of those rows there
    // (rows of the same key carry over by themselves).
    QHash<QString, QHash<QString, QStringList>> converts;

    int gridColumns() const { return widthsMm.size(); }
    const ValueCellDef *cell(const QString &key) const;
    const FormatLine *row(const QString &key) const;
    const FormatLine *column(const QString &key) const;
    // How a clerk names the cell: row label (with its group) and column label, e.g. （七）总计（自然人）.
    QString cellName(const QString &key) const;
    const RuleText *ruleText(const QString &id) const;
    // Every figure of `from` (the same table in another form) has a place here: the same cell, or a row it is summed
    // into (converts) — a table in `from` becomes this form without losing a figure.
    bool takesWhole(const TableFormat &from) const;
    // The rows of this form that `from`'s rows are summed into: row → source rows (empty when none).
    QHash<QString, QStringList> conversionFrom(const QString &fromForm) const { return converts.value(fromForm); }

private:
    mutable QHash<QString, int> m_cellIndex;
};
