#include "CliContext.h"
#include "SubCommand.h"

// list: every report in the database, one line each — agency, year, where it stands (signed: the name typed and the
// login that signed).
class ListCommand : public SubCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)
public:
    QString name() const override { return QStringLiteral("list"); }
    QString synopsis() const override { return tr("list [--db 路径]"); }
    QString summary() const override { return tr("列出数据库中的报告：机关<TAB>年份<TAB>状态（草稿、待审核、退回、审核通过、已签发）"); }
    int run(CliContext &c, const QCommandLineParser &parser) override
    {
        if (!parser.positionalArguments().isEmpty())
            return c.bad(tr("list 不接受参数“%1”").arg(parser.positionalArguments().constFirst()));
        auto store = c.openStore(parser, true);
        if (!store)
            return CliContext::BadInput;
        // Printed as read: a province's 100 000 reports are never held at once.
        const bool read = store->eachEntry([&](const ReportStore::Entry &e) {
            c.out() << e.agency << '\t' << e.year << '\t' << state(e) << '\n';
            return true;
        });
        c.out().flush();
        if (!read)
            return c.bad(store->lastError());
        return CliContext::Ok;
    }
    static QString state(const ReportStore::Entry &e)
    {
        if (!e.isSigned())
            return ReportStore::reviewStateName(e.review);
        return e.signedRole.isEmpty() || e.signedRole == e.signedBy ? tr("已签发（%1）").arg(e.signedBy)
                                                                    : tr("已签发（%1，登录名 %2）").arg(e.signedBy, e.signedRole);
    }
};

std::unique_ptr<SubCommand> makeListCommand()
{
    return std::make_unique<ListCommand>();
}
