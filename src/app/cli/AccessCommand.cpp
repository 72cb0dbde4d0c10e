#include "CliContext.h"
#include "OfficeAdmin.h"
#include "SubCommand.h"

#include <QFile>


// access: an office's accounts on its server, for its administrator without SQL — who writes which agency's reports,
// who reviews which region (OfficeAdmin; the database's own functions check that the login administers the office).
class AccessCommand : public SubCommand
{
    Q_DECLARE_TR_FUNCTIONS(AccessCommand)
public:
    QString name() const override { return QStringLiteral("access"); }
    QString synopsis() const override
    {
        return tr("access list|add-clerk|add-reviewer|add-admin|grant|revoke|password|remove [账号] [--agency 机关]... [--writes 机关]... "
                  "[--reviews 机关]... [--password-file 文件] --db postgresql://…");
    }
    QString summary() const override
    {
        return tr("办公室服务器上的账号（管理员用）：list 列出谁能做什么；add-clerk 账号 --agency 机关（填报人）；add-reviewer 账号 --agency 地区（审核人）；\n"
                  "add-admin 账号；grant/revoke 账号 --writes 机关 | --reviews 地区（revoke 不带机关：取消全部权限）；password 账号；remove 账号。\n"
                  "新账号的口令在终端上输入两遍，或用 --password-file 从只有本人能读的文件读取");
    }
    QList<QCommandLineOption> options() const override
    {
        return {CliContext::agencyOption(),
                {QStringLiteral("writes"), tr("填报这个机关的报告"), tr("机关")},
                {QStringLiteral("reviews"), tr("审核这个地区（机关及其下级）的报告"), tr("机关")},
                {QStringLiteral("password-file"), tr("口令所在的文件（第一行）"), tr("文件")}};
    }
    int run(CliContext &c, const QCommandLineParser &parser) override;

private:
    // The new password: the file's first line, or typed twice on the terminal; nullopt once said why.
    std::optional<QString> password(CliContext &c, const QCommandLineParser &parser, const QString &account);
};

std::optional<QString> AccessCommand::password(CliContext &c, const QCommandLineParser &parser, const QString &account)
{
    if (parser.isSet(QStringLiteral("password-file"))) {
        QFile file(parser.value(QStringLiteral("password-file")));
        if (!file.open(QIODevice::ReadOnly)) {
            c.bad(tr("--password-file：无法读取 %1（%2）").arg(file.fileName(), file.errorString()));
            return std::nullopt;
        }
        return QString::fromUtf8(file.readLine()).trimmed();
    }
    if (const auto first = c.askSecret(tr("%1 的新口令：").arg(account))) {
        const auto second = c.askSecret(tr("再输入一遍："));
        if (first != second) {
            c.bad(tr("两次输入的口令不一致，未作任何改动"));
            return std::nullopt;
        }
        return first;
    }
    c.bad(tr("新账号需要口令：在终端上运行以输入口令，或用 --password-file 给出（不在命令行上写口令，以免别人看到）"));
    return std::nullopt;
}

int AccessCommand::run(CliContext &c, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QStringList actions{QStringLiteral("list"), QStringLiteral("add-clerk"), QStringLiteral("add-reviewer"), QStringLiteral("add-admin"),
                              QStringLiteral("grant"), QStringLiteral("revoke"), QStringLiteral("password"), QStringLiteral("remove")};
    if (!actions.contains(action))
        return c.bad(tr("access 需要一个操作：%1").arg(actions.join(QStringLiteral("、"))));
    const QString account = args.value(1).trimmed();
    if (action != QLatin1String("list") && (account.isEmpty() || args.size() > 2))
        return c.bad(tr("access %1 需要一个账号名").arg(action));
    if (!parser.isSet(QStringLiteral("db")) || !ReportStore::isServer(parser.value(QStringLiteral("db"))))
        return c.bad(tr("账号属于办公室的服务器数据库：请用 --db postgresql://管理员@主机/数据库名"));
    const QStringList agencies = parser.values(QStringLiteral("agency"));
    if ((action == QLatin1String("add-clerk") || action == QLatin1String("add-reviewer")) && agencies.isEmpty())
        return c.bad(action == QLatin1String("add-clerk") ? tr("add-clerk 需要 --agency：这个填报人填报哪个机关的报告")
                                                          : tr("add-reviewer 需要 --agency：这个审核人审核哪个地区（机关及其下级）的报告"));
    std::optional<QString> secret;
    if (action == QLatin1String("add-clerk") || action == QLatin1String("add-reviewer") || action == QLatin1String("add-admin")
        || action == QLatin1String("password")) {
        // Asked before connecting: a mistyped password changes nothing.
        secret = password(c, parser, account);
        if (!secret)
            return CliContext::BadInput;
        if (secret->size() < 8)
            return c.bad(tr("口令太短：至少 8 个字符"));
    }
    auto store = c.openStore(parser, true);
    if (!store)
        return CliContext::BadInput;
    QString error;
    bool done = true;
    if (action == QLatin1String("list")) {
        const auto accounts = store->accounts();
        if (!accounts)
            return c.bad(store->lastError());
        const auto kindName = [](const QString &kind) {
            return kind == QLatin1String("clerk") ? tr("填报人") : kind == QLatin1String("reviewer") ? tr("审核人") : tr("管理员");
        };
        for (const ReportStore::Account &a : *accounts) {
            QStringList kinds;
            for (const QString &k : a.kinds)
                kinds << kindName(k);
            c.out() << a.name << '\t' << kinds.join(QStringLiteral("、")) << '\t' << tr("填报：%1").arg(a.writes.join(QStringLiteral("、"))) << '\t'
                    << tr("审核：%1").arg(a.reviews.join(QStringLiteral("、"))) << (a.canLogin ? QString() : tr("\t（不能登录）")) << '\n';
        }
        c.out().flush();
        return CliContext::Ok;
    }
    if (action.startsWith(QLatin1String("add-")))
        done = OfficeAdmin::addAccount(*store, action.mid(4), account, *secret, agencies, &error);
    else if (action == QLatin1String("password"))
        done = store->addAccount(account, *secret, QStringLiteral("clerk")) || (error = store->lastError(), false);
    else if (action == QLatin1String("remove"))
        done = OfficeAdmin::removeAccount(*store, account, &error);
    else {
        const QStringList writes = parser.values(QStringLiteral("writes")), reviews = parser.values(QStringLiteral("reviews"));
        const bool grant = action == QLatin1String("grant");
        if (grant && writes.isEmpty() && reviews.isEmpty())
            return c.bad(tr("grant 需要 --writes 机关 或 --reviews 地区"));
        if (!grant && writes.isEmpty() && reviews.isEmpty())
            done = OfficeAdmin::removeAccount(*store, account, &error);
        else
            done = OfficeAdmin::setRights(*store, account, QStringLiteral("write"), writes, grant, &error)
                && OfficeAdmin::setRights(*store, account, QStringLiteral("review"), reviews, grant, &error);
    }
    if (!done)
        return c.bad(error);
    c.out() << tr("已完成：access %1 %2").arg(action, account) << Qt::endl;
    return CliContext::Ok;
}

std::unique_ptr<SubCommand> makeAccessCommand()
{
    return std::make_unique<AccessCommand>();
}
