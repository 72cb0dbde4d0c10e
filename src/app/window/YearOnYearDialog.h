#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QTableWidget;
class ReportDocument;

// 视图 ▸ 同比: the open report's figures beside last year's, largest change first; kept up to date as the clerk
// edits, not modal (it sits beside the tables). A double-click goes to the cell.
class YearOnYearDialog : public QDialog
{
    Q_OBJECT
public:
    explicit YearOnYearDialog(QWidget *parent = nullptr);
    void setDocument(ReportDocument *document);
    QTableWidget *table() const { return m_table; }

signals:
    void jumpRequested(const QString &key);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();

    QPointer<ReportDocument> m_document;
    QLabel *m_heading;
    QTableWidget *m_table;
};
