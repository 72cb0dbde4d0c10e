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

    QString anchor() const { return cells.value(0); }
    QJsonObject toJson() const; // {rule, severity, cells, message}
};
