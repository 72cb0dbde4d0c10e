#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class ReportDocument;

// 基本信息: agency and year (the report's identity), the forms of its tables, and the editable title,
// 成文日期 and contact. Each finished field is one undo step.
class DetailsForm : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsForm(QWidget *parent = nullptr);
    void setDocument(ReportDocument *document);
    // How the interface names a table's form: 2019 年表式（试行）, 2021 年表式.
    static QString formName(const QString &form);

    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *personEdit() const { return m_person; }
    QLabel *signOffLabel() const { return m_signOff; } // who signed and when, each withdrawal and why

private:
    void load();
    void commit();
    void loadSignOff();
    void setReadOnly(bool readOnly);

    QPointer<ReportDocument> m_document;
    QLabel *m_agency;
    QLabel *m_year;
    QLabel *m_formats;
    QLineEdit *m_title;
    QCheckBox *m_dated;
    QDateEdit *m_date;
    QLineEdit *m_person;
    QLineEdit *m_phone;
    QLineEdit *m_fax;
    QLineEdit *m_address;
    QLabel *m_signOff;
    bool m_loading = false;
};
