#include "CellDelegate.h"

#include "ReportTableModel.h"

#include <QLineEdit>
#include <QToolTip>
#include <QValidator>

namespace {

// Refuses keystrokes that can never become a valid value of the cell; partial input ("-", "12.") is allowed
// while typing and judged on commit.
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
        CellValue v;
        QString error;
        if (m_model->parse(m_index, input, &v, &error))
            return Acceptable;
        // "-" on the way to "-8", "12." on the way to "12.5": fine if a digit more makes it valid.
        QString ignored;
        if ((input.endsWith(QLatin1Char('-')) || input.endsWith(QLatin1Char('.')))
            && m_model->parse(m_index, input + QLatin1Char('1'), &v, &ignored))
            return Intermediate;
        m_refusal = error;
        return Invalid;
    }

    mutable QString m_refusal; // why the last keystroke was refused

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
        connect(editor, &QLineEdit::inputRejected, editor, [this, editor, validator] {
            if (!validator->m_refusal.isEmpty())
                showRefusal(editor, validator->m_refusal);
        });
    }
    return editor;
}

void CellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QLineEdit *>(editor)->setText(index.data(Qt::EditRole).toString());
}

void CellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QString text = static_cast<QLineEdit *>(editor)->text();
    const auto *tableModel = qobject_cast<const ReportTableModel *>(model);
    CellValue v;
    QString error;
    if (tableModel && !tableModel->parse(index, text, &v, &error)) {
        showRefusal(editor, error);
        return;
    }
    model->setData(index, text, Qt::EditRole);
}

void CellDelegate::showRefusal(QWidget *editor, const QString &message) const
{
    QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), message, editor);
    emit refused(message);
}
