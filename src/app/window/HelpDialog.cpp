#include "HelpDialog.h"

#include "FormatRegistry.h"
#include "ReportCheck.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

QString row(const QStringList &cells)
{
    QString out = QStringLiteral("<tr>");
    for (const QString &c : cells)
        out += QStringLiteral("<td>") + c + QStringLiteral("</td>");
    return out + QStringLiteral("</tr>");
}

} // namespace

HelpDialog::HelpDialog(const FormatRegistry &registry, const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("使用指南"));
    auto *layout = new QVBoxLayout(this);
    auto *browser = new QTextBrowser(this);
    browser->setHtml(guideHtml(registry, actions));
    browser->setOpenLinks(false);
    layout->addWidget(browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 640);
}

QString HelpDialog::guideHtml(const FormatRegistry &registry, const QList<QAction *> &actions)
{
    QString html = QStringLiteral("<h2>") + escaped(tr("政府信息公开工作年度报告：使用指南")) + QStringLiteral("</h2>");

    html += QStringLiteral("<h3>") + escaped(tr("八个步骤")) + QStringLiteral("</h3><ol>");
    const QStringList steps{
        tr("打开程序。报告保存在本机的数据库文件中，无需任何设置；每一处修改立即保存，没有“保存”按钮。"),
        tr("新建本年度报告（文件 ▸ 新建报告）：填写机关名称和年度。数据库中有上一年的报告时，上年结转数、联系方式和落款自动带入。"),
        tr("或者导入已发布的报告：文件 ▸ 导入报告全文，或从网站复制全文后“从剪贴板导入”。导入时不能确定的数字标为紫色，请与原文逐一核对后确认。"),
        tr("在“基本信息”中填写标题、成文日期和联系方式。"),
        tr("填写文字部分：导语、总体情况、存在的主要问题及改进情况、其他需要报告的事项。"),
        tr("填写表二、表三、表四：像电子表格一样输入，灰色的总计自动计算；可以从 Excel 或 WPS 复制粘贴。"),
        tr("查看下方的检查结果：双击一条即跳到对应单元格，“应用修正”一步改正可以确定的错误。"),
        tr("在右侧预览中核对版面，然后签发（报告 ▸ 签发），打印或导出 PDF 上传网站；也可导出 Word、ODT 和网页。"),
    };
    for (const QString &s : steps)
        html += QStringLiteral("<li>") + escaped(s) + QStringLiteral("</li>");
    html += QStringLiteral("</ol>");

    html += QStringLiteral("<h3>") + escaped(tr("快捷键")) + QStringLiteral("</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
    for (const QAction *a : actions) {
        if (a->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts()) {
            const QString text = k.toString(QKeySequence::NativeText);
            // Keys no office keyboard has (X11's F14 for undo) or that repeat another (Shift+Backtab is Shift+Tab).
            if (!text.contains(QLatin1String("Backtab")) && !QRegularExpression(QStringLiteral("^F(1[3-9]|2\\d)$")).match(text).hasMatch())
                keys.append(text);
        }
        // The name as in the menu, without its Alt letter: "新建报告(&N)…" → "新建报告".
        const QString name = a->text().remove(QRegularExpression(QStringLiteral("\\(&.\\)"))).remove(QLatin1Char('&')).remove(QStringLiteral("…"));
        html += row({escaped(name), escaped(keys.join(QStringLiteral(" / ")))});
    }
    const QList<QPair<QString, QString>> tableKeys{
        {tr("表格：输入数字"), tr("直接键入，替换原值")},
        {tr("表格：确认并下移 / 右移"), tr("Enter / Tab")},
        {tr("表格：清空单元格"), tr("Delete")},
        {tr("表格：放弃正在输入的内容"), tr("Esc")},
        {tr("切换到某个标签页"), tr("Alt+1 … Alt+7")},
        {tr("预览：翻页 / 缩放"), tr("PgUp、PgDn / Ctrl+滚轮、Ctrl+加号、Ctrl+减号、Ctrl+0")},
    };
    for (const auto &k : tableKeys)
        html += row({escaped(k.first), escaped(k.second)});
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>") + escaped(tr("检查项目")) + QStringLiteral("</h3><p>")
        + escaped(tr("错误必须改正后再签发；警告请核对，确有原因的可以保留。")) + QStringLiteral("</p>");
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
    html += row({escaped(tr("检查")), escaped(tr("级别")), escaped(tr("含义"))});
    // The kinds `check --kinds` lists, from the one checker.
    for (const ReportCheck::Kind &k : ReportCheck(registry).kinds())
        html += row({QStringLiteral("<code>") + escaped(k.id) + QStringLiteral("</code>"), escaped(k.severity == Severity::Error ? tr("错误") : tr("警告")),
                     escaped(k.meaning)});
    html += QStringLiteral("</table>");
    return html;
}
