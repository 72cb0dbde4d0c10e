#pragma once

#include "ReportExport.h"

#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace TestSupport {

// A report as a scanner gives it back: printed by our PDF writer, rasterised by poppler's pdftoppm at `dpi`, turned by
// `skew` degrees with `speckles` dark specks a page, put in a PDF of page images with no
// text layer, in `dir` under `name`. Its path; "" when a step failed (said).
inline QString scannedPdf(const FormatRegistry &registry, const Report &report, const QString &dir, int dpi, double skew, int speckles,
                          const QString &name)
{
    const QString printed = QDir(dir).filePath(name + QStringLiteral("-printed.pdf"));
    QString error;
    if (!ReportExport::write(report, registry, printed, ReportExport::Options(), &error)) {
        qWarning("%s", qPrintable(error));
        return QString();
    }
    const QString prefix = QDir(dir).filePath(name + QStringLiteral("-page"));
    if (QProcess::execute(QStandardPaths::findExecutable(QStringLiteral("pdftoppm")),
                          {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"), QStringLiteral("-png"), printed, prefix})
        != 0)
        return QString();
    const QString scan = QDir(dir).filePath(name + QStringLiteral("-scan.pdf"));
    QPdfWriter writer(scan);
    writer.setResolution(dpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF());
    QPainter painter(&writer);
    QRandomGenerator random(20261207);
    const QStringList pages = QDir(dir).entryList({name + QStringLiteral("-page*.png")}, QDir::Files, QDir::Name);
    for (int i = 0; i < pages.size(); ++i) {
        QImage page(QDir(dir).filePath(pages.at(i)));
        page = page.convertToFormat(QImage::Format_RGB32);
        if (skew != 0) {
            QImage turned(page.size(), QImage::Format_RGB32);
            turned.fill(Qt::white);
            QPainter p(&turned);
            p.setRenderHint(QPainter::SmoothPixmapTransform);
            p.translate(page.width() / 2.0, page.height() / 2.0);
            p.rotate(skew);
            p.translate(-page.width() / 2.0, -page.height() / 2.0);
            p.drawImage(0, 0, page);
            p.end();
            page = turned;
        }
        for (int n = 0; n < speckles; ++n)
            page.setPixel(random.bounded(page.width()), random.bounded(page.height()), qRgb(40, 40, 40));
        if (i > 0)
            writer.newPage();
        painter.drawImage(QRect(0, 0, writer.width(), writer.height()), page);
    }
    return scan;
}

} // namespace TestSupport
