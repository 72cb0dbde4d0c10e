#include "DeleteReportCommand.h"

#include "ReportStore.h"

#include <QCoreApplication>

DeleteReportCommand::DeleteReportCommand(ReportStore &store, const Report &report, std::function<void(const QString &)> changed)
    : QUndoCommand(QCoreApplication::translate("DeleteReportCommand", "删除 %1 %2 年的报告").arg(report.agency).arg(report.year))
    , m_store(store)
    , m_report(report)
    , m_changed(std::move(changed))
{
    if (const auto seal = store.attachment(report.agency, report.year, QStringLiteral("seal")))
        m_seal = qMakePair(seal->mimeType, seal->data);
}

void DeleteReportCommand::redo()
{
    const bool ok = m_store.remove(m_report.agency, m_report.year);
    setObsolete(!ok);
    m_changed(ok ? QString() : m_store.lastError());
}

void DeleteReportCommand::undo()
{
    bool ok = m_store.save({m_report}, false);
    if (ok && m_seal)
        ok = m_store.setAttachment(m_report.agency, m_report.year, QStringLiteral("seal"), {m_seal->first, m_seal->second});
    m_changed(ok ? QString() : m_store.lastError());
}
