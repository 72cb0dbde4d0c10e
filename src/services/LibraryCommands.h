#pragma once

#include "Report.h"

#include <QUndoCommand>
#include <functional>

class ReportStore;

// Creating and deleting whole reports, and changing a report's forms: commands on the window's library stack (a
// deleted report's own undo stack goes with it). `changed` refreshes the report list after each step.
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
