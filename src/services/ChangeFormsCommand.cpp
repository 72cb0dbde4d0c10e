#include "ChangeFormsCommand.h"

#include "ReportStore.h"

#include <QCoreApplication>

ChangeFormsCommand::ChangeFormsCommand(ReportStore &store, const Report &before, const Report &after,
                                       std::function<void(const QString &)> changed)
    : QUndoCommand(QCoreApplication::translate("ChangeFormsCommand", "更改 %1 %2 年报告的表式").arg(before.agency).arg(before.year))
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
