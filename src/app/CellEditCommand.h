#pragma once

#include "CellValue.h"

#include <QMap>
#include <QUndoCommand>

class ReportDocument;

// Changes value cells and, with them, the totals that depend on them; undo restores every one.
class CellEditCommand : public QUndoCommand
{
public:
    enum Dependents { RecomputeDependents, KeepDependents };

    CellEditCommand(ReportDocument *document, const QMap<QString, CellValue> &values, const QString &text,
                    Dependents dependents = RecomputeDependents);

    void undo() override;
    void redo() override;

private:
    ReportDocument *m_document;
    QMap<QString, CellValue> m_before;
    QMap<QString, CellValue> m_after;
};
