#pragma once

#include <QByteArray>
#include <QString>

// How a report is to be rendered: the draft watermark (until signed off) and an optional seal image (PNG or
// SVG bytes) drawn over the 落款 — for the paper copy to be signed; the PDF for upload normally has none.
struct RenderOptions
{
    bool watermark = true;
    QByteArray sealImage;
    QString sealMimeType;
};
