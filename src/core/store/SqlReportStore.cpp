#include "SqlReportStore.h"

#include "Fingerprint.h"
#include "SqlSchema.h"

SqlReportStore::SqlReportStore(const FormatRegistry &registry, const QString &engine)
    : m_registry(registry)
    , m_c(engine)
    , m_agencies(m_c)
    , m_reports(m_c, registry, m_seen, m_agencies)
    , m_edits(m_c, registry, m_seen, m_reports)
    , m_review(m_c, registry, m_seen, m_reports)
    , m_changes(m_c, m_seen, m_reports)
{
}

SqlReportStore::~SqlReportStore() = default;

int SqlReportStore::schemaVersion()
{
    return SqlSchema::versionOf(m_c.db());
}

std::optional<ReportStore::Entry> SqlReportStore::status(const QString &agency, int year)
{
    m_c.error.clear();
    const SqlReports::Found f = m_reports.find(agency, year);
    if (f.id <= 0)
        return std::nullopt;
    return f.entry;
}

bool SqlReportStore::migrate(bool *refused, const std::function<bool()> &ours)
{
    const int from = SqlSchema::versionOf(m_c.db());
    if (!SqlSchema::migrate(m_c, refused, ours))
        return false;
    if (from == 0 || from >= 5)
        return true;
    // Reports signed before fingerprints were recorded: what they hold now is what they are vouched for from here on.
    const auto entries = m_reports.list();
    if (!entries)
        return false;
    for (const Entry &e : *entries) {
        Report r;
        if (!e.isSigned())
            continue;
        if (!m_reports.load(e.agency, e.year, &r)
            || !m_c.exec(QStringLiteral("UPDATE report SET signed_sha256 = ? WHERE id = ?"),
                         {Fingerprint::sha256(r, m_registry), m_reports.find(e.agency, e.year).id}))
            return false;
    }
    return true;
}

QString SqlReportStore::databaseError(const QSqlError &error)
{
    // The database's own guards (resources/sql/*/008), met by a client that skipped the program's check or by a
    // change made elsewhere in between: each in words, with what to do.
    const QString text = error.text();
    const auto says = [&text](const char *rule) { return text.contains(QLatin1String(rule)); };
    if (says("report is signed"))
        return tr("报告已签发，数据库拒绝了这次修改：如需修改，请先撤回签发并说明原因");
    if (says("report is under review"))
        return tr("报告在审核中（待审核或审核通过），数据库拒绝了这次修改：需要修改时请审核人退回");
    if (says("signing needs an approved review"))
        return tr("在服务器上，报告审核通过后才能签发（数据库拒绝了签发）");
    if (says("only a reviewer may"))
        return tr("只有这份报告的审核人（政务公开办）才能审核通过或退回（数据库拒绝了这一步）");
    if (says("a reviewer does not review a report it writes"))
        return tr("审核人不能审核自己填报的机关的报告（数据库拒绝了这一步）");
    if (says("only a writer of the agency may"))
        return tr("只有这个机关的填报人才能提交审核或签发它的报告（数据库拒绝了这一步）");
    if (says("only a writer or a reviewer may withdraw"))
        return tr("只有这个机关的填报人或它的审核人才能撤回签发（数据库拒绝了这一步）");
    if (says("the review changed elsewhere"))
        return tr("这份报告刚在别处审核过，请重新打开后再看");
    if (says("the report changed elsewhere"))
        return tr("报告在您读取之后已在别处改动：请看过改动后再签发");
    if (says("a report cannot go from"))
        return tr("审核不能这样进行（数据库拒绝了这一步：%1）").arg(text);
    if (says("the history is append-only"))
        return tr("审核与签发记录只能增加，不能修改或删除（数据库拒绝了这次修改）");
    if (says("review steps are taken through report_step"))
        return tr("审核与签发只能通过程序的审核操作进行（数据库拒绝了直接修改）");
    if (says("a signature is withdrawn whole"))
        return tr("签发只能经“撤回签发”并说明原因后撤回（数据库拒绝了这次修改）");
    if (says("needs CREATEROLE"))
        return tr("数据库的所有者没有 CREATEROLE 权限，无法建立办公室的用户组：请服务器的管理员执行 ALTER ROLE 所有者 CREATEROLE 后再连接（%1）").arg(text);
    if (says("only the office's administrator manages accounts"))
        return tr("只有办公室的管理员能管理账号（数据库拒绝了这一步）");
    if (says("a new account needs a password"))
        return tr("新账号需要口令");
    if (says("a superuser is not an office account"))
        return tr("数据库的超级用户不能作为办公室的账号");
    if (says("an administrator does not remove its own account"))
        return tr("管理员不能取消自己的账号");
    if (says("no such agency"))
        return tr("数据库中没有这个机关（%1）").arg(text);
    if (says("no such account"))
        return tr("服务器上没有这个账号（%1）").arg(text);
    if (says("a new report starts as a draft"))
        return tr("新报告只能是草稿（数据库拒绝了这次写入）");
    return text;
}
