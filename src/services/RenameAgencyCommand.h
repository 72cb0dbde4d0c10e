#pragma once

#include "Report.h"

#include <QUndoCommand>
#include <functional>
#include <optional>

class ReportStore;

// An agency renamed, or merged into another (its reports join the other's years); undo moves the same years back.
class RenameAgencyCommand : public QUndoCommand
{
public:
    RenameAgencyCommand(ReportStore &store, const QString &from, const QString &to, std::function<void(const QString &error)> changed);
    void redo() override;
    void undo() override;

private:
    ReportStore &m_store;
    QString m_from, m_to;
    QList<int> m_years;
    std::function<void(const QString &)> m_changed;
};
