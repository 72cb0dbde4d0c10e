#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QPainter>
#include <QPen>
#include <QSize>

namespace TestSupport {

// A seal as a clerk would choose one: a red anti-aliased ring on transparency, as PNG bytes (Qt Gui only, for the
// render libraries' tests as well as the window's).
inline QByteArray sealPng(const QSize &size = QSize(400, 400))
{
    QImage seal(size, QImage::Format_ARGB32);
    seal.fill(Qt::transparent);
    QPainter p(&seal);
    p.setRenderHint(QPainter::Antialiasing);
    const int side = qMin(size.width(), size.height());
    p.setPen(QPen(QColor(200, 0, 0), side / 20.0));
    p.drawEllipse(QRectF((size.width() - side) / 2.0, (size.height() - side) / 2.0, side, side).adjusted(side / 20.0, side / 20.0, -side / 20.0, -side / 20.0));
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    seal.save(&buffer, "PNG");
    return png;
}

} // namespace TestSupport
