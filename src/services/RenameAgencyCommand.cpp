#include "RenameAgencyCommand.h"

#include "ReportStore.h"

#include <QCoreApplication>

RenameAgencyCommand::RenameAgencyCommand(ReportStore &store, const QString &from, const QString &to, std::function<void(const QString &)> changed)
    : QUndoCommand(QCoreApplication::translate("RenameAgencyCommand", "把机关“%1”改为“%2”").arg(from, to))
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
