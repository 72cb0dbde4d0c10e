#include "FigureChart.h"

#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace {

struct Look
{
    QColor colour;
    Qt::PenStyle dash;
};

// Colour-blind-safe hues (Okabe–Ito) with different dashes.
const Look looks[] = {{QColor(0x00, 0x72, 0xB2), Qt::SolidLine},
                      {QColor(0xD5, 0x5E, 0x00), Qt::DashLine},
                      {QColor(0x00, 0x9E, 0x73), Qt::DotLine},
                      {QColor(0xCC, 0x79, 0xA7), Qt::DashDotLine}};
const QColor doubtColour(0xC0, 0x00, 0x00); // a value not to be read as fact

// A step of 1, 2 or 5 × 10^k giving at most `ticks` intervals up to `top`.
qint64 niceStep(qint64 top, int ticks)
{
    const double raw = std::max(1.0, double(top) / ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= raw)
            return std::max<qint64>(1, qint64(m * magnitude));
    return qint64(10 * magnitude);
}

} // namespace

void FigureChart::paint(const FigureHistory &history, QPainter &painter, const QRectF &area, const QFont &font)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(area, Qt::white);
    QFont title = font;
    title.setPointSizeF(font.pointSizeF() * 1.25);
    title.setBold(true);
    const QFontMetricsF fm(font, painter.device()), tm(title, painter.device());
    const qreal pad = fm.height() * 0.8;

    painter.setFont(title);
    painter.setPen(Qt::black);
    const QRectF titleBox(area.left() + pad, area.top() + pad * 0.5, area.width() - 2 * pad, tm.height());
    painter.drawText(titleBox, Qt::AlignLeft | Qt::AlignVCenter, tr("%1 主要数据历年变化（件）").arg(history.agency));

    // The legend: one line under the title.
    painter.setFont(font);
    qreal x = area.left() + pad;
    const qreal legendY = titleBox.bottom() + fm.height() * 0.4;
    for (int i = 0; i < history.series.size(); ++i) {
        const Look &look = looks[i % std::size(looks)];
        painter.setPen(QPen(look.colour, 2, look.dash));
        painter.drawLine(QPointF(x, legendY + fm.height() / 2), QPointF(x + fm.height() * 1.6, legendY + fm.height() / 2));
        x += fm.height() * 2;
        painter.setPen(Qt::black);
        const QString name = history.series[i].name;
        painter.drawText(QRectF(x, legendY, fm.horizontalAdvance(name) + 1, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += fm.horizontalAdvance(name) + fm.height() * 1.2;
    }
    if (history.hasDoubtful()) {
        // Beside the series: what a ringed point means.
        const QPointF centre(x + fm.height() * 0.5, legendY + fm.height() / 2);
        painter.setPen(QPen(doubtColour, 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(centre, 7, 7);
        x += fm.height() * 1.3;
        const QString note = tr("未通过检查或待核对的数值");
        painter.setPen(doubtColour);
        painter.drawText(QRectF(x, legendY, fm.horizontalAdvance(note) + 1, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, note);
    }

    qint64 top = 0;
    for (const FigureHistory::Series &s : history.series)
        for (const auto &v : s.values)
            if (v)
                top = std::max(top, *v);
    const qint64 step = niceStep(top, 5);
    const qint64 ceiling = std::max<qint64>(step, (top + step - 1) / step * step);
    const int ticks = int(ceiling / step);

    const qreal axisLabel = fm.horizontalAdvance(QString::number(ceiling)) + pad * 0.5;
    // Room on the right for the last year's name and values, which are set to the left of their points.
    const qreal right = fm.horizontalAdvance(tr("%1年").arg(history.years.value(history.years.size() - 1))) / 2 + pad;
    const QRectF plot(area.left() + pad + axisLabel, legendY + fm.height() * 2.5, area.width() - pad - axisLabel - right - pad,
                      area.bottom() - pad - fm.height() * 1.4 - (legendY + fm.height() * 2.5));
    if (plot.width() <= 0 || plot.height() <= 0 || history.years.isEmpty()) {
        painter.restore();
        return;
    }
    auto yOf = [&](qint64 v) { return plot.bottom() - plot.height() * double(v) / double(ceiling); };
    const int n = int(history.years.size());
    auto xOf = [&](int i) { return n == 1 ? plot.center().x() : plot.left() + plot.width() * i / (n - 1); };

    // Grid and the value axis.
    for (int t = 0; t <= ticks; ++t) {
        const qreal y = yOf(t * step);
        painter.setPen(QPen(t == 0 ? QColor(0x40, 0x40, 0x40) : QColor(0xDD, 0xDD, 0xDD), 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(QColor(0x40, 0x40, 0x40));
        painter.drawText(QRectF(area.left() + pad, y - fm.height() / 2, axisLabel - pad * 0.5, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(t * step));
    }
    // Years under the axis.
    for (int i = 0; i < n; ++i) {
        const QString year = tr("%1年").arg(history.years[i]);
        const qreal w = fm.horizontalAdvance(year) + 2;
        painter.drawText(QRectF(xOf(i) - w / 2, plot.bottom() + fm.height() * 0.3, w, fm.height()), Qt::AlignCenter, year);
    }
    // The series: a line through the years that have the figure, a dot at each.
    struct Label
    {
        qreal y; // the label's baseline box top, wanted just above the point
        QString text;
        QColor colour;
    };
    QVector<QVector<Label>> labels(n);
    for (int i = 0; i < history.series.size(); ++i) {
        const FigureHistory::Series &s = history.series[i];
        const Look &look = looks[i % std::size(looks)];
        QPainterPath line;
        bool open = false;
        for (int k = 0; k < n; ++k) {
            if (!s.values.value(k)) {
                open = false; // a blank year breaks the line rather than inventing a value
                continue;
            }
            const QPointF p(xOf(k), yOf(*s.values[k]));
            open ? line.lineTo(p) : line.moveTo(p);
            open = true;
            labels[k].append({p.y() - fm.height() - 2, QString::number(*s.values[k]) + (s.doubtful.value(k) ? QStringLiteral("?") : QString()),
                              s.doubtful.value(k) ? doubtColour : look.colour});
        }
        painter.setPen(QPen(look.colour, 2, look.dash, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(line);
        for (int k = 0; k < n; ++k) {
            if (!s.values.value(k))
                continue;
            const QPointF p(xOf(k), yOf(*s.values[k]));
            if (s.doubtful.value(k)) {
                // Not drawn as fact: a hollow point in a red ring (the legend says why).
                painter.setBrush(Qt::white);
                painter.setPen(QPen(look.colour, 1.5));
                painter.drawEllipse(p, 3.5, 3.5);
                painter.setBrush(Qt::NoBrush);
                painter.setPen(QPen(doubtColour, 1.5));
                painter.drawEllipse(p, 7, 7);
            } else {
                painter.setBrush(look.colour);
                painter.setPen(Qt::NoPen);
                painter.drawEllipse(p, 3.5, 3.5);
            }
        }
    }
    // The values, each year's pushed apart so that close figures (申请 and 办结) stay readable: the highest keeps its
    // place, each lower one goes down to a line's distance. The last year's stand left of the points, within the chart.
    for (int k = 0; k < n; ++k) {
        QVector<Label> &column = labels[k];
        std::sort(column.begin(), column.end(), [](const Label &a, const Label &b) { return a.y < b.y; });
        for (int j = 1; j < column.size(); ++j)
            column[j].y = std::max(column[j].y, column[j - 1].y + fm.height());
        for (const Label &l : std::as_const(column)) {
            const qreal w = fm.horizontalAdvance(l.text) + 2;
            const bool last = k == n - 1 && n > 1;
            painter.setPen(l.colour);
            painter.drawText(QRectF(last ? xOf(k) - 5 - w : xOf(k) + 5, l.y, w, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, l.text);
        }
    }
    painter.restore();
}

QImage FigureChart::image(const FigureHistory &history, const QSize &size, const QFont &font, qreal scale)
{
    QImage image(size * scale, QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(history, painter, QRectF(QPointF(0, 0), size), font);
    return image;
}

QByteArray FigureChart::svg(const FigureHistory &history, const QSize &size, const QFont &font)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    // Qt 6.4 writes the title unescaped: it goes in below, escaped.
    const QString title = tr("%1 主要数据历年变化").arg(history.agency);
    generator.setTitle(QStringLiteral("@title@"));
    generator.setResolution(96);
    {
        QPainter painter(&generator);
        paint(history, painter, QRectF(QPointF(0, 0), size), font);
    }
    // A reader's browser seldom has the face we drew with: name common Chinese sans faces after it.
    QByteArray out = buffer.data();
    out.replace(QByteArray("<title>@title@</title>"), QByteArray("<title>" + title.toHtmlEscaped().toUtf8() + "</title>"));
    const QByteArray name = font.family().toHtmlEscaped().toUtf8();
    out.replace(QByteArray("font-family=\"" + name + '"'),
                QByteArray("font-family=\"" + name + ", &apos;Noto Sans CJK SC&apos;, &apos;Microsoft YaHei&apos;, SimHei, sans-serif\""));
    return out;
}

bool FigureChart::write(const FigureHistory &history, const QString &path, const QFont &font, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg")) {
        *error = tr("图表只能保存为 .png 或 .svg（不是“%1”）").arg(suffix);
        return false;
    }
    QSaveFile file(path);
    bool written = file.open(QIODevice::WriteOnly);
    if (written && suffix == QLatin1String("svg"))
        written = file.write(svg(history, defaultSize(), font)) >= 0;
    else if (written) {
        // Twice the pixels, so the picture stays sharp on a web page or in a document.
        QImage picture = image(history, defaultSize(), font, 2);
        picture.setDotsPerMeterX(2 * 3780);
        picture.setDotsPerMeterY(2 * 3780);
        written = picture.save(&file, "PNG");
    }
    if (!written || !file.commit()) {
        *error = tr("无法写入 %1（%2）").arg(path, file.errorString());
        return false;
    }
    return true;
}
