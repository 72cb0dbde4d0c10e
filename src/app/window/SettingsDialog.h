#pragma once

#include <QDialog>

class FontSet;
class QFontComboBox;

// Maps each print role (title, body, 黑体 and 楷体 headings, tables, page numbers) to a face: offices that own
// 仿宋_GB2312 or 方正小标宋 use them; "shipped" keeps the free Fandol faces.
class PrintFontsDialog : public QDialog
{
    Q_OBJECT
public:
    PrintFontsDialog(const FontSet &shipped, QWidget *parent = nullptr);

    void accept() override;

private:
    QList<QFontComboBox *> m_boxes;
};
