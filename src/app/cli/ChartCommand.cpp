#include "CliContext.h"
#include "FigureHistory.h"
#include "ReportExport.h"
#include "SubCommand.h"

#include <QFileInfo>

// chart: an agency's main figures over the years the database holds, as PNG or SVG.
class ChartCommand : public SubCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChartCommand)
public:
    QString name() const override { return QStringLiteral("chart"); }
    QString synopsis() const override { return tr("chart --agency 机关 [--year 截至年份] --to 图.png|.svg [--db 路径]"); }
    QString summary() const override { return tr("历年主要数据图（新收申请、办结、行政复议、行政诉讼）"); }
    QList<QCommandLineOption> options() const override { return {CliContext::agencyOption(), CliContext::yearOption(), CliContext::toOption(tr("图.png 或 图.svg"))}; }
    bool needsGui(const QCommandLineParser &) const override { return true; } // drawn with the print faces
    int run(CliContext &c, const QCommandLineParser &parser) override
    {
        const QString agency = parser.value(QStringLiteral("agency")).trimmed();
        const QString to = parser.value(QStringLiteral("to"));
        if (agency.isEmpty())
            return c.bad(tr("chart 需要 --agency"));
        if (to.isEmpty())
            return c.bad(tr("chart 需要 --to 图.png 或 图.svg"));
        if (!parser.positionalArguments().isEmpty())
            return c.bad(tr("chart 不接受参数“%1”").arg(parser.positionalArguments().constFirst()));
        const QString suffix = QFileInfo(to).suffix().toLower();
        if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
            return c.bad(tr("--to：图表只能保存为 .png 或 .svg（不是“%1”）").arg(suffix));
        int year = 0;
        bool hasYear = false;
        if (!c.year(parser, &year, &hasYear))
            return CliContext::BadInput;
        auto store = c.openStore(parser, true);
        if (!store)
            return CliContext::BadInput;
        const FigureHistory history = FigureHistory::load(*store, c.registry(), agency, year);
        if (!store->lastError().isEmpty())
            return c.bad(store->lastError());
        if (history.years.isEmpty())
            return c.bad(tr("--agency：数据库中没有 %1 的报告").arg(agency));
        if (!history.isChartable())
            return c.bad(tr("数据库中只有 %1 %2 年的报告：图表至少要两年").arg(agency).arg(history.years.constFirst()));
        QString error;
        if (!ReportExport::writeChart(history, to, &error))
            return c.bad(QStringLiteral("--to：") + error);
        return CliContext::Ok;
    }
};

std::unique_ptr<SubCommand> makeChartCommand()
{
    return std::make_unique<ChartCommand>();
}
