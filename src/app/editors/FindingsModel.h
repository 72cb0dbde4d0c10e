#pragma once

#include <QAbstractListModel>

class ReportDocument;

// The open report's findings, errors first as the check orders them; follows every edit.
class FindingsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { AnchorRole = Qt::UserRole + 1, RuleRole, HasFixRole };

    explicit FindingsModel(QObject *parent = nullptr);
    void setDocument(ReportDocument *document);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    ReportDocument *m_document = nullptr;
};
