#include "BatchDialog.h"

#include "Preferences.h"
#include "ReportExport.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <set>

namespace {
constexpr int SelectedScope = -1, AllScope = 0;
}

BatchDialog::BatchDialog(Mode mode, const FormatRegistry &registry, const QString &location, const FontSet *fonts,
                         const QVector<ReportStore::Entry> &entries, const QVector<ReportBatch::Item> &selected, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_registry(registry)
    , m_location(location)
    , m_fonts(fonts)
    , m_entries(entries)
    , m_selected(selected)
    , m_scope(new QComboBox(this))
    , m_start(new QPushButton(mode == Mode::Export ? tr("开始导出(&S)") : tr("开始检查(&S)"), this))
    , m_results(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_poll(new QTimer(this))
{
    setWindowTitle(mode == Mode::Export ? tr("批量导出") : tr("批量检查"));
    auto *form = new QFormLayout;
    if (!selected.isEmpty())
        m_scope->addItem(tr("列表中选定的 %n 份报告", nullptr, int(selected.size())), SelectedScope);
    m_scope->addItem(tr("全部 %n 份报告", nullptr, int(entries.size())), AllScope);
    std::map<int, int> years;
    for (const ReportStore::Entry &e : entries)
        ++years[e.year];
    for (auto it = years.rbegin(); it != years.rend(); ++it)
        m_scope->addItem(tr("%1 年的 %n 份报告", nullptr, it->second).arg(it->first), it->first);
    auto *scopeLabel = new QLabel(tr("范围(&R)："), this);
    scopeLabel->setBuddy(m_scope);
    form->addRow(scopeLabel, m_scope);
    if (mode == Mode::Export) {
        m_format = new QComboBox(this);
        m_format->addItem(tr("PDF"), QStringLiteral("pdf"));
        m_format->addItem(tr("PDF/A-1b（存档）"), QStringLiteral("pdfa"));
        m_format->addItem(tr("Word 文档 (DOCX)"), QStringLiteral("docx"));
        m_format->addItem(tr("ODT 文档"), QStringLiteral("odt"));
        m_format->addItem(tr("网页 (HTML)"), QStringLiteral("html"));
        m_format->addItem(tr("报告 JSON"), QStringLiteral("json"));
        auto *formatLabel = new QLabel(tr("格式(&F)："), this);
        formatLabel->setBuddy(m_format);
        form->addRow(formatLabel, m_format);
        m_folder = new QLineEdit(QDir::toNativeSeparators(Preferences().batchFolder()), this);
        auto *browse = new QPushButton(tr("浏览(&W)…"), this);
        connect(browse, &QPushButton::clicked, this, &BatchDialog::chooseFolder);
        auto *row = new QHBoxLayout;
        row->addWidget(m_folder, 1);
        row->addWidget(browse);
        auto *folderLabel = new QLabel(tr("保存到文件夹(&L)："), this);
        folderLabel->setBuddy(m_folder);
        form->addRow(folderLabel, row);
        form->addRow(new QLabel(tr("每份报告一个文件，以“机关-年份”命名；同名文件会被替换。"), this));
    }
    m_results->setHeaderLabels({tr("机关"), tr("年份"), tr("错误"), tr("警告"), tr("第一个错误")});
    m_results->setRootIsDecorated(false);
    m_results->setSortingEnabled(true);
    m_results->setVisible(mode == Mode::Check);
    m_results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->header()->setStretchLastSection(true);
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit openRequested(item->text(0), item->text(1).toInt());
    });
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, &BatchDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &BatchDialog::poll);
    resize(mode == Mode::Check ? QSize(760, 520) : QSize(560, 220));
}

BatchDialog::~BatchDialog() = default; // the runner stops its workers and waits for the reports they have begun

void BatchDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("保存到文件夹"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

QVector<ReportBatch::Item> BatchDialog::chosen() const
{
    const int scope = m_scope->currentData().toInt();
    return scope == SelectedScope ? m_selected : ReportBatch::items(m_entries, scope);
}

void BatchDialog::start()
{
    if (m_batch)
        return;
    m_items = chosen();
    if (m_items.isEmpty())
        return;
    QString folder;
    if (m_mode == Mode::Export) {
        folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
        if (folder.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), tr("请选择保存到哪个文件夹"));
            m_folder->setFocus();
            return;
        }
        if (!QDir().mkpath(folder)) {
            QMessageBox::warning(this, windowTitle(), tr("无法建立文件夹 %1").arg(QDir::toNativeSeparators(folder)));
            return;
        }
        Preferences().setBatchFolder(folder);
    }
    const auto open = storeOpener(this, m_registry, m_location);
    if (!open)
        return;
    m_batch = std::make_unique<BatchRunner>();
    if (m_mode == Mode::Export) {
        const QString format = m_format->currentData().toString();
        const bool pdfa = format == QLatin1String("pdfa");
        const std::shared_ptr<const FontSet> fonts(std::shared_ptr<void>(), m_fonts); // the window's own, not owned here
        m_batch->start(int(m_items.size()),
                       ReportBatch::exportTo(m_registry, *open, m_items, {folder, pdfa ? QStringLiteral("pdf") : format, pdfa, fonts}), 0,
                       ReportBatch::readAhead);
    } else {
        m_results->clear();
        m_batch->start(int(m_items.size()), ReportBatch::check(m_registry, *open, m_items), 0, ReportBatch::readAhead);
    }
    m_start->setEnabled(false);
    m_summary->clear();
    m_progress = progressDialog(this, m_mode == Mode::Export ? tr("正在导出 %n 份报告…", nullptr, int(m_items.size())) : tr("正在检查 %n 份报告…", nullptr, int(m_items.size())),
                                int(m_items.size()));

    m_poll->start();
}

