#pragma once

#include <QAbstractScrollArea>

class ReportLayout;

// The laid-out pages one under another, scaled to the zoom, painted with ReportLayout::paintPage — the same
// function the printer and the PDF writer use.
class PageView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit PageView(QWidget *parent = nullptr);

    void setLayout(const ReportLayout *layout); // the view does not own it
    static constexpr double fitWidth = 0;
    static constexpr double fitPage = -1;
    void setZoom(double zoom);                  // 1.0 = actual size on this screen, or fitWidth / fitPage
    double zoom() const { return m_zoom; }
    double scale() const;                       // device pixels per layout dot
    void zoomBy(int steps);                     // Ctrl+wheel, Ctrl+plus/minus: from what is shown, in steps of 10 %
    int currentPage() const { return m_current; }
    void showPage(int index);
    void showPoint(int index, double y); // scrolls page `index` so that layout dot `y` of it is near the top
    void pagesChanged(); // the layout was redone

signals:
    void currentPageChanged(int index);
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    int pageTop(int index) const;
    void updateScrollBars();
    int pageAt(int y) const; // the page under content coordinate y
    void setCurrent(int page);

    const ReportLayout *m_layout = nullptr;
    double m_zoom = 0;
    int m_current = -1; // the page the counter shows: the one turned to, or the one filling the view's middle
    bool m_turning = false;
};
