#pragma once

#include <QWidget>

class FindingsModel;
class QComboBox;
class QPushButton;
class QTreeView;
class ReportDocument;
struct Finding;

// Below the editors: the open report's findings (FindingsModel) with a filter (全部 / 仅错误 / 仅警告) and 应用修正.
// Enter or a double-click on a finding asks to jump to its cell; the window does the jumping and the fixing.
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    void setDocument(ReportDocument *document);
    FindingsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QComboBox *filter() const { return m_filter; }
    // The finding selected; null for none or a summary row.
    const Finding *current() const;
    // 应用修正 as it can act now: enabled with the finding as its tooltip, or disabled with why.
    void setFixable(bool fixable, const QString &why);

signals:
    void jumpRequested(const Finding &finding, const QString &anchor);
    void fixRequested();
    void currentChanged();

private:
    FindingsModel *m_model;
    QTreeView *m_view;
    QComboBox *m_filter;
    QPushButton *m_fix;
};
