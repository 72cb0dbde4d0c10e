#pragma once

#include "SourceText.h"
#include "PartFinder.h"
#include "Report.h"

// Stage three: the title (agency and year), the preamble and the prose parts, the contact details and the 落款.
class DetailsReader
{
    Q_DECLARE_TR_FUNCTIONS(DetailsReader)
public:
    // Agency, year and title from the lines above part 一 (the title broken over up to three lines, or none: then
    // from the preamble, with a note). Returns the index of the first preamble line, or -1 without a preamble.
    static int readTitle(const QVector<SourceLine> &lines, int before, Report &r, QStringList &notes, bool agencyGiven, bool yearGiven);
    // Preamble, parts 一, 五, 六 as paragraphs; the contact line, 落款 and date at the end; contact details in the
    // preamble.
    static void readProse(const QVector<SourceLine> &lines, const PartFinder::Outline &outline, int preambleFrom, Report &r);
};
