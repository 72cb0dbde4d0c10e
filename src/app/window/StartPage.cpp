#include "StartPage.h"

#include "ReportStore.h"

#include <QCommandLinkButton>
#include <QDate>
#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_location(new QLabel(this))
    , m_new(new QCommandLinkButton(this))
    , m_importFile(new QCommandLinkButton(this))
    , m_importClipboard(new QCommandLinkButton(this))
    , m_example(new QCommandLinkButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    auto *title = new QLabel(tr("政府信息公开工作年度报告"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    title->setFont(big);
    layout->addWidget(title);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    layout->addSpacing(12);

    setProposedYear(QDate::currentDate().year() - 1); // reports are written in January for the year before
    m_new->setDescription(tr("只需填写机关名称和年度；采用现行表式（国办公开办函〔2021〕30号）。"));
    m_importFile->setText(tr("导入去年发布的报告：从文件(&I)"));
    m_importFile->setDescription(tr("网站上保存的报告全文（TXT）或本程序导出的报告 JSON；导入后与原文逐项核对。"));
    m_importClipboard->setText(tr("导入去年发布的报告：从剪贴板(&B)"));
    m_importClipboard->setDescription(tr("在浏览器中选中报告全文并复制，再点这里。"));
    m_example->setText(tr("打开示例报告(&X)"));
    m_example->setDescription(tr("昌吉州科学技术局 2021 年度报告，只读：看看填好的表格、检查结果和版面是什么样子。"));
    for (QCommandLinkButton *b : {m_new, m_importFile, m_importClipboard, m_example}) {
        b->setMaximumWidth(640);
        layout->addWidget(b);
    }
    connect(m_new, &QCommandLinkButton::clicked, this, &StartPage::newReportRequested);
    connect(m_importFile, &QCommandLinkButton::clicked, this, &StartPage::importFileRequested);
    connect(m_importClipboard, &QCommandLinkButton::clicked, this, &StartPage::importClipboardRequested);
    connect(m_example, &QCommandLinkButton::clicked, this, &StartPage::exampleRequested);

    layout->addSpacing(16);
    m_location->setWordWrap(true);
    m_location->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_location, &QLabel::linkActivated, this, &StartPage::dataFolderRequested);
    layout->addWidget(m_location);
    layout->addStretch(1);
}

void StartPage::setProposedYear(int year)
{
    m_new->setText(tr("新建 %1 年度报告(&N)").arg(year));
}

void StartPage::setDatabase(const QString &location, bool hasReports, bool readOnly)
{
    for (QCommandLinkButton *b : {m_new, m_importFile, m_importClipboard}) {
        b->setEnabled(!readOnly);
        b->setToolTip(readOnly ? tr("数据库文件是只读的，不能加入报告") : QString());
    }
    m_heading->setText(hasReports ? tr("请在左侧列表中选择一份报告，或者：") : tr("数据库中还没有报告。从这里开始："));
    if (ReportStore::isServer(location))
        m_location->setText(tr("数据保存在数据库服务器 %1").arg(location.toHtmlEscaped()));
    else
        m_location->setText(tr("数据保存在 %1（<a href=\"folder\">打开所在文件夹</a>）").arg(QDir::toNativeSeparators(location).toHtmlEscaped()));
}
