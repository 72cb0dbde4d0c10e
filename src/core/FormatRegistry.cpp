#include "FormatRegistry.h"

#include <QDir>
#include <QFile>

FormatRegistry::FormatRegistry()
{
    loadDirectory(QStringLiteral(":/formats"));
}

FormatRegistry::FormatRegistry(const QString &directory)
{
    loadDirectory(directory);
}

void FormatRegistry::loadDirectory(const QString &directory)
{
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
            return;
        }
        QString error;
        auto format = TableFormat::fromJson(file.readAll(), &error);
        if (!format) {
            m_error = QStringLiteral("%1: %2").arg(file.fileName(), error);
            return;
        }
        if (table(format->table, format->form)) {
            m_error = QStringLiteral("%1: %2 %3 is defined twice").arg(file.fileName(), format->table, format->form);
            return;
        }
        m_tables.push_back(std::move(*format));
    }
    if (m_tables.empty())
        m_error = QStringLiteral("%1: no format definitions").arg(directory);
}

const TableFormat *FormatRegistry::table(const QString &table, const QString &form) const
{
    for (const TableFormat &t : m_tables)
        if (t.table == table && t.form == form)
            return &t;
    return nullptr;
}

QStringList FormatRegistry::forms(const QString &table) const
{
    QStringList out;
    for (const TableFormat &t : m_tables)
        if (t.table == table)
            out.append(t.form);
    return out;
}
