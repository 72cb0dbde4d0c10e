#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QVector>

#include "OcrReadings.h"
#include "SourcePages.h"
#include <atomic>
#include <optional>

// A scanned report — a PDF of page images, or PNG/JPEG/TIFF pages — read by OCR (Tesseract, Simplified Chinese) into
// the text the importer reads: each page straightened (its skew measured from the rows of ink), each ruled table found
// from its lines and read cell by cell — a cell's words in Chinese, its figure three ways — as a line of its cells
// TAB-separated (the shape a browser copies a table in), the prose between the tables as lines. Nothing read here is
// certain: the caller marks every figure the table's own rules do not confirm (RuleConfirmation).
class ScanText
{
    Q_DECLARE_TR_FUNCTIONS(ScanText)
public:
    // The file's first bytes name a page image (PNG, JPEG, TIFF, BMP).
    static bool isImage(const QByteArray &head);
    // The pages of an image file, or of a PDF without a text layer (drawn at 200 dpi by poppler's Qt binding): grey.
    // nullopt with *error: unreadable, encrypted, too many pages, a page too large.
    static std::optional<QVector<QImage>> pagesOf(const QString &path, bool pdf, QString *error);
    // The pages' text. nullopt with *error when OCR cannot run (Tesseract's Chinese language data missing: the
    // package named).
    // `cancel`, set from another thread, stops it between two cells (*error says so); `layout` receives where each
    // line came from (ocr set); `readings` a figure's other readings where OCR's readings of it disagreed.
    static std::optional<QString> text(const QVector<QImage> &pages, QString *error, const std::atomic_bool *cancel = nullptr,
                                       SourcePages *layout = nullptr, OcrReadings *readings = nullptr);

    // At most, so that a wrong file is refused within seconds: pages of a report, pixels of a page (20 000 × 20 000 is
    // 400 million; an A4 page at 300 dpi is 8.7 million).
    static constexpr int maxPages = 60;
    static constexpr qint64 maxPixels = 40'000'000;
};
