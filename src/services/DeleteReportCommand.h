#pragma once

#include "Report.h"

#include <QUndoCommand>
#include <functional>
#include <optional>

class ReportStore;

// A report deleted from the list of reports; undo brings it back with its seal. `changed` refreshes the list.
class DeleteReportCommand : public QUndoCommand
{
public:
    DeleteReportCommand(ReportStore &store, const Report &report, std::function<void(const QString &error)> changed);
    void redo() override;
    void undo() override;

private:
    ReportStore &m_store;
    Report m_report;
    std::optional<QPair<QString, QByteArray>> m_seal; // the seal image goes and comes back with the report
    std::function<void(const QString &)> m_changed;
};
