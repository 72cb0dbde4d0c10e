#pragma once

#include <QTableView>

class CellDelegate;
class QLabel;
class ReportTableModel;
class SpanHeaderView;

// A table editor that behaves like a spreadsheet: arrows move, typing replaces, Enter commits and moves down,
// Tab moves right, Delete blanks the selected cells, Ctrl+C copies and Ctrl+V pastes tab-separated blocks from
// Excel or WPS (validated whole first: one bad cell refuses the paste and says which).
class ReportTableView : public QTableView
{
    Q_OBJECT
public:
    explicit ReportTableView(QWidget *parent = nullptr);

    void setReportModel(ReportTableModel *model);
    ReportTableModel *reportModel() const { return m_model; }
    SpanHeaderView *spanHeader() const { return m_header; }
    CellDelegate *cellDelegate() const { return m_delegate; }

    void selectKey(const QString &key);
    QString copySelection() const;               // TSV of the selected block
    bool pasteText(const QString &tsv, QString *error); // at the current cell
    // Why an input was refused, shown under the cell until the clerk edits again or presses Escape (and passed on
    // as message() for the status bar).
    void showCellMessage(const QModelIndex &index, const QString &text);
    QString cellMessage() const; // empty when none is shown

public slots:
    void copy();
    void paste();
    void blankSelection();

signals:
    void message(const QString &text); // refusals and notes for the status bar
    void messageWithdrawn(const QString &text); // a refusal answered (a value stored, Esc, another cell): no longer true

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    bool edit(const QModelIndex &index, EditTrigger trigger, QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    // The next cell an import marked after `from`, in reading order (rows, then columns); invalid when none.
    QModelIndex nextMarked(const QModelIndex &from) const;
    QModelIndex below(const QModelIndex &index) const;
    void fitColumns(); // the printed widths, narrowed (labels first) to fit the view
    void fitRows(); // row heights from the cells one row tall (a tall merged label must not stretch its first row)

    ReportTableModel *m_model = nullptr;
    SpanHeaderView *m_header = nullptr;
    CellDelegate *m_delegate = nullptr;
    QLabel *m_cellMessage = nullptr;
    QVector<int> m_naturalWidths;
    QPersistentModelIndex m_messageIndex;
    void placeCellMessage();
    void hideCellMessage();
};
