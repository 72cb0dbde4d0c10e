#pragma once

#include "TableFormat.h"

#include <QStringList>
#include <vector>

// The official tables in every form the program knows, loaded from the data files in resources/formats.
// Load once and pass by reference; it is immutable after loading.
class FormatRegistry
{
public:
    // The built-in definitions (Qt resource :/formats). On a broken resource, isValid() is false.
    FormatRegistry();
    // Definitions from a directory of *.json files (for tests and for trying a new form).
    explicit FormatRegistry(const QString &directory);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    const TableFormat *table(const QString &table, const QString &form) const;
    QStringList forms(const QString &table) const; // e.g. {"2019", "2021"}
    const std::vector<TableFormat> &all() const { return m_tables; }

private:
    void loadDirectory(const QString &directory);

    std::vector<TableFormat> m_tables;
    QString m_error;
};
