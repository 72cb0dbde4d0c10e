#pragma once

#include "store/ReportStore.h"

#include <QCoreApplication>

// The office's agency tree as a CSV file: one "机关,上级机关" (name,parent) per line, UTF-8 (a byte-order mark and a
// header line "机关,上级机关" or "name,parent" allowed); an empty parent is the top.
class AgencyTreeCsv
{
    Q_DECLARE_TR_FUNCTIONS(AgencyTreeCsv)
public:
    // The nodes; nullopt with *error naming the line when one is not name,parent.
    static std::optional<QVector<ReportStore::AgencyNode>> read(const QByteArray &data, QString *error);
};
