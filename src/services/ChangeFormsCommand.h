#pragma once

#include "Report.h"

#include <QUndoCommand>
#include <functional>
#include <optional>

class ReportStore;

// Another form for a report's tables: the cells both forms have keep their values, the rest go and come back on undo.
class ChangeFormsCommand : public QUndoCommand
{
public:
    ChangeFormsCommand(ReportStore &store, const Report &before, const Report &after, std::function<void(const QString &error)> changed);
    void redo() override;
    void undo() override;

private:
    ReportStore &m_store;
    Report m_before, m_after;
    std::function<void(const QString &)> m_changed;
};
