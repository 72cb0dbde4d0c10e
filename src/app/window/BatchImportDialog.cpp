#include "BatchImportDialog.h"

#include "BatchDialog.h"

#include "FileDialogs.h"
#include "ReportBatch.h"
#include "ReportImport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum ImportColumn { ImportSource, ImportOutcome, ImportAgency, ImportYear, ImportErrors, ImportWarnings, ImportMarked, ImportNote };

} // namespace

BatchImportDialog::BatchImportDialog(const FormatRegistry &registry, const QString &location, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_location(location)
    , m_sources(new QPlainTextEdit(this))
    , m_replace(new QCheckBox(tr("替换数据库中已有的同一机关同一年度的报告(&R)（已签发或审核中的不会被替换）"), this))
    , m_start(new QPushButton(tr("开始导入(&S)"), this))
    , m_results(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_poll(new QTimer(this))
{
    setWindowTitle(tr("批量导入"));
    auto *sourcesLabel = new QLabel(tr("要导入的文件、文件夹或网址，每行一个(&I)："), this);
    sourcesLabel->setBuddy(m_sources);
    m_sources->setPlaceholderText(tr("例如：\n/home/办公室/年报/某县\nhttps://www.example.gov.cn/zwgk/2024年报.html"));
    m_sources->setTabChangesFocus(true);
    auto *files = new QPushButton(tr("添加文件(&A)…"), this);
    auto *folder = new QPushButton(tr("添加文件夹(&F)…"), this);
    connect(files, &QPushButton::clicked, this, &BatchImportDialog::chooseFiles);
    connect(folder, &QPushButton::clicked, this, &BatchImportDialog::chooseFolder);
    auto *add = new QHBoxLayout;
    add->addWidget(files);
    add->addWidget(folder);
    add->addStretch(1);

    m_results->setHeaderLabels({tr("文件或网址"), tr("结果"), tr("机关"), tr("年份"), tr("错误"), tr("警告"), tr("待确认"), tr("说明")});
    m_results->setRootIsDecorated(false);
    m_results->setSortingEnabled(true);
    m_results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->header()->setStretchLastSection(true);
    m_results->setToolTip(tr("双击已导入的一行打开该报告，核对标出的单元格"));
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(ImportYear, Qt::DisplayRole).toInt() > 0 && item->data(ImportOutcome, Qt::UserRole).toBool())
            emit openRequested(item->text(ImportAgency), item->data(ImportYear, Qt::DisplayRole).toInt());
    });
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    // Enter in the results opens a report; the list of sources takes Enter as a new line: no default button.
    for (QPushButton *push : findChildren<QPushButton *>())
        push->setAutoDefault(false);
    connect(m_start, &QPushButton::clicked, this, &BatchImportDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sourcesLabel);
    layout->addWidget(m_sources, 1);
    layout->addLayout(add);
    layout->addWidget(m_replace);
    layout->addWidget(m_results, 2);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &BatchImportDialog::poll);
    resize(860, 600);
}

BatchImportDialog::~BatchImportDialog() = default; // the runner stops its workers and waits for the reports they have begun

void BatchImportDialog::addSources(const QStringList &sources)
{
    QStringList lines = m_sources->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &s : sources)
        if (!lines.contains(s))
            lines.append(s);
    m_sources->setPlainText(lines.join(QLatin1Char('\n')));
}

void BatchImportDialog::chooseFiles()
{
    const QStringList chosen = QFileDialog::getOpenFileNames(this, tr("添加文件"), QString(),
                                                             tr("报告文件 (*.json *.txt *.md *.html *.htm *.docx *.odt *.doc *.wps *.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)"));
    addSources(chosen);
}

void BatchImportDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("添加文件夹"));
    if (!folder.isEmpty())
        addSources({QDir::toNativeSeparators(folder)});
}

void BatchImportDialog::start()
{
    if (m_batch)
        return;
    QStringList given;
    for (const QString &line : m_sources->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            given.append(QDir::fromNativeSeparators(line.trimmed()));
    m_running = ReportImport::sources(given);
    if (m_running.isEmpty()) {
        QMessageBox::information(this, windowTitle(),
                                 given.isEmpty() ? tr("请先列出要导入的文件、文件夹或网址") : tr("列出的文件夹中没有可以导入的报告文件"));
        m_sources->setFocus();
        return;
    }
    const auto open = BatchDialog::storeOpener(this, m_registry, m_location);
    if (!open)
        return;
    m_results->clear();
    m_summary->clear();
    m_batch = std::make_unique<BatchRunner>();
    m_batch->start(int(m_running.size()), ReportBatch::importFrom(m_registry, *open, m_running, m_replace->isChecked()));
    m_start->setEnabled(false);
    m_progress = BatchDialog::progressDialog(this, tr("正在导入 %n 份报告…（扫描件要逐页识别文字，每页约几秒）", nullptr, int(m_running.size())),
                                             int(m_running.size()));
    m_poll->start();
}

void BatchImportDialog::poll()
{
    if (m_batch && BatchDialog::follow(*m_batch, m_progress))
        end();
}

void BatchImportDialog::end()
{
    m_poll->stop();
    const BatchRunner &batch = *m_batch;
    int imported = 0, refused = 0, marked = 0;
    m_results->setSortingEnabled(false);
    for (int i = 0; i < m_running.size(); ++i) {
        const BatchRunner::Outcome &o = batch.outcomes()[size_t(i)];
        auto *item = new QTreeWidgetItem(m_results);
        item->setText(ImportSource, QDir::toNativeSeparators(m_running.at(i)));
        item->setToolTip(ImportSource, item->text(ImportSource));
        const bool done = o.status == BatchRunner::Outcome::Done;
        item->setText(ImportOutcome, done ? tr("已导入") : o.status == BatchRunner::Outcome::Failed ? tr("未导入") : tr("未开始"));
        item->setData(ImportOutcome, Qt::UserRole, done);
        if (o.status == BatchRunner::Outcome::Failed)
            item->setForeground(ImportOutcome, QColor(0xb0, 0x00, 0x20));
        item->setText(ImportAgency, o.agency);
        if (o.year > 0)
            item->setData(ImportYear, Qt::DisplayRole, o.year);
        if (done) {
            item->setData(ImportErrors, Qt::DisplayRole, o.errors);
            item->setData(ImportWarnings, Qt::DisplayRole, o.warnings);
            item->setData(ImportMarked, Qt::DisplayRole, o.marked);
        }
        item->setText(ImportNote, o.message);
        item->setToolTip(ImportNote, o.message);
        imported += done;
        refused += o.status == BatchRunner::Outcome::Failed;
        marked += done && o.marked > 0;
    }
    m_results->header()->setSortIndicator(-1, Qt::AscendingOrder); // in the order given, until a header is clicked
    m_results->setSortingEnabled(true);
    QString text = tr("共 %1 个文件或网址：导入 %2 份（其中 %3 份有待确认的单元格），未导入 %4 份").arg(m_running.size()).arg(imported).arg(marked).arg(refused);
    if (batch.isCancelled())
        text += tr("；已停止，%n 份未开始", nullptr, batch.count(BatchRunner::Outcome::Skipped));
    m_summary->setText(text + tr("。双击已导入的一行打开该报告。"));
    m_batch.reset();
    m_progress->deleteLater();
    m_progress = nullptr;
    m_start->setEnabled(true);
    emit finished();
}
