#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class ReportLayout;
struct Report;

// Writes laid-out pages as a PDF: A4, fonts embedded (subsets), text extractable, document metadata (title,
// author = the agency, subject, creation date) in XMP, optionally PDF/A-1b. Our own PdfWriter by default; Qt's
// QPdfWriter for a face ours cannot embed, or when asked.
class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)
public:
    struct Metadata
    {
        QString title;
        QString author;
        QString subject;
        QDateTime created = QDateTime::currentDateTimeUtc();
        // A signed report's fingerprint (Fingerprint), in the XMP as dc:identifier "urn:sha256:…" so that
        // `disclosure-report verify` can tell which signed report a PDF is; empty for a draft.
        QString reportSha256;

        // Title as printed, author = the agency, subject naming the report's year.
        static Metadata forReport(const Report &report);
    };

    enum class Writer { Own, Qt };

    // Writes all of the file or none of it (an existing file is replaced only on success).
    static bool write(const ReportLayout &layout, const QString &path, const Metadata &metadata, bool pdfa, QString *error,
                      Writer writer = Writer::Own);
    static QByteArray xmp(const Metadata &metadata, bool pdfa, const QString &producer);
};
