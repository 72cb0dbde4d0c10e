#include "ImportReviewDialog.h"

#include "ScanPageView.h"

#include "FindingsModel.h"
#include "ReportDocument.h"
#include "ReportTableModel.h"
#include "ReportTableView.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

ImportReviewDialog::ImportReviewDialog(const FormatRegistry &registry, const QString &source, const TextImporter::Result &result,
                                       const std::optional<Report> &previousYear, QWidget *parent, const SourcePages &scan)
    : QDialog(parent)
    , m_sourceLines(result.sourceLines)
    , m_sourceFields(result.sourceFields)
    , m_scan(scan)
{
    setWindowTitle(tr("核对导入：%1 %2 年").arg(result.report.agency).arg(result.report.year));
    Report report = result.report;
    // The scratch store holds last year's report too, so that the review's check is the one the window will run.
    QString error;
    m_store = ReportDocument::scratchStore(registry, report, previousYear, &error);
    if (!m_store)
        qFatal("import review: no scratch database: %s", qPrintable(error)); // SQLite in memory: only without the driver
    m_document = new ReportDocument(registry, *m_store, report, this);

    m_source = new QPlainTextEdit(this);
    m_source->setReadOnly(true);
    // Laid-out text keeps its columns; crawler text (a report on one line) is wrapped to be read at all.
    bool longLines = false;
    for (qsizetype from = 0, to = 0; from < source.size() && !longLines; from = to + 1) {
        to = source.indexOf(QLatin1Char('\n'), from);
        if (to < 0)
            to = source.size();
        longLines = to - from > 300;
    }
    m_source->setLineWrapMode(longLines ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    m_source->setPlainText(source);
    m_source->setAccessibleName(tr("原文"));

    m_tabs = new QTabWidget(this);
    const QStringList tables{QStringLiteral("t2"), QStringLiteral("t3"), QStringLiteral("t4")};
    const QStringList names{tr("表二 主动公开"), tr("表三 依申请公开"), tr("表四 复议诉讼")};
    for (int i = 0; i < tables.size(); ++i) {
        auto *view = new ReportTableView(m_tabs);
        view->setReportModel(new ReportTableModel(m_document, tables[i], view));
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, view](const QModelIndex &current) { showSourceOf(view->reportModel()->keyAt(current)); });
        m_tabs->addTab(view, names[i]);
        m_tables.append(view);
    }

    m_findings = new FindingsModel(this);
    m_findings->setDocument(m_document);
    auto *findings = new QListView(this);
    findings->setModel(m_findings);
    findings->setAccessibleName(tr("检查结果"));
    // A finding's cell, selected: its table shown and its source line with it.
    connect(findings, &QListView::activated, this, [this](const QModelIndex &index) {
        const QString key = index.data(FindingsModel::AnchorRole).toString();
        const int t = QStringList{QStringLiteral("t2"), QStringLiteral("t3"), QStringLiteral("t4")}.indexOf(key.section(QLatin1Char('.'), 0, 0));
        if (t >= 0) {
            m_tabs->setCurrentIndex(t);
            m_tables[t]->selectKey(key);
            m_tables[t]->setFocus();
        }
    });
    auto *notes = new QListWidget(this);
    notes->addItems(result.notes);
    notes->setWordWrap(true);
    notes->setAccessibleName(tr("导入说明"));
    auto *below = new QTabWidget(this);
    below->addTab(findings, tr("检查结果"));
    below->addTab(notes, tr("导入说明（%1）").arg(result.notes.size()));

    // What the selected cell is, where it came from and why it is marked.
    m_cellInfo = new QLabel(this);
    m_cellInfo->setWordWrap(true);
    m_cellInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *tablesBox = new QWidget(this);
    auto *tablesLayout = new QVBoxLayout(tablesBox);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    tablesLayout->addWidget(m_tabs, 1);
    tablesLayout->addWidget(m_cellInfo);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(tablesBox);
    right->addWidget(below);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    if (m_scan.isEmpty()) {
        leftLayout->addWidget(new QLabel(tr("原文"), left));
        leftLayout->addWidget(m_source);
    } else {
        // A scan: the page as it was read, the selected cell's row outlined; the text OCR made of it beside.
        m_scanView = new ScanPageView(left);
        m_scanView->setPage(m_scan.pages.constFirst(), QRect());
        m_scanScroll = new QScrollArea(left);
        m_scanScroll->setWidget(m_scanView);
        m_scanScroll->setWidgetResizable(true);
        auto *source = new QTabWidget(left);
        source->addTab(m_scanScroll, tr("原件图像"));
        source->addTab(m_source, m_scan.ocr ? tr("识别出的文字") : tr("读出的文字"));
        leftLayout->addWidget(source);
    }
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *import = buttons->addButton(tr("导入"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    QPushButton *confirmAll = buttons->addButton(tr("全部确认"), QDialogButtonBox::ActionRole);
    import->setDefault(false);
    import->setAutoDefault(false); // Enter in a table confirms a cell; it must not close the dialog
    connect(confirmAll, &QPushButton::clicked, this, [this] { m_document->confirmCells(m_document->report().doubts.keys()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_document, &ReportDocument::cellsChanged, this, [this](const QStringList &keys) {
        updateSummary();
        if (keys.contains(m_currentKey))
            showSourceOf(m_currentKey); // its mark may have gone
    });
    connect(m_document, &ReportDocument::findingsChanged, this, &ImportReviewDialog::updateSummary);

    // What it will be saved under, before anything else: the clerk sees a wrong agency or year before 导入.
    m_target = new QLabel(this);
    m_target->setTextFormat(Qt::PlainText); // the agency's name as typed, never markup
    m_target->setText(tr("将导入为：%1　%2 年度　标题：%3").arg(report.agency).arg(report.year).arg(report.displayTitle()));
    m_target->setWordWrap(true);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_target);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    // Most of the screen: a 1366×768 laptop included.
    const QRect available = (parent ? parent->screen() : screen())->availableGeometry();
    resize(qMin(1280, available.width() * 9 / 10), qMin(760, available.height() * 9 / 10));
    updateSummary();
    // Open on the first marked cell in printed order, if any.
    const QStringList keys = m_document->schema().keys();
    const auto first = std::find_if(keys.cbegin(), keys.cend(), [&report](const QString &k) { return report.doubts.contains(k); });
    if (first != keys.cend()) {
        const int t = tables.indexOf(first->section(QLatin1Char('.'), 0, 0));
        if (t >= 0) {
            m_tabs->setCurrentIndex(t);
            m_tables[t]->selectKey(*first);
        }
    }
}

ImportReviewDialog::~ImportReviewDialog()
{
    delete m_document; // before the store it writes to
}

void ImportReviewDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Centred on the source line once the editor has its size.
    QTimer::singleShot(0, this, [this] { showSourceOf(m_currentKey); });
}

Report ImportReviewDialog::report() const
{
    return m_document->report();
}

ReportTableView *ImportReviewDialog::tableView(int table) const
{
    return m_tables.value(table);
}

void ImportReviewDialog::showSourceOf(const QString &key)
{
    const int line = m_sourceLines.value(key);
    m_currentKey = key;
    if (key.isEmpty()) {
        m_cellInfo->clear();
    } else {
        QString info = m_document->schema().cellName(key);
        info += line > 0 ? tr("——原文第 %1 行").arg(line) : tr("——原文中没有找到");
        if (m_document->isDoubtful(key))
            info += tr("。未能确定：%1").arg(m_document->report().doubts.value(key));
        m_cellInfo->setText(info);
    }
    QList<QTextEdit::ExtraSelection> marks;
    m_shownLine = 0;
    if (line > 0) {
        const QTextBlock block = m_source->document()->findBlockByNumber(line - 1);
        if (block.isValid()) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(block);
            mark.format.setBackground(QColor(0xff, 0xe8, 0x8a));
            mark.format.setProperty(QTextFormat::FullWidthSelection, true);
            marks.append(mark);
            m_source->setTextCursor(QTextCursor(block));
            m_source->centerCursor();
            m_shownLine = line;
        }
    }
    m_source->setExtraSelections(marks);
    // A scan or a PDF: its page, the cell the figure was read from (else its row) outlined and scrolled into view.
    if (m_scanView && line > 0 && line <= m_scan.lines.size()) {
        auto [page, box] = m_scan.lines.at(line - 1);
        const QVector<QRect> cells = m_scan.cells.value(line - 1);
        const int cell = int(cells.size()) - 1 - m_sourceFields.value(key, -1);
        if (m_sourceFields.contains(key) && cell >= 0 && cell < cells.size() && !cells.at(cell).isEmpty())
            box = cells.at(cell);
        m_scanView->setPage(m_scan.pages.value(page), box);
        m_shownPage = page;
        m_scanScroll->widget()->adjustSize();
        const QRect shown = m_scanView->shownBox();
        m_scanScroll->ensureVisible(shown.center().x(), shown.center().y(), 20, m_scanScroll->viewport()->height() / 3);
    } else if (m_scanView && !key.isEmpty()) {
        // Not found in the source: the page its table was read on (from the row read last before it), nothing
        // outlined — the last cell's box would point at another figure.
        const QStringList keys = m_document->schema().keys();
        const QString table = key.section(QLatin1Char('.'), 0, 0) + QLatin1Char('.');
        int page = m_shownPage;
        for (int i = int(keys.indexOf(key)) - 1; i >= 0 && keys.at(i).startsWith(table); --i)
            if (const int near = m_sourceLines.value(keys.at(i)); near > 0 && near <= m_scan.lines.size()) {
                page = m_scan.lines.at(near - 1).first;
                break;
            }
        m_scanView->setPage(m_scan.pages.value(page), QRect());
        m_shownPage = page;
        m_scanScroll->widget()->adjustSize();
    }
}

void ImportReviewDialog::updateSummary()
{
    const int doubts = int(m_document->report().doubts.size());
    int errors = 0;
    for (const Finding &f : m_document->findings())
        errors += f.severity == Severity::Error ? 1 : 0;
    QString text = doubts > 0 ? tr("%n 个单元格未能确定（紫色）：对照左侧原文核对后，在单元格上按 Enter 确认，或直接改正。", nullptr, doubts)
                              : tr("所有单元格都已确定。");
    if (errors > 0)
        text += QLatin1Char(' ') + tr("检查发现 %n 个错误：原文本身的不一致，或在未确定的单元格上。", nullptr, errors);
    text += QLatin1Char(' ') + tr("“导入”保存到数据库；“取消”不写入任何内容。");
    m_summary->setText(text);
}
