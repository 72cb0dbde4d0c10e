#pragma once

#include "Finding.h"
#include "FormatRegistry.h"
#include "ProseChecker.h"
#include "Report.h"
#include "ReportChecker.h"

#include <QCoreApplication>

// The one check of a report, for the window's findings panel and `check` alike, in this order: the rules of
// report-formats.md §7 (ReportChecker: the tables' identities, cross-year rules with last year's report, cell.blank,
// cell.negative); then — unless narrowed to the rules — the cells an import marked and the clerk has not confirmed
// (cell.unconfirmed), the prose parts left empty (prose.empty) and the prose against
// the tables and last year's report (ProseChecker: prose.figure, prose.change, prose.year, prose.unchanged,
// prose.copied, cell.jump). A signature the content no longer matches (signature.mismatch) needs the store and comes
// first from the caller (Fingerprint::verify). Every kind is listed by kinds().
class ReportSchema;

class ReportCheck
{
    Q_DECLARE_TR_FUNCTIONS(ReportCheck)
public:
    enum class Scope { All, Rules };

    explicit ReportCheck(const FormatRegistry &registry);
    QVector<Finding> run(const Report &report, const Report *previousYear, Scope scope = Scope::All) const;

    // What the window lists and counts (the panel, the status bar, 签发's question): every finding but a blank total
    // whose terms are all blank — the clerk cannot type there, and each blank term is listed itself.
    static QVector<Finding> listed(const QVector<Finding> &findings, const ReportSchema &schema);

    // Every kind of finding, as `check --kinds` and the guide list them: id, severity, what it means.
    struct Kind
    {
        QString id;
        Severity severity;
        QString meaning;
    };
    QVector<Kind> kinds() const;

private:
    const FormatRegistry &m_registry;
    ReportChecker m_rules;
    ProseChecker m_prose;
};
