#pragma once

#include "Finding.h"
#include "FormatRegistry.h"
#include "Report.h"
#include "ReportCheck.h"
#include "ReportSchema.h"
#include "ReportStore.h"

#include <QObject>
#include <QUndoStack>
#include <memory>

class ReportStore;

// The report open in the window: its value, its own undo stack, and its findings. Editors and models ask
// for edits (edit*), which become undo commands; the commands apply them (apply*), which writes the store at
// once — there is no Save — and then updates the value and tells the views.
class ReportDocument : public QObject
{
    Q_OBJECT
public:
    ReportDocument(const FormatRegistry &registry, ReportStore &store, const Report &report, QObject *parent = nullptr);

    const Report &report() const { return m_report; }
    // The same agency's report of the year before, when the store has it.
    const Report *previousYear() const { return m_previousYear ? &*m_previousYear : nullptr; }
    const ReportSchema &schema() const { return m_schema; }
    const FormatRegistry &registry() const { return m_registry; }
    QUndoStack *undoStack() { return &m_undo; }
    const QVector<Finding> &findings() const { return m_findings; }

    // 签发: a signed report is read-only until reopened with a reason (kept in the store's history).
    bool isSigned() const { return m_signedBy.has_value(); }
    // Nothing can be edited: signed, under review (待审核) or approved, or kept in a database opened read-only. The
    // editors follow this.
    bool isReadOnly() const { return isSigned() || isUnderReview() || m_store.isReadOnly(); }
    // The office's review (ReportStore::reviewState): "draft", "submitted", "returned" or "approved".
    QString reviewState() const { return m_review; }
    bool isUnderReview() const { return m_review == QLatin1String("submitted") || m_review == QLatin1String("approved"); }
    // A review step (ReviewSteps: submit, approve, return) as the store's login. False (and storeFailed) when refused.
    bool review(const QString &action, const QString &reason = QString());
    // What the store's login may do with this report's agency (on a desktop: everything), read when opened.
    const ReportStore::Rights &rights() const { return m_rights; }
    QString signedBy() const { return m_signedBy.value_or(QString()); }
    // The SHA-256 recorded at signing while the report still is what was signed; empty for a draft or a signature
    // broken since (which is an error finding, and prints as a draft).
    QString signature() const { return m_signature; }
    bool sign(const QString &who);
    bool reopen(const QString &who, const QString &reason);
    // Every signing and withdrawal of this report, oldest first.
    ReportStore &store() const { return m_store; } // where the report is kept (attachments are read from it)
    QVector<ReportStore::SignOffEvent> signOffHistory() const { return m_store.signOffHistory(m_report.agency, m_report.year); }
    QVector<Finding> findingsFor(const QString &key) const;

    // Clerk's edits: one undo command each. `values` are validated already; computed cells are not edited.
    void editCells(const QMap<QString, CellValue> &values, const QString &description);
    void editProse(const QString &part, const QString &text);
    void editDetails(const Report &details, const QString &description);
    // The finding's one-step fix, as an edit of its anchor (a published total included).
    void applyFix(const Finding &finding);
    // The seal image printed over the 落款 (PNG or SVG, checked by the caller). False (and storeFailed) when refused.
    bool setSeal(const QString &mimeType, const QByteArray &data);
    // A report under review before it is saved anywhere: the document edits a scratch in-memory store that holds it
    // (and last year's, for the cross-year checks). nullptr with *error when even that cannot be made.
    static std::unique_ptr<ReportStore> scratchStore(const FormatRegistry &registry, const Report &report,
                                                     const std::optional<Report> &previousYear, QString *error);
    // The example report (the application's resource `resourcePath`), signed so that every editor shows it read-only
    // as a published report, in a scratch store of its own. nullptr with *error when it cannot be read.
    static std::unique_ptr<ReportStore> exampleStore(const FormatRegistry &registry, const QString &resourcePath, QString *error);
    // Takes the import's marks off these cells (their values stay): one undo step. False when none was marked.
    bool confirmCells(const QStringList &keys);
    bool isDoubtful(const QString &key) const { return m_report.doubts.contains(key); }

    // Another's changes to this report (ReportStore::takeChanges) taken into the document as it stands: the clerk's
    // undo steps stay. False, nothing taken, when the report is to be read again whole (gone, or its forms changed).
    bool merge(const ReportStore::Changes &changes);
    // Before an undo or redo: whether the cells (computed ones aside) or the prose part still hold what the step left
    // there. When another changed one since, false and storeFailed says who changed it to what: the step is dropped
    // rather than overwrite their change.
    bool stillAsLeft(const QMap<QString, CellValue> &cells, const QString &step);
    bool stillAsLeft(const QString &part, const std::optional<QString> &text, const QString &step);
    // Edits refused because the connection to the server was lost (the values typed), to be offered again once it is
    // back; taken once.
    struct Unsaved
    {
        QMap<QString, CellValue> cells;
        QMap<QString, std::optional<QString>> prose;
        std::optional<Report> details; // the report with the fields as typed
        bool isEmpty() const { return cells.isEmpty() && prose.isEmpty() && !details; }
    };
    Unsaved takeUnsaved();
    // The unsaved edits as lines a clerk reads (单元格“…”：12).
    QStringList describe(const Unsaved &unsaved) const;


signals:
    void cellsChanged(const QStringList &keys);
    void proseChanged(const QString &part);
    void detailsChanged();
    void findingsChanged();
    void storeFailed(const QString &message);
    void written(); // an edit of this clerk's was saved (after a refusal: the window no longer says one was not)
    void signOffChanged();

private:
    // Edits happen only as undo commands: these are theirs. The values, and the doubts the written cells keep (none:
    // confirmed); false (and storeFailed) when the database refused, nothing changed then.
    friend class CellEditCommand;
    friend class ProseEditCommand;
    friend class DetailsEditCommand;
    bool applyCells(const QMap<QString, CellValue> &values, const QMap<QString, QString> &doubts);
    bool applyProse(const QString &part, const std::optional<QString> &text);
    bool applyDetails(const Report &details);

    void recheck();

    const FormatRegistry &m_registry;
    ReportStore &m_store;
    Report m_report;
    ReportSchema m_schema;
    std::optional<Report> m_previousYear;
    QVector<Finding> check() const;
    QVector<Finding> m_findings;
    ReportCheck m_check;
    std::optional<QString> m_signedBy;
    QString m_review = QStringLiteral("draft");
    QString m_signature;
    ReportStore::Rights m_rights;
    void readSignOff(); // m_signedBy, m_signature and m_review from the store
    bool refuseStale(const QString &what, const QString &key, const QString &now, const QString &step);
    QHash<QString, QString> m_changedBy; // a cell key or prose part → who last changed it elsewhere (merge)
    Unsaved m_unsaved;
    QUndoStack m_undo;
};
