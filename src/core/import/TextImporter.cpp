#include "TextImporter.h"

#include "HtmlText.h"
#include "OfficeText.h"

#include "AlignedReader.h"
#include "CellPerLineReader.h"
#include "DetailsReader.h"
#include "FormDetector.h"
#include "SourceText.h"
#include "PartFinder.h"
#include "ReportSchema.h"
#include "RunTogetherReader.h"
#include "SeparatedReader.h"
#include "TableReading.h"

#include <QStringDecoder>

#include <algorithm>

std::optional<QString> TextImporter::decode(const QByteArray &bytes, QString *error)
{
    if (bytes.size() > maxBytes) {
        *error = tr("文件太大（超过 %1 MB）：一份年报的全文通常只有几百 KB").arg(maxBytes / 1048576);
        return std::nullopt;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        const QString text = utf16(bytes.mid(2));
        if (!utf16.hasError())
            return text;
    } else if (!bytes.contains('\0')) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
        if (!utf8.hasError())
            return text;
        QStringDecoder gb("GB18030");
        if (gb.isValid()) {
            const QString chinese = gb(bytes);
            if (!gb.hasError())
                return chinese;
        }
    }
    *error = tr("不是文本文件（既不是 UTF-8、UTF-16，也不是 GBK/GB18030 编码的文字）");
    return std::nullopt;
}

std::optional<QString> TextImporter::textOf(const QByteArray &bytes, const QString &name, QString *error, const QString &charset)
{
    if (OfficeText::kindOf(bytes) != OfficeText::Kind::NotOffice)
        return OfficeText::text(bytes, error);
    if (!HtmlText::isHtml(bytes, name))
        return decode(bytes, error);
    const std::optional<QString> html = HtmlText::decode(bytes, error, charset);
    return html ? std::optional<QString>(HtmlText::text(*html)) : std::nullopt;
}

TableReading TextImporter::readTable(const QVector<SourceLine> &section, const TableRows &rows, const Report *previous)
{
    // Every reader whose shape the section may have reads it; the reading with the most cells read with certainty
    // wins (then the most rows, then the most numbers): a text mixes shapes (a pipe left at the end of space-aligned
    // rows), and a reader that fits badly says so through its doubts.
    QVector<TableReading> readings;
    if (std::any_of(section.cbegin(), section.cend(), [](const SourceLine &l) { return SourceText::isSeparated(l.text); }))
        readings.append(SeparatedReader::read(section, rows));
    readings.append(AlignedReader::read(section, rows));
    readings.append(CellPerLineReader::read(section, rows));
    readings.append(RunTogetherReader::read(section, rows, previous));
    const TableReading inOrder = CellPerLineReader::readInOrder(section, rows);
    readings.append(inOrder);
    auto score = [](const TableReading &r) {
        qint64 certain = 0, numbers = 0;
        for (const CellRead &c : r.cells) {
            certain += c.doubt.isEmpty() ? 1 : 0;
            numbers += c.value.isBlank() ? 0 : 1;
        }
        return std::make_tuple(certain, qint64(r.rowsRead), numbers);
    };
    const TableReading *best = &readings.constFirst();
    for (const TableReading &r : qAsConst(readings))
        if (score(r) > score(*best))
            best = &r;
    // When the table holds exactly as many numbers as cells, their printed order is a second reading: where it agrees
    // with every cell the best reading is certain of, it fills the cells that reading doubted or missed (labels printed
    // after their numbers, as PDF text without layout puts merged labels) — still marked, for the clerk.
    TableReading out = *best;
    if (inOrder.rowsRead > 0 && best != &readings.constLast()) {
        bool agrees = true;
        for (auto it = best->cells.cbegin(); it != best->cells.cend() && agrees; ++it)
            agrees = !it->doubt.isEmpty() || it->value == inOrder.cells.value(it.key()).value;
        if (agrees)
            for (auto it = inOrder.cells.cbegin(); it != inOrder.cells.cend(); ++it) {
                const auto mine = out.cells.constFind(it.key());
                if (mine == out.cells.cend()) {
                    out.cells.insert(it.key(), it.value());
                } else if (!mine->doubt.isEmpty() && mine->value != it->value) {
                    CellRead cell = it.value();
                    cell.doubt = CellRead::joinDoubts(mine->doubt, cell.doubt);
                    out.cells.insert(it.key(), cell);
                }
            }
    }
    return out;
}

