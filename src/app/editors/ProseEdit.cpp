#include "ProseEdit.h"

#include "ReportDocument.h"

#include <QKeyEvent>

ProseEdit::ProseEdit(const QString &part, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_part(part)
{
    setUndoRedoEnabled(false);
    setTabChangesFocus(true);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading && m_document)
            m_document->editProse(m_part, toPlainText());
    });
}

void ProseEdit::setDocument(ReportDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    setEnabled(document != nullptr);
    if (document) {
        connect(document, &ReportDocument::proseChanged, this, [this](const QString &part) {
            if (part == m_part)
                load();
        });
        connect(document, &ReportDocument::signOffChanged, this, [this] { setReadOnly(m_document->isSigned()); });
    }
    setReadOnly(document && document->isSigned());
    load();
}

void ProseEdit::load()
{
    const QString text = m_document ? m_document->report().prose.get(m_part).value_or(QString()) : QString();
    if (text == toPlainText())
        return;
    // Undo or redo changed the text: show it, keeping the cursor near where it was.
    const int position = textCursor().position();
    m_loading = true;
    setPlainText(text);
    m_loading = false;
    QTextCursor c = textCursor();
    c.setPosition(qMin(position, int(text.size())));
    setTextCursor(c);
}

bool ProseEdit::event(QEvent *event)
{
    // Let Ctrl+Z / Ctrl+Shift+Z reach the window's undo actions instead of the (disabled) text undo.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}
