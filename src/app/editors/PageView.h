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
    void setZoom(double zoom);                  // 1.0 = actual size on this screen; 0 = fit width
    double zoom() const { return m_zoom; }
    double scale() const;                       // device pixels per layout dot
    int currentPage() const;
    void showPage(int index);
    void pagesChanged(); // the layout was redone

signals:
    void currentPageChanged(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int pageTop(int index) const;
    void updateScrollBars();

    const ReportLayout *m_layout = nullptr;
    double m_zoom = 0;
    int m_lastPage = -1;
};
