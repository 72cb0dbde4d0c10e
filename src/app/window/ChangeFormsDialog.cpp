#include "ChangeFormsDialog.h"

#include "DetailsForm.h"
#include "ReportSchema.h"
#include "ui_ChangeFormsDialog.h"

ChangeFormsDialog::ChangeFormsDialog(const FormatRegistry &registry, const Report &report, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_report(report)
    , m_ui(std::make_unique<Ui::ChangeFormsDialog>())
{
    m_ui->setupUi(this);
    for (QComboBox *box : {m_ui->t2, m_ui->t3}) {
        const QString table = box->objectName();
        for (const QString &form : registry.forms(table))
            box->addItem(DetailsForm::formName(form), form);
        box->setCurrentIndex(box->findData(report.formats.of(table)));
        connect(box, &QComboBox::currentIndexChanged, this, &ChangeFormsDialog::explain);
    }
    m_ui->lost->setMinimumWidth(m_ui->lost->fontMetrics().horizontalAdvance(QChar(0x4E00)) * 32); // a cell's name on one line
    explain();
}

ChangeFormsDialog::~ChangeFormsDialog() = default;

ReportFormats ChangeFormsDialog::chosen() const
{
    ReportFormats f = m_report.formats;
    for (const QComboBox *box : {m_ui->t2, m_ui->t3})
        f.set(box->objectName(), box->currentData().toString());
    return f;
}

void ChangeFormsDialog::explain()
{
    QStringList dropped, summed;
    ReportSchema::withForms(m_registry, m_report, chosen(), &dropped, &summed);
    QStringList lines;
    if (!summed.isEmpty())
        lines << tr("下列各行将是原表式各行逐列之和：") << summed << QString();
    if (!dropped.isEmpty())
        lines << tr("新表式中没有下列单元格，其数字将不再保留（可以撤销）：") << dropped;
    m_ui->summary->setText(lines.isEmpty() ? tr("相同的单元格保留原来的数字。") : tr("相同的单元格保留原来的数字；另外："));
    m_ui->lost->setPlainText(lines.join(QLatin1Char('\n')));
    m_ui->lost->setVisible(!lines.isEmpty());
}
