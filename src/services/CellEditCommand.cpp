#include "CellEditCommand.h"

#include "ReportDocument.h"
#include "Totals.h"

CellEditCommand::CellEditCommand(ReportDocument *document, const QMap<QString, CellValue> &values, const QString &text,
                                 Dependents dependents)
    : QUndoCommand(text)
    , m_document(document)
    , m_after(values)
{
    Report next = document->report();
    for (auto it = values.begin(); it != values.end(); ++it)
        next.cells.insert(it.key(), it.value());
    if (dependents == RecomputeDependents)
        for (const QString &key : Totals::recomputeDependents(next, document->schema(), values.keys()))
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
    if (!m_document->applyCells(m_after, {}))
        setObsolete(true);
}

void CellEditCommand::undo()
{
    m_document->applyCells(m_before, m_doubtsBefore);
}
