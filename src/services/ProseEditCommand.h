#pragma once

#include <QElapsedTimer>
#include <QUndoCommand>
#include <optional>

class ReportDocument;

// Typing in a prose part. Keystrokes in the same part within a short pause merge into one undo step.
class ProseEditCommand : public QUndoCommand
{
public:
    ProseEditCommand(ReportDocument *document, const QString &part, const std::optional<QString> &before,
                     const std::optional<QString> &after);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ReportDocument *m_document;
    QString m_part;
    std::optional<QString> m_before;
    std::optional<QString> m_after;
    QElapsedTimer m_age;
    bool m_done = false;
};
