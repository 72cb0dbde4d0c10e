#include "CliContext.h"
#include "ReviewSteps.h"
#include "SubCommand.h"

// review: a step of the office's review of a stored report, as the window's 报告 menu takes it (ReviewSteps).
class ReviewCommand : public SubCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCommand)
public:
    QString name() const override { return QStringLiteral("review"); }
    QString synopsis() const override
    {
        return tr("review --agency 机关 --year 年份 submit|approve|return|sign|reopen [--reason 原因] [--who 姓名] [--db 路径]");
    }
    QString summary() const override
    {
        return tr("审核与签发：提交审核、审核通过、退回修改（须说明原因）、签发（--who 签发人）、撤回签发（须说明原因）；\n"
                  "记录的经办人是登录的数据库用户，--who 是印在页面上的姓名");
    }
    QList<QCommandLineOption> options() const override
    {
        return {CliContext::agencyOption(), CliContext::yearOption(), {QStringLiteral("reason"), tr("退回或撤回的原因"), tr("原因")},
                {QStringLiteral("who"), tr("印在页面上的姓名（签发人、审核人）"), tr("姓名")}};
    }
    int run(CliContext &c, const QCommandLineParser &parser) override
    {
        const QString agency = parser.value(QStringLiteral("agency")).trimmed();
        int year = 0;
        bool hasYear = false;
        if (!c.year(parser, &year, &hasYear))
            return CliContext::BadInput;
        if (agency.isEmpty() || !hasYear)
            return c.bad(tr("review 需要 --agency 和 --year"));
        const QStringList action = parser.positionalArguments();
        if (action.size() != 1 || !ReviewSteps::actions().contains(action.constFirst()))
            return c.bad(tr("review 需要一个操作：submit（提交审核）、approve（审核通过）、return（退回修改）、sign（签发）或 reopen（撤回签发）"));
        auto store = c.openStore(parser, true);
        if (!store)
            return CliContext::BadInput;
        QString error;
        if (action.constFirst() == QLatin1String("sign")) {
            Report seen; // what is signed is the report as it is now, read here
            if (!store->load(agency, year, &seen))
                return c.bad(store->lastError().isEmpty() ? tr("数据库中没有 %1 %2 年的报告").arg(agency).arg(year) : store->lastError());
        }
        if (!ReviewSteps::take(*store, agency, year, action.constFirst(), parser.value(QStringLiteral("who")).trimmed(), parser.value(QStringLiteral("reason")),
                               &error))
            return c.bad(error);
        const auto entry = store->status(agency, year);
        c.out() << tr("%1 %2 年的报告：%3")
                       .arg(agency)
                       .arg(year)
                       .arg(entry && entry->isSigned() ? tr("已签发（%1）").arg(entry->signedBy) : ReportStore::reviewStateName(entry ? entry->review : QString()))
                << Qt::endl;
        return CliContext::Ok;
    }
};

std::unique_ptr<SubCommand> makeReviewCommand()
{
    return std::make_unique<ReviewCommand>();
}
