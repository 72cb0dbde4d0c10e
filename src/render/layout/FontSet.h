#pragma once

#include <QFont>
#include <QHash>
#include <QStringList>

// The faces of the printed page by role. The program ships cleaned free faces (resources/fonts) and loads
// them from its own files; an office that owns 仿宋_GB2312 or 方正小标宋 maps a role to that family instead.
class FontSet
{
public:
    enum Role { Title, Body, Heading1, Heading2, Table, PageNumber, RoleCount };

    // Loads the shipped faces from the first directory that has them (next to the executable, the install
    // prefix, the build tree). Needs a QGuiApplication. False with *error naming what is missing.
    bool loadShipped(QString *error);
    static QStringList searchDirectories();

    // An office's own face for a role, used at its own weight: the title's FandolSong Bold only stands in for
    // 小标宋, a heavy design of its own, which Qt would otherwise embolden further (and our PDF writer draws
    // outlines as the face has them).
    void setFamily(Role role, const QString &family)
    {
        m_families[role] = family;
        m_bold[role] = false;
    }
    QString family(Role role) const { return m_families.value(role); }

    // A font of the role at a size in layout dots (PageGeometry), with hinting off so that every device
    // measures it alike.
    QFont font(Role role, double sizeDots) const;

    // The file a shipped face was loaded from (empty for any other face): the PDF writer reads its tables in place.
    QString fileOf(const QString &family, int weight) const;

private:
    QHash<int, QString> m_families;
    QHash<QString, QString> m_files; // family and bold → file
    QHash<int, bool> m_bold;
};
