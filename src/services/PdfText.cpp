#include "PdfText.h"
#include "PdfWords.h"
#include "RuledTables.h"
#include "SourceText.h"
#include "UnruledTables.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTransform>
#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <utility>

#include <poppler-qt6.h>

namespace {

// The rules are found on the page drawn at 200 dpi, RuledTables' measure, without smoothing (a thin rule one pixel
// solid; at 100 or 150 dpi two rules close together run into one). The review is shown a smoothed page at 150 dpi.
constexpr double dpi = 200;
constexpr double shownDpi = 150;

using PdfWords::Line;
using PdfWords::Word;
using PdfWords::boxOf;
using PdfWords::cellText;
using PdfWords::isPageNumber;
using PdfWords::linesOf;
using PdfWords::spaced;
using PdfWords::textOf;
using PdfWords::wide;

// A band without vertical rules (a table ruled only across): its columns are where the words leave wide gaps.
QStringList unruledRow(const QVector<Word> &words)
{
    QStringList cells;
    for (const Line &line : linesOf(words)) {
        QStringList parts{QString()};
        for (int i = 0; i < line.size(); ++i) {
            if (i > 0 && line.at(i).box.left() - line.at(i - 1).box.right() > 1.5 * line.at(i).box.height())
                parts.append(QString());
            parts.last() += (i > 0 && spaced(parts.last(), line.at(i).text, line.at(i - 1).spaceAfter) ? QStringLiteral(" ") : QString()) + line.at(i).text;
        }
        for (int i = 0; i < parts.size(); ++i)
            if (i < cells.size())
                cells[i] += parts.at(i);
            else
                cells.append(parts.at(i));
    }
    return cells;
}

// What a page gives: its table rows and prose lines, top to bottom.
struct Piece
{
    enum Kind { Row, Prose } kind = Prose;
    QString text;
    QRect box;
    QStringList cells;    // a row's
    QVector<QRect> boxes = {}; // a row's cells' boxes, where known
};

// The top of a row cut by a page break: words only where the row before it has words too (the rest of its label),
// never over a figure, and no figure of its own. The cells are matched from the right — the figures' columns — as the
// merged cells of a table's left columns may be drawn as one on the new page. Returns the offset of `row`'s cells in
// `before`, or -1.
int rowTailOffset(const QStringList &row, const QStringList &before)
{
    static const QRegularExpression digit(QStringLiteral("\\d"));
    const int offset = int(before.size() - row.size());
    if (offset < 0 || row.isEmpty())
        return -1;
    static const QRegularExpression figure(QStringLiteral("^[\\d.,%\\-]+$"));
    for (int c = 0; c < row.size(); ++c)
        if (!row.at(c).isEmpty() && (before.at(c + offset).isEmpty() || row.at(c).contains(digit) || figure.match(before.at(c + offset)).hasMatch()))
            return -1;
    return offset;
}

// The turn that sets a page's text upright: the way most words run from their first character to their second (to
// the right: upright; down: the page was turned clockwise, so it is turned back by 270°; up: by 90°; to the left: 180°).
Poppler::Page::Rotation upright(const std::vector<std::unique_ptr<Poppler::TextBox>> &boxes)
{
    int right = 0, down = 0, up = 0, left = 0;
    for (const std::unique_ptr<Poppler::TextBox> &box : boxes) {
        if (box->text().size() < 2)
            continue;
        const QPointF step = box->charBoundingBox(1).center() - box->charBoundingBox(0).center();
        if (std::abs(step.x()) >= std::abs(step.y()))
            ++(step.x() >= 0 ? right : left);
        else
            ++(step.y() > 0 ? down : up);
    }
    const int most = std::max({right, down, up, left});
    if (most == right)
        return Poppler::Page::Rotate0;
    if (most == down)
        return Poppler::Page::Rotate270;
    return most == up ? Poppler::Page::Rotate90 : Poppler::Page::Rotate180;
}


QString withoutDigits(QString text)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    return text.remove(digits).simplified();
}

struct Page
{
    QVector<Piece> pieces;
    QSize size;
};

} // namespace

std::unique_ptr<Poppler::Document> PdfText::open(const QString &path, QString *error)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(QFileInfo(path).absoluteFilePath());
    if (!document) {
        *error = tr("无法打开这个 PDF（文件已损坏，或不是 PDF）");
        return nullptr;
    }
    if (document->isLocked()) {
        *error = tr("这个 PDF 已加密，需要口令才能打开，无法读取：请用未加密的 PDF，或原始的 Word/WPS 文件、网页导入");
        return nullptr;
    }
    return document;
}