void BatchDialog::poll()
{
    if (m_batch && follow(*m_batch, m_progress))
        end();
}

std::optional<ReportBatch::StoreOpener> BatchDialog::storeOpener(QWidget *parent, const FormatRegistry &registry, const QString &location)
{
    std::optional<QString> password; // a server's, typed for this batch: never kept
    if (ReportStore::isServer(location)) {
        // The workers' connections need the password libpq may not have: asked here, once for this batch.
        QString error;
        auto probe = ReportStore::open(registry, location, &error, nullptr, [parent, &password](const QString &address) -> std::optional<QString> {
            bool ok = false;
            const QString typed = QInputDialog::getText(parent, parent->windowTitle(), tr("%1 的口令：").arg(address), QLineEdit::Password, QString(), &ok);
            if (!ok)
                return std::nullopt;
            password = typed;
            return password;
        });
        if (!probe) {
            if (!error.isEmpty())
                QMessageBox::warning(parent, parent->windowTitle(), error);
            return std::nullopt;
        }
    }
    return ReportBatch::StoreOpener([&registry, location, password](QString *error) {
        return ReportStore::open(registry, location, error, nullptr, [password](const QString &) { return password; });
    });
}

QProgressDialog *BatchDialog::progressDialog(QWidget *parent, const QString &label, int count)
{
    auto *progress = new QProgressDialog(label, tr("停止(&T)"), 0, count, parent);
    progress->setWindowTitle(parent->windowTitle());
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    return progress;
}

bool BatchDialog::follow(BatchRunner &batch, QProgressDialog *progress)
{
    if (progress && progress->wasCanceled() && !batch.isCancelled()) { // 停止 (or Esc)
        batch.cancel();
        progress->setLabelText(tr("正在停止：完成已开始的报告…"));
    }
    if (progress && !batch.isCancelled())
        progress->setValue(batch.done());
    return batch.wait(0);
}

void BatchDialog::end()
{
    m_poll->stop();
    const BatchRunner &batch = *m_batch;
    QStringList failures;
    int withErrors = 0;
    m_results->setSortingEnabled(false);
    for (int i = 0; i < m_items.size(); ++i) {
        const BatchRunner::Outcome &o = batch.outcomes()[size_t(i)];
        if (o.status == BatchRunner::Outcome::Failed)
            failures.append(tr("%1 %2 年：%3").arg(m_items[i].agency).arg(m_items[i].year).arg(o.message));
        if (m_mode == Mode::Check && o.status == BatchRunner::Outcome::Done) {
            auto *item = new QTreeWidgetItem(m_results);
            item->setText(0, m_items[i].agency);
            item->setData(1, Qt::DisplayRole, m_items[i].year);
            item->setData(2, Qt::DisplayRole, o.errors);
            item->setData(3, Qt::DisplayRole, o.warnings);
            item->setText(4, o.message);
            withErrors += o.errors > 0;
        }
    }
    m_results->setSortingEnabled(true);
    m_results->sortByColumn(2, Qt::DescendingOrder); // the reports with errors first
    const int done = batch.count(BatchRunner::Outcome::Done), skipped = batch.count(BatchRunner::Outcome::Skipped);
    QString text = m_mode == Mode::Export ? tr("已导出 %n 份报告", nullptr, done) : tr("已检查 %n 份报告，其中 %1 份有错误", nullptr, done).arg(withErrors);
    if (batch.isCancelled())
        text += tr("；已停止，%n 份未开始", nullptr, skipped);
    if (!failures.isEmpty())
        text += tr("；%n 份失败：", nullptr, int(failures.size())) + QStringLiteral("\n") + failures.join(QLatin1Char('\n'));
    m_summary->setText(text + tr("。"));
    m_batch.reset();
    m_progress->deleteLater();
    m_progress = nullptr;
    m_start->setEnabled(true);
    emit finished();
}
