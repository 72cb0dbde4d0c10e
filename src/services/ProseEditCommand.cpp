#include "ProseEditCommand.h"

#include "Report.h"
#include "ReportDocument.h"

ProseEditCommand::ProseEditCommand(ReportDocument *document, const QString &part, const std::optional<QString> &before,
                                   const std::optional<QString> &after)
    : QUndoCommand(ReportDocument::tr("编辑“%1”").arg(Prose::name(part)))
    , m_document(document)
    , m_part(part)
    , m_before(before)
    , m_after(after)
{
    m_age.start();
}

void ProseEditCommand::redo()
{
    if ((m_done && !m_document->stillAsLeft(m_part, m_before, text())) || !m_document->applyProse(m_part, m_after))
        setObsolete(true);
    m_done = true;
}

void ProseEditCommand::undo()
{
    if (!m_document->stillAsLeft(m_part, m_after, text()))
        setObsolete(true);
    else
        m_document->applyProse(m_part, m_before);
}

int ProseEditCommand::id() const
{
    return 1000 + int(Prose::parts().indexOf(m_part));
}

bool ProseEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ProseEditCommand *>(other);
    if (o->m_part != m_part || m_age.elapsed() > 2000)
        return false;
    m_after = o->m_after;
    m_age.restart();
    return true;
}
