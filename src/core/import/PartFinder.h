#pragma once

#include "SourceText.h"

#include <QCoreApplication>
#include <array>

class FormatRegistry;

// Stage two: where the six parts are. A part heading need not be the official words: it is found by the best
// match of heading words (edit distance on the normalised text, a numeral or a table caption such as 表三 helping),
// together with what follows it — a region holding table 三's row labels is part 三 wherever it stands, so a
// heading numbered wrong, a caption for a heading, or a list of the parts in the preamble does not mislead it.
class PartFinder
{
    Q_DECLARE_TR_FUNCTIONS(PartFinder)
public:
    struct Part
    {
        int heading = -1; // index of its heading line; -1 when the part was found by its content or is absent
        int from = -1;    // body lines [from, to); from == to for an empty part
        int to = -1;
        double match = 0; // how well the heading matched, 0..1 (1: the official words)
    };
    struct Outline
    {
        std::array<Part, 7> parts; // 1..6
        QStringList notes;
        int firstLine() const; // the first line of part 一 (or of the first part found): the title and preamble are above
    };

    explicit PartFinder(const FormatRegistry &registry);
    // nullopt with *error when no table part can be placed at all.
    std::optional<Outline> find(const QVector<SourceLine> &lines, QString *error) const;

    static QString officialHeading(int part); // 一、总体情况 …

    // How well a line reads as the heading of part 1..6, 0..1.
    double headingScore(const QString &line, int part) const;

private:
    std::array<int, 3> tableWords(const QString &line) const; // rows of tables 二, 三, 四 the line names
    void findUnheadedPartFive(const QVector<SourceLine> &lines, Outline &outline) const;
    static void noteParts(const QVector<SourceLine> &lines, Outline &outline);

    QStringList m_tableWords[3]; // distinctive labels of tables 二, 三, 四 (both forms)
};
