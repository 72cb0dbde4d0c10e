#include "ReportImport.h"

#include "AgencyMatcher.h"
#include "OfficeText.h"
#include "PdfText.h"
#include "ReportStore.h"
#include "RuleConfirmation.h"
#include "ScanText.h"
#include "WebPage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

ReportImport::ReportImport(const FormatRegistry &registry, std::function<ReportStore *()> store)
    : m_registry(registry)
    , m_store(std::move(store))
{
}

bool ReportImport::isPublished(const QString &path)
{
    static const QRegularExpression text(QStringLiteral("\\.(txt|md|html?|xhtml|shtml|docx|odt|doc|wps|pdf|png|jpe?g|tiff?|bmp)$"), QRegularExpression::CaseInsensitiveOption);
    return text.match(path).hasMatch() || WebPage::isAddress(path); // a page's address is read as a page
}

QStringList ReportImport::sources(const QStringList &given)
{
    // A folder stands for the reports in it (a county's downloads): its files the importer reads, by name.
    QStringList out;
    for (const QString &g : given) {
        if (WebPage::isAddress(g) || !QFileInfo(g).isDir()) {
            out << g;
            continue;
        }
        const QDir folder(g);
        for (const QString &name : folder.entryList(QDir::Files, QDir::Name))
            if (isPublished(name) || name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
                out << folder.filePath(name);
    }
    return out;
}

QString ReportImport::linkedAgency(const QString &printed) const
{
    ReportStore *store = m_store();
    QStringList known = store ? store->agencies() : QStringList();
    for (const Report &r : m_given)
        known.append(r.agency);
    return AgencyMatcher::closest(printed, known).value_or(printed);
}

void ReportImport::fileUnder(Report &report, const QString &agency)
{
    if (agency == report.agency)
        return;
    if (!report.title)
        report.title = report.displayTitle();
    report.agency = agency;
}

std::optional<Report> ReportImport::reportOf(const QString &printed, int year) const
{
    const QString agency = linkedAgency(printed);
    for (const Report &r : m_given)
        if (r.agency == agency && r.year == year)
            return r;
    Report found;
    if (ReportStore *store = m_store(); store && store->load(agency, year, &found))
        return found;
    return std::nullopt;
}

std::optional<TextImporter::Result> ReportImport::readText(const QString &text, const TextImporter::Options &given, QString *error,
                                                          TextImporter::Failure *failure, const OcrReadings *ocr)
{
    TextImporter::Options options = given;
    options.reportOf = [this](const QString &agency, int year) { return reportOf(agency, year); };
    auto result = TextImporter::read(text, m_registry, options, error, failure);
    if (!result || !ocr)
        return result;
    // Where OCR read a figure more than one way, the rules and last year's report choose; every figure OCR read is
    // then the clerk's to confirm, unless the rules confirm it.
    Report &report = result->report;
    const std::optional<Report> previous = reportOf(report.agency, report.year - 1);
    result->notes << RuleConfirmation::chooseReadings(report, m_registry, ocr->ofCells(result->sourceLines, result->sourceFields),
                                                      previous ? &*previous : nullptr);
    if (RuleConfirmation::markUnconfirmed(report, m_registry, tr("由扫描件识别，请对照原件核对"), previous ? &*previous : nullptr) > 0)
        result->notes << tr("这是扫描件，经文字识别（OCR）读出：表格中未经勾稽关系印证的数字都已标出，请对照原件逐一核对");
    return result;
}

std::optional<TextImporter::Result> ReportImport::readFile(const QString &path, const TextImporter::Options &given, QString *error)
{
    if (WebPage::isAddress(path)) {
        const std::optional<QString> text = WebPage::text(QUrl(path), error);
        auto result = text ? readText(*text, given, error) : std::nullopt;
        if (!result && text)
            *error = QStringLiteral("%1：%2").arg(path, *error);
        return result;
    }
    std::optional<OcrReadings> ocr; // the pages are not asked for: nobody is shown them here
    QString other;
    const std::optional<QString> text = textOfFile(path, error, nullptr, nullptr, &ocr, &other);
    auto result = text ? readEither(*text, other, given, error, nullptr, ocr ? &*ocr : nullptr) : std::nullopt;
    if (!result)
        *error = QStringLiteral("%1：%2").arg(path, *error);
    return result;
}

std::optional<TextImporter::Result> ReportImport::readEither(const QString &text, const QString &other, const TextImporter::Options &given, QString *error,
                                                             TextImporter::Failure *failure, const OcrReadings *ocr, bool *otherKept)
{
    if (otherKept)
        *otherKept = false;
    auto first = readText(text, given, error, failure, ocr);
    if (other.isEmpty())
        return first;
    QString otherError;
    auto second = readText(other, given, &otherError, nullptr, ocr);
    if (!second || (first && first->report.doubts.size() <= second->report.doubts.size()))
        return first;
    if (otherKept)
        *otherKept = true;
    error->clear();
    return second;
}

namespace {

std::optional<QString> scanText(const QString &path, bool pdf, QString *error, SourcePages *scan, const std::atomic_bool *cancel,
                                OcrReadings *readings)
{
    const auto pages = ScanText::pagesOf(path, pdf, error);
    if (!pages)
        return std::nullopt;
    return ScanText::text(*pages, error, cancel, scan, readings);
}

// A PDF's text as poppler's pdftotext lays it out, its columns kept apart by spaces (report-formats.md §11).
std::optional<QString> layoutText(const QString &path, QString *error)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        *error = ReportImport::tr("这个 PDF 的表格没有表格线：读取它需要 poppler-utils 中的 pdftotext（Debian：apt-get install poppler-utils）；"
                                  "也可以在 PDF 阅读器中复制全文，再从剪贴板导入");
        return std::nullopt;
    }
    QProcess extract;
    extract.start(pdftotext, {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), QFileInfo(path).absoluteFilePath(),
                              QStringLiteral("-")});
    if (!extract.waitForFinished(120000) || extract.exitCode() != 0) {
        extract.kill();
        *error = ReportImport::tr("pdftotext 未能读取这个 PDF：%1").arg(QString::fromLocal8Bit(extract.readAllStandardError()).trimmed());
        return std::nullopt;
    }
    return QString::fromUtf8(extract.readAllStandardOutput()).replace(QLatin1Char('\f'), QLatin1Char('\n'));
}

} // namespace

