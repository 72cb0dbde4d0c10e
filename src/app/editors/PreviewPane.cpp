#include "PreviewPane.h"

#include "PageView.h"
#include "ReportDocument.h"
#include "ReportStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

PreviewPane::PreviewPane(const FormatRegistry &registry, const FontSet *fonts, QWidget *parent)
    : QWidget(parent)
    , m_fonts(fonts)
    , m_layout(fonts ? std::make_unique<ReportLayout>(registry, *fonts) : nullptr)
    , m_view(new PageView(this))
    , m_zoom(new QComboBox(this))
    , m_pageLabel(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_seal(new QCheckBox(tr("印章(&S)"), this))
    , m_message(new QLabel(this))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(pauseMs);
    connect(&m_timer, &QTimer::timeout, this, &PreviewPane::refresh);

    m_zoom->addItem(tr("适合宽度"), PageView::fitWidth);
    m_zoom->addItem(tr("适合页面"), PageView::fitPage);
    for (int percent : {50, 75, 100, 150, 200})
        m_zoom->addItem(QStringLiteral("%1%").arg(percent), percent / 100.0);
    m_zoom->setToolTip(tr("缩放（在预览中按 Ctrl+滚轮 或 Ctrl++ / Ctrl+-；Ctrl+0 适合宽度）"));
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("上一页 (PgUp)"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("下一页 (PgDn)"));
    m_seal->setToolTip(tr("在落款处显示印章（用于打印后签发的纸质件；上传的 PDF 一般不加印章）"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_zoom);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(m_pageLabel, 1);
    bar->addWidget(m_seal);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    m_view->setLayout(m_layout.get());
    connect(m_zoom, &QComboBox::currentIndexChanged, this, [this] { m_view->setZoom(m_zoom->currentData().toDouble()); });
    // Zoomed in the view (Ctrl+wheel, Ctrl+plus): the box shows the percentage, as an extra entry when not listed.
    connect(m_view, &PageView::zoomChanged, this, [this, custom = m_zoom->count()](double zoom) {
        int i = m_zoom->findData(zoom);
        if (i < 0) { // one entry after the listed ones, reused
            const QString text = QStringLiteral("%1%").arg(qRound(zoom * 100));
            if (m_zoom->count() > custom) {
                m_zoom->setItemText(custom, text);
                m_zoom->setItemData(custom, zoom);
            } else {
                m_zoom->addItem(text, zoom);
            }
            i = custom;
        }
        const QSignalBlocker blocker(m_zoom);
        m_zoom->setCurrentIndex(i);
    });
    connect(m_previous, &QToolButton::clicked, this, [this] { m_view->showPage(m_view->currentPage() - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { m_view->showPage(m_view->currentPage() + 1); });
    connect(m_view, &PageView::currentPageChanged, this, &PreviewPane::updatePageLabel);
    connect(m_seal, &QCheckBox::toggled, this, &PreviewPane::refresh);
    if (!m_fonts) {
        m_message->setText(tr("找不到打印字体，无法预览、打印或导出 PDF。请运行 packaging/install-deps.sh 后重新构建。"));
        m_message->show();
    }
    setDocument(nullptr);
}

PreviewPane::~PreviewPane() = default;

void PreviewPane::setDocument(ReportDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &ReportDocument::cellsChanged, this, &PreviewPane::schedule);
        connect(document, &ReportDocument::proseChanged, this, &PreviewPane::schedule);
        connect(document, &ReportDocument::detailsChanged, this, &PreviewPane::schedule);
        connect(document, &ReportDocument::signOffChanged, this, &PreviewPane::refresh);
    }
    refresh();
}

void PreviewPane::schedule()
{
    m_timer.start(); // restarts: one layout after the clerk pauses
}

bool PreviewPane::refresh()
{
    m_timer.stop();
    if (!m_layout)
        return false;
    m_options = RenderOptions();
    if (m_document) {
        const Report &r = m_document->report();
        m_options.watermark = m_document->signature().isEmpty(); // a signature broken since shows as a draft
        const auto seal = m_document->store().attachment(r.agency, r.year, QStringLiteral("seal"));
        m_seal->setEnabled(seal.has_value());
        if (seal && m_seal->isChecked()) {
            m_options.sealImage = seal->data;
            m_options.sealMimeType = seal->mimeType;
        }
        m_layout->layout(r, m_options);
    } else {
        m_layout->clear();
    }
    m_view->setEnabled(m_document != nullptr);
    m_view->pagesChanged();
    updatePageLabel(m_view->currentPage());
    return true;
}

bool PreviewPane::showTable(const QString &table)
{
    if (!m_layout || !m_document)
        return false;
    for (int p = 0; p < m_layout->pageCount(); ++p)
        for (const PlacedRow &row : m_layout->page(p).rows)
            if (row.table == table) {
                // The part's heading stands above the table: leave room for it.
                m_view->showPoint(p, qMax(0.0, row.rect.top() - 120));
                return true;
            }
    return false;
}

void PreviewPane::updatePageLabel(int page)
{
    const int count = m_layout && m_document ? m_layout->pageCount() : 0;
    m_pageLabel->setText(count ? tr("第 %1 / %2 页").arg(page + 1).arg(count) : QString());
    m_previous->setEnabled(page > 0);
    m_next->setEnabled(page + 1 < count);
}
