#pragma once

#include "Report.h"

#include <QUndoCommand>
#include <functional>
#include <optional>

class ReportStore;

// A new report in the list of reports (the window's library stack): undo removes it. `changed` refreshes the list
// after each step with the store's error, if any.
class NewReportCommand : public QUndoCommand
{
public:
    NewReportCommand(ReportStore &store, const Report &report, std::function<void(const QString &error)> changed);
    void redo() override;
    void undo() override;

private:
    ReportStore &m_store;
    Report m_report;
    std::function<void(const QString &)> m_changed;
};
