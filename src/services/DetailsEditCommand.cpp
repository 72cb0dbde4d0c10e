#include "DetailsEditCommand.h"

#include "ReportDocument.h"

DetailsEditCommand::DetailsEditCommand(ReportDocument *document, const Report &before, const Report &after, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(before)
    , m_after(after)
{
}

void DetailsEditCommand::redo()
{
    if (!m_document->applyDetails(m_after))
        setObsolete(true);
}

void DetailsEditCommand::undo()
{
    m_document->applyDetails(m_before);
}
