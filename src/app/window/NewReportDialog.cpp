#include "NewReportDialog.h"

#include "CarryOver.h"
#include "FormatRegistry.h"
#include "ReportSchema.h"
#include "ReportStore.h"
#include "ui_NewReportDialog.h"

#include <QDate>
#include <QMessageBox>
#include <QPushButton>

NewReportDialog::Proposal NewReportDialog::propose(ReportStore &store, const QString &agency)
{
    Proposal p{agency, 0};
    if (p.agency.isEmpty())
        if (const auto two = store.agenciesWithReports(QString(), 2); two && two->size() == 1)
            p.agency = two->constFirst().agency; // the only agency with reports
    int latest = 0;
    if (!p.agency.isEmpty())
        if (const auto entries = store.list(p.agency))
            for (const auto &e : *entries)
                latest = qMax(latest, e.year);
    // Reports are written in January for the year before; an agency with reports goes on from its latest.
    p.year = latest > 0 ? latest + 1 : QDate::currentDate().year() - 1;
    return p;
}

NewReportDialog::NewReportDialog(const FormatRegistry &registry, ReportStore &store, const QString &agency, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_store(store)
    , m_ui(std::make_unique<Ui::NewReportDialog>())
{
    m_ui->setupUi(this);
    // The agencies with reports, a page at a time (names only: a province's are some 20 000).
    QStringList agencies;
    for (QString after;;) {
        const auto page = store.agenciesWithReports(after, 2000);
        if (!page || page->isEmpty())
            break;
        for (const ReportStore::AgencyReports &a : *page)
            agencies.append(a.agency);
        after = agencies.constLast();
        if (page->size() < 2000)
            break;
    }
    m_ui->agency->addItems(agencies);
    const Proposal proposal = propose(store, agency);
    m_ui->agency->setCurrentText(proposal.agency);
    m_ui->agency->lineEdit()->setPlaceholderText(tr("如：示例县科学技术局"));
    m_ui->year->setValue(proposal.year);
    for (QComboBox *box : {m_ui->t2Form, m_ui->t3Form}) {
        box->addItem(tr("2021 年表式（国办公开办函〔2021〕30号）"), QStringLiteral("2021"));
        box->addItem(tr("2019 年表式（试行）"), QStringLiteral("2019"));
    }
    // The first report of a database: only agency and year. The current official form is what a new report
    // uses; the older one and last year's prose only matter once there are reports.
    if (agencies.isEmpty()) {
        for (QWidget *w : {static_cast<QWidget *>(m_ui->t2Label), static_cast<QWidget *>(m_ui->t2Form), static_cast<QWidget *>(m_ui->procurement),
                           static_cast<QWidget *>(m_ui->t3Label), static_cast<QWidget *>(m_ui->t3Form), static_cast<QWidget *>(m_ui->proseFromLastYear)})
            w->hide();
    }
    connect(m_ui->agency, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        // Another agency: the year after its latest report, unless the clerk chose the year.
        if (const int latest = latestYear(text.trimmed()); latest > 0 && !m_yearChosen) {
            const QSignalBlocker quiet(m_ui->year);
            m_ui->year->setValue(latest + 1);
        }
        updateHints();
    });
    connect(m_ui->year, &QSpinBox::valueChanged, this, [this] {
        m_yearChosen = true;
        updateHints();
    });
    connect(m_ui->t2Form, &QComboBox::currentIndexChanged, this, &NewReportDialog::updateHints);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &NewReportDialog::accept);
    updateHints();
}

NewReportDialog::~NewReportDialog() = default;

void NewReportDialog::updateHints()
{
    const bool t2019 = m_ui->t2Form->currentData().toString() == QLatin1String("2019");
    m_ui->procurement->setEnabled(t2019);
    if (!t2019)
        m_ui->procurement->setChecked(false);
    const QString agency = m_ui->agency->currentText().trimmed();
    const int year = m_ui->year->value();
    m_ui->proseFromLastYear->setEnabled(!agency.isEmpty() && m_store.contains(agency, year - 1));
    if (agency.isEmpty())
        m_ui->carryOver->setText(tr("请填写机关名称（与报告标题中的名称一致）。"));
    else if (m_store.contains(agency, year))
        m_ui->carryOver->setText(tr("数据库中已有 %1 %2 年的报告。").arg(agency).arg(year));
    else if (m_store.contains(agency, year - 1))
        m_ui->carryOver->setText(tr("将从 %1 年的报告结转：上年结转申请数、现行有效件数或上一年项目数量，以及联系人、电话、传真、地址和落款设置。").arg(year - 1));
    else if (const int latest = latestYear(agency); latest > 0 && latest < year - 1)
        m_ui->carryOver->setText(tr("数据库中没有该机关 %1 年的报告（最近的是 %2 年），上年结转需手工填写；要结转，请先新建或导入 %1 年的报告。")
                                     .arg(year - 1)
                                     .arg(latest));
    else
        m_ui->carryOver->setText(tr("数据库中没有该机关 %1 年的报告，上年结转需手工填写。").arg(year - 1));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!agency.isEmpty() && !m_store.contains(agency, year));
}

int NewReportDialog::latestYear(const QString &agency) const
{
    int latest = 0;
    if (const auto entries = m_store.list(agency))
        for (const auto &e : *entries)
            latest = qMax(latest, e.year);
    return latest;
}

Report NewReportDialog::report() const
{
    Report r;
    r.agency = m_ui->agency->currentText().trimmed();
    r.year = m_ui->year->value();
    r.formats.t2 = m_ui->t2Form->currentData().toString();
    r.formats.t3 = m_ui->t3Form->currentData().toString();
    QStringList blocks;
    if (m_ui->procurement->isChecked())
        blocks.append(QStringLiteral("procurement"));
    ReportSchema(m_registry, r.formats, blocks).conform(r);
    Report previous;
    if (m_store.load(r.agency, r.year - 1, &previous)) {
        CarryOver::apply(r, previous, m_registry);
        CarryOver::applyDetails(r, previous, m_ui->proseFromLastYear->isChecked());
    }
    return r;
}

void NewReportDialog::accept()
{
    if (m_ui->agency->currentText().trimmed().isEmpty())
        return;
    QDialog::accept();
}
