#include "CellEditCommand.h"

#include "ReportDocument.h"
#include "Totals.h"

CellEditCommand::CellEditCommand(ReportDocument *document, const QMap<QString, CellValue> &values, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_after(values)
{
    // The totals the store will compute again, so that undo restores them too.
    Report next = document->report();
    for (const QString &key : Totals::write(next, document->schema(), values))
        m_after.insert(key, next.cell(key));
    for (auto it = m_after.begin(); it != m_after.end(); ++it) {
        m_before.insert(it.key(), document->report().cell(it.key()));
        if (document->report().doubts.contains(it.key()))
            m_doubtsBefore.insert(it.key(), document->report().doubts.value(it.key()));
    }
}

void CellEditCommand::redo()
{
    // A database that refused the first time leaves nothing to undo.
    if ((m_done && !m_document->stillAsLeft(m_before, text())) || !m_document->applyCells(m_after, {}))
        setObsolete(true);
    m_done = true;
}

void CellEditCommand::undo()
{
    if (!m_document->stillAsLeft(m_after, text()))
        setObsolete(true);
    else
        m_document->applyCells(m_before, m_doubtsBefore);
}
