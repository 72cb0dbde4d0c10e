#include "PrintFontsDialog.h"

#include "FontSet.h"
#include "Preferences.h"

#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>

namespace {

const FontSet::Role roles[] = {FontSet::Title, FontSet::Body, FontSet::Heading1, FontSet::Heading2, FontSet::Table, FontSet::PageNumber};
static_assert(sizeof(roles) / sizeof(roles[0]) == FontSet::RoleCount);

QString roleName(FontSet::Role role)
{
    switch (role) {
    case FontSet::Title:
        return PrintFontsDialog::tr("标题（小标宋）");
    case FontSet::Body:
        return PrintFontsDialog::tr("正文（仿宋）");
    case FontSet::Heading1:
        return PrintFontsDialog::tr("一级标题（黑体）");
    case FontSet::Heading2:
        return PrintFontsDialog::tr("二级标题（楷体）");
    case FontSet::Table:
        return PrintFontsDialog::tr("表格（仿宋）");
    case FontSet::PageNumber:
        return PrintFontsDialog::tr("页码（宋体）");
    case FontSet::RoleCount:
        break;
    }
    return QString();
}

} // namespace

PrintFontsDialog::PrintFontsDialog(const FontSet &shipped, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("打印字体"));
    auto *form = new QFormLayout(this);
    const Preferences preferences;
    for (FontSet::Role role : roles) {
        auto *box = new QFontComboBox(this);
        box->setWritingSystem(QFontDatabase::SimplifiedChinese);
        const QString saved = preferences.printFamily(role);
        box->setCurrentFont(QFont(saved.isEmpty() ? shipped.family(role) : saved));
        form->addRow(roleName(role), box);
        m_boxes.append(box);
    }
    auto *note = new QLabel(tr("本机安装了仿宋_GB2312、方正小标宋简体等字体时可在此选用；默认使用随程序提供的 Fandol 字体。"), this);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this, &shipped] {
        for (int i = 0; i < m_boxes.size(); ++i)
            m_boxes[i]->setCurrentFont(QFont(shipped.family(roles[i])));
    });
    form->addRow(buttons);
}

void PrintFontsDialog::accept()
{
    Preferences preferences;
    for (int i = 0; i < m_boxes.size(); ++i)
        preferences.setPrintFamily(roles[i], m_boxes[i]->currentFont().family());
    QDialog::accept();
}
