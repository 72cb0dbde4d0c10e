#pragma once

#include <QDialog>

class FontSet;
class QComboBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;

// 设置: the interface language (the system's by default), where the data and its daily backups live, and the print faces — each print
// role (title, body, 黑体 and 楷体 headings, tables, page numbers) mapped to a face: offices that own 仿宋_GB2312 or
// 方正小标宋 use them; "shipped" keeps the free Fandol faces. Saved in Preferences on OK.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const FontSet &shipped, const QString &database, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    // What OK changed, for the window to act on.
    bool languageChanged() const { return m_languageChanged; }
    bool fontsChanged() const { return m_fontsChanged; }
    QLineEdit *backupFolderEdit() const { return m_backupFolder; }
    QSpinBox *backupKeepBox() const { return m_backupKeep; }

    void accept() override;

private:
    QComboBox *m_language;
    QLineEdit *m_backupFolder;
    QSpinBox *m_backupKeep;
    QList<QFontComboBox *> m_boxes;
    bool m_languageChanged = false;
    bool m_fontsChanged = false;
};