std::optional<PdfText::Read> PdfText::read(const QString &path, QString *error, SourcePages *pages, const std::atomic_bool *cancel)
{
    const std::unique_ptr<Poppler::Document> document = open(path, error);
    if (!document)
        return std::nullopt;
    if (document->numPages() > maxPages) {
        *error = tr("这个 PDF 有 %1 页，超过 %2 页，不像一份年度报告，未导入").arg(document->numPages()).arg(maxPages);
        return std::nullopt;
    }
    // Rules drawn one pixel solid, not smoothed to a grey that is not ink (on the page the rules are found on).
    document->setRenderHint(Poppler::Document::ThinLineSolid, true);
    document->setRenderHint(Poppler::Document::HideAnnotations, true);

    SourcePages shown;
    QVector<Page> done;
    bool anyText = false;
    int tables = 0, unruledRows = 0;
    UnruledTables::Carry carry; // what a page without rules leaves the next
    const double scale = dpi / 72.0;
    for (int i = 0; i < document->numPages(); ++i) {
        if (cancel && cancel->load()) {
            *error = tr("已取消读取 PDF，未导入任何内容");
            return std::nullopt;
        }
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page) {
            done.append(Page()); // kept in its place: the pages shown are the document's, in order
            if (pages)
                shown.pages.append(QImage());
            continue;
        }
        // A page turned on its side (a wide table set landscape, the page then rotated) is read upright.
        std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page->textList();
        const Poppler::Page::Rotation turn = upright(boxes);
        if (turn != Poppler::Page::Rotate0)
            boxes = page->textList(turn);
        QVector<Word> words;
        const auto scaled = [scale](const QRectF &r) { return QRectF(r.x() * scale, r.y() * scale, r.width() * scale, r.height() * scale); };
        for (const std::unique_ptr<Poppler::TextBox> &box : boxes) {
            const QString text = box->text();
            if (text.trimmed().isEmpty())
                continue;
            // Poppler runs characters into one word across a gap narrower than a space it expects: two cells' texts
            // set close (结果 结果 其他 in narrow columns, a label and its figure) are split where a gap is a third
            // of the line's height wide.
            const double gap = box->boundingBox().height() / 3;
            int from = 0;
            for (int i = 1; i <= text.size(); ++i) {
                if (i < text.size() && box->charBoundingBox(i).left() - box->charBoundingBox(i - 1).right() <= gap)
                    continue;
                QRectF r;
                for (int k = from; k < i; ++k)
                    r = r.isNull() ? box->charBoundingBox(k) : r.united(box->charBoundingBox(k));
                if (from == 0 && i == text.size())
                    r = box->boundingBox();
                const QString piece = text.mid(from, i - from);
                if (!piece.trimmed().isEmpty())
                    words.append({SourceText::withoutRadicals(piece), scaled(r), i == text.size() && box->hasSpaceAfter()});
                from = i;
            }
        }
        anyText = anyText || !words.isEmpty();
        // A watermark set as text (草稿, 样本) in letters many times the body's: not the report's words.
        if (!words.isEmpty()) {
            QVector<double> heights;
            for (const Word &w : qAsConst(words))
                heights.append(w.box.height());
            std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
            const double typical = heights.at(heights.size() / 2);
            words.erase(std::remove_if(words.begin(), words.end(), [typical](const Word &w) { return std::min(w.box.height(), w.box.width()) > 3.5 * typical; }),
                        words.end());
        }
        if (words.isEmpty()) {
            // Nothing to read on this page (a scan's page has no words): not drawn, unless another page has words and
            // the review is to show it (below).
            done.append(Page());
            if (pages)
                shown.pages.append(QImage());
            continue;
        }
        document->setRenderHint(Poppler::Document::Antialiasing, false);
        document->setRenderHint(Poppler::Document::TextAntialiasing, false);
        const QImage rendered = page->renderToImage(dpi, dpi, -1, -1, -1, -1, turn).convertToFormat(QImage::Format_Grayscale8);
        if (rendered.isNull()) {
            *error = tr("poppler 未能绘出这个 PDF 的第 %1 页").arg(i + 1);
            return std::nullopt;
        }
        // The rules alone: the words' ink taken out, so that no stroke of a glyph is taken for a rule.
        QImage rules = rendered;
        for (const Word &w : qAsConst(words)) {
            const QRect r = w.box.toAlignedRect().adjusted(1, 1, -1, -1) & rules.rect();
            for (int y = r.top(); y <= r.bottom(); ++y)
                std::fill_n(rules.scanLine(y) + r.left(), r.width(), uchar(255));
        }
        const QVector<RuledTables::Table> found = RuledTables::find(rules);
        tables += int(found.size());
        Page out;
        out.size = rendered.size();
        QVector<Word> prose;
        if (found.isEmpty()) {
            // No rules on the page: its tables, if any, from where their words stand.
            for (const UnruledTables::Row &row : UnruledTables::find(words, rendered.size(), &carry, &prose)) {
                QVector<QRect> boxes;
                for (const QRectF &b : row.boxes)
                    boxes << b.toAlignedRect();
                out.pieces.append({Piece::Row, row.cells.join(QLatin1Char('\t')), row.box.toAlignedRect(), row.cells, boxes});
                ++unruledRows;
            }
        } else {
            carry = UnruledTables::Carry();
            // Each word to the cell it stands in (a merged cell's words to the cell it continues), or to prose.
            QVector<QVector<QVector<Word>>> inCell(found.size());
            std::map<std::pair<int, int>, QVector<Word>> inBand; // (table, band) of a band with no vertical rules
            for (int t = 0; t < found.size(); ++t)
                inCell[t].resize(found.at(t).cells.size());
            for (const Word &w : qAsConst(words)) {
                const QPointF c = w.box.center();
                const auto table = std::find_if(found.cbegin(), found.cend(), [&](const RuledTables::Table &t) { return t.box.adjusted(-3, -3, 3, 3).contains(c.toPoint()); });
                if (table == found.cend() || table->bands.isEmpty()) {
                    prose.append(w);
                    continue;
                }
                const int t = int(table - found.cbegin());
                int band = 0;
                while (band + 1 < table->bands.size() && c.y() >= table->rules.at(band + 1))
                    ++band;
                int cell = -1;
                double nearest = 0;
                for (int k : table->bands.at(band)) {
                    const int owner = table->cells.at(k).owner >= 0 ? table->cells.at(k).owner : k;
                    const QRect &r = table->cells.at(owner).rect;
                    const double dx = std::max({0.0, r.left() - c.x(), c.x() - r.right()});
                    const double dy = std::max({0.0, r.top() - c.y(), c.y() - r.bottom()});
                    if (cell < 0 || dx + dy < nearest) {
                        cell = owner;
                        nearest = dx + dy;
                    }
                }
                if (cell < 0)
                    inBand[{t, band}].append(w);
                else
                    inCell[t][cell].append(w);
            }
            for (int t = 0; t < found.size(); ++t) {
                const RuledTables::Table &table = found.at(t);
                for (int b = 0; b < table.bands.size(); ++b) {
                    QStringList cells;
                    QVector<QRect> boxes; // a merged cell's is the cell it continues
                    if (table.bands.at(b).isEmpty()) {
                        const auto band = inBand.find({t, b});
                        if (band != inBand.end())
                            cells = unruledRow(band->second);
                    } else {
                        for (int k : table.bands.at(b)) {
                            const int owner = table.cells.at(k).owner;
                            cells << (owner >= 0 ? QString() : cellText(inCell.at(t).at(k)));
                            boxes << table.cells.at(owner >= 0 ? owner : k).rect;
                        }
                    }
                    if (std::any_of(cells.cbegin(), cells.cend(), [](const QString &c) { return !c.isEmpty(); }))
                        out.pieces.append({Piece::Row, cells.join(QLatin1Char('\t')), table.bandBox(b), cells, boxes});
                }
            }
        }
        for (const Line &line : linesOf(prose))
            out.pieces.append({Piece::Prose, textOf(line), boxOf(line).toAlignedRect(), {}});
        std::stable_sort(out.pieces.begin(), out.pieces.end(), [](const Piece &a, const Piece &b) { return a.box.top() < b.box.top(); });
        done.append(out);
        if (pages) {
            document->setRenderHint(Poppler::Document::Antialiasing, true);
            document->setRenderHint(Poppler::Document::TextAntialiasing, true);
            shown.pages.append(page->renderToImage(shownDpi, shownDpi, -1, -1, -1, -1, turn));
        }
    }
    if (!anyText)
        return Read{};
    for (int i = 0; i < shown.pages.size(); ++i)
        if (shown.pages.at(i).isNull())
            if (const std::unique_ptr<Poppler::Page> page = document->page(i))
                shown.pages[i] = page->renderToImage(shownDpi, shownDpi);

    // Page furniture: in the top or bottom tenth of a page, a page number, or a line that stands there on many pages.
    const auto margin = [](const Page &page, const Piece &piece) {
        return piece.kind == Piece::Prose && (piece.box.bottom() < page.size.height() / 10 || piece.box.top() > page.size.height() * 9 / 10);
    };
    QHash<QString, int> repeated;
    for (const Page &page : qAsConst(done)) {
        QSet<QString> here;
        for (const Piece &piece : page.pieces)
            if (margin(page, piece) && !withoutDigits(piece.text).isEmpty())
                here.insert(withoutDigits(piece.text));
        for (const QString &text : qAsConst(here))
            ++repeated[text];
    }
    const int often = std::max(2, int(done.size()) / 2);
    for (Page &page : done)
        page.pieces.erase(std::remove_if(page.pieces.begin(), page.pieces.end(),
                                         [&](const Piece &piece) {
                                             return margin(page, piece) && (isPageNumber(piece.text) || repeated.value(withoutDigits(piece.text)) >= often);
                                         }),
                          page.pieces.end());

    // Prose lines into paragraphs: a line continues the one before unless it is indented (a paragraph's first line,
    // a centred title) or the line before ended short of the measure; across a page break alike.
    QVector<int> lefts, rights, heights;
    for (const Page &page : qAsConst(done))
        for (const Piece &piece : page.pieces)
            if (piece.kind == Piece::Prose) {
                lefts.append(piece.box.left());
                rights.append(piece.box.right());
                heights.append(piece.box.height());
            }
    const auto at = [](QVector<int> v, int percent) {
        if (v.isEmpty())
            return 0;
        std::sort(v.begin(), v.end());
        return v.at(std::min(int(v.size()) - 1, int(v.size()) * percent / 100));
    };
    const int bodyLeft = at(lefts, 10), bodyRight = at(rights, 90), lineHeight = at(heights, 50);
    const auto onShown = [](const QRect &box) {
        const QTransform toShown = QTransform::fromScale(shownDpi / dpi, shownDpi / dpi);
        return toShown.mapRect(box);
    };
    QStringList lines;
    bool open = false; // the last line is a paragraph that may go on
    int openRight = 0;
    // A table going on over a page break: a row the break cut in two (its label's last characters alone at the top
    // of the next page, after the header rows the table repeats there) is put together again.
    QSet<QString> runRows;          // the rows of the current run of table rows
    QStringList lastRow, breakRow;  // the last row, and the last before a page break
    int lastRowLine = -1, breakLine = -1, rowPage = -1;
    for (int p = 0; p < done.size(); ++p)
        for (const Piece &piece : done.at(p).pieces) {
            if (piece.kind == Piece::Row) {
                if (rowPage >= 0 && rowPage < p) {
                    breakRow = lastRow;
                    breakLine = lastRowLine;
                }
                if (breakLine >= 0 && !runRows.contains(piece.text)) {
                    const int offset = rowTailOffset(piece.cells, breakRow);
                    const bool tail = offset >= 0;
                    // One tail at most, right after the break (and the header rows repeated there).
                    const int cut = std::exchange(breakLine, -1);
                    if (tail) {
                        for (int c = 0; c < piece.cells.size(); ++c)
                            breakRow[c + offset] += piece.cells.at(c);
                        lines[cut] = breakRow.join(QLatin1Char('\t'));
                        if (lastRowLine == cut) // no header repeated between: the row made whole is the last row
                            lastRow = breakRow;
                        rowPage = p; // the run is on this page now: the next row is no tail of the cut one
                        continue;
                    }
                }
                runRows.insert(piece.text);
                lastRow = piece.cells;
                lastRowLine = int(lines.size());
                rowPage = p;
            } else {
                runRows.clear();
                rowPage = breakLine = -1;
            }
            const bool goesOn = open && piece.kind == Piece::Prose && piece.box.left() <= bodyLeft + lineHeight && openRight >= bodyRight - 3 * lineHeight / 2;
            if (goesOn) {
                // Only two words of Latin letters are kept apart; a number or a Chinese sentence goes on unbroken.
                const QChar before = lines.last().back(), after = piece.text.front();
                lines.last() += (before.isLetter() && after.isLetter() && !wide(before) && !wide(after) ? QStringLiteral(" ") : QString()) + piece.text;
                if (shown.lines.last().first == p)
                    shown.lines.last().second |= onShown(piece.box);
            } else {
                lines.append(piece.text);
                shown.lines.append({p, onShown(piece.box)});
                QVector<QRect> cellBoxes;
                for (const QRect &b : piece.boxes)
                    cellBoxes << onShown(b);
                shown.cells.append(cellBoxes);
            }
            open = piece.kind == Piece::Prose;
            openRight = piece.box.right();
        }
    if (pages)
        *pages = std::move(shown);
    return Read{lines.join(QLatin1Char('\n')), tables, unruledRows};
}
