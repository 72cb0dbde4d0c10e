#pragma once

#include "CellValue.h"
#include "RuleInstance.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

// One broken rule (report-formats.md §7.1): rule id, severity, cells with the anchor first, a message a
// clerk understands, and where one exists the one-step fix: the value the anchor cell should hold.
struct Finding
{
    QString rule;
    Severity severity = Severity::Error;
    QStringList cells;
    QString message;
    std::optional<CellValue> fix;
    // A finding on prose (anchor "prose.<part>"): the stretch of the part's text it is about, and where one exists the
    // text that should stand there (the table's figure).
    struct Span
    {
        int start = 0;
        int length = 0;
        std::optional<QString> replacement;
    };
    std::optional<Span> span = std::nullopt;

    QString anchor() const { return cells.value(0); }
    bool hasFix() const { return fix || (span && span->replacement); }
    QJsonObject toJson() const; // {rule, severity, cells, message}
};
