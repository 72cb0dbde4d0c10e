#include "ProseEdit.h"

#include "ReportDocument.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QTextCursor>
#include <QToolTip>

ProseEdit::ProseEdit(const QString &part, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_part(part)
    , m_note(new QLabel(this))
{
    setUndoRedoEnabled(false);
    setTabChangesFocus(true);
    m_note->setObjectName(QStringLiteral("lastYearNote"));
    m_note->setWordWrap(true);
    m_note->setMargin(4);
    m_note->setAutoFillBackground(true);
    m_note->setBackgroundRole(QPalette::ToolTipBase);
    m_note->setForegroundRole(QPalette::ToolTipText);
    m_note->hide();
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading && m_document)
            m_document->editProse(m_part, toPlainText());
        updateNote();
    });
}

bool ProseEdit::isLastYearsText() const
{
    if (!m_document || !m_document->previousYear())
        return false;
    const QString last = m_document->previousYear()->prose.get(m_part).value_or(QString()).trimmed();
    return !last.isEmpty() && toPlainText().trimmed() == last;
}

void ProseEdit::updateNote()
{
    // Called on every keystroke: the layout is redone only when the note comes or goes.
    const bool show = isLastYearsText();
    if (show)
        m_note->setText(tr("这是 %1 年报告的原文，尚未修改：请按本年情况改写。").arg(m_document->previousYear()->year));
    if (show == !m_note->isHidden())
        return;
    m_note->setVisible(show);
    placeNote();
}

void ProseEdit::placeNote()
{
    const bool shown = !m_note->isHidden();
    if (shown) {
        const QRect r = contentsRect();
        m_note->setFixedWidth(r.width());
        m_note->adjustSize();
        m_note->move(r.topLeft());
    }
    setViewportMargins(0, shown ? m_note->height() : 0, 0, 0);
}

void ProseEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    if (!m_note->isHidden())
        placeNote();
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
        connect(document, &ReportDocument::signOffChanged, this, [this] { setReadOnly(m_document->isReadOnly()); });
    }
    setReadOnly(document && document->isReadOnly());
    load();
    updateNote();
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

void ProseEdit::selectRange(int start, int length)
{
    QTextCursor cursor(document());
    cursor.setPosition(qBound(0, start, document()->characterCount() - 1));
    cursor.setPosition(qBound(0, start + length, document()->characterCount() - 1), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
    setFocus(Qt::OtherFocusReason);
}

void ProseEdit::insertFromMimeData(const QMimeData *source)
{
    // Checked before the text is inserted: a 10 MB paste never reaches the layout or the database.
    const qsizetype after = toPlainText().size() - textCursor().selectedText().size() + (source ? source->text().size() : 0);
    if (after > Prose::maxLength) {
        const QString message = tr("粘贴的内容太长（粘贴后共 %1 字）：每一部分不能超过 %2 字，没有粘贴").arg(after).arg(Prose::maxLength);
        QToolTip::showText(viewport()->mapToGlobal(cursorRect().bottomLeft()), message, this);
        emit pasteRefused(message);
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

bool ProseEdit::event(QEvent *event)
{
    // Let Ctrl+Z / Ctrl+Shift+Z reach the window's undo actions instead of the (disabled) text undo.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        // Also the window's tab keys: Ctrl+Tab would otherwise stay in the text.
        const QKeyCombination combo = key->keyCombination();
        const bool windowKey = combo == QKeyCombination(Qt::ControlModifier, Qt::Key_Tab)
            || combo == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Backtab)
            || combo == QKeyCombination(Qt::ControlModifier, Qt::Key_PageDown) || combo == QKeyCombination(Qt::ControlModifier, Qt::Key_PageUp)
            || combo == QKeyCombination(Qt::ControlModifier, Qt::Key_Y);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) || windowKey) {
            event->ignore();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}
