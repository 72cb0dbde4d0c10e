#pragma once

#include <QTableView>

class CellDelegate;
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

public slots:
    void copy();
    void paste();
    void blankSelection();

signals:
    void message(const QString &text); // refusals and notes for the status bar

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    QModelIndex below(const QModelIndex &index) const;
    void fitRows(); // row heights from the cells one row tall (a tall merged label must not stretch its first row)

    ReportTableModel *m_model = nullptr;
    SpanHeaderView *m_header = nullptr;
    CellDelegate *m_delegate = nullptr;
};
