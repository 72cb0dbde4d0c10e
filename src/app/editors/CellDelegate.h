#pragma once

#include <QStyledItemDelegate>

// Editor for value cells: a line edit that accepts only what the cell's type allows (digits for counts, a
// sign for 2019 本年增/减, up to six decimals for 万元 amounts, any text for 采购总金额) and says why when it
// refuses a keystroke or a value. The view shows the reason at the cell until the next edit.
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

signals:
    void refused(const QModelIndex &index, const QString &message) const;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};
