#include "CliContext.h"
#include "OfficeAdmin.h"
#include "SubCommand.h"

// agencies: the office's agency tree (name<TAB>parent), set from a CSV file with --import.
class AgenciesCommand : public SubCommand
{
    Q_DECLARE_TR_FUNCTIONS(AgenciesCommand)
public:
    QString name() const override { return QStringLiteral("agencies"); }
    QString synopsis() const override { return tr("agencies [--import 层级.csv] [--db 路径]"); }
    QString summary() const override { return tr("机关层级：列出机关<TAB>上级机关；--import 从 CSV 设置（每行：机关,上级机关）"); }
    QList<QCommandLineOption> options() const override { return {{QStringLiteral("import"), tr("机关层级 CSV"), tr("文件")}}; }
    int run(CliContext &c, const QCommandLineParser &parser) override
    {
        if (!parser.positionalArguments().isEmpty())
            return c.bad(tr("agencies 不接受参数“%1”").arg(parser.positionalArguments().constFirst()));
        const QString csv = parser.value(QStringLiteral("import"));
        auto store = c.openStore(parser, csv.isEmpty()); // an import may make the database
        if (!store)
            return CliContext::BadInput;
        if (!csv.isEmpty()) {
            QString error;
            const int count = OfficeAdmin::importTree(*store, csv, &error);
            if (count < 0)
                return c.bad(tr("--import：%1").arg(error));
            c.err() << tr("已设置 %n 个机关的上级机关", nullptr, count) << Qt::endl;
        }
        for (const ReportStore::AgencyNode &n : store->agencyTree())
            c.out() << n.name << '\t' << n.parent << '\n';
        c.out().flush();
        return CliContext::Ok;
    }
};

std::unique_ptr<SubCommand> makeAgenciesCommand()
{
    return std::make_unique<AgenciesCommand>();
}
