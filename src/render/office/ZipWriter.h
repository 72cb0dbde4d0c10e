#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// A zip package (DOCX, ODT) written with Debian's libzip: entries in the order added, each deflated or stored.
// The file appears whole or not at all.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)
public:
    void add(const QString &name, const QByteArray &data, bool compress = true);
    bool write(const QString &path, QString *error) const;

private:
    struct Entry
    {
        QString name;
        QByteArray data;
        bool compress;
    };
    QList<Entry> m_entries;
};
