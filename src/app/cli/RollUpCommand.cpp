#include "CliContext.h"
#include "OfficeDashboard.h"
#include "ReportChecker.h"
#include "ReportExport.h"
#include "RollUp.h"
#include "SubCommand.h"

#include <QFileInfo>

// rollup: the region's figures as the sum of the reports below an agency, with every agency below listed and what
// needs a look; the sum written as any export format with --to, the region's 一览 (OfficeDashboard) with --dashboard.
class RollUpCommand : public SubCommand
{
    Q_DECLARE_TR_FUNCTIONS(RollUpCommand)
public:
    QString name() const override { return QStringLiteral("rollup"); }
    QString synopsis() const override { return tr("rollup --agency 机关 --year 年份 [--to 汇总.json|.pdf|.docx|.odt|.html] [--dashboard 一览.csv|.pdf|.html] [--db 路径]"); }
    QString summary() const override { return tr("汇总下级机关的报告，列出缺报、未签发和检查有错误的机关"); }
    QList<QCommandLineOption> options() const override
    {
        return {CliContext::agencyOption(), CliContext::yearOption(), CliContext::toOption(tr("汇总输出")),
                QCommandLineOption(QStringLiteral("dashboard"), tr("一览（各机关的状态、错误、同级比较和变化最大的数字）写入的文件"), tr("文件"))};
    }
    bool needsGui(const QCommandLineParser &parser) const override
    {
        return parser.value(QStringLiteral("to")).endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
            || parser.value(QStringLiteral("dashboard")).endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    }
    int run(CliContext &c, const QCommandLineParser &parser) override
    {
        const QString agency = parser.value(QStringLiteral("agency")).trimmed();
        int year = 0;
        bool hasYear = false;
        if (!c.year(parser, &year, &hasYear))
            return CliContext::BadInput;
        if (agency.isEmpty() || !hasYear)
            return c.bad(tr("rollup 需要 --agency 和 --year"));
        const QString to = parser.value(QStringLiteral("to"));
        if (!to.isEmpty() && !ReportExport::suffixes().contains(QFileInfo(to).suffix().toLower()))
            return c.bad(tr("--to：不支持的输出格式“%1”（支持 .json、.pdf、.docx、.odt、.html）").arg(QFileInfo(to).suffix().toLower()));
        const QString dashboard = parser.value(QStringLiteral("dashboard"));
        if (!dashboard.isEmpty() && !ReportExport::dashboardSuffixes().contains(QFileInfo(dashboard).suffix().toLower()))
            return c.bad(tr("--dashboard：不支持的输出格式“%1”（支持 .csv、.pdf、.html）").arg(QFileInfo(dashboard).suffix().toLower()));
        auto store = c.openStore(parser, true);
        if (!store)
            return CliContext::BadInput;
        QString error;
        const auto result = RollUp::compute(*store, c.registry(), agency, year, &error);
        if (!result)
            return c.bad(error);
        // One line per agency below: indented by depth, its state, 新收 and 办结, findings, and what needs a look.
        for (const RollUp::Child &child : result->children)
            c.out() << QString(2 * (child.depth - 1), QLatin1Char(' ')) << child.agency << '\t' << RollUp::stateName(child) << '\t'
                    << tr("新收 %1").arg(child.received.isBlank() ? QStringLiteral("-") : child.received.toString()) << '\t'
                    << tr("办结 %1").arg(child.concluded.isBlank() ? QStringLiteral("-") : child.concluded.toString()) << '\t'
                    << tr("%1 错 %2 警").arg(child.errors).arg(child.warnings) << '\t' << child.note << '\n';
        const int errors = ReportChecker::count(result->findings, Severity::Error);
        c.out() << tr("汇总 %1 份报告：新收 %2，办结 %3；检查 %4 个错误、%5 个警告")
                       .arg(result->summed)
                       .arg(result->report.cell(QStringLiteral("t3.new.total")).toString(), result->report.cell(QStringLiteral("t3.total.total")).toString())
                       .arg(errors)
                       .arg(ReportChecker::count(result->findings, Severity::Warning))
                << Qt::endl;
        if (!result->report.doubts.isEmpty())
            c.out() << tr("注意：%n 个单元格不是全部报告之和（报告的表式没有这一项），已在汇总中标出", nullptr, int(result->report.doubts.size())) << Qt::endl;
        if (!to.isEmpty() && !ReportExport::write(result->report, c.registry(), to, ReportExport::Options(), &error))
            return c.bad(QStringLiteral("--to：") + error);
        if (!dashboard.isEmpty() && !ReportExport::writeDashboard(OfficeDashboard::from(*result, year), dashboard, &error))
            return c.bad(QStringLiteral("--dashboard：") + error);
        return errors > 0 ? CliContext::FoundErrors : CliContext::Ok;
    }
};

std::unique_ptr<SubCommand> makeRollUpCommand()
{
    return std::make_unique<RollUpCommand>();
}
