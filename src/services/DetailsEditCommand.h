#pragma once

#include "Report.h"

#include <QUndoCommand>

class ReportDocument;

// Changes the report's own fields (title, 成文日期, contact).
class DetailsEditCommand : public QUndoCommand
{
public:
    DetailsEditCommand(ReportDocument *document, const Report &before, const Report &after, const QString &text);
    void undo() override;
    void redo() override;

private:
    ReportDocument *m_document;
    Report m_before;
    Report m_after;
};
