#include "BatchItems.h"
#include "CliContext.h"
#include "ReportBatch.h"
#include "ReportCheck.h"
#include "ReportChecker.h"
#include "SubCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// check: what the window's findings panel lists for a report — from the database or a file — or, with --all, for
// every report of the database (or one year's), on a worker per core.
class CheckCommand : public SubCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
public:
    QString name() const override { return QStringLiteral("check"); }
    QString synopsis() const override
    {
        return tr("check (--agency 机关 --year 年份 | 文件) [--json] [--rules-only] [--db 路径]\n"
                  "  disclosure-report check --all [--year 年份] [--json] [--rules-only] [--jobs N] [--db 路径]\n"
                  "  disclosure-report check --kinds");
    }
    QString summary() const override
    {
        return tr("检查报告，列出窗口的检查结果列出的全部问题（表格规则、正文与表格、与上一年比较）；--rules-only 只查报告格式的勾稽规则；\n"
                  "--all：检查全部报告（机关<TAB>年份<TAB>错误<TAB>警告<TAB>第一个错误）；--kinds：列出每一种问题及其含义");
    }
    QList<QCommandLineOption> options() const override
    {
        return {CliContext::agencyOption(), CliContext::yearOption(), CliContext::jsonOption(), {QStringLiteral("all"), tr("检查全部报告")},
                CliContext::jobsOption(), {QStringLiteral("rules-only"), tr("只查报告格式的勾稽规则（report-formats.md 第 7 节）")},
                {QStringLiteral("kinds"), tr("列出每一种问题及其含义")}};
    }
    int run(CliContext &c, const QCommandLineParser &parser) override
    {
        if (parser.isSet(QStringLiteral("kinds")))
            return kinds(c);
        return parser.isSet(QStringLiteral("all")) ? all(c, parser) : one(c, parser);
    }

private:
    static ReportCheck::Scope scope(const QCommandLineParser &parser)
    {
        return parser.isSet(QStringLiteral("rules-only")) ? ReportCheck::Scope::Rules : ReportCheck::Scope::All;
    }
    int kinds(CliContext &c)
    {
        for (const ReportCheck::Kind &k : ReportCheck(c.registry()).kinds())
            c.out() << k.id << '\t' << (k.severity == Severity::Error ? tr("错误") : tr("警告")) << '\t' << k.meaning << '\n';
        c.out().flush();
        return CliContext::Ok;
    }
    int one(CliContext &c, const QCommandLineParser &parser);
    int all(CliContext &c, const QCommandLineParser &parser);
};

int CheckCommand::one(CliContext &c, const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("jobs")))
        return c.bad(tr("--jobs 只用于 import、check --all 和 export --all"));
    const auto named = c.namedReport(parser);
    if (!named)
        return CliContext::BadInput;
    const Report &report = named->report;
    const QVector<Finding> findings = ReportBatch::findings(ReportCheck(c.registry()), c.registry(), named->store.get(), report, named->stored, scope(parser));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Finding &f : findings)
            array.append(f.toJson());
        c.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const Finding &f : findings)
            c.out() << (f.severity == Severity::Error ? tr("错误") : tr("警告")) << "  " << f.rule << "  " << f.anchor() << "  " << f.message << '\n';
        c.out() << tr("%1 %2 年：%3 个错误，%4 个警告")
                       .arg(report.agency)
                       .arg(report.year)
                       .arg(ReportChecker::count(findings, Severity::Error))
                       .arg(ReportChecker::count(findings, Severity::Warning))
                << '\n';
    }
    c.out().flush();
    return ReportChecker::count(findings, Severity::Error) > 0 ? CliContext::FoundErrors : CliContext::Ok;
}

int CheckCommand::all(CliContext &c, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty() || parser.isSet(QStringLiteral("agency")))
        return c.bad(tr("check --all 检查数据库中的全部报告（可用 --year 限定年份），不接受文件或 --agency"));
    int year = 0, jobs = 0;
    bool hasYear = false;
    if (!c.year(parser, &year, &hasYear) || !c.jobs(parser, &jobs))
        return CliContext::BadInput;
    QVector<ReportBatch::Item> items;
    QString location;
    if (!storedBatchItems(c, parser, year, &items, &location))
        return CliContext::BadInput;
    BatchRunner batch;
    const bool finished = c.runBatch(
        batch, int(items.size()), ReportBatch::check(c.registry(), [&c, location](QString *error) { return c.openAnother(location, error); }, items, scope(parser)),
        jobs, tr("检查"), ReportBatch::readAhead);
    // The table: one line per report checked, agency and year, errors and warnings, the first error.
    int withErrors = 0, withWarnings = 0;
    QJsonArray array;
    const bool json = parser.isSet(QStringLiteral("json"));
    for (int i = 0; i < items.size(); ++i) {
        const BatchRunner::Outcome &r = batch.outcomes()[size_t(i)];
        if (r.status != BatchRunner::Outcome::Done)
            continue;
        withErrors += r.errors > 0;
        withWarnings += r.errors == 0 && r.warnings > 0;
        if (json)
            array.append(QJsonObject{{QStringLiteral("agency"), items[i].agency},
                                     {QStringLiteral("year"), items[i].year},
                                     {QStringLiteral("errors"), r.errors},
                                     {QStringLiteral("warnings"), r.warnings},
                                     {QStringLiteral("firstError"), r.message}});
        else
            c.out() << items[i].agency << '\t' << items[i].year << '\t' << tr("%1 个错误").arg(r.errors) << '\t' << tr("%1 个警告").arg(r.warnings) << '\t'
                    << r.message << '\n';
    }
    if (json)
        c.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    else
        c.out() << tr("检查了 %1 份报告：%2 份有错误，%3 份只有警告").arg(batch.count(BatchRunner::Outcome::Done)).arg(withErrors).arg(withWarnings) << '\n';
    c.out().flush();
    const int status = c.summarize(batch, batchNames(items), finished);
    return status != CliContext::Ok ? status : withErrors > 0 ? CliContext::FoundErrors : CliContext::Ok;
}

std::unique_ptr<SubCommand> makeCheckCommand()
{
    return std::make_unique<CheckCommand>();
}
