#pragma once

#include <QRectF>
#include <QString>
#include <QVector>

// A PDF page's words with their boxes, and how they make lines and text: shared by PdfText, which reads the page, and
// UnruledTables, which rebuilds the tables a page prints without rules.
namespace PdfWords {

struct Word
{
    QString text;
    QRectF box; // in the rendered page's pixels
    bool spaceAfter = false;
};

using Line = QVector<Word>; // left to right

// Chinese characters and full-width punctuation: nothing is set between them and a neighbour when text is joined.
bool wide(QChar c);
// Whether two pieces of text put side by side need a space: only between two Latin letters or digits that the PDF
// itself separates (by a space or a gap) — never inside a Chinese sentence, a number or a 《title》.
bool spaced(const QString &before, const QString &after, bool separated);
// Words in lines: a word belongs to the line whose middle its own middle is close to; lines top to bottom, their
// words left to right.
QVector<Line> linesOf(QVector<Word> words);
QString textOf(const Line &line);
QRectF boxOf(const QVector<Word> &words);
// A cell's words: its lines joined as one text (a label wrapped in its cell is one label).
QString cellText(const QVector<Word> &words);
// A page's number as printed in its margin: 3, — 3 —, 第 3 页, 3 / 7, 第 3 页 共 7 页.
bool isPageNumber(const QString &text);

} // namespace PdfWords
