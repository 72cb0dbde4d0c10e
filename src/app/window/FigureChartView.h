#pragma once

#include "FigureHistory.h"

#include <QWidget>

// The 同比 dialog's chart: FigureChart painted at the widget's size, or a line saying why there is none.
class FigureChartView : public QWidget
{
    Q_OBJECT
public:
    explicit FigureChartView(QWidget *parent = nullptr);
    void setHistory(const FigureHistory &history);
    const FigureHistory &history() const { return m_history; }
    QSize sizeHint() const override { return {640, 300}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    FigureHistory m_history;
};
