#pragma once

#include "Finding.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QVector>

class ReportDocument;

// The open report's findings as a clerk reads them: errors first, then warnings, then the blank cells summarised
// one line per table ("表三：还有 152 个单元格未填写", its cells as children); the document's findings are already
// what the window lists (ReportCheck::listed), so the counts elsewhere are this panel's. Follows every edit.
class FindingsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles { AnchorRole = Qt::UserRole + 1, RuleRole, HasFixRole, SeverityRole };
    enum class Filter { All, Errors, Warnings };

    explicit FindingsModel(QObject *parent = nullptr);
    void setDocument(ReportDocument *document);
    // The icons an error, a warning and a summary row show (the view's style's: the model knows no widget).
    void setIcons(const QIcon &error, const QIcon &warning, const QIcon &summary);
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }

    // The finding a row stands for; null for a summary row.
    const Finding *finding(const QModelIndex &index) const;
    QModelIndex indexOfAnchor(const QString &key) const; // the row (or child row) of that cell's first finding

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int finding = -1;         // into m_findings, or -1 for a summary of blank cells
        QString table;            // the summary's table key ("t3")
        QVector<int> children;    // the summary's findings
    };
    void rebuild();

    ReportDocument *m_document = nullptr;
    Filter m_filter = Filter::All;
    QVector<Finding> m_findings; // as the rows were built from: the document replaces its own before it says so
    QVector<Row> m_rows;
    QHash<int, QIcon> m_icons; // by severity; -1 the summaries'
};
