#pragma once

#include "FormatRegistry.h"
#include "Report.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ChangeFormsDialog;
}

// 报告 ▸ 更改表式: table 二 or 三 in the other form. Says, before anything changes, which numbers the chosen forms
// have no cell for (a list that scrolls: both tables can drop forty).
class ChangeFormsDialog : public QDialog
{
    Q_OBJECT
public:
    ChangeFormsDialog(const FormatRegistry &registry, const Report &report, QWidget *parent = nullptr);
    ~ChangeFormsDialog() override;

    ReportFormats chosen() const;

private:
    void explain();

    const FormatRegistry &m_registry;
    Report m_report;
    std::unique_ptr<Ui::ChangeFormsDialog> m_ui;
};
