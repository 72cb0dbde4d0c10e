#pragma once

#include "TableFormat.h"

#include <QHeaderView>

// A horizontal header drawn like the printed form: several header rows with merged cells (行政诉讼 over ten
// columns, 自然人 over two rows …), taken from the format definition. QHeaderView itself knows one row only.
class SpanHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    SpanHeaderView(const QVector<GridRow> &rows, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    // The header cell under a viewport point, for tests and tooltips; nullptr between cells.
    const GridCell *cellAt(const QPoint &pos) const;
    QRect cellRect(const GridCell &cell) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    QVector<int> rowHeights() const;
    QRect cellRect(const GridCell &cell, const QVector<int> &heights) const;

    QVector<GridRow> m_rows;
};
