#pragma once

#include "FormatRegistry.h"
#include "Report.h"

// What a new report takes over from the same agency's previous year (report-formats.md §7.3 notes):
// 上年结转 from 结转下年度继续办理, the 2021 现行有效件数 baseline, the 2019 上一年项目数量.
class CarryOver
{
public:
    // Fills `next` (already conformed to its schema) from `previous`; returns the keys it filled.
    static QStringList apply(Report &next, const Report &previous, const FormatRegistry &registry);
    // The details a clerk would otherwise type again: contact person, phone, fax, address, and whether a 落款 is
    // printed (its date moved on a year). With `prose`, every prose part starts from last year's text.
    static void applyDetails(Report &next, const Report &previous, bool prose);
};
