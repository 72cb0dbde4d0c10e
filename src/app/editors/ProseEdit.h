#pragma once

#include <QPlainTextEdit>
#include <QPointer>

class ReportDocument;

// The text of one prose part, bound to the document: typing becomes (merged) undo commands, and undo or
// redo elsewhere shows here. Its own undo is off so that Ctrl+Z always means the report's undo stack.
class ProseEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    ProseEdit(const QString &part, QWidget *parent = nullptr);
    void setDocument(ReportDocument *document);
    QString part() const { return m_part; }
    // Shown while the text is still last year's, word for word (a new report started from it).
    bool isLastYearsText() const;
    // Selects characters [start, start + length) of the text and shows them (a finding's figure).
    void selectRange(int start, int length);

signals:
    // A paste that would make the part longer than Prose::maxLength was refused; the text is as it was.
    void pasteRefused(const QString &message);

protected:
    bool event(QEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void load();
    void updateNote();
    void placeNote(); // the note across the top, the text below it

    QString m_part;
    QPointer<ReportDocument> m_document;
    bool m_loading = false;
    class QLabel *m_note;
};
