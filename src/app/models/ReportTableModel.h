#pragma once

#include "CellValue.h"
#include "TableFormat.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPoint>

class ReportDocument;

// One official table of the open report as the printed grid: label cells and value cells, with the spans
// of the form (spans()). Edits become undo commands on the document; the model never changes a value itself.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { CellKeyRole = Qt::UserRole + 1, ComputedRole, SeverityRole, DoubtRole };

    ReportTableModel(ReportDocument *document, const QString &table, QObject *parent = nullptr);

    const TableFormat &format() const { return *m_format; }
    ReportDocument *document() const { return m_document; }
    QString table() const { return m_format->table; }
    QVector<GridCell> spans() const; // cells wider or taller than one grid slot, in model rows
    QModelIndex indexOfKey(const QString &key) const;
    QString keyAt(const QModelIndex &index) const;
    bool isValueCell(const QModelIndex &index) const { return !keyAt(index).isEmpty(); }
    bool isComputed(const QModelIndex &index) const;

    // Parses and validates what the clerk typed; on refusal returns false and sets *error.
    bool parse(const QModelIndex &index, const QString &text, CellValue *out, QString *error) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void editRefused(const QModelIndex &index, const QString &message);

private:
    const GridCell *cellAt(int row, int column) const;
    void onCellsChanged(const QStringList &keys);
    void onFindingsChanged();

    ReportDocument *m_document;
    const TableFormat *m_format = nullptr;
    QVector<const GridRow *> m_rows;   // body rows printed for this report (optional blocks it lacks left out)
    QHash<QString, QPoint> m_keyIndex; // key → (column, row)
};
