#pragma once

#include <QCoreApplication>

class ReportStore;

// The office's review and sign-off of a stored report — 提交审核, 审核通过, 退回, 签发, 撤回签发 — one call for the
// window (through ReportDocument) and the command line (`review`). The store checks first to say why in words; on a
// server the database takes the step itself and checks who may (resources/sql/postgresql/008).
class ReviewSteps
{
    Q_DECLARE_TR_FUNCTIONS(ReviewSteps)
public:
    // "submit", "approve", "return", "sign", "reopen".
    static QStringList actions();
    // `name`: the name typed for the printed page (签发人 for sign; may be empty otherwise: the login stands for it);
    // `reason`: a return's and a withdrawal's (required). False with *error when refused; nothing changed then.
    static bool take(ReportStore &store, const QString &agency, int year, const QString &action, const QString &name, const QString &reason,
                     QString *error);
};
