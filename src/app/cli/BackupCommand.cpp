#include "Backups.h"
#include "CliContext.h"
#include "SubCommand.h"

#include <QDir>

// backup: a consistent copy of the whole database file now (a server's is its administrator's pg_dump).
class BackupCommand : public SubCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString synopsis() const override { return tr("backup [--to 备份文件] [--db 路径]"); }
    QString summary() const override { return tr("立即备份数据库（缺省写在每日备份的文件夹中）"); }
    QList<QCommandLineOption> options() const override { return {CliContext::toOption(tr("备份文件"))}; }
    int run(CliContext &c, const QCommandLineParser &parser) override
    {
        if (!parser.positionalArguments().isEmpty())
            return c.bad(tr("backup 不接受参数“%1”（备份文件用 --to 给出）").arg(parser.positionalArguments().constFirst()));
        auto store = c.openStore(parser, true);
        if (!store)
            return CliContext::BadInput;
        // By default beside the daily ones, named by the minute: listed by 文件 ▸ 从备份恢复.
        QString error;
        const QString to = Backups::backup(*store, parser.value(QStringLiteral("to")), &error);
        if (to.isEmpty())
            return c.bad(error);
        c.out() << tr("已备份到 %1").arg(QDir::toNativeSeparators(to)) << Qt::endl;
        return CliContext::Ok;
    }
};

std::unique_ptr<SubCommand> makeBackupCommand()
{
    return std::make_unique<BackupCommand>();
}
