#include "ScanPageView.h"

#include <QPainter>

ScanPageView::ScanPageView(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("原件图像"));
    // Its height follows its width: QScrollArea asks the size policy, not the virtual, before it lets the page run
    // below the viewport (without, the page was cut to the viewport's height, a cell low on it out of reach).
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ScanPageView::setPage(const QImage &page, const QRect &box)
{
    const bool resized = page.size() != m_page.size();
    m_page = page;
    m_box = box;
    if (resized)
        updateGeometry();
    update();
}

QSize ScanPageView::sizeHint() const
{
    return QSize(420, heightForWidth(420));
}

int ScanPageView::heightForWidth(int width) const
{
    return m_page.isNull() ? 0 : int(qint64(width) * m_page.height() / std::max(1, m_page.width()));
}

QRect ScanPageView::shownBox() const
{
    if (m_page.isNull() || m_box.isEmpty())
        return QRect();
    const double scale = double(width()) / m_page.width();
    return QRectF(m_box.x() * scale, m_box.y() * scale, m_box.width() * scale, m_box.height() * scale).toAlignedRect();
}

void ScanPageView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    if (m_page.isNull())
        return;
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(QRect(0, 0, width(), heightForWidth(width())), m_page);
    if (const QRect box = shownBox(); !box.isEmpty()) {
        p.setPen(QPen(QColor(0xd0, 0x20, 0x20), 2));
        p.setBrush(QColor(0xff, 0xe8, 0x8a, 70));
        p.drawRect(box.adjusted(-2, -2, 2, 2));
    }
}
