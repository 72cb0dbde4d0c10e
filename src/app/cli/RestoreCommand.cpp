#include "Backups.h"
#include "CliContext.h"
#include "SubCommand.h"

#include <QDir>

// restore: the database's content replaced by a backup's, what was there kept as a backup first.
class RestoreCommand : public SubCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString synopsis() const override { return tr("restore 备份文件 [--db 路径]"); }
    QString summary() const override { return tr("用备份替换数据库的内容（原来的内容先另存为备份）"); }
    int run(CliContext &c, const QCommandLineParser &parser) override
    {
        const QStringList files = parser.positionalArguments();
        if (files.size() != 1)
            return c.bad(tr("restore 需要一个备份文件"));
        auto store = c.openStore(parser, true);
        if (!store)
            return CliContext::BadInput;
        QString kept, error;
        if (!Backups::restore(*store, files.constFirst(), &kept, &error))
            return c.bad(error);
        const auto entries = store->list();
        c.out() << tr("已从 %1 恢复（%2 份报告）；恢复前的内容保存在 %3")
                       .arg(QDir::toNativeSeparators(files.constFirst()))
                       .arg(entries ? entries->size() : 0)
                       .arg(QDir::toNativeSeparators(kept))
                << Qt::endl;
        return CliContext::Ok;
    }
};

std::unique_ptr<SubCommand> makeRestoreCommand()
{
    return std::make_unique<RestoreCommand>();
}
