#include "FileDialogs.h"

#include "Preferences.h"

#include <QDir>
#include <QFileDialog>

QString FileDialogs::open(QWidget *parent, const QString &kind, const QString &title, const QString &filter)
{
    const QString path = QFileDialog::getOpenFileName(parent, title, Preferences().fileFolder(kind), filter);
    if (!path.isEmpty())
        Preferences().noteFileFolder(kind, path);
    return path;
}

QString FileDialogs::save(QWidget *parent, const QString &kind, const QString &title, const QString &name, const QString &filter,
                          QString *selectedFilter)
{
    const QString proposed = QDir(Preferences().fileFolder(kind)).filePath(name);
    const QString path = QFileDialog::getSaveFileName(parent, title, proposed, filter, selectedFilter);
    if (!path.isEmpty())
        Preferences().noteFileFolder(kind, path);
    return path;
}
