#include "DetailsForm.h"

#include "ReportDocument.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

QString DetailsForm::formName(const QString &form)
{
    return form == QLatin1String("2019") ? tr("2019 年表式（试行）") : tr("2021 年表式");
}

namespace {

std::optional<QString> optionalText(const QLineEdit *e)
{
    const QString t = e->text().trimmed();
    return t.isEmpty() ? std::nullopt : std::optional<QString>(t);
}

} // namespace

DetailsForm::DetailsForm(QWidget *parent)
    : QWidget(parent)
    , m_agency(new QLabel(this))
    , m_year(new QLabel(this))
    , m_formats(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_dated(new QCheckBox(tr("印制落款和成文日期"), this))
    , m_date(new QDateEdit(this))
    , m_person(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_fax(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_signOff(new QLabel(this))
{
    m_signOff->setWordWrap(true);
    m_signOff->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signOff->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_agency->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formats->setWordWrap(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy年M月d日"));
    m_date->setCalendarPopup(true);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dated);
    dateRow->addWidget(m_date, 1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("机关："), m_agency);
    form->addRow(tr("年度："), m_year);
    form->addRow(tr("表式："), m_formats);
    form->addRow(tr("标题(&T)："), m_title);
    auto *dateLabel = new QLabel(tr("成文日期(&D)："), this); // a row of a layout gets no buddy (nor its Alt+D) by itself
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, dateRow);
    form->addRow(tr("联系人(&P)："), m_person);
    // Whether the line is printed is the clerk's to see here, not a surprise in the preview.
    m_person->setPlaceholderText(tr("不填则不印联系人一行"));
    m_person->setToolTip(tr("填写后，报告在第六部分之后印出“联系人：…　联系方式：（电话）”一行；不填则不印"));
    form->addRow(tr("电话(&N)："), m_phone);
    form->addRow(tr("传真(&X)："), m_fax);
    form->addRow(tr("地址(&A)："), m_address);
    // Last, so that a growing record moves nothing the clerk is looking at.
    form->addRow(tr("审核与签发："), m_signOff);
    for (QLineEdit *e : {m_title, m_person, m_phone, m_fax, m_address})
        connect(e, &QLineEdit::editingFinished, this, &DetailsForm::commit);
    connect(m_dated, &QCheckBox::toggled, this, [this](bool on) {
        m_date->setEnabled(on);
        commit();
    });
    connect(m_date, &QDateEdit::editingFinished, this, &DetailsForm::commit);
    setDocument(nullptr);
}

void DetailsForm::setDocument(ReportDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    setEnabled(document != nullptr);
    if (document) {
        connect(document, &ReportDocument::detailsChanged, this, &DetailsForm::load);
        connect(document, &ReportDocument::signOffChanged, this, [this] {
            setReadOnly(m_document->isReadOnly());
            loadSignOff();
        });
    }
    setReadOnly(document && document->isReadOnly());
    load();
    loadSignOff();
}

void DetailsForm::setReadOnly(bool readOnly)
{
    // Read-only rather than disabled: a signed report's details stay legible and selectable, and nothing changes
    // size (a disabled form redraws its rows differently).
    for (QLineEdit *e : {m_title, m_person, m_phone, m_fax, m_address})
        e->setReadOnly(readOnly);
    m_dated->setEnabled(!readOnly);
    m_date->setReadOnly(readOnly);
}

void DetailsForm::loadSignOff()
{
    if (!m_document) {
        m_signOff->clear();
        return;
    }
    QStringList lines;
    const QLocale locale;
    for (const auto &e : m_document->signOffHistory()) {
        const QString when = locale.toString(e.at.toLocalTime(), QLocale::ShortFormat);
        // The name typed, and the login the database recorded beside it when they differ.
        const QString who = e.role.isEmpty() || e.role == e.who ? e.who : tr("%1（登录名 %2）").arg(e.who, e.role);
        if (e.action == QLatin1String("sign"))
            lines.append(tr("%1 由 %2 签发").arg(when, who));
        else if (e.action == QLatin1String("reopen"))
            lines.append(tr("%1 由 %2 撤回签发，原因：%3").arg(when, who, e.reason));
        else if (e.action == QLatin1String("submit"))
            lines.append(tr("%1 由 %2 提交审核").arg(when, who));
        else if (e.action == QLatin1String("return"))
            lines.append(tr("%1 由 %2 退回修改，原因：%3").arg(when, who, e.reason));
        else if (e.action == QLatin1String("approve"))
            lines.append(tr("%1 由 %2 审核通过").arg(when, who));
    }
    m_signOff->setText(lines.isEmpty() ? tr("草稿，尚未提交审核或签发") : lines.join(QLatin1Char('\n')));
}

void DetailsForm::load()
{
    m_loading = true;
    const Report r = m_document ? m_document->report() : Report();
    m_agency->setText(r.agency);
    m_year->setText(m_document ? QString::number(r.year) : QString());
    m_formats->setText(m_document ? tr("表二 %1；表三 %2；表四 %3").arg(formName(r.formats.t2), formName(r.formats.t3), formName(r.formats.t4))
                                  : QString());
    m_title->setText(r.title.value_or(QString()));
    m_title->setPlaceholderText(m_document ? r.displayTitle() : QString());
    m_dated->setChecked(r.date.has_value());
    m_date->setEnabled(r.date.has_value());
    m_date->setDate(r.date.value_or(m_document ? QDate(r.year + 1, 1, 20) : QDate::currentDate()));
    m_person->setText(r.contact.person.value_or(QString()));
    m_phone->setText(r.contact.phone.value_or(QString()));
    m_fax->setText(r.contact.fax.value_or(QString()));
    m_address->setText(r.contact.address.value_or(QString()));
    m_loading = false;
}

void DetailsForm::commit()
{
    if (m_loading || !m_document)
        return;
    Report details = m_document->report();
    details.title = optionalText(m_title);
    details.date = m_dated->isChecked() ? std::optional<QDate>(m_date->date()) : std::nullopt;
    details.contact.person = optionalText(m_person);
    details.contact.phone = optionalText(m_phone);
    details.contact.fax = optionalText(m_fax);
    details.contact.address = optionalText(m_address);
    m_document->editDetails(details, tr("修改基本信息"));
}
