#include "ReportBatch.h"

#include "ReportChecker.h"
#include "FontSet.h"
#include "Fingerprint.h"
#include "ReportExport.h"
#include "ReportImport.h"
#include "ReportJson.h"

#include <QDir>
#include <QFile>
#include <algorithm>

QVector<ReportBatch::Item> ReportBatch::items(const QVector<ReportStore::Entry> &entries, int year)
{
    QVector<Item> out;
    for (const ReportStore::Entry &e : entries)
        if (year == 0 || e.year == year)
            out.append({e.agency, e.year});
    std::sort(out.begin(), out.end());
    return out;
}

std::shared_ptr<const FontSet> ReportBatch::printFonts(QString *error)
{
    auto fonts = std::make_shared<FontSet>();
    if (!ReportExport::loadPrintFonts(fonts.get(), error))
        return nullptr;
    return fonts;
}

QString ReportBatch::fileName(const Item &item, const QString &suffix)
{
    QString name = item.agency;
    for (QChar &c : name)
        if (c.unicode() < 0x20 || QStringLiteral("/\\:*?\"<>|").contains(c))
            c = QLatin1Char('_');
    return QStringLiteral("%1-%2.%3").arg(name.trimmed()).arg(item.year).arg(suffix);
}

namespace {

// A report that is no longer there (deleted since the list was read) or cannot be read: the item fails with why.
bool loadItem(ReportStore &store, const ReportBatch::Item &item, Report *report, BatchRunner::Outcome *o)
{
    if (store.load(item.agency, item.year, report))
        return true;
    o->status = BatchRunner::Outcome::Failed;
    o->message = store.lastError().isEmpty() ? ReportBatch::tr("数据库中已没有这份报告") : store.lastError();
    return false;
}

// A worker's chunk of items (BatchRunner hands them out ReportBatch::readAhead at a time) read as one, with each
// one's report of the year before when asked: a few statements for the chunk instead of a handful per report (each a
// round trip to a server). A report the chunk's read did not give — gone, or damaged — is read alone, which says why;
// when the chunk's read failed whole, every report and last year is read alone.
class ChunkReader
{
public:
    ChunkReader(ReportStore &store, const QVector<ReportBatch::Item> &items, bool lastYears)
        : m_store(store)
        , m_items(items)
        , m_lastYears(lastYears)
    {
    }
    // *lastYear (a reader made for last years; else nullptr) receives the report of the year before, if there is one.
    bool take(int index, ReportStore::Stored *out, std::optional<Report> *lastYear, BatchRunner::Outcome *o)
    {
        const int first = index - index % ReportBatch::readAhead;
        if (first != m_first) {
            m_first = first;
            m_read.clear();
            QVector<QPair<QString, int>> which;
            for (int i = first; i < qMin<int>(first + ReportBatch::readAhead, m_items.size()); ++i) {
                which.append({m_items.at(i).agency, m_items.at(i).year});
                if (m_lastYears)
                    which.append({m_items.at(i).agency, m_items.at(i).year - 1});
            }
            m_failed = !m_store.reports(which, [this](ReportStore::Stored &&s) {
                m_read.insert({s.entry.agency, s.entry.year}, std::move(s));
                return true;
            });
            if (m_failed)
                m_read.clear();
        }
        const ReportBatch::Item &item = m_items.at(index);
        if (m_lastYears) {
            // Not in a chunk read whole: there is none (or it is damaged, and reading it alone gives nothing either).
            const auto before = m_read.constFind({item.agency, item.year - 1});
            if (before != m_read.cend())
                *lastYear = before->report;
            else if (Report r; m_failed && m_store.load(item.agency, item.year - 1, &r))
                *lastYear = r;
        }
        const auto it = m_read.constFind({item.agency, item.year});
        if (it != m_read.cend()) {
            *out = *it;
            return true;
        }
        if (!loadItem(m_store, item, &out->report, o))
            return false;
        out->entry = m_store.status(item.agency, item.year).value_or(ReportStore::Entry{});
        return true;
    }

private:
    ReportStore &m_store;
    const QVector<ReportBatch::Item> &m_items;
    const bool m_lastYears;
    int m_first = -1;
    bool m_failed = false; // the chunk's read failed whole
    QHash<QPair<QString, int>, ReportStore::Stored> m_read;
};

} // namespace

QVector<Finding> ReportBatch::findings(const ReportCheck &check, const FormatRegistry &registry, const ReportStore::Entry &entry, const Report &report,
                                       const Report *lastYear, ReportCheck::Scope scope)
{
    QVector<Finding> out;
    if (auto broken = Fingerprint::verify(entry.signedBy, entry.signedAt, entry.sha256, report, registry))
        out.append(*broken);
    return out + check.run(report, lastYear, scope);
}

QVector<Finding> ReportBatch::findings(const ReportCheck &check, const FormatRegistry &registry, ReportStore *store, const Report &report, bool stored,
                                       ReportCheck::Scope scope)
{
    Report previous;
    const bool hasPrevious = store && store->load(report.agency, report.year - 1, &previous);
    const auto entry = stored ? store->status(report.agency, report.year) : std::nullopt; // its signature, if any
    return findings(check, registry, entry && entry->isSigned() ? *entry : ReportStore::Entry{}, report, hasPrevious ? &previous : nullptr, scope);
}

