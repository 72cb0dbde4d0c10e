#pragma once

#include <QString>

class QWidget;

// The window's file dialogs, each kind ("import", "export", "database", "image", "agencies") opening in the folder
// its kind last used (Preferences::fileFolder), not the program's working folder.
class FileDialogs
{
public:
    static QString open(QWidget *parent, const QString &kind, const QString &title, const QString &filter);
    // `name` is the file name proposed, in the kind's folder; *selectedFilter as QFileDialog takes it.
    static QString save(QWidget *parent, const QString &kind, const QString &title, const QString &name, const QString &filter,
                        QString *selectedFilter = nullptr);
};
