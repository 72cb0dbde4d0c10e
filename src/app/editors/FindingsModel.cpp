#include "FindingsModel.h"

#include "ReportDocument.h"

#include <QApplication>
#include <QStyle>

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void FindingsModel::setDocument(ReportDocument *document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &ReportDocument::findingsChanged, this, [this] {
            beginResetModel();
            endResetModel();
        });
        connect(document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : int(m_document->findings().size());
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Finding &f = m_document->findings().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return f.message;
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(f.severity == Severity::Error ? QStyle::SP_MessageBoxCritical
                                                                                 : QStyle::SP_MessageBoxWarning);
    case Qt::ToolTipRole:
        return QStringLiteral("%1 · %2\n%3").arg(f.severity == Severity::Error ? tr("错误") : tr("警告"), f.rule, f.cells.join(QStringLiteral(", ")));
    case AnchorRole:
        return f.anchor();
    case RuleRole:
        return f.rule;
    case HasFixRole:
        return f.fix.has_value();
    default:
        return QVariant();
    }
}
