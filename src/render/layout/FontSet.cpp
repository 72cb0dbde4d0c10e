#include "FontSet.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>

namespace {

struct Shipped
{
    FontSet::Role role;
    const char *file;
    bool bold;
};

// 仿宋 body and tables, 宋体 page numbers, 黑体 level-1 headings, 楷体 level-2 headings; FandolSong Bold stands in
// for 小标宋 (no free face exists). Tables may be set in 仿宋 or 宋体 (report-formats.md §10.2): in 仿宋 they share
// the body's glyphs, where 宋体 would embed a second face of some 200 glyphs (a fifth of the seed's PDF).
const Shipped shipped[] = {
    {FontSet::Title, "FandolSong-Bold.ttf", true},    {FontSet::Body, "FandolFang-Regular.ttf", false},
    {FontSet::Heading1, "FandolHei-Regular.ttf", false}, {FontSet::Heading2, "FandolKai-Regular.ttf", false},
    {FontSet::Table, "FandolFang-Regular.ttf", false}, {FontSet::PageNumber, "FandolSong-Regular.ttf", false},
};

} // namespace

QStringList FontSet::searchDirectories()
{
    const QString app = QCoreApplication::applicationDirPath();
    return {app + QStringLiteral("/fonts"), app + QStringLiteral("/../share/disclosure-report/fonts"), QStringLiteral(DR_FONT_BUILD_DIR)};
}

bool FontSet::loadShipped(QString *error)
{
    QString dir;
    for (const QString &d : searchDirectories())
        if (QFileInfo::exists(d + QStringLiteral("/FandolFang-Regular.ttf"))) {
            dir = d;
            break;
        }
    if (dir.isEmpty()) {
        *error = QCoreApplication::translate("FontSet", "找不到打印字体（FandolFang-Regular.ttf），已查找：%1")
                     .arg(searchDirectories().join(QStringLiteral("、")));
        return false;
    }
    QHash<QString, QString> familyOfFile;
    for (const Shipped &s : shipped) {
        const QString file = QString::fromLatin1(s.file);
        if (!familyOfFile.contains(file)) {
            const int id = QFontDatabase::addApplicationFont(QDir(dir).filePath(file));
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (id < 0 || families.isEmpty()) {
                *error = QCoreApplication::translate("FontSet", "无法加载打印字体 %1").arg(QDir(dir).filePath(file));
                return false;
            }
            familyOfFile.insert(file, families.constFirst());
            m_files.insert(families.constFirst() + (s.bold ? QStringLiteral("\nbold") : QString()), QDir(dir).filePath(file));
        }
        m_families.insert(s.role, familyOfFile.value(file));
        m_bold.insert(s.role, s.bold);
    }
    return true;
}

QString FontSet::fileOf(const QString &family, int weight) const
{
    return m_files.value(family + (weight >= QFont::DemiBold ? QStringLiteral("\nbold") : QString()));
}

QFont FontSet::font(Role role, double sizeDots) const
{
    QFont f(m_families.value(role));
    f.setPixelSize(qMax(1, qRound(sizeDots)));
    f.setBold(m_bold.value(role));
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(false);
    return f;
}
