#include "CliContext.h"
#include "ReportBatch.h"
#include "ReportChecker.h"
#include "ReportImport.h"
#include "SubCommand.h"
#include "WebPage.h"

#include <QFileInfo>
#include <algorithm>

// import: report JSON and published texts into the database, all in one transaction; a text's cells read without
// certainty are marked and named (exit 3).
class ImportCommand : public SubCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString synopsis() const override
    {
        return tr("import 文件.json|文件.txt|文件.md|网页.html|文件.docx|文件.pdf|扫描.png|https://网址... [--agency 机关] [--year 年份] [--replace] [--each] [--jobs N] [--db 路径]");
    }
    QString summary() const override
    {
        return tr("导入报告 JSON 或已发布报告的全文；--agency 指定归入的机关，--year 核对年份（与文件不符即拒绝）");
    }
    QList<QCommandLineOption> options() const override
    {
        return {CliContext::agencyOption(), CliContext::yearOption(), {QStringLiteral("replace"), tr("替换已有的同一机关同一年度的报告")},
                {QStringLiteral("each"), tr("每个文件单独导入（各自一个事务），逐个列出结果：导入、待确认的单元格数，或未导入及原因")},
                CliContext::jobsOption()};
    }
    int run(CliContext &c, const QCommandLineParser &parser) override;

private:
    static bool readOne(CliContext &c, ReportImport &import, const QString &path, std::optional<TextImporter::Result> &early,
                        const TextImporter::Options &given, const QString &agency, int year, Report *out, QString *why, bool *toConfirm);
};

int ImportCommand::run(CliContext &c, const QCommandLineParser &parser)
{
    const QStringList files = ReportImport::sources(parser.positionalArguments()); // a folder: the report files in it
    if (files.isEmpty())
        return c.bad(tr("import 需要至少一个报告文件"));
    const QString agency = parser.value(QStringLiteral("agency")).trimmed();
    int year = 0, jobs = 0;
    bool hasYear = false;
    if (!c.year(parser, &year, &hasYear) || !c.jobs(parser, &jobs))
        return CliContext::BadInput;
    const QString db = CliContext::location(parser);
    const bool hasStore = ReportStore::isServer(db) || QFileInfo::exists(db);
    // Last year's report settles digit runs a published text cannot: from the files given before, else from the
    // store if there is one already (opened only then: an import that fails writes nothing, not even a new file).
    std::unique_ptr<ReportStore> existing;
    bool existingOpened = false;
    std::unique_ptr<ReportStore> eachStore; // --each: the store written file by file, where later files find last year's
    ReportImport import(c.registry(), [&]() -> ReportStore * {
        if (eachStore)
            return eachStore.get();
        QString ignored; // a database that will not open is reported when the import saves
        if (!existingOpened && hasStore)
            existing = ReportStore::open(c.registry(), db, &ignored);
        existingOpened = true;
        return existing.get();
    });
    const TextImporter::Options given{agency, hasYear ? year : 0, {}};
    // Reading published texts is the work: on a worker per core first, each with its own connection for last year's
    // reports in the store. A text whose last year is one of the files before it is read again in order below, with
    // that report at hand, as a single reader would have read it.
    QVector<int> texts;
    for (int i = 0; i < files.size(); ++i)
        if (ReportImport::isPublished(files.at(i)))
            texts.append(i);
    std::vector<std::optional<TextImporter::Result>> early(size_t(files.size()));
    if (texts.size() > 1) {
        BatchRunner batch;
        const bool finished = c.runBatch(
            batch, int(texts.size()),
            [&](QString *) -> BatchRunner::Work {
                std::shared_ptr<ReportStore> store;
                if (hasStore) {
                    QString ignored;
                    store = c.openAnother(db, &ignored);
                    if (!store)
                        return [](int) { return BatchRunner::Outcome(); }; // read in order below instead
                }
                auto reader = std::make_shared<ReportImport>(c.registry(), [store] { return store.get(); });
                return [&, reader](int k) {
                    BatchRunner::Outcome outcome;
                    QString ignored; // a file that cannot be read is read again below, which says why
                    early[size_t(texts.at(k))] = reader->readFile(files.at(texts.at(k)), given, &ignored);
                    outcome.status = BatchRunner::Outcome::Done;
                    return outcome;
                };
            },
            jobs, tr("读取"));
        if (!finished) {
            c.err() << tr("已中断（Ctrl+C）：没有导入任何报告") << Qt::endl;
            return CliContext::Interrupted;
        }
    }
    // --each: every file its own transaction, its outcome said on a line of its own, the others imported whatever
    // one of them is (a county's folder); else all or nothing.
    const bool each = parser.isSet(QStringLiteral("each"));
    const bool replace = parser.isSet(QStringLiteral("replace"));
    if (each && !(eachStore = existing ? std::move(existing) : c.openStore(parser, false)))
        return CliContext::BadInput;
    const ReportCheck check(c.registry());
    const auto outcome = [&](const Report &r, ReportStore *store) {
        const auto findings = ReportBatch::findings(check, c.registry(), store, r, false);
        QString line = tr("已导入 %1 %2 年的报告（%3 个错误，%4 个警告）")
                           .arg(r.agency)
                           .arg(r.year)
                           .arg(ReportChecker::count(findings, Severity::Error))
                           .arg(ReportChecker::count(findings, Severity::Warning));
        if (!r.doubts.isEmpty())
            line += tr("，%n 个单元格待确认", nullptr, int(r.doubts.size()));
        return line;
    };
    bool toConfirm = false;
    int refused = 0, imported = 0;
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        Report r;
        QString why;
        if (!readOne(c, import, path, early[size_t(i)], given, agency, hasYear ? year : 0, &r, &why, &toConfirm)) {
            if (!each)
                return why.isEmpty() ? CliContext::BadInput : c.bad(why);
            ++refused;
            c.out() << tr("未导入 %1").arg(why.startsWith(path) ? why : path + QStringLiteral("：") + (why.isEmpty() ? tr("原因见上") : why)) << '\n';
            continue;
        }
        if (std::any_of(import.given().cbegin(), import.given().cend(), [&](const Report &g) { return g.agency == r.agency && g.year == r.year; })) {
            why = tr("%1：%2 %3 年的报告在给出的文件中出现了两次").arg(path, r.agency).arg(r.year);
            if (!each)
                return c.bad(why);
            ++refused;
            c.out() << tr("未导入 %1").arg(why) << '\n';
            continue;
        }
        import.add(r);
        if (!each)
            continue;
        if (!eachStore->save({r}, replace)) {
            ++refused;
            c.out() << tr("未导入 %1：%2").arg(path, eachStore->lastError()) << '\n';
            continue;
        }
        ++imported;
        c.out() << path << QStringLiteral("：") << outcome(r, eachStore.get()) << '\n';
        c.out().flush();
    }
    if (each) {
        c.out() << tr("共 %1 个文件：导入 %2 份，未导入 %3 份").arg(files.size()).arg(imported).arg(refused) << '\n';
        c.out().flush();
        return refused > 0 ? CliContext::SomeFailed : toConfirm ? CliContext::ToConfirm : CliContext::Ok;
    }
    auto store = existing ? std::move(existing) : c.openStore(parser, false);
    if (!store)
        return CliContext::BadInput;
    if (QString error; !import.save(*store, replace, &error))
        return c.bad(error);
    for (const Report &r : import.given())
        c.out() << outcome(r, store.get()) << '\n';
    c.out().flush();
    return toConfirm ? CliContext::ToConfirm : CliContext::Ok;
}

