#include "BatchItems.h"
#include "CliContext.h"
#include "FigureHistory.h"
#include "ReportExport.h"
#include "SubCommand.h"

#include <QDir>
#include <QFileInfo>

// export: one report (from the database or a file) to JSON, PDF, DOCX, ODT or HTML by the suffix of --to; with
// --all, every report of the database (or one year's) into a folder, on a worker per core.
class ExportCommand : public SubCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override
    {
        return tr("export (--agency 机关 --year 年份 | 文件) --to 输出.json|.pdf|.docx|.odt|.html [--pdfa] [--chart] [--db 路径]\n"
                  "  disclosure-report export --all [--year 年份] --to 文件夹 [--format pdf|docx|odt|html|json] [--pdfa] [--jobs N] [--db 路径]");
    }
    QString summary() const override
    {
        return tr("导出一份报告（格式由 --to 的扩展名决定；--chart：网页末尾附该机关历年主要数据图）；\n"
                  "--all：每份报告一个文件（机关-年份.pdf），--jobs：同时处理几份（缺省每核一份）");
    }
    QList<QCommandLineOption> options() const override
    {
        return {CliContext::agencyOption(),
                CliContext::yearOption(),
                CliContext::toOption(tr("输出文件或文件夹")),
                {QStringLiteral("pdfa"), tr("PDF/A-1b")},
                {QStringLiteral("chart"), tr("网页末尾附历年主要数据图")},
                {QStringLiteral("all"), tr("导出全部报告")},
                {QStringLiteral("format"), tr("--all 的输出格式"), QStringLiteral("pdf|docx|odt|html|json")},
                CliContext::jobsOption()};
    }
    bool needsGui(const QCommandLineParser &parser) const override
    {
        // Pages are laid out with fonts; so is the chart an HTML page ends with.
        const QString to = parser.value(QStringLiteral("to"));
        if (parser.isSet(QStringLiteral("all")))
            return parser.value(QStringLiteral("format")).trimmed().toLower() == QLatin1String("pdf") || !parser.isSet(QStringLiteral("format"));
        return to.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) || (parser.isSet(QStringLiteral("chart")) && to.endsWith(QLatin1String(".html"), Qt::CaseInsensitive));
    }
    int run(CliContext &c, const QCommandLineParser &parser) override { return parser.isSet(QStringLiteral("all")) ? all(c, parser) : one(c, parser); }

private:
    int one(CliContext &c, const QCommandLineParser &parser);
    int all(CliContext &c, const QCommandLineParser &parser);
};

int ExportCommand::one(CliContext &c, const QCommandLineParser &parser)
{
    const QString to = parser.value(QStringLiteral("to"));
    if (to.isEmpty())
        return c.bad(tr("export 需要 --to 输出文件"));
    if (parser.isSet(QStringLiteral("format")))
        return c.bad(tr("--format 只用于 export --all（单份报告的格式由 --to 的扩展名决定）"));
    if (parser.isSet(QStringLiteral("jobs")))
        return c.bad(tr("--jobs 只用于 import、check --all 和 export --all"));
    const QString suffix = QFileInfo(to).suffix().toLower();
    if (!ReportExport::suffixes().contains(suffix))
        return c.bad(tr("--to：不支持的输出格式“%1”（支持 .json、.pdf、.docx、.odt、.html）").arg(suffix));
    if (parser.isSet(QStringLiteral("pdfa")) && suffix != QLatin1String("pdf"))
        return c.bad(tr("--pdfa 只用于 PDF 输出"));
    const auto named = c.namedReport(parser);
    if (!named)
        return CliContext::BadInput;
    const Report &report = named->report;
    // The draft mark goes only when the report in the database is signed off.
    ReportExport::Options options = named->stored ? ReportExport::forStored(*named->store, report, c.registry()) : ReportExport::Options();
    if (named->stored && options.signature.isEmpty() && named->store->signOff(report.agency, report.year))
        c.err() << tr("注意：%1 %2 年的报告的内容与签发时不一致，按草稿导出（带“草稿”字样，不写签发指纹）").arg(report.agency).arg(report.year) << Qt::endl;
    options.pdfa = parser.isSet(QStringLiteral("pdfa"));
    if (parser.isSet(QStringLiteral("chart"))) {
        if (suffix != QLatin1String("html"))
            return c.bad(tr("--chart 只用于网页（.html）输出"));
        options.chart = named->store ? FigureHistory::load(*named->store, c.registry(), report.agency, report.year, &report) : FigureHistory::of({report}, c.registry());
        if (!options.chart->isChartable())
            c.err() << tr("注意：数据库中只有 %1 %2 年的报告，不足两年，网页中不附图表").arg(report.agency).arg(report.year) << Qt::endl;
    }
    QString error;
    if (!ReportExport::write(report, c.registry(), to, options, &error))
        return c.bad(QStringLiteral("--to：") + error);
    return CliContext::Ok;
}

int ExportCommand::all(CliContext &c, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty() || parser.isSet(QStringLiteral("agency")))
        return c.bad(tr("export --all 导出数据库中的全部报告（可用 --year 限定年份），不接受文件或 --agency"));
    const QString to = parser.value(QStringLiteral("to"));
    if (to.isEmpty())
        return c.bad(tr("export --all 需要 --to 输出文件夹"));
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")).trimmed().toLower() : QStringLiteral("pdf");
    if (!ReportExport::suffixes().contains(format))
        return c.bad(tr("--format：不支持的格式“%1”（支持 pdf、docx、odt、html、json）").arg(format));
    if (parser.isSet(QStringLiteral("pdfa")) && format != QLatin1String("pdf"))
        return c.bad(tr("--pdfa 只用于 PDF 输出"));
    if (parser.isSet(QStringLiteral("chart")))
        return c.bad(tr("--chart 只用于单份报告的导出"));
    if (QFileInfo(to).exists() && !QFileInfo(to).isDir())
        return c.bad(tr("--to：%1 不是文件夹").arg(to));
    int year = 0, jobs = 0;
    bool hasYear = false;
    if (!c.year(parser, &year, &hasYear) || !c.jobs(parser, &jobs))
        return CliContext::BadInput;
    QVector<ReportBatch::Item> items;
    QString location;
    if (!storedBatchItems(c, parser, year, &items, &location))
        return CliContext::BadInput;
    if (!QDir().mkpath(to))
        return c.bad(tr("--to：无法建立文件夹 %1").arg(to));
    std::shared_ptr<const FontSet> fonts;
    if (QString error; format == QLatin1String("pdf") && !(fonts = ReportBatch::printFonts(&error)))
        return c.bad(error);
    ReportBatch::ExportSpec spec{to, format, parser.isSet(QStringLiteral("pdfa")), fonts};
    BatchRunner batch;
    const bool finished = c.runBatch(
        batch, int(items.size()),
        ReportBatch::exportTo(c.registry(), [&c, location](QString *error) { return c.openAnother(location, error); }, items, spec), jobs, tr("导出"), ReportBatch::readAhead);
    return c.summarize(batch, batchNames(items), finished);
}

std::unique_ptr<SubCommand> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}
