#pragma once

#include "CellValue.h"

#include <QMap>
#include <QUndoCommand>

class ReportDocument;

// Changes value cells and, with them, the totals that depend on them; undo restores every one. A written cell loses
// an import's doubt (an edit is a confirmation; confirming is writing the same value), and undo brings it back. A step
// whose cells another clerk changed since is dropped on undo or redo, not applied over their change.
class CellEditCommand : public QUndoCommand
{
public:
    CellEditCommand(ReportDocument *document, const QMap<QString, CellValue> &values, const QString &text);

    void undo() override;
    void redo() override;

private:
    ReportDocument *m_document;
    QMap<QString, CellValue> m_before;
    QMap<QString, CellValue> m_after;
    QMap<QString, QString> m_doubtsBefore;
    bool m_done = false; // applied once: a redo after an undo checks nobody changed the cells since
};
