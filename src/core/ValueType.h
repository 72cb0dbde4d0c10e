#pragma once

#include <QString>

// What a value cell holds (report-formats.md §6).
enum class ValueType {
    Count,  // integer >= 0
    Signed, // integer, may be negative (2019 本年增/减)
    Amount, // decimal string in 万元
    Text,   // free text with its unit (2019 采购总金额)
};

ValueType valueTypeFromName(const QString &name, bool *ok);
