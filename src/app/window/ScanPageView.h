#pragma once

#include <QImage>
#include <QWidget>

// A scanned page as the import read it, scaled to the width it is given, with one box outlined (the row or block a
// cell's figure was read from). In a QScrollArea; showBox() scrolls the box into view.
class ScanPageView : public QWidget
{
    Q_OBJECT
public:
    explicit ScanPageView(QWidget *parent = nullptr);

    void setPage(const QImage &page, const QRect &box);
    QRect box() const { return m_box; } // in the page's pixels; empty when none
    // The box in this widget's coordinates, as painted.
    QRect shownBox() const;

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_page;
    QRect m_box;
};
