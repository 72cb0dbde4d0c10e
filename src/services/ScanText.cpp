#include "ScanText.h"
#include "PdfText.h"
#include "FormatRegistry.h"
#include "RuledTables.h"
#include "SourceText.h"

#include <QImageReader>
#include <QRegularExpression>
#include <QTransform>
#include <algorithm>
#include <cmath>
#include <memory>

#include <poppler-qt6.h>
#include <tesseract/baseapi.h>

namespace {


// The skew of a page: the angle (within ±3°) at which its rows of ink line up best, i.e. the row profile of the
// dark pixels, sheared by that angle, is the most uneven. Measured on a copy a quarter the size.
double skewOf(const QImage &page)
{
    const QImage small = page.scaledToWidth(std::max(1, page.width() / 4), Qt::SmoothTransformation);
    QVector<QPoint> points;
    for (int y = 0; y < small.height(); ++y)
        for (int x = 0; x < small.width(); ++x)
            if (small.constScanLine(y)[x] < RuledTables::dark)
                points.append(QPoint(x, y));
    if (points.size() < 50)
        return 0;
    double best = 0, bestScore = -1;
    QVector<int> bins(small.height() * 2 + 1);
    for (int step = -30; step <= 30; ++step) {
        const double t = std::tan(step / 10.0 * M_PI / 180.0);
        bins.fill(0);
        for (const QPoint &p : qAsConst(points)) {
            const int b = int(std::lround(p.y() - p.x() * t)) + small.height() / 2;
            if (b >= 0 && b < bins.size())
                ++bins[b];
        }
        double score = 0;
        for (int n : qAsConst(bins))
            score += double(n) * n;
        if (score > bestScore) {
            bestScore = score;
            best = step / 10.0;
        }
    }
    return best;
}

// Specks of dust and scanner noise — a blob of ink of four pixels or fewer with nothing else within two pixels —
// taken out: they are read as stray digits and points. A rule, a stroke or a full stop has more ink around it.
QImage despeckled(const QImage &page)
{
    QImage clean = page;
    const int w = page.width(), h = page.height();
    for (int y = 0; y < h; ++y) {
        const uchar *row = page.constScanLine(y);
        for (int x = 0; x < w; ++x) {
            if (row[x] >= RuledTables::dark)
                continue;
            int around = 0;
            for (int yy = std::max(0, y - 2); yy <= std::min(h - 1, y + 2) && around <= 4; ++yy) {
                const uchar *line = page.constScanLine(yy);
                for (int xx = std::max(0, x - 2); xx <= std::min(w - 1, x + 2); ++xx)
                    around += line[xx] < RuledTables::dark;
            }
            if (around <= 4)
                clean.scanLine(y)[x] = 255;
        }
    }
    return clean;
}

QImage straightened(const QImage &page)
{
    const double angle = skewOf(page);
    if (std::abs(angle) < 0.05)
        return page;
    QImage white(page.size(), QImage::Format_Grayscale8);
    white.fill(255);
    QImage turned = page.convertToFormat(QImage::Format_ARGB32).transformed(QTransform().rotate(-angle), Qt::SmoothTransformation);
    // Rotation leaves transparent corners: on white, cut back to the page's size around its centre.
    QImage on(turned.size(), QImage::Format_ARGB32);
    on.fill(Qt::white);
    {
        QPainter p(&on);
        p.drawImage(0, 0, turned);
    }
    const QRect middle((on.width() - page.width()) / 2, (on.height() - page.height()) / 2, page.width(), page.height());
    return on.copy(middle).convertToFormat(QImage::Format_Grayscale8);
}

bool hasHan(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.script() == QChar::Script_Han; });
}