std::optional<QString> ReportImport::textOfFile(const QString &path, QString *error, SourcePages *scan, const std::atomic_bool *cancel,
                                                std::optional<OcrReadings> *ocr, QString *otherReading)
{
    if (otherReading)
        otherReading->clear();
    if (ocr)
        ocr->reset();
    const auto scanned = [&](bool pdf) {
        OcrReadings readings;
        auto text = scanText(path, pdf, error, scan, cancel, &readings);
        if (ocr)
            *ocr = std::move(readings);
        return text;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("无法读取（%1）").arg(file.exists() ? file.errorString() : tr("文件不存在"));
        return std::nullopt;
    }
    QByteArray bytes = file.read(TextImporter::maxBytes + 1); // no more than it would take
    if (bytes.startsWith("%PDF-")) {
        // A PDF's words where its pages show them, its tables from their rules.
        SourcePages shown;
        const std::optional<PdfText::Read> read = PdfText::read(path, error, scan ? &shown : nullptr, cancel);
        if (!read)
            return std::nullopt;
        if (read->text.trimmed().isEmpty()) // no text layer: a scan
            return scanned(true);
        if (read->tables > 0 || read->unruledRows > 0) {
            // Tables without rules rebuilt from their words' places: poppler's own layout is the second reading, for
            // the shapes it keeps better (a PDF made from a text laid out in spaces).
            if (read->tables == 0 && otherReading) {
                QString ignored;
                *otherReading = layoutText(path, &ignored).value_or(QString());
            }
            if (scan)
                *scan = std::move(shown);
            return read->text;
        }
        // No table found: the columns of its tables, if any, are where poppler's layout keeps them apart by spaces.
        return layoutText(path, error);
    }
    // A page image — unless its name says text, when it is refused as what it is not.
    static const QRegularExpression textName(QStringLiteral("\\.(txt|md|html?|xhtml|shtml)$"), QRegularExpression::CaseInsensitiveOption);
    if (ScanText::isImage(bytes) && !textName.match(path).hasMatch())
        return scanned(false);
    if (OfficeText::kindOf(bytes) == OfficeText::Kind::OldBinary) {
        // Word 97–2003 and WPS's own format: LibreOffice reads them; it writes a DOCX we read.
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty()) {
            *error = tr("这是旧版 Word/WPS 文件（.doc/.wps）：需要 LibreOffice 转换，但没有找到 soffice。请安装 LibreOffice（Debian："
                        "apt-get install libreoffice-writer），或在 Word/WPS 中另存为 .docx 后导入");
            return std::nullopt;
        }
        QTemporaryDir work;
        QProcess convert;
        convert.start(soffice, {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(work.filePath(QStringLiteral("profile"))).toString(),
                                QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--convert-to"), QStringLiteral("docx"),
                                QStringLiteral("--outdir"), work.path(), QFileInfo(path).absoluteFilePath()});
        const bool done = convert.waitForFinished(120000);
        QFile docx(work.filePath(QFileInfo(path).completeBaseName() + QStringLiteral(".docx")));
        if (!done || !docx.open(QIODevice::ReadOnly)) {
            convert.kill();
            *error = tr("LibreOffice 未能转换这个旧版 Word/WPS 文件：%1").arg(QString::fromLocal8Bit(convert.readAllStandardError()).trimmed());
            return std::nullopt;
        }
        bytes = docx.readAll();
    }
    return TextImporter::textOf(bytes, path, error);
}

bool ReportImport::save(ReportStore &store, bool replace, QString *error) const
{
    if (store.save(m_given, replace))
        return true;
    *error = store.lastError();
    return false;
}
