#include "LibraryCommands.h"

#include "ReportStore.h"

#include <QCoreApplication>

NewReportCommand::NewReportCommand(ReportStore &store, const Report &report, std::function<void(const QString &)> changed)
    : QUndoCommand(QCoreApplication::translate("LibraryCommands", "新建 %1 %2 年的报告").arg(report.agency).arg(report.year))
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

DeleteReportCommand::DeleteReportCommand(ReportStore &store, const Report &report, std::function<void(const QString &)> changed)
    : QUndoCommand(QCoreApplication::translate("LibraryCommands", "删除 %1 %2 年的报告").arg(report.agency).arg(report.year))
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

ChangeFormsCommand::ChangeFormsCommand(ReportStore &store, const Report &before, const Report &after,
                                       std::function<void(const QString &)> changed)
    : QUndoCommand(QCoreApplication::translate("LibraryCommands", "更改 %1 %2 年报告的表式").arg(before.agency).arg(before.year))
    , m_store(store)
    , m_before(before)
    , m_after(after)
    , m_changed(std::move(changed))
{
}

void ChangeFormsCommand::redo()
{
    const bool ok = m_store.setForms(m_after);
    setObsolete(!ok);
    m_changed(ok ? QString() : m_store.lastError());
}

void ChangeFormsCommand::undo()
{
    const bool ok = m_store.setForms(m_before);
    m_changed(ok ? QString() : m_store.lastError());
}

RenameAgencyCommand::RenameAgencyCommand(ReportStore &store, const QString &from, const QString &to, std::function<void(const QString &)> changed)
    : QUndoCommand(QCoreApplication::translate("LibraryCommands", "把机关“%1”改为“%2”").arg(from, to))
    , m_store(store)
    , m_from(from)
    , m_to(to)
    , m_changed(std::move(changed))
{
}

void RenameAgencyCommand::redo()
{
    const bool ok = m_store.renameAgency(m_from, m_to, m_years, &m_years);
    setObsolete(!ok);
    m_changed(ok ? QString() : m_store.lastError());
}

void RenameAgencyCommand::undo()
{
    const bool ok = m_store.renameAgency(m_to, m_from, m_years);
    m_changed(ok ? QString() : m_store.lastError());
}
