#include "CellDelegate.h"

#include "ReportTableModel.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QValidator>

namespace {

// Keeps out keystrokes that can never be part of a value (letters, punctuation). Anything a number is made of
// stays in the editor even while it is not a value yet ("-", "12.", "1,2") or never will be ("-5" in a count):
// dropping the "-" of "-5" and keeping the 5 would turn what the clerk typed into another number. Such text is
// refused when it is committed, with the reason.
class CellValidator : public QValidator
{
public:
    CellValidator(const ReportTableModel *model, const QModelIndex &index, QLineEdit *editor)
        : QValidator(editor)
        , m_model(model)
        , m_index(index)
    {
    }

    State validate(QString &input, int &) const override
    {
        m_refusal = whyNot(input);
        if (m_refusal.isEmpty())
            return Acceptable;
        static const QRegularExpression numberish(QStringLiteral("^[\\s0-9０-９.．,，+＋\\-－−]*$"));
        return numberish.match(input).hasMatch() ? Intermediate : Invalid;
    }

    // Empty when `text` is a value of the cell, else why not.
    QString whyNot(const QString &text) const
    {
        CellValue v;
        QString error;
        return m_model->parse(m_index, text, &v, &error) ? QString() : error;
    }
    QModelIndex index() const { return m_index; }

    mutable QString m_refusal; // why the text (or the last keystroke) is not a value of the cell

private:
    const ReportTableModel *m_model;
    QPersistentModelIndex m_index;
};

} // namespace

QWidget *CellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const ReportTableModel *>(index.model());
    auto *editor = new QLineEdit(parent);
    editor->setFrame(false);
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (model) {
        auto *validator = new CellValidator(model, index, editor);
        editor->setValidator(validator);
        // QLineEdit drops a refused keystroke silently; tell the clerk why.
        connect(editor, &QLineEdit::inputRejected, editor, [this, validator] {
            if (!validator->m_refusal.isEmpty())
                emit refused(validator->index(), validator->m_refusal);
        });
    }
    return editor;
}

void CellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QLineEdit *>(editor)->setText(index.data(Qt::EditRole).toString());
}

namespace {

const CellValidator *validatorOf(QObject *editor)
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    return line ? dynamic_cast<const CellValidator *>(line->validator()) : nullptr;
}

} // namespace

bool CellDelegate::eventFilter(QObject *object, QEvent *event)
{
    // Enter and Tab on text that is not a value: Qt keeps the editor open without a word; say why.
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const CellValidator *validator = validatorOf(object);
        if (validator && (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab)) {
            const QString why = validator->whyNot(static_cast<QLineEdit *>(object)->text());
            if (!why.isEmpty()) {
                emit refused(validator->index(), why);
                return true;
            }
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

void CellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    // Reached also when the editor loses focus with text that is not a value: the cell keeps what it held.
    const QString text = static_cast<QLineEdit *>(editor)->text();
    if (const CellValidator *validator = validatorOf(editor)) {
        if (const QString why = validator->whyNot(text); !why.isEmpty()) {
            emit refused(index, why);
            return;
        }
    }
    model->setData(index, text, Qt::EditRole);
}