BatchRunner::WorkerFactory ReportBatch::check(const FormatRegistry &registry, const StoreOpener &open, const QVector<Item> &items, ReportCheck::Scope scope)
{
    return [&registry, open, items, scope](QString *error) -> BatchRunner::Work {
        std::shared_ptr<ReportStore> store = open(error);
        if (!store)
            return {};
        auto check = std::make_shared<const ReportCheck>(registry); // one per worker: its patterns read once
        auto items_ = std::make_shared<const QVector<Item>>(items);
        auto reader = std::make_shared<ChunkReader>(*store, *items_, true);
        return [&registry, store, items_, reader, scope, check](int index) {
            BatchRunner::Outcome o;
            ReportStore::Stored stored;
            std::optional<Report> lastYear;
            if (!reader->take(index, &stored, &lastYear, &o))
                return o;
            const QVector<Finding> found = findings(*check, registry, stored.entry, stored.report, lastYear ? &*lastYear : nullptr, scope);
            o.status = BatchRunner::Outcome::Done;
            o.errors = ReportChecker::count(found, Severity::Error);
            o.warnings = ReportChecker::count(found, Severity::Warning);
            for (const Finding &f : found)
                if (f.severity == Severity::Error) {
                    o.message = f.message;
                    break;
                }
            return o;
        };
    };
}

BatchRunner::WorkerFactory ReportBatch::exportTo(const FormatRegistry &registry, const StoreOpener &open, const QVector<Item> &items,
                                                 const ExportSpec &spec)
{
    return [&registry, open, items, spec](QString *error) -> BatchRunner::Work {
        std::shared_ptr<ReportStore> store = open(error);
        if (!store)
            return {};
        auto items_ = std::make_shared<const QVector<Item>>(items);
        auto reader = std::make_shared<ChunkReader>(*store, *items_, false);
        return [&registry, store, items_, reader, spec](int index) {
            BatchRunner::Outcome o;
            const Item &item = items_->at(index);
            ReportStore::Stored stored;
            if (!reader->take(index, &stored, nullptr, &o))
                return o;
            const Report &report = stored.report;
            ReportExport::Options options = ReportExport::forStored(stored.entry, report, registry);
            options.pdfa = spec.pdfa;
            options.fonts = spec.fonts.get();
            const QString path = QDir(spec.folder).filePath(fileName(item, spec.format));
            QString why;
            if (ReportExport::write(report, registry, path, options, &why)) {
                o.status = BatchRunner::Outcome::Done;
                o.file = path;
            } else {
                o.status = BatchRunner::Outcome::Failed;
                o.message = why;
            }
            return o;
        };
    };
}

BatchRunner::WorkerFactory ReportBatch::importFrom(const FormatRegistry &registry, const StoreOpener &open, const QStringList &sources, bool replace)
{
    return [&registry, open, sources, replace](QString *error) -> BatchRunner::Work {
        std::shared_ptr<ReportStore> store = open(error);
        if (!store)
            return {};
        auto reader = std::make_shared<ReportImport>(registry, [store] { return store.get(); });
        auto check = std::make_shared<const ReportCheck>(registry);
        return [&registry, store, reader, check, sources, replace](int index) {
            BatchRunner::Outcome o;
            o.status = BatchRunner::Outcome::Failed;
            const QString &source = sources.at(index);
            Report r;
            QString why;
            QStringList notes;
            if (source.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
                QFile file(source);
                if (!file.open(QIODevice::ReadOnly)) {
                    o.message = tr("无法读取（%1）").arg(file.errorString());
                    return o;
                }
                auto read = ReportJson::read(file.readAll(), registry, &why);
                if (!read) {
                    o.message = why;
                    return o;
                }
                r = *read;
            } else if (ReportImport::isPublished(source)) {
                auto read = reader->readFile(source, {}, &why);
                if (!read) {
                    o.message = why;
                    return o;
                }
                r = read->report;
                // The same agency printed differently in another year (or misread): filed under the name known.
                if (const QString linked = reader->linkedAgency(r.agency); linked != r.agency) {
                    notes.append(tr("机关“%1”与已有的“%2”相近，已按“%2”导入").arg(r.agency, linked));
                    ReportImport::fileUnder(r, linked);
                }
            } else {
                o.message = tr("不是可以导入的报告文件");
                return o;
            }
            o.agency = r.agency;
            o.year = r.year;
            if (store->contains(r.agency, r.year) && !replace) {
                o.message = tr("数据库中已有 %1 %2 年的报告，未替换").arg(r.agency).arg(r.year);
                return o;
            }
            if (!store->save({r}, replace)) {
                o.message = store->lastError();
                return o;
            }
            const QVector<Finding> found = findings(*check, registry, store.get(), r, false);
            o.status = BatchRunner::Outcome::Done;
            o.errors = ReportChecker::count(found, Severity::Error);
            o.warnings = ReportChecker::count(found, Severity::Warning);
            o.marked = int(r.doubts.size());
            if (o.marked > 0)
                notes.prepend(tr("%n 个单元格待确认", nullptr, o.marked));
            o.message = notes.join(QStringLiteral("；"));
            return o;
        };
    };
}
