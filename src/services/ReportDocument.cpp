#include "ReportDocument.h"

#include "CellEditCommand.h"
#include "DetailsEditCommand.h"
#include "ProseEditCommand.h"
#include "ReportCheck.h"
#include "Fingerprint.h"
#include "ReportJson.h"
#include "ReportStore.h"
#include "ReviewSteps.h"
#include "SqliteReportStore.h"

ReportDocument::ReportDocument(const FormatRegistry &registry, ReportStore &store, const Report &report, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_store(store)
    , m_report(report)
    , m_schema(ReportSchema::forReport(registry, report))
    , m_check(registry)
{
    Report previous;
    if (store.load(report.agency, report.year - 1, &previous))
        m_previousYear = previous;
    readSignOff();
    m_rights = store.rights(report.agency);
    m_findings = check();
}

void ReportDocument::readSignOff()
{
    const auto s = m_store.signOff(m_report.agency, m_report.year);
    m_signedBy = s ? std::optional<QString>(s->who) : std::nullopt;
    m_signature = s && !Fingerprint::verify(m_store, m_report, m_registry) ? s->sha256 : QString();
    m_review = m_store.reviewState(m_report.agency, m_report.year);
}

bool ReportDocument::review(const QString &action, const QString &reason)
{
    QString error;
    if (!ReviewSteps::take(m_store, m_report.agency, m_report.year, action, QString(), reason, &error)) {
        emit storeFailed(error);
        return false;
    }
    readSignOff();
    m_undo.clear(); // what went to review is what is in the database; edits before it are not undone across it
    emit signOffChanged();
    return true;
}

bool ReportDocument::sign(const QString &who)
{
    QString error;
    if (!ReviewSteps::take(m_store, m_report.agency, m_report.year, QStringLiteral("sign"), who, QString(), &error)) {
        emit storeFailed(error);
        return false;
    }
    readSignOff();
    recheck();
    m_undo.clear(); // what was signed is what is in the database; edits before it are not undone across it
    emit signOffChanged();
    return true;
}

bool ReportDocument::reopen(const QString &who, const QString &reason)
{
    QString error;
    if (!ReviewSteps::take(m_store, m_report.agency, m_report.year, QStringLiteral("reopen"), who, reason, &error)) {
        emit storeFailed(error);
        return false;
    }
    readSignOff();
    recheck();
    emit signOffChanged();
    return true;
}

QVector<Finding> ReportDocument::findingsFor(const QString &key) const
{
    QVector<Finding> out;
    for (const Finding &f : m_findings)
        if (f.cells.contains(key))
            out.append(f);
    return out;
}

QVector<Finding> ReportDocument::check() const
{
    // A signature the content no longer matches first, then the one check `check` runs too (ReportCheck), as the
    // window lists and counts it.
    QVector<Finding> out;
    if (m_signedBy)
        if (auto broken = Fingerprint::verify(m_store, m_report, m_registry))
            out.append(*broken);
    return ReportCheck::listed(out + m_check.run(m_report, m_previousYear ? &*m_previousYear : nullptr), m_schema);
}

void ReportDocument::recheck()
{
    m_findings = check();
    emit findingsChanged();
}

void ReportDocument::editCells(const QMap<QString, CellValue> &values, const QString &description)
{
    m_undo.push(new CellEditCommand(this, values, description));
}

void ReportDocument::editProse(const QString &part, const QString &text)
{
    const std::optional<QString> now = text.isEmpty() ? std::nullopt : std::optional<QString>(text);
    if (now == m_report.prose.get(part))
        return;
    m_undo.push(new ProseEditCommand(this, part, m_report.prose.get(part), now));
}

void ReportDocument::editDetails(const Report &details, const QString &description)
{
    if (details.title == m_report.title && details.date == m_report.date && details.contact == m_report.contact)
        return;
    m_undo.push(new DetailsEditCommand(this, m_report, details, description));
}

void ReportDocument::applyFix(const Finding &finding)
{
    if (finding.span && finding.span->replacement && finding.anchor().startsWith(QLatin1String("prose."))) {
        // The figure in the sentence replaced by the table's: one undoable prose edit.
        const QString part = finding.anchor().mid(6);
        QString text = m_report.prose.get(part).value_or(QString());
        if (finding.span->start + finding.span->length > text.size())
            return;
        text.replace(finding.span->start, finding.span->length, *finding.span->replacement);
        editProse(part, text);
        return;
    }
    if (!finding.fix)
        return;
    m_undo.push(new CellEditCommand(this, {{finding.anchor(), *finding.fix}}, tr("修正 %1").arg(m_schema.cellName(finding.anchor()))));
}

bool ReportDocument::setSeal(const QString &mimeType, const QByteArray &data)
{
    if (!m_store.setAttachment(m_report.agency, m_report.year, QStringLiteral("seal"), {mimeType, data})) {
        emit storeFailed(m_store.lastError());
        return false;
    }
    return true;
}

std::unique_ptr<ReportStore> ReportDocument::scratchStore(const FormatRegistry &registry, const Report &report,
                                                          const std::optional<Report> &previousYear, QString *error)
{
    auto store = std::make_unique<SqliteReportStore>(registry);
    QVector<Report> reports{report};
    if (previousYear)
        reports.prepend(*previousYear);
    if (!store->openSqlite(QStringLiteral(":memory:")) || !store->save(reports, true)) {
        *error = store->lastError();
        return nullptr;
    }
    return store;
}

std::unique_ptr<ReportStore> ReportDocument::exampleStore(const FormatRegistry &registry, const QString &resourcePath, QString *error)
{
    QFile file(resourcePath);
    std::optional<Report> example;
    if (file.open(QIODevice::ReadOnly))
        example = ReportJson::read(file.readAll(), registry, error);
    else
        *error = file.errorString();
    if (!example) {
        *error = tr("示例报告无法读取：%1").arg(*error);
        return nullptr;
    }
    auto store = scratchStore(registry, *example, std::nullopt, error);
    if (store && !store->sign(example->agency, example->year, tr("示例"))) {
        *error = store->lastError();
        return nullptr;
    }
    return store;
}

bool ReportDocument::confirmCells(const QStringList &keys)
{
    QMap<QString, CellValue> values;
    for (const QString &key : keys)
        if (m_report.doubts.contains(key))
            values.insert(key, m_report.cell(key));
    if (values.isEmpty())
        return false;
    m_undo.push(new CellEditCommand(this, values,
                                    values.size() == 1 ? tr("确认 %1").arg(m_schema.cellName(values.firstKey()))
                                                       : tr("确认 %n 个单元格", nullptr, int(values.size()))));
    return true;
}

bool ReportDocument::applyCells(const QMap<QString, CellValue> &values, const QMap<QString, QString> &doubts)
{
    // What the database wrote, the totals it computed again included, is what the window shows.
    QMap<QString, CellValue> saved;
    if (!m_store.setCells(m_report.agency, m_report.year, values, doubts, &saved)) {
        if (m_store.connectionLost())
            for (auto it = values.begin(); it != values.end(); ++it)
                if (const ValueCellDef *def = m_schema.cell(it.key()); def && !def->computed)
                    m_unsaved.cells.insert(it.key(), it.value());
        emit storeFailed(m_store.lastError());
        return false;
    }
    for (auto it = values.begin(); it != values.end(); ++it)
        m_unsaved.cells.remove(it.key());
    for (auto it = saved.begin(); it != saved.end(); ++it) {
        m_report.cells.insert(it.key(), it.value());
        if (doubts.contains(it.key()))
            m_report.doubts.insert(it.key(), doubts.value(it.key()));
        else if (values.contains(it.key())) // a total computed again keeps its mark, as in the database
            m_report.doubts.remove(it.key());
    }
    emit cellsChanged(saved.keys());
    emit written();
    recheck();
    return true;
}

bool ReportDocument::applyProse(const QString &part, const std::optional<QString> &text)
{
    if (!m_store.setProse(m_report.agency, m_report.year, part, text)) {
        if (m_store.connectionLost())
            m_unsaved.prose.insert(part, text);
        emit storeFailed(m_store.lastError());
        return false;
    }
    m_unsaved.prose.remove(part);
    m_report.prose.set(part, text);
    emit proseChanged(part);
    emit written();
    recheck(); // prose.empty, and the figures the prose states
    return true;
}

bool ReportDocument::applyDetails(const Report &details)
{
    Report next = m_report;
    next.title = details.title;
    next.date = details.date;
    next.contact = details.contact;
    if (!m_store.setDetails(next)) {
        if (m_store.connectionLost())
            m_unsaved.details = next;
        emit storeFailed(m_store.lastError());
        return false;
    }
    m_unsaved.details.reset();
    m_report = next;
    emit detailsChanged();
    emit written();
    return true;
}

bool ReportDocument::merge(const ReportStore::Changes &c)
{
    if (c.gone || c.reshaped)
        return false;
    const Report &theirs = c.report;
    // A cell's mark and note come with its value: theirs, or none.
    const auto take = [](QMap<QString, QString> &mine, const QMap<QString, QString> &from, const QString &key) {
        if (from.contains(key))
            mine.insert(key, from.value(key));
        else
            mine.remove(key);
    };
    for (const QString &key : c.cells) {
        m_report.cells.insert(key, theirs.cell(key));
        take(m_report.doubts, theirs.doubts, key);
        take(m_report.annotations, theirs.annotations, key);
        if (c.by.contains(key))
            m_changedBy.insert(key, c.by.value(key));
    }
    for (const QString &part : c.prose) {
        m_report.prose.set(part, theirs.prose.get(part));
        if (c.by.contains(part))
            m_changedBy.insert(part, c.by.value(part));
    }
    if (c.details) {
        m_report.title = theirs.title;
        m_report.date = theirs.date;
        m_report.contact = theirs.contact;
    }
    if (!c.cells.isEmpty())
        emit cellsChanged(c.cells);
    for (const QString &part : c.prose)
        emit proseChanged(part);
    if (c.details)
        emit detailsChanged();
    if (c.review) {
        readSignOff();
        emit signOffChanged();
    }
    recheck();
    return true;
}

bool ReportDocument::refuseStale(const QString &what, const QString &key, const QString &now, const QString &step)
{
    const QString who = m_changedBy.value(key);
    emit storeFailed(who.isEmpty() ? tr("%1已在别处改为 %2：“%3”不能撤销或重做，以免改掉别人的修改").arg(what, now, step)
                                   : tr("%1已被 %2 改为 %3：“%4”不能撤销或重做，以免改掉别人的修改").arg(what, who, now, step));
    return false;
}

bool ReportDocument::stillAsLeft(const QMap<QString, CellValue> &cells, const QString &step)
{
    for (auto it = cells.begin(); it != cells.end(); ++it) {
        const ValueCellDef *def = m_schema.cell(it.key());
        if (!def || def->computed) // a total follows its cells
            continue;
        const CellValue now = m_report.cell(it.key());
        if (!(now == it.value()))
            return refuseStale(tr("单元格“%1”").arg(m_schema.cellName(it.key())), it.key(), now.isBlank() ? tr("空白") : now.toString(), step);
    }
    return true;
}

bool ReportDocument::stillAsLeft(const QString &part, const std::optional<QString> &text, const QString &step)
{
    const std::optional<QString> now = m_report.prose.get(part);
    if (now == text)
        return true;
    return refuseStale(tr("“%1”").arg(Prose::name(part)), part, now ? tr("%n 字的文字", nullptr, int(now->size())) : tr("空白"), step);
}

ReportDocument::Unsaved ReportDocument::takeUnsaved()
{
    return std::exchange(m_unsaved, Unsaved());
}

QStringList ReportDocument::describe(const Unsaved &unsaved) const
{
    QStringList lines;
    for (auto it = unsaved.cells.begin(); it != unsaved.cells.end(); ++it)
        lines << tr("单元格“%1”：%2").arg(m_schema.cellName(it.key()), it.value().isBlank() ? tr("空白") : it.value().toString());
    for (auto it = unsaved.prose.begin(); it != unsaved.prose.end(); ++it)
        lines << tr("“%1”：%2").arg(Prose::name(it.key()), it.value() ? tr("%n 字的文字", nullptr, int(it.value()->size())) : tr("空白"));
    if (unsaved.details)
        lines << tr("基本信息（标题、成文日期、联系人、电话、传真、地址）");
    return lines;
}
