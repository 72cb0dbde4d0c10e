#include "CliContext.h"
#include "ReportDocument.h"
#include "ReportSchema.h"
#include "SubCommand.h"

// set: cells of a stored report, through the same edit as typing them into the window (one undoable command that
// computes the totals again and writes).
class SetCommand : public SubCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetCommand)
public:
    QString name() const override { return QStringLiteral("set"); }
    QString synopsis() const override { return tr("set --agency 机关 --year 年份 键=值... [--db 路径]"); }
    QString summary() const override { return tr("填写单元格，如 t3.new.natural=5；“键=”使单元格空白"); }
    QList<QCommandLineOption> options() const override { return {CliContext::agencyOption(), CliContext::yearOption()}; }
    int run(CliContext &c, const QCommandLineParser &parser) override
    {
        const QString agency = parser.value(QStringLiteral("agency")).trimmed();
        int year = 0;
        bool hasYear = false;
        if (!c.year(parser, &year, &hasYear))
            return CliContext::BadInput;
        if (agency.isEmpty() || !hasYear)
            return c.bad(agency.isEmpty() ? tr("set 需要 --agency") : tr("set 需要 --year"));
        const QStringList assignments = parser.positionalArguments();
        if (assignments.isEmpty())
            return c.bad(tr("set 需要至少一个 键=值，如 t3.new.natural=5"));
        auto store = c.openStore(parser, true);
        if (!store)
            return CliContext::BadInput;
        Report report;
        if (!store->load(agency, year, &report))
            return c.bad(store->lastError().isEmpty() ? tr("--agency/--year：数据库中没有 %1 %2 年的报告").arg(agency).arg(year) : store->lastError());
        const ReportSchema schema = ReportSchema::forReport(c.registry(), report);
        QMap<QString, CellValue> values;
        for (const QString &arg : assignments) {
            const int eq = arg.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return c.bad(tr("“%1”不是 键=值 的形式").arg(arg));
            const QString key = arg.left(eq).trimmed();
            const ValueCellDef *def = schema.cell(key);
            if (!def)
                return c.bad(tr("%1：该报告没有这个单元格").arg(key));
            if (def->computed)
                return c.bad(tr("%1：%2 是自动计算的合计，不能直接填写").arg(key, schema.cellName(key)));
            CellValue v;
            QString error;
            if (!CellValue::parse(def->type, arg.mid(eq + 1), &v, &error))
                return c.bad(QStringLiteral("%1（%2）：%3").arg(key, schema.cellName(key), error));
            values.insert(key, v);
        }
        ReportDocument document(c.registry(), *store, report);
        QString failed;
        QObject::connect(&document, &ReportDocument::storeFailed, [&failed](const QString &message) { failed = message; });
        document.editCells(values, QStringLiteral("set"));
        return failed.isEmpty() ? CliContext::Ok : c.bad(failed);
    }
};

std::unique_ptr<SubCommand> makeSetCommand()
{
    return std::make_unique<SetCommand>();
}