// One file read into *out: a published text (its notes and marks said on stderr, *toConfirm set when something is to
// confirm) or a report JSON. False with *why (empty when the reason was printed already).
bool ImportCommand::readOne(CliContext &c, ReportImport &import, const QString &path, std::optional<TextImporter::Result> &early,
                            const TextImporter::Options &given, const QString &agency, int year, Report *out, QString *why, bool *toConfirm)
{
    Report &r = *out;
    if (ReportImport::isPublished(path)) {
        // A published report's text.
        QString error;
        auto result = std::move(early);
        if (result) {
            const QString linked = import.linkedAgency(result->report.agency);
            const int lastYear = result->report.year - 1;
            if (std::any_of(import.given().cbegin(), import.given().cend(), [&](const Report &g) { return g.agency == linked && g.year == lastYear; }))
                result.reset();
        }
        if (!result)
            result = import.readFile(path, given, &error);
        if (!result) {
            *why = error;
            return false;
        }
        for (const QString &note : result->notes)
            c.err() << tr("注意：") << path << QStringLiteral("：") << note << '\n';
        r = result->report;
        if (!r.doubts.isEmpty()) {
            *toConfirm = true;
            c.err() << tr("注意：%1：%n 个单元格未能确定，已标出，请在窗口中核对确认：", nullptr, int(r.doubts.size())).arg(path)
                    << QStringList(r.doubts.keys()).join(QLatin1Char(' ')) << '\n';
        }
        // The same agency printed differently in another year (or misread): linked to the name already known,
        // unless --agency named it.
        if (const QString linked = import.linkedAgency(r.agency); agency.isEmpty() && linked != r.agency) {
            c.err() << tr("注意：%1：机关“%2”与已有的“%3”相近，按“%3”导入；如不是同一机关，请加 --agency \"%2\" 重新导入").arg(path, r.agency, linked)
                    << '\n';
            ReportImport::fileUnder(r, linked);
            *toConfirm = true;
        }
        return true;
    }
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        *why = tr("%1：只能导入报告 JSON（.json）、报告全文（.txt、.md）、网页（.html、.htm）、Word/WPS 文件（.docx、.odt、.doc、.wps）、PDF 或扫描图片（.png、.jpg、.tif）").arg(path);
        return false;
    }
    if (!c.readReportFile(path, &r))
        return false; // said
    // A report JSON names its agency and year: --agency files it under another name (its title as it was); a --year
    // that is not the report's is refused, as its figures are that year's.
    if (year > 0 && r.year != year) {
        *why = tr("%1：--year %2 与文件中的年份 %3 不符：报告的数字属于 %3 年，未导入任何报告").arg(path).arg(year).arg(r.year);
        return false;
    }
    if (!agency.isEmpty())
        ReportImport::fileUnder(r, agency);
    return true;
}

std::unique_ptr<SubCommand> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}
