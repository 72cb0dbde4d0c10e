#pragma once

#include "TableFormat.h"

#include <QString>
#include <QStringList>
#include <QVector>

// One line of a published text after the first stage (white space unified, Markdown marks and page furniture gone).
// Empty lines are kept: in a web page saved as text they are the blank cells of a table.
struct SourceLine
{
    QString text;
    int number = 0;        // 1-based line in the text as given (a crawler's one long line unfolds into several)
    bool indented = false; // pdftotext -layout indents a paragraph's first line; its other lines start at the margin
};

// The words the importer's stages share: normalising labels and lines, telling values from labels, matching
// labels, and the printed labels of a form's rows.
class SourceText
{
public:
    // Stage one: the text as lines — ideographic, no-break and zero-width spaces unified, a crawler's single line
    // unfolded before its headings, Markdown heading and bold marks and web/page furniture dropped.
    static QVector<SourceLine> lines(const QString &text);
    // A PDF's text layer often names a character by the radical its glyph is shared with (⾃ U+2F83 for 自, ⺠ U+2EA0
    // for 民: the font maps the glyph back to the first code point it finds): the characters themselves.
    static QString withoutRadicals(QString text);

    // Label key: white space removed, half-width brackets and punctuation folded to full width, 1、 → 1.
    static QString normalise(const QString &label);
    // Full-width digits as ASCII and thousands separators removed (３００１, 447,228).
    static QString asciiNumbers(const QString &line);
    // Spaces PDF extraction leaves between CJK characters, around full-width punctuation and (with `layout`) between
    // digits and CJK (邮 编 ： 223100 ， 2024 年) removed.
    static QString closeProseSpacing(const QString &paragraph, bool layout);
    // A table cell's paragraphs (a web page's, a Word file's) on one line: white space collapsed, no space between
    // Chinese, one between two figures so that they never run together into one; no TAB (the field separator).
    static QString cellText(const QStringList &paragraphs);

    // A number as laid-out and one-cell-per-line text print it; 251000元 is 采购总金额's text.
    static bool isValueToken(const QString &token);
    // A value field of separated cells: a number (with a unit or an annotation), a blank, or a not-applicable mark.
    static bool isNumberLike(const QString &field);
    static bool isNotApplicable(const QString &field); // - — / printed for "not applicable": blank
    // A line's cells when separated by TABs or pipes (a Markdown row's frame is not a cell).
    static QStringList fieldsOf(const QString &line);
    static bool isSeparated(const QString &line);
    static bool isFurniture(const QString &line);

    static int editDistance(const QString &a, const QString &b);
    // How alike two labels are, 0..1 (1 − edit distance / the longer length).
    static double similarity(const QString &a, const QString &b);

    // A row's printed label cells, normalised, group labels first (（三）不予公开, 1.属于国家秘密); the last is the row's own.
    static QStringList labelCellsOf(const GridRow *row);
    static QString rowLabelOf(const GridRow *row); // empty for a row without a label (table 四's)
    static QVector<const GridCell *> valueCellsOf(const GridRow *row);
    // Fields (split at TABs, pipes or runs of spaces) that are neither numbers nor single characters, joined, normalised.
    static QString labelText(const QStringList &lines);
};
