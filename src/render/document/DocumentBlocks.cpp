#include "DocumentBlocks.h"
#include "OfficialDocument.h"


#include <QRegularExpression>

int DocumentBlocks::headingLength(const QString &paragraph)
{
    static const QRegularExpression opener(QStringLiteral("^[（(][一二三四五六七八九十]+[）)]"));
    const auto m = opener.match(paragraph);
    if (!m.hasMatch())
        return 0;
    const int stop = paragraph.indexOf(QStringLiteral("。"));
    if (stop < 0)
        return paragraph.size() <= 30 ? int(paragraph.size()) : 0;
    return stop < 40 ? stop + 1 : int(m.capturedLength());
}

QVector<DocumentBlock> DocumentBlocks::of(const Report &report, const ReportSchema &schema)
{
    QVector<DocumentBlock> out;
    auto prose = [&out](const std::optional<QString> &text) {
        if (!text)
            return;
        for (const QString &p : text->split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            DocumentBlock b;
            b.text = p;
            b.headingLength = headingLength(p);
            out.append(b);
        }
    };
    auto heading = [&out](const QString &text) {
        DocumentBlock b;
        b.kind = DocumentBlock::Heading;
        b.text = text;
        out.append(b);
    };
    DocumentBlock title;
    title.kind = DocumentBlock::Title;
    title.text = report.displayTitle();
    out.append(title);
    prose(report.prose.preamble);
    heading(OfficialDocument::partHeading(1));
    prose(report.prose.part1);
    for (const TableFormat *t : schema.tables()) {
        heading(t->heading);
        DocumentBlock b;
        b.kind = DocumentBlock::Table;
        b.table = t;
        out.append(b);
    }
    heading(OfficialDocument::partHeading(5));
    prose(report.prose.part5);
    heading(OfficialDocument::partHeading(6));
    prose(report.prose.part6);
    // The customary line names a person (report-formats.md §11): printed only when the clerk has given one. A phone
    // number alone came from the 导语, which prints it already.
    if (report.contact.person && !report.contact.person->trimmed().isEmpty()) {
        QStringList parts{QStringLiteral("联系人：") + *report.contact.person};
        if (report.contact.phone)
            parts.append(QStringLiteral("联系方式：") + *report.contact.phone);
        prose(parts.join(QStringLiteral("　")));
    }
    if (report.date) {
        DocumentBlock b;
        b.kind = DocumentBlock::Signature;
        b.text = report.agency;
        b.date = formatDate(*report.date);
        out.append(b);
    }
    for (DocumentBlock &b : out) { // the heading's length counted after what is left out of it
        const QString head = printable(b.text.left(b.headingLength));
        b.text = head + printable(b.text.mid(b.headingLength));
        b.headingLength = int(head.size());
    }
    return out;
}

QString DocumentBlocks::printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xfffe || u == 0xffff || c.isSurrogate())
            continue;
        out += c;
    }
    return out;
}

QVector<QVector<TableCellText>> DocumentBlocks::rows(const TableFormat &table, const Report &report, const ReportSchema &schema)
{
    QVector<QVector<TableCellText>> out;
    auto add = [&](const GridRow &row, bool header) {
        QVector<TableCellText> cells;
        for (const GridCell &g : row.cells) {
            TableCellText c;
            c.row = int(out.size());
            c.column = g.column;
            c.rowSpan = g.rowSpan;
            c.columnSpan = g.columnSpan;
            c.header = header;
            c.vertical = g.vertical;
            c.role = row.role;
            c.label = g.valueKey.isEmpty();
            c.text = c.label ? g.text : printable(report.cell(g.valueKey).toString() + report.annotations.value(g.valueKey));
            cells.append(c);
        }
        out.append(cells);
    };
    for (const GridRow &r : table.header)
        add(r, true);
    for (const GridRow &r : table.body)
        if (r.optionalBlock.isEmpty() || schema.hasBlock(r.optionalBlock))
            add(r, false);
    return out;
}

DocumentBlocks::Coverage DocumentBlocks::coverage(const QVector<QVector<TableCellText>> &rows, int columns)
{
    Coverage cover(rows.size(), QVector<const TableCellText *>(columns, nullptr));
    for (const auto &row : rows)
        for (const TableCellText &c : row)
            for (int r = c.row; r < c.row + c.rowSpan; ++r)
                for (int k = c.column; k < c.column + c.columnSpan; ++k)
                    cover[r][k] = &c;
    return cover;
}

QVector<double> DocumentBlocks::columnWidthsMm(const TableFormat &table)
{
    double total = 0;
    for (double w : table.widthsMm)
        total += w;
    QVector<double> out;
    for (double w : table.widthsMm)
        out.append(OfficialDocument::typeWidthMm * w / total);
    return out;
}

QString DocumentBlocks::formatDate(const QDate &date)
{
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}
