#include "SettingsDialog.h"

#include "FontSet.h"
#include "Preferences.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

const FontSet::Role roles[] = {FontSet::Title, FontSet::Body, FontSet::Heading1, FontSet::Heading2, FontSet::Table, FontSet::PageNumber};
static_assert(sizeof(roles) / sizeof(roles[0]) == FontSet::RoleCount);

QString roleName(FontSet::Role role)
{
    switch (role) {
    case FontSet::Title:
        return SettingsDialog::tr("标题（小标宋）(&T)");
    case FontSet::Body:
        return SettingsDialog::tr("正文（仿宋）(&B)");
    case FontSet::Heading1:
        return SettingsDialog::tr("一级标题（黑体）(&1)");
    case FontSet::Heading2:
        return SettingsDialog::tr("二级标题（楷体）(&2)");
    case FontSet::Table:
        return SettingsDialog::tr("表格（仿宋）(&G)");
    case FontSet::PageNumber:
        return SettingsDialog::tr("页码（宋体）(&P)");
    case FontSet::RoleCount:
        break;
    }
    return QString();
}

} // namespace

SettingsDialog::SettingsDialog(const FontSet &shipped, const QString &database, QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_backupFolder(new QLineEdit(this))
    , m_backupKeep(new QSpinBox(this))
{
    setWindowTitle(tr("设置"));
    auto *layout = new QVBoxLayout(this);
    auto *pages = new QTabWidget(this);
    layout->addWidget(pages);
    const Preferences preferences;

    auto *general = new QWidget(pages);
    auto *form = new QFormLayout(general);
    const QString system = Preferences::systemLanguage() == QLatin1String("en") ? QStringLiteral("English") : QStringLiteral("中文");
    m_language->addItem(tr("跟随系统（%1）").arg(system), QString());
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(preferences.languageChoice()));
    form->addRow(tr("界面语言(&L)："), m_language);

    auto *path = new QLineEdit(QDir::toNativeSeparators(database), general);
    path->setReadOnly(true);
    path->setCursorPosition(0);
    auto *folder = new QPushButton(tr("打开所在文件夹(&O)"), general);
    connect(folder, &QPushButton::clicked, this, [database] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(database).absolutePath()));
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(path, 1);
    pathRow->addWidget(folder);
    auto *pathLabel = new QLabel(tr("数据库文件(&D)："), general); // a row of a layout gets no buddy by itself
    pathLabel->setBuddy(path);
    form->addRow(pathLabel, pathRow);
    auto *pathNote = new QLabel(tr("每一处修改立即写入这个文件。文件 ▸ 打开数据库 可以换用另一个文件（例如同事发来的）；"
                                   "文件 ▸ 新建数据库 另起一个。"),
                                general);
    pathNote->setWordWrap(true);
    form->addRow(pathNote);

    // Backups: a copy of the database before the first change of each day.
    m_backupFolder->setText(QDir::toNativeSeparators(preferences.backupFolder()));
    m_backupFolder->setPlaceholderText(QDir::toNativeSeparators(QFileInfo(database).absoluteDir().filePath(QStringLiteral("backups"))));
    auto *browse = new QPushButton(tr("选择(&C)…"), general);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("备份文件夹"), m_backupFolder->text());
        if (!folder.isEmpty())
            m_backupFolder->setText(QDir::toNativeSeparators(folder));
    });
    auto *backupRow = new QHBoxLayout;
    backupRow->addWidget(m_backupFolder, 1);
    backupRow->addWidget(browse);
    auto *backupLabel = new QLabel(tr("备份文件夹(&F)："), general);
    backupLabel->setBuddy(m_backupFolder);
    form->addRow(backupLabel, backupRow);
    m_backupKeep->setRange(0, 365);
    m_backupKeep->setSpecialValueText(tr("不备份"));
    m_backupKeep->setSuffix(tr(" 份"));
    m_backupKeep->setValue(preferences.backupKeep());
    form->addRow(tr("保留最近(&K)："), m_backupKeep);
    auto *backupNote = new QLabel(tr("每天第一次修改之前，程序把整个数据库复制一份到备份文件夹（留空则为数据库旁的 backups 文件夹）。"), general);
    backupNote->setWordWrap(true);
    form->addRow(backupNote);
    pages->addTab(general, tr("常规"));

    auto *fonts = new QWidget(pages);
    auto *fontForm = new QFormLayout(fonts);
    for (FontSet::Role role : roles) {
        auto *box = new QFontComboBox(fonts);
        box->setWritingSystem(QFontDatabase::SimplifiedChinese);
        const QString saved = preferences.printFamily(role);
        box->setCurrentFont(QFont(saved.isEmpty() ? shipped.family(role) : saved));
        fontForm->addRow(roleName(role), box);
        m_boxes.append(box);
    }
    auto *note = new QLabel(tr("本机安装了仿宋_GB2312、方正小标宋简体等字体时可在此选用；默认使用随程序提供的 Fandol 字体。"), fonts);
    note->setWordWrap(true);
    fontForm->addRow(note);
    auto *defaults = new QPushButton(tr("恢复默认字体(&R)"), fonts);
    connect(defaults, &QPushButton::clicked, this, [this, &shipped] {
        for (int i = 0; i < m_boxes.size(); ++i)
            m_boxes[i]->setCurrentFont(QFont(shipped.family(roles[i])));
    });
    fontForm->addRow(defaults);
    pages->addTab(fonts, tr("打印字体"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    Preferences preferences;
    const QString language = m_language->currentData().toString();
    m_languageChanged = preferences.language() != (language.isEmpty() ? Preferences::systemLanguage() : language);
    preferences.setLanguageChoice(language);
    preferences.setBackups(QDir::fromNativeSeparators(m_backupFolder->text().trimmed()), m_backupKeep->value());
    for (int i = 0; i < m_boxes.size(); ++i) {
        const QString family = m_boxes[i]->currentFont().family();
        m_fontsChanged = m_fontsChanged || preferences.printFamily(roles[i]) != family;
        preferences.setPrintFamily(roles[i], family);
    }
    QDialog::accept();
}