std::optional<TextImporter::Result> TextImporter::read(const QString &text, const FormatRegistry &registry, const Options &options,
                                                       QString *error, Failure *failure)
{
    auto refuse = [failure](Failure why) {
        if (failure)
            *failure = why;
        return std::nullopt;
    };
    if (text.trimmed().isEmpty()) {
        *error = tr("文本是空的");
        return refuse(Failure::NotAReport);
    }
    if (text.size() > maxChars) {
        *error = tr("文本太长（%1 万字）：一份年报的全文通常不到 10 万字，请只粘贴报告本身").arg(text.size() / 10000);
        return refuse(Failure::NotAReport);
    }
    const QVector<SourceLine> lines = SourceText::lines(text);
    const auto outline = PartFinder(registry).find(lines, error);
    if (!outline)
        return refuse(Failure::NotAReport);
    Result result;
    Report &r = result.report;
    result.notes += outline->notes;

    const int preambleFrom = DetailsReader::readTitle(lines, outline->firstLine(), r, result.notes, !options.agency.isEmpty(), options.year > 0);
    if (!options.agency.isEmpty())
        r.agency = options.agency;
    if (options.year > 0)
        r.year = options.year;
    if (r.agency.isEmpty() || r.year == 0) {
        *error = tr("找不到报告的标题（机关和年度）：请用 --agency 和 --year 给出");
        return refuse(Failure::NoAgencyOrYear);
    }
    if (r.title && *r.title == r.defaultTitle())
        r.title.reset();
    const std::optional<Report> previous = options.reportOf ? options.reportOf(r.agency, r.year - 1) : std::nullopt;
    DetailsReader::readProse(lines, *outline, preambleFrom, r);

    auto section = [&](int part) {
        const PartFinder::Part &p = outline->parts[part];
        return lines.mid(p.from, p.to - p.from);
    };
    auto texts = [](const QVector<SourceLine> &ls) {
        QStringList out;
        for (const SourceLine &l : ls)
            out.append(SourceText::asciiNumbers(l.text));
        return out;
    };
    const FormDetector::Forms forms = FormDetector::detect(texts(section(2)), texts(section(3)));
    r.formats = forms.formats;
    const ReportSchema schema(registry, r.formats, forms.blocks);
    for (const QString &table : forms.undecided)
        result.notes.append(tr("%1：文本没有说明用的是哪一年的表式，按现行（2021 年）表式读取，请核对")
                                .arg(schema.tables()[int(ReportFormats::tables().indexOf(table))]->heading));
    schema.conform(r);

    int unread = 0;
    for (int t = 0; t < 3; ++t) {
        const TableRows rows(schema, t);
        TableReading reading = readTable(section(t + 2), rows, previous ? &*previous : nullptr);
        // Rows the section lacks may stand under another table's caption (converters cut tables into pieces): taken
        // from there only when named exactly, and marked.
        if (reading.rowsRead < rows.size())
            for (int other = 2; other <= 4; ++other) {
                if (other == t + 2)
                    continue;
                const TableReading elsewhere = SeparatedReader::read(section(other), rows, true);
                for (auto it = elsewhere.cells.cbegin(); it != elsewhere.cells.cend(); ++it)
                    if (!reading.cells.contains(it.key())) {
                        CellRead cell = it.value();
                        cell.doubt = tr("这一行在原文的“%1”之下").arg(PartFinder::officialHeading(other));
                        reading.cells.insert(it.key(), cell);
                    }
            }
        result.notes += reading.notes;
        QStringList missing;
        for (const QString &key : rows.allKeys()) {
            if (!reading.cells.contains(key)) {
                missing.append(key);
                continue;
            }
            const CellRead &cell = reading.cells.value(key);
            r.cells.insert(key, cell.value);
            if (!cell.annotation.isEmpty()) {
                r.annotations.insert(key, cell.annotation);
                if (!SourceText::isNotApplicable(cell.annotation))
                    result.notes.append(tr("%1：保留了数字后的注释“%2”").arg(schema.cellName(key), cell.annotation));
            }
            if (!cell.doubt.isEmpty())
                r.doubts.insert(key, cell.doubt);
            if (cell.line > 0)
                result.sourceLines.insert(key, cell.line);
            if (cell.fieldFromEnd >= 0)
                result.sourceFields.insert(key, cell.fieldFromEnd);
        }
        // Cells no reader placed stay blank — and are marked, since the published text may well have had numbers.
        if (missing.size() == rows.allKeys().size()) {
            ++unread;
            result.notes.append(tr("%1：一行也没有读出来（这一段文本的排列方式分不清数字属于哪一格），整张表留空，请对照原文填写")
                                    .arg(rows.format().heading));
        } else if (!missing.isEmpty()) {
            QStringList rowNames;
            for (int k = 0; k < rows.size(); ++k)
                if (missing.contains(rows.keys(k).constFirst()))
                    rowNames.append(rows.label(k).isEmpty() ? rows.format().heading : rows.label(k));
            result.notes.append(tr("%1：原文中没有找到 %2 行（%3），其单元格留空").arg(rows.format().heading).arg(rowNames.size()).arg(rowNames.join(QStringLiteral("、"))));
        }
        for (const QString &key : qAsConst(missing))
            r.doubts.insert(key, missing.size() == rows.allKeys().size() ? tr("整张表没有读出来，请对照原文填写") : tr("原文中没有找到这一行，请对照原文填写"));
    }
    if (unread == 3) {
        *error = tr("三张表格一行也没有读出来。这份文本的排列方式（如一格一行、连在一起的数字）本版还不能导入");
        return refuse(Failure::NoTable);
    }
    return result;
}