// Tesseract writes a space between Chinese characters and around Chinese punctuation: not the text's.
QString joinedChinese(QString text)
{
    static const QRegularExpression between(QStringLiteral("(?<=[\\p{Han}，。、；：！？“”‘’（）《》〈〉【】—…])[ \\t]+(?=[\\p{Han}，。、；：！？“”‘’（）《》〈〉【】—…\\d])"
                                                          "|(?<=[\\p{Han}，。、；：！？“”‘’（）《》〈〉【】—…\\d])[ \\t]+(?=[\\p{Han}，。、；：！？“”‘’（）《》〈〉【】—…])"));
    return text.replace(between, QString());
}

class Ocr
{
public:
    bool init(QString *error)
    {
        // Chinese for words; digits alone (English data, a whitelist) for a table's figures, on the page and on a
        // cell enlarged twice (a figure of 150–200 dpi is small for Tesseract, whose digits read best at ~300 dpi).
        if (m_words.Init(nullptr, "chi_sim") != 0) {
            *error = ScanText::tr("识别扫描件需要 Tesseract 的简体中文数据：请安装 tesseract-ocr-chi-sim（Debian：apt-get install tesseract-ocr-chi-sim）");
            return false;
        }
        for (tesseract::TessBaseAPI *api : {&m_digits, &m_enlarged}) {
            if (api->Init(nullptr, "eng") != 0) {
                *error = ScanText::tr("识别扫描件需要 Tesseract 的英文数据（用于数字）：请安装 tesseract-ocr-eng");
                return false;
            }
            api->SetVariable("tessedit_char_whitelist", "0123456789-.");
        }
        for (tesseract::TessBaseAPI *api : {&m_words, &m_digits, &m_enlarged})
            api->SetVariable("debug_file", "/dev/null");
        return true;
    }
    void setPage(const QImage &g)
    {
        for (tesseract::TessBaseAPI *api : {&m_words, &m_digits}) {
            api->SetImage(g.constBits(), g.width(), g.height(), 1, int(g.bytesPerLine()));
            api->SetSourceResolution(200);
        }
    }
    // What is read, and how sure Tesseract is of it (0–100).
    QString words(const QRect &r, tesseract::PageSegMode mode, int *confidence = nullptr) { return read(m_words, r, mode, confidence); }
    QString digits(const QRect &r, int *confidence, tesseract::PageSegMode mode = tesseract::PSM_SINGLE_LINE) { return read(m_digits, r, mode, confidence); }
    QString enlargedDigits(const QImage &g, const QRect &r)
    {
        const QImage cell = g.copy(r).scaled(r.size() * 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        m_enlarged.SetImage(cell.constBits(), cell.width(), cell.height(), 1, int(cell.bytesPerLine()));
        m_enlarged.SetSourceResolution(400);
        return read(m_enlarged, cell.rect(), tesseract::PSM_SINGLE_LINE, nullptr);
    }

private:
    static QString read(tesseract::TessBaseAPI &api, const QRect &r, tesseract::PageSegMode mode, int *confidence)
    {
        api.SetPageSegMode(mode);
        api.SetRectangle(r.x(), r.y(), r.width(), r.height());
        const std::unique_ptr<char[]> text(api.GetUTF8Text());
        if (confidence)
            *confidence = api.MeanTextConf();
        return text ? QString::fromUtf8(text.get()).trimmed() : QString();
    }
    tesseract::TessBaseAPI m_words;
    tesseract::TessBaseAPI m_digits;
    tesseract::TessBaseAPI m_enlarged;
};

// A reading as a figure: white space out, and what is left of a speck — points and dashes around no digit.
QString asFigure(QString s)
{
    s.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
    while (s.startsWith(QLatin1Char('.')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('.')) || s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s;
}

bool readsAsFigure(const QString &s)
{
    static const QRegularExpression figure(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    return figure.match(s).hasMatch();
}

// The lines of text in a cell: bands of rows with ink, apart by rows without (a band lower than 6 pixels is a speck
// or a stroke's tip), each with a little of the white around it.
QVector<QRect> inkLines(const QImage &g, const QRect &r)
{
    QVector<QRect> lines;
    int run = 0;
    for (int y = r.top(); y <= r.bottom() + 1; ++y) {
        bool inked = false;
        if (y <= r.bottom()) {
            const uchar *row = g.constScanLine(y);
            for (int x = r.left(); x <= r.right() && !inked; ++x)
                inked = row[x] < RuledTables::dark;
        }
        if (inked) {
            ++run;
        } else {
            if (run >= 6)
                lines.append(QRect(r.left(), y - run, r.width(), run).adjusted(0, -3, 0, 3).intersected(r));
            run = 0;
        }
    }
    return lines;
}

// The printed labels of the forms' tables (report-formats.md), normalised: what a label cell of a report says, the
// lexicon that chooses between two OCR readings of one.
class FormLabels
{
public:
    FormLabels()
    {
        const FormatRegistry registry;
        for (const TableFormat &table : registry.all())
            for (const auto *rows : {&table.header, &table.body})
                for (const GridRow &row : *rows)
                    for (const GridCell &cell : row.cells)
                        if (cell.valueKey.isEmpty() && cell.text.size() > 1 && !m_labels.contains(SourceText::normalise(cell.text)))
                            m_labels << SourceText::normalise(cell.text);
    }
    // How near the reading is to the nearest label (1: one of them).
    double closeness(const QString &reading) const
    {
        const QString read = SourceText::normalise(reading);
        double best = 0;
        for (const QString &label : m_labels)
            best = std::max(best, SourceText::similarity(read, label));
        return best;
    }

private:
    QStringList m_labels;
};

struct CellReading
{
    QString text;      // what the text gets
    QStringList others; // a figure's other readings, where the readings disagreed
};

// One cell: empty, its figure, or its words on one line. A figure is read three ways — as words, as digits, as digits
// enlarged — and the reading most of them give stands (the first of those that give one, when they all differ); the
// others are kept for the rules to choose among.
CellReading cellText(Ocr &ocr, const FormLabels &labels, const QImage &g, QRect r)
{
    r.adjust(4, 4, -4, -4);
    if (r.width() < 6 || r.height() < 6 || RuledTables::inkIn(g, r) < 12)
        return {};
    // A label wrapped over lines is read line by line as well as a block: Tesseract's block reading of a narrow cell
    // of Chinese gives words twice or out of order (5.属于三类  三类内部事务).
    const QVector<QRect> bands = inkLines(g, r);
    int wordsSure = 0, digitsSure = 0;
    QString words;
    if (bands.size() > 1) {
        // A speck beside a line is read as a character or a point set apart by spaces: not the label's.
        static const QRegularExpression strayEnds(QStringLiteral("^\\s*\\S{1,2}\\s{2,}|\\s{2,}\\S{1,2}\\s*$|\\s+[，。、,.:：]+\\s*$"));
        for (const QRect &band : bands) {
            int sure = 0;
            words += ocr.words(band, tesseract::PSM_SINGLE_LINE, &sure).remove(strayEnds);
            wordsSure += sure / int(bands.size());
        }
        // Line by line misses a short last line (定” read as 中); the block reading doubles words where lines are
        // close: of the two, the one nearer a label of the forms.
        int blockSure = 0;
        const QString block = ocr.words(r, tesseract::PSM_SINGLE_BLOCK, &blockSure).replace(QLatin1Char('\n'), QString());
        if (labels.closeness(block) > labels.closeness(words)) {
            words = block;
            wordsSure = blockSure;
        }
    } else {
        words = ocr.words(r, r.height() > 70 ? tesseract::PSM_SINGLE_BLOCK : tesseract::PSM_SINGLE_LINE, &wordsSure);
    }
    words.replace(QLatin1Char('\n'), QString());
    // A label is words; a lone figure of one or two digits is often taken for a character (1 for 工, 7 for 了): a short
    // reading is read again as digits.
    if (hasHan(words) && words.size() > 2)
        return {joinedChinese(words), {}};
    QString figure = asFigure(ocr.digits(r, &digitsSure));
    if (figure.isEmpty() && words.size() <= 2) // a lone digit (a narrow 1) not seen as a line of digits: as one character
        figure = asFigure(ocr.digits(r, &digitsSure, tesseract::PSM_SINGLE_CHAR));
    // No label of these forms is one character, nor has a digit in two: such a reading where digits were read is a
    // misread figure.
    const bool withDigit = std::any_of(words.cbegin(), words.cend(), [](QChar c) { return c.isDigit(); });
    if (hasHan(words) && !figure.isEmpty() && words.size() > 1 && !withDigit && wordsSure >= digitsSure)
        return {joinedChinese(words), {}};
    QStringList readings; // in the order preferred when no two agree
    for (const QString &reading : {figure, asFigure(ocr.enlargedDigits(g, r)), asFigure(words)})
        if (readsAsFigure(reading))
            readings << reading;
    if (readings.isEmpty())
        return {hasHan(words) ? joinedChinese(words) : words.simplified(), {}};
    QString chosen = readings.constFirst();
    for (const QString &reading : qAsConst(readings))
        if (readings.count(reading) > readings.count(chosen))
            chosen = reading;
    readings.removeAll(chosen);
    readings.removeDuplicates();
    return {chosen, readings};
}

} // namespace

bool ScanText::isImage(const QByteArray &head)
{
    return head.startsWith("\x89PNG") || head.startsWith("\xFF\xD8\xFF") || head.startsWith("II*\0") || head.startsWith("MM\0*") || head.startsWith("BM");
}

std::optional<QVector<QImage>> ScanText::pagesOf(const QString &path, bool pdf, QString *error)
{
    QVector<QImage> pages;
    if (pdf) {
        // The PDF's pages drawn at 200 dpi by poppler, each refused before it is drawn when it would be too large.
        const std::unique_ptr<Poppler::Document> document = PdfText::open(path, error);
        if (!document)
            return std::nullopt;
        if (document->numPages() > maxPages) {
            *error = tr("这个扫描的 PDF 超过 %1 页，不像一份年度报告，未导入").arg(maxPages);
            return std::nullopt;
        }
        for (int i = 0; i < document->numPages(); ++i) {
            const std::unique_ptr<Poppler::Page> page = document->page(i);
            if (!page)
                continue;
            const QSize size = (page->pageSizeF() * 200 / 72).toSize();
            if (qint64(size.width()) * size.height() > maxPixels) {
                *error = tr("图片太大（%1×%2 像素），不像一页报告的扫描图片：请以 200–300 dpi 重新扫描").arg(size.width()).arg(size.height());
                return std::nullopt;
            }
            pages.append(page->renderToImage(200, 200).convertToFormat(QImage::Format_Grayscale8));
        }
        return pages;
    }
    // An image file: its pages (a TIFF may hold several), each refused before it is read when too large.
    QImageReader reader(path);
    reader.setAllocationLimit(0); // the size is checked here, with a message
    for (int i = 0; i < std::max(1, reader.imageCount()) && pages.size() <= maxPages; ++i) {
        const QSize size = reader.size();
        if (qint64(size.width()) * size.height() > maxPixels) {
            *error = tr("图片太大（%1×%2 像素），不像一页报告的扫描图片：请以 200–300 dpi 重新扫描").arg(size.width()).arg(size.height());
            return std::nullopt;
        }
        QImage page = reader.read();
        if (page.isNull()) {
            *error = tr("无法读取图片（%1）").arg(reader.errorString());
            return std::nullopt;
        }
        pages.append(page.convertToFormat(QImage::Format_Grayscale8));
        if (!reader.jumpToNextImage())
            break;
    }
    if (pages.size() > maxPages) {
        *error = tr("这个扫描件超过 %1 页，不像一份年度报告，未导入").arg(maxPages);
        return std::nullopt;
    }
    return pages;
}

std::optional<QString> ScanText::text(const QVector<QImage> &pages, QString *error, const std::atomic_bool *cancel, SourcePages *layout,
                                      OcrReadings *readings)
{
    SourcePages read;
    read.ocr = true;
    const auto cancelled = [&] {
        if (!cancel || !cancel->load())
            return false;
        *error = tr("已取消识别扫描件，未导入任何内容");
        return true;
    };
    Ocr ocr;
    if (!ocr.init(error))
        return std::nullopt;
    const FormLabels labels;
    QStringList lines;
    OcrReadings others;
    for (const QImage &scanned : pages) {
        if (cancelled())
            return std::nullopt;
        const QImage grey = scanned.convertToFormat(QImage::Format_Grayscale8); // pagesOf's are already: no copy then
        // A page of a report is mostly paper: one that is mostly ink (a photograph, a dark scan) is not read at all.
        const QImage small = grey.scaledToWidth(200);
        qint64 inked = 0;
        for (int y = 0; y < small.height(); ++y)
            for (int x = 0; x < small.width(); ++x)
                inked += small.constScanLine(y)[x] < RuledTables::dark;
        if (inked * 100 > qint64(small.width()) * small.height() * 35)
            continue;
        QImage page = straightened(despeckled(grey));
        // A page scanned at another resolution is brought to about 200 dpi (an A4 page 1654 pixels wide).
        if (page.width() < 1200 || page.width() > 2600)
            page = page.scaledToWidth(1654, Qt::SmoothTransformation);
        ocr.setPage(page);
        const int pageIndex = int(read.pages.size());
        read.pages.append(page);
        const QVector<RuledTables::Table> tables = RuledTables::find(page);
        // Prose above, between and below the tables, in order.
        int y = 0;
        const auto prose = [&](int until) {
            const QRect block(0, y, page.width(), until - y);
            if (until - y > 20)
                for (const QString &line : ocr.words(block, tesseract::PSM_SINGLE_BLOCK).split(QLatin1Char('\n')))
                    if (!line.trimmed().isEmpty()) {
                        lines << joinedChinese(line.trimmed());
                        read.lines.append({pageIndex, block});
                        read.cells.append(QVector<QRect>());
                    }
        };
        for (const RuledTables::Table &table : tables) {
            prose(table.box.top() - 2);
            // A cell over three rows or more is a group's label (三、本年度办理结果, （三）不予公开), often set vertically:
            // the rows are known by their own labels, and OCR of vertical text would only put noise before the first.
            // A merged cell is read once, in its first row, as a browser copies it.
            QVector<CellReading> texts;
            for (const RuledTables::Cell &cell : table.cells) {
                if (cancelled())
                    return std::nullopt;
                texts << (cell.owner >= 0 || cell.span >= 3 ? CellReading() : cellText(ocr, labels, page, cell.rect));
            }
            for (int i = 0; i < table.bands.size(); ++i) {
                QStringList row;
                QVector<QRect> boxes; // a merged cell's is the cell it continues
                for (int k : table.bands.at(i)) {
                    row << texts.at(k).text;
                    boxes << table.cells.at(table.cells.at(k).owner >= 0 ? table.cells.at(k).owner : k).rect;
                }
                if (std::any_of(row.cbegin(), row.cend(), [](const QString &c) { return !c.isEmpty(); })) {
                    for (int c = 0; c < row.size(); ++c)
                        others.add(int(lines.size()), c, int(row.size()), texts.at(table.bands.at(i).at(c)).others);
                    lines << row.join(QLatin1Char('\t'));
                    read.lines.append({pageIndex, table.bandBox(i)});
                    read.cells.append(boxes);
                }
            }
            y = table.box.bottom() + 2;
        }
        prose(page.height());
    }
    const QString text = lines.join(QLatin1Char('\n'));
    if (std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Han; }) < 20) {
        *error = tr("扫描件中没有识别出报告的文字（图片太模糊、太小，或不是报告）：请用清晰的扫描件（200–300 dpi），或原始的 Word/WPS 文件、网页导入");
        return std::nullopt;
    }
    if (layout)
        *layout = std::move(read);
    if (readings)
        *readings = std::move(others);
    return text;
}
