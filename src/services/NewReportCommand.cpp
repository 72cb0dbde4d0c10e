#include "NewReportCommand.h"

#include "ReportStore.h"

#include <QCoreApplication>

NewReportCommand::NewReportCommand(ReportStore &store, const Report &report, std::function<void(const QString &)> changed)
    : QUndoCommand(QCoreApplication::translate("NewReportCommand", "新建 %1 %2 年的报告").arg(report.agency).arg(report.year))
    , m_store(store)
    , m_report(report)
    , m_changed(std::move(changed))
{
}

void NewReportCommand::redo()
{
    const bool ok = m_store.save({m_report}, false);
    setObsolete(!ok);
    m_changed(ok ? QString() : m_store.lastError());
}

void NewReportCommand::undo()
{
    const bool ok = m_store.remove(m_report.agency, m_report.year);
    m_changed(ok ? QString() : m_store.lastError());
}
