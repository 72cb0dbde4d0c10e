#include "CommandLine.h"

#include "AgencyTreeCsv.h"
#include "BuildInfo.h"
#include "FigureHistory.h"
#include "FormatRegistry.h"
#include "ReportBatch.h"
#include "ReportChecker.h"
#include "ReportDigest.h"
#include "ReportDocument.h"
#include "ReportExport.h"
#include "ReportImport.h"
#include "ReportJson.h"
#include "ReportSchema.h"
#include "ReportStore.h"
#include "RollUp.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonDocument>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <csignal>
#include <pthread.h>
#include <termios.h>
#include <unistd.h>
#endif

struct CommandLine::Options
{
    QString command;
    QStringList positional;
    QString db, agency, to, who, reason, importFile, format;
    int year = 0, jobs = 0;
    bool hasYear = false, all = false, replace = false, json = false, help = false, pdfa = false, chart = false;
};

CommandLine::CommandLine(const FormatRegistry &registry, QTextStream &out, QTextStream &err)
    : m_registry(registry)
    , m_out(out)
    , m_err(err)
{
}

bool CommandLine::needsGui(const QStringList &arguments)
{
    // Rendering pages or a chart needs fonts, hence a QGuiApplication (on the offscreen platform: no display).
    if (arguments.value(1) == QLatin1String("chart"))
        return true;
    if (arguments.value(1) != QLatin1String("export") && arguments.value(1) != QLatin1String("rollup"))
        return false;
    const bool chart = arguments.contains(QLatin1String("--chart"));
    bool formatGiven = false;
    for (int i = 2; i < arguments.size(); ++i) {
        const QString a = arguments.at(i);
        const QString format = a.startsWith(QLatin1String("--format=")) ? a.mid(9) : a == QLatin1String("--format") ? arguments.value(i + 1) : QString();
        if (format.trimmed().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
            return true;
        formatGiven = formatGiven || a.startsWith(QLatin1String("--format"));
        const QString to = a.startsWith(QLatin1String("--to=")) ? a.mid(5) : a == QLatin1String("--to") ? arguments.value(i + 1) : QString();
        if (to.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) || (chart && to.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)))
            return true;
    }
    return arguments.value(1) == QLatin1String("export") && arguments.contains(QLatin1String("--all")) && !formatGiven; // PDF by default
}

QStringList CommandLine::normalized(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    const int width = first == QLatin1String("--db") ? 2 : first.startsWith(QLatin1String("--db=")) ? 1 : 0;
    if (width == 0 || arguments.size() <= 1 + width || arguments.at(1 + width).startsWith(QLatin1Char('-')))
        return arguments;
    QStringList out = arguments;
    const QStringList db = out.mid(1, width);
    out.erase(out.begin() + 1, out.begin() + 1 + width);
    return out + db;
}

bool CommandLine::wants(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    // Anything that is not an option is a sub-command (an unknown one is reported, not opened as a window).
    return !first.startsWith(QLatin1Char('-')) || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("--version");
}

int CommandLine::bad(const QString &message)
{
    m_err << tr("错误：") << message << Qt::endl;
    return BadInput;
}

int CommandLine::usage(int status)
{
    QTextStream &s = status == Ok ? m_out : m_err;
    s << tr("用法：\n"
            "  disclosure-report                      打开主窗口\n"
            "  disclosure-report list [--db 路径]\n"
            "  disclosure-report import 文件.json|文件.txt|文件.md... [--agency 机关] [--year 年份] [--replace] [--jobs N] [--db 路径]\n"
            "  disclosure-report export (--agency 机关 --year 年份 | 文件) --to 输出.json|.pdf|.docx|.odt|.html [--pdfa] [--chart] [--db 路径]\n"
            "                                         --chart：网页末尾附该机关历年主要数据图\n"
            "  disclosure-report chart --agency 机关 [--year 截至年份] --to 图.png|.svg [--db 路径]   历年主要数据图\n"
            "  disclosure-report set --agency 机关 --year 年份 键=值... [--db 路径]\n"
            "  disclosure-report check (--agency 机关 --year 年份 | 文件) [--json] [--db 路径]\n"
            "  disclosure-report check --all [--year 年份] [--json] [--jobs N] [--db 路径]   检查全部报告，列出错误和警告\n"
            "  disclosure-report export --all [--year 年份] --to 文件夹 [--format pdf|docx|odt|html|json] [--pdfa] [--jobs N] [--db 路径]\n"
            "                                         每份报告一个文件（机关-年份.pdf）；--jobs：同时处理几份（缺省每核一份）\n"
            "  disclosure-report backup [--to 备份文件] [--db 路径]\n"
            "  disclosure-report restore 备份文件 [--db 路径]\n"
            "  disclosure-report verify 文件.pdf [--db 路径]   这个 PDF 是不是数据库中已签发的报告\n"
            "  disclosure-report review --agency 机关 --year 年份 submit|approve|return [--reason 原因] [--who 经办人] [--db 路径]\n"
            "                                         审核：提交审核、审核通过、退回修改（退回须说明原因）\n"
            "  disclosure-report agencies [--import 层级.csv] [--db 路径]   机关层级（CSV 每行：机关,上级机关）\n"
            "  disclosure-report rollup --agency 机关 --year 年份 [--to 汇总.json|.pdf|.docx|.odt|.html] [--db 路径]\n"
            "                                         汇总下级机关的报告，列出缺报、未签发和检查有错误的机关\n"
            "--db：SQLite 数据库文件的路径（缺省为本机的默认数据库），或服务器 postgresql://用户@主机[:端口]/数据库名\n"
            "      （服务器口令取自 ~/.pgpass 或 PGPASSWORD，否则在终端上询问；本程序不保存口令）\n"
            "退出状态：0 完成；1 检查发现错误（verify：不是已签发的报告）；2 输入无法使用（未写入任何内容）；\n"
            "          3 已导入，但有单元格或机关名称未能确定，需要核对（见“注意”各行）；\n"
            "          4 批量处理中有报告失败（见最后的汇总）；130 批量处理被 Ctrl+C 中断（已写出的文件都是完整的）。\n")
      << Qt::flush;
    return status;
}

int CommandLine::run(const QStringList &given)
{
    const QStringList arguments = normalized(given);
    Options o;
    o.command = arguments.value(1);
    if (o.command == QLatin1String("--version")) {
        m_out << QCoreApplication::applicationName() << ' ' << BuildInfo::version() << '\n' << BuildInfo::describe() << Qt::endl;
        return Ok;
    }
    if (o.command == QLatin1String("--help") || o.command == QLatin1String("-h") || o.command == QLatin1String("help"))
        return usage(Ok);
    const QStringList commands{QStringLiteral("list"), QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("set"),
                               QStringLiteral("check"), QStringLiteral("backup"), QStringLiteral("restore"),
                               QStringLiteral("verify"), QStringLiteral("chart"), QStringLiteral("review"),
                               QStringLiteral("agencies"), QStringLiteral("rollup")};
    if (!commands.contains(o.command)) {
        bad(tr("未知的子命令“%1”").arg(o.command));
        return usage(BadInput);
    }
    if (!m_registry.isValid())
        return bad(tr("表式定义无法加载：%1").arg(m_registry.error()));

    const QStringList valued{QStringLiteral("--db"),  QStringLiteral("--agency"), QStringLiteral("--year"),  QStringLiteral("--to"),
                             QStringLiteral("--who"), QStringLiteral("--reason"), QStringLiteral("--import"),
                             QStringLiteral("--format"), QStringLiteral("--jobs")};
    for (int i = 2; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        QString value;
        const int eq = arg.indexOf(QLatin1Char('='));
        if (arg.startsWith(QLatin1String("--")) && eq > 0) {
            value = arg.mid(eq + 1);
            arg = arg.left(eq);
        } else if (valued.contains(arg)) {
            if (i + 1 >= arguments.size())
                return bad(tr("%1 后面缺少值").arg(arg));
            value = arguments.at(++i);
        }
        if (arg == QLatin1String("--db"))
            o.db = value;
        else if (arg == QLatin1String("--agency"))
            o.agency = value.trimmed();
        else if (arg == QLatin1String("--to"))
            o.to = value;
        else if (arg == QLatin1String("--who"))
            o.who = value.trimmed();
        else if (arg == QLatin1String("--reason"))
            o.reason = value;
        else if (arg == QLatin1String("--import"))
            o.importFile = value;
        else if (arg == QLatin1String("--format"))
            o.format = value.trimmed().toLower();
        else if (arg == QLatin1String("--jobs")) {
            bool ok = false;
            o.jobs = value.toInt(&ok);
            if (!ok || o.jobs < 1 || o.jobs > 256)
                return bad(tr("--jobs：“%1”不是 1 到 256 之间的整数").arg(value));
        } else if (arg == QLatin1String("--all") && eq < 0)
            o.all = true;
        else if (arg == QLatin1String("--year")) {
            bool ok = false;
            o.year = value.toInt(&ok);
            if (!ok || o.year < 1000 || o.year > 9999)
                return bad(tr("--year：“%1”不是四位年份").arg(value));
            o.hasYear = true;
        } else if (arg == QLatin1String("--replace") && eq < 0)
            o.replace = true;
        else if (arg == QLatin1String("--json") && eq < 0)
            o.json = true;
        else if (arg == QLatin1String("--pdfa") && eq < 0)
            o.pdfa = true;
        else if (arg == QLatin1String("--chart") && eq < 0)
            o.chart = true;
        else if ((arg == QLatin1String("--help") || arg == QLatin1String("-h")) && eq < 0)
            o.help = true;
        else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1 && !arg.at(1).isDigit())
            return bad(tr("未知的选项“%1”").arg(arguments.at(i)));
        else
            o.positional.append(arguments.at(i));
    }
    if (o.help)
        return usage(Ok);
    if (o.all && o.command != QLatin1String("check") && o.command != QLatin1String("export"))
        return bad(tr("--all 只用于 check 和 export"));
    if (!o.format.isEmpty() && !(o.command == QLatin1String("export") && o.all))
        return bad(tr("--format 只用于 export --all（单份报告的格式由 --to 的扩展名决定）"));
    if (o.jobs > 0 && !o.all && o.command != QLatin1String("import"))
        return bad(tr("--jobs 只用于 import、check --all 和 export --all"));
    if (o.command == QLatin1String("list"))
        return list(o);
    if (o.command == QLatin1String("import"))
        return importFiles(o);
    if (o.command == QLatin1String("export"))
        return o.all ? exportAll(o) : exportReport(o);
    if (o.command == QLatin1String("set"))
        return set(o);
    if (o.command == QLatin1String("backup"))
        return backup(o);
    if (o.command == QLatin1String("restore"))
        return restore(o);
    if (o.command == QLatin1String("verify"))
        return verify(o);
    if (o.command == QLatin1String("chart"))
        return chart(o);
    if (o.command == QLatin1String("review"))
        return review(o);
    if (o.command == QLatin1String("agencies"))
        return agencies(o);
    if (o.command == QLatin1String("rollup"))
        return rollUp(o);
    return o.all ? checkAll(o) : check(o);
}

std::unique_ptr<ReportStore> CommandLine::openStore(const Options &o, bool mustExist)
{
    const QString path = o.db.isEmpty() ? ReportStore::defaultLocation() : o.db;
    if (mustExist && !o.db.isEmpty() && !ReportStore::isServer(path) && !QFileInfo::exists(path)) {
        bad(tr("--db：数据库文件 %1 不存在").arg(path));
        return nullptr;
    }
    QString error;
    // A server's password that libpq does not have (~/.pgpass, PGPASSWORD): asked on the terminal, never echoed or kept.
    const auto askPassword = [this](const QString &address) -> std::optional<QString> {
        if (m_password)
            return m_password;
#ifdef Q_OS_UNIX
        if (!isatty(STDIN_FILENO))
            return std::nullopt;
        m_err << tr("%1 的口令：").arg(address);
        m_err.flush();
        termios was{};
        const bool quiet = tcgetattr(STDIN_FILENO, &was) == 0;
        if (quiet) {
            termios silent = was;
            silent.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        }
        QTextStream in(stdin);
        const QString password = in.readLine();
        if (quiet)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &was);
        m_err << '\n';
        m_err.flush();
        m_password = password;
        return password;
#else
        Q_UNUSED(address)
        return std::nullopt;
#endif
    };
    auto store = ReportStore::open(m_registry, path, &error, nullptr, askPassword);
    if (!store)
        bad(error);
    return store;
}

bool CommandLine::readReportFile(const QString &path, Report *out)
{
    QFile file(path);
    if (!file.exists()) {
        bad(tr("%1：文件不存在").arg(path));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        bad(tr("%1：无法读取（%2）").arg(path, file.errorString()));
        return false;
    }
    QString error;
    auto report = ReportJson::read(file.readAll(), m_registry, &error);
    if (!report) {
        bad(QStringLiteral("%1：%2").arg(path, error));
        return false;
    }
    *out = *report;
    return true;
}

std::optional<CommandLine::Subject> CommandLine::subjectOf(const Options &o)
{
    const bool byName = !o.agency.isEmpty() || o.hasYear;
    if (byName == !o.positional.isEmpty() || o.positional.size() > 1) {
        bad(tr("请给出一个报告文件，或者 --agency 与 --year"));
        return std::nullopt;
    }
    Subject subject;
    if (byName) {
        if (o.agency.isEmpty() || !o.hasYear) {
            bad(o.agency.isEmpty() ? tr("缺少 --agency") : tr("缺少 --year"));
            return std::nullopt;
        }
        subject.store = openStore(o, true);
        if (!subject.store)
            return std::nullopt;
        if (!subject.store->load(o.agency, o.year, &subject.report)) {
            bad(subject.store->lastError().isEmpty() ? tr("--agency/--year：数据库中没有 %1 %2 年的报告").arg(o.agency).arg(o.year)
                                                     : subject.store->lastError());
            return std::nullopt;
        }
        subject.stored = true;
        return subject;
    }
    if (!readReportFile(o.positional.constFirst(), &subject.report))
        return std::nullopt;
    const QString path = o.db.isEmpty() ? ReportStore::defaultLocation() : o.db;
    if (!o.db.isEmpty() || QFileInfo::exists(path)) {
        subject.store = openStore(o, true);
        if (!subject.store)
            return std::nullopt;
    }
    return subject;
}

int CommandLine::list(const Options &o)
{
    if (!o.positional.isEmpty())
        return bad(tr("list 不接受参数“%1”").arg(o.positional.constFirst()));
    auto store = openStore(o, true);
    if (!store)
        return BadInput;
    const auto entries = store->list();
    if (!entries)
        return bad(store->lastError());
    for (const auto &e : *entries)
        m_out << e.agency << '\t' << e.year << '\t'
              << (e.signedBy.isEmpty() ? ReportStore::reviewStateName(e.review) : tr("已签发（%1）").arg(e.signedBy)) << '\n';
    m_out.flush();
    return Ok;
}

int CommandLine::backup(const Options &o)
{
    if (!o.positional.isEmpty())
        return bad(tr("backup 不接受参数“%1”（备份文件用 --to 给出）").arg(o.positional.constFirst()));
    auto store = openStore(o, true);
    if (!store)
        return BadInput;
    // By default beside the daily ones, named by the minute: listed by 文件 ▸ 从备份恢复.
    const QString to = !o.to.isEmpty() ? o.to
                                       : QDir(store->backupFolder())
                                             .filePath(QStringLiteral("%1-%2.sqlite")
                                                           .arg(QFileInfo(store->location()).completeBaseName(),
                                                                ReportStore::timeStamp()));
    if (!store->backupTo(to))
        return bad(store->lastError());
    m_out << tr("已备份到 %1").arg(QDir::toNativeSeparators(to)) << Qt::endl;
    return Ok;
}

int CommandLine::restore(const Options &o)
{
    if (o.positional.size() != 1)
        return bad(tr("restore 需要一个备份文件"));
    auto store = openStore(o, true);
    if (!store)
        return BadInput;
    QString kept;
    if (!store->restoreFrom(o.positional.constFirst(), &kept))
        return bad(store->lastError());
    const auto entries = store->list();
    m_out << tr("已从 %1 恢复（%2 份报告）；恢复前的内容保存在 %3")
                 .arg(QDir::toNativeSeparators(o.positional.constFirst()))
                 .arg(entries ? entries->size() : 0)
                 .arg(QDir::toNativeSeparators(kept))
          << Qt::endl;
    return Ok;
}

int CommandLine::verify(const Options &o)
{
    if (o.positional.size() != 1)
        return bad(tr("verify 需要一个 PDF 文件"));
    const QString path = o.positional.constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return bad(tr("无法读取 %1（%2）").arg(path, file.errorString()));
    if (file.size() > 1024LL * 1024 * 1024)
        return bad(tr("%1 大于 1 GB，不是本程序导出的报告").arg(path));
    // Our XMP packet is written unfiltered; the last identifier wins, as a PDF updated in place appends a new packet.
    const QByteArray bytes = file.readAll();
    const QByteArray marker("<dc:identifier>urn:sha256:");
    const int at = bytes.lastIndexOf(marker);
    const QString digest = at < 0 ? QString() : QString::fromLatin1(bytes.mid(at + marker.size(), 64));
    if (digest.size() != 64 || !QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(digest).hasMatch()) {
        m_out << tr("%1 没有签发指纹：是草稿，或不是本程序导出的 PDF").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        return FoundErrors;
    }
    auto store = openStore(o, true);
    if (!store)
        return BadInput;
    const auto entries = store->list();
    if (!entries)
        return bad(store->lastError());
    const QString pdf = QDir::toNativeSeparators(path);
    for (const ReportStore::Entry &e : *entries) {
        const auto signature = store->signOff(e.agency, e.year);
        if (signature && signature->sha256 == digest) {
            Report report;
            if (!store->load(e.agency, e.year, &report))
                return bad(store->lastError());
            const QString who = tr("签发人 %1，%2").arg(signature->who, signature->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            if (ReportDigest::verify(*store, report, m_registry)) {
                m_out << tr("%1 是 %2 %3 年的报告签发时的内容（%4），但数据库中的这份报告在签发后被改动过：两者已不一致")
                             .arg(pdf, e.agency).arg(e.year).arg(who)
                      << Qt::endl;
                return FoundErrors;
            }
            m_out << tr("%1 是 %2 %3 年已签发的报告（%4），与数据库中的内容一致").arg(pdf, e.agency).arg(e.year).arg(who) << Qt::endl;
            return Ok;
        }
    }
    for (const ReportStore::Entry &e : *entries)
        for (const ReportStore::SignOffEvent &event : store->signOffHistory(e.agency, e.year))
            if (event.action == QLatin1String("sign") && event.sha256 == digest) {
                m_out << tr("%1 是 %2 %3 年的报告 %4 由 %5 签发的版本，这次签发已经撤回，不是现在的报告")
                             .arg(pdf, e.agency)
                             .arg(e.year)
                             .arg(event.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), event.who)
                      << Qt::endl;
                return FoundErrors;
            }
    m_out << tr("数据库 %1 中没有与 %2 对应的已签发报告（签发指纹 %3…）")
                 .arg(QDir::toNativeSeparators(store->location()), pdf, digest.left(12))
          << Qt::endl;
    return FoundErrors;
}

int CommandLine::importFiles(const Options &o)
{
    if (o.positional.isEmpty())
        return bad(tr("import 需要至少一个报告文件"));
    // Last year's report settles digit runs a published text cannot: from the files given before, else from the
    // store if there is one already (opened only then: an import that fails writes nothing, not even a new file).
    std::unique_ptr<ReportStore> existing;
    bool existingOpened = false;
    ReportImport import(m_registry, [&]() -> ReportStore * {
        const QString db = o.db.isEmpty() ? ReportStore::defaultLocation() : o.db;
        QString ignored; // a database that will not open is reported when the import saves
        if (!existingOpened && (ReportStore::isServer(db) || QFileInfo::exists(db)))
            existing = ReportStore::open(m_registry, db, &ignored);
        existingOpened = true;
        return existing.get();
    });
    const TextImporter::Options given{o.agency, o.hasYear ? o.year : 0, {}};
    const auto isText = [](const QString &path) {
        return path.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive) || path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive);
    };
    // Reading published texts is the work: on a worker per core first, each with its own connection for last year's
    // reports in the store. A text whose last year is one of the files before it is read again in order below, with
    // that report at hand, as a single reader would have read it.
    QVector<int> texts;
    for (int i = 0; i < o.positional.size(); ++i)
        if (isText(o.positional.at(i)))
            texts.append(i);
    std::vector<std::optional<TextImporter::Result>> early(size_t(o.positional.size()));
    if (texts.size() > 1) {
        const QString db = o.db.isEmpty() ? ReportStore::defaultLocation() : o.db;
        const bool hasStore = ReportStore::isServer(db) || QFileInfo::exists(db);
        BatchRunner batch;
        const bool finished = runBatch(
            batch, int(texts.size()),
            [&](QString *) -> BatchRunner::Work {
                std::shared_ptr<ReportStore> store;
                if (hasStore) {
                    QString ignored;
                    store = openAnother(db, &ignored);
                    if (!store)
                        return [](int) { return BatchRunner::Outcome(); }; // read in order below instead
                }
                auto reader = std::make_shared<ReportImport>(m_registry, [store] { return store.get(); });
                return [&, reader](int k) {
                    BatchRunner::Outcome outcome;
                    QString ignored; // a file that cannot be read is read again below, which says why
                    early[size_t(texts.at(k))] = reader->readFile(o.positional.at(texts.at(k)), given, &ignored);
                    outcome.status = BatchRunner::Outcome::Done;
                    return outcome;
                };
            },
            o.jobs, tr("读取"));
        if (!finished) {
            m_err << tr("已中断（Ctrl+C）：没有导入任何报告") << Qt::endl;
            return Interrupted;
        }
    }
    bool toConfirm = false;
    for (int i = 0; i < o.positional.size(); ++i) {
        const QString &path = o.positional.at(i);
        Report r;
        if (isText(path)) {
            // A published report's text.
            QString error;
            auto result = std::move(early[size_t(i)]);
            if (result) {
                const QString agency = import.linkedAgency(result->report.agency);
                const int lastYear = result->report.year - 1;
                if (std::any_of(import.given().cbegin(), import.given().cend(), [&](const Report &g) { return g.agency == agency && g.year == lastYear; }))
                    result.reset();
            }
            if (!result)
                result = import.readFile(path, given, &error);
            if (!result)
                return bad(error);
            for (const QString &note : result->notes)
                m_err << tr("注意：") << path << QStringLiteral("：") << note << '\n';
            r = result->report;
            if (!r.doubts.isEmpty()) {
                toConfirm = true;
                m_err << tr("注意：%1：%n 个单元格未能确定，已标出，请在窗口中核对确认：", nullptr, int(r.doubts.size())).arg(path)
                      << QStringList(r.doubts.keys()).join(QLatin1Char(' ')) << '\n';
            }
            // The same agency printed differently in another year (or misread): linked to the name already known,
            // unless --agency named it.
            if (const QString linked = import.linkedAgency(r.agency); o.agency.isEmpty() && linked != r.agency) {
                m_err << tr("注意：%1：机关“%2”与已有的“%3”相近，按“%3”导入；如不是同一机关，请加 --agency \"%2\" 重新导入")
                             .arg(path, r.agency, linked)
                      << '\n';
                ReportImport::fileUnder(r, linked);
                toConfirm = true;
            }
        } else if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
            return bad(tr("%1：只能导入报告 JSON（.json）或报告全文（.txt、.md）").arg(path));
        } else if (!readReportFile(path, &r)) {
            return BadInput;
        }
        for (const Report &earlier : import.given())
            if (earlier.agency == r.agency && earlier.year == r.year)
                return bad(tr("%1：%2 %3 年的报告在给出的文件中出现了两次").arg(path, r.agency).arg(r.year));
        import.add(r);
    }
    auto store = existing ? std::move(existing) : openStore(o, false);
    if (!store)
        return BadInput;
    if (QString error; !import.save(*store, o.replace, &error))
        return bad(error);
    for (const Report &r : import.given()) {
        const auto findings = ReportBatch::findings(m_registry, store.get(), r, false);
        m_out << tr("已导入 %1 %2 年的报告（%3 个错误，%4 个警告）")
                     .arg(r.agency)
                     .arg(r.year)
                     .arg(ReportChecker::count(findings, Severity::Error))
                     .arg(ReportChecker::count(findings, Severity::Warning))
              << '\n';
    }
    m_out.flush();
    return toConfirm ? ToConfirm : Ok;
}

int CommandLine::exportReport(const Options &o)
{
    if (o.to.isEmpty())
        return bad(tr("export 需要 --to 输出文件"));
    const QString suffix = QFileInfo(o.to).suffix().toLower();
    if (!ReportExport::suffixes().contains(suffix))
        return bad(tr("--to：不支持的输出格式“%1”（支持 .json、.pdf、.docx、.odt、.html）").arg(suffix));
    if (o.pdfa && suffix != QLatin1String("pdf"))
        return bad(tr("--pdfa 只用于 PDF 输出"));
    const auto subject = subjectOf(o);
    if (!subject)
        return BadInput;
    const Report &report = subject->report;
    // The draft mark goes only when the report in the database is signed off.
    ReportExport::Options options = subject->stored ? ReportExport::forStored(*subject->store, report, m_registry) : ReportExport::Options();
    if (subject->stored && options.signature.isEmpty() && subject->store->signOff(report.agency, report.year))
        m_err << tr("注意：%1 %2 年的报告的内容与签发时不一致，按草稿导出（带“草稿”字样，不写签发指纹）").arg(report.agency).arg(report.year) << Qt::endl;
    options.pdfa = o.pdfa;
    if (o.chart) {
        if (suffix != QLatin1String("html"))
            return bad(tr("--chart 只用于网页（.html）输出"));
        options.chart = subject->store ? FigureHistory::load(*subject->store, report.agency, report.year, &report) : FigureHistory::of({report});
        if (!options.chart->isChartable())
            m_err << tr("注意：数据库中只有 %1 %2 年的报告，不足两年，网页中不附图表").arg(report.agency).arg(report.year) << Qt::endl;
    }
    QString error;
    if (!ReportExport::write(report, m_registry, o.to, options, &error))
        return bad(QStringLiteral("--to：") + error);
    return Ok;
}

int CommandLine::chart(const Options &o)
{
    if (o.agency.isEmpty())
        return bad(tr("chart 需要 --agency"));
    if (o.to.isEmpty())
        return bad(tr("chart 需要 --to 图.png 或 图.svg"));
    if (!o.positional.isEmpty())
        return bad(tr("chart 不接受参数“%1”").arg(o.positional.constFirst()));
    const QString suffix = QFileInfo(o.to).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return bad(tr("--to：图表只能保存为 .png 或 .svg（不是“%1”）").arg(suffix));
    auto store = openStore(o, true);
    if (!store)
        return BadInput;
    const FigureHistory history = FigureHistory::load(*store, o.agency, o.hasYear ? o.year : 0);
    if (!store->lastError().isEmpty())
        return bad(store->lastError());
    if (history.years.isEmpty())
        return bad(tr("--agency：数据库中没有 %1 的报告").arg(o.agency));
    if (!history.isChartable())
        return bad(tr("数据库中只有 %1 %2 年的报告：图表至少要两年").arg(o.agency).arg(history.years.constFirst()));
    QString error;
    if (!ReportExport::writeChart(history, o.to, &error))
        return bad(QStringLiteral("--to：") + error);
    return Ok;
}

int CommandLine::set(const Options &o)
{
    if (o.agency.isEmpty() || !o.hasYear)
        return bad(o.agency.isEmpty() ? tr("set 需要 --agency") : tr("set 需要 --year"));
    if (o.positional.isEmpty())
        return bad(tr("set 需要至少一个 键=值，如 t3.new.natural=5"));
    auto store = openStore(o, true);
    if (!store)
        return BadInput;
    Report report;
    if (!store->load(o.agency, o.year, &report))
        return bad(store->lastError().isEmpty() ? tr("--agency/--year：数据库中没有 %1 %2 年的报告").arg(o.agency).arg(o.year)
                                                : store->lastError());
    const ReportSchema schema = ReportSchema::forReport(m_registry, report);
    QMap<QString, CellValue> values;
    for (const QString &arg : o.positional) {
        const int eq = arg.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return bad(tr("“%1”不是 键=值 的形式").arg(arg));
        const QString key = arg.left(eq).trimmed();
        const ValueCellDef *def = schema.cell(key);
        if (!def)
            return bad(tr("%1：该报告没有这个单元格").arg(key));
        if (def->computed)
            return bad(tr("%1：%2 是自动计算的合计，不能直接填写").arg(key, schema.cellName(key)));
        CellValue v;
        QString error;
        if (!CellValue::parse(def->type, arg.mid(eq + 1), &v, &error))
            return bad(QStringLiteral("%1（%2）：%3").arg(key, schema.cellName(key), error));
        values.insert(key, v);
    }
    // The same edit path as typing into the window's cells: one undo command that recomputes the totals and writes.
    ReportDocument document(m_registry, *store, report);
    QString failed;
    QObject::connect(&document, &ReportDocument::storeFailed, [&failed](const QString &message) { failed = message; });
    document.editCells(values, QStringLiteral("set"));
    return failed.isEmpty() ? Ok : bad(failed);
}

int CommandLine::check(const Options &o)
{
    const auto subject = subjectOf(o);
    if (!subject)
        return BadInput;
    const Report &report = subject->report;
    const QVector<Finding> findings = ReportBatch::findings(m_registry, subject->store.get(), report, subject->stored);
    if (o.json) {
        QJsonArray array;
        for (const Finding &f : findings)
            array.append(f.toJson());
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const Finding &f : findings)
            m_out << (f.severity == Severity::Error ? tr("错误") : tr("警告")) << "  " << f.rule << "  " << f.anchor() << "  "
                  << f.message << '\n';
        m_out << tr("%1 %2 年：%3 个错误，%4 个警告")
                     .arg(report.agency)
                     .arg(report.year)
                     .arg(ReportChecker::count(findings, Severity::Error))
                     .arg(ReportChecker::count(findings, Severity::Warning))
              << '\n';
    }
    m_out.flush();
    return ReportChecker::count(findings, Severity::Error) > 0 ? FoundErrors : Ok;
}

int CommandLine::review(const Options &o)
{
    if (o.agency.isEmpty() || !o.hasYear)
        return bad(tr("review 需要 --agency 和 --year"));
    const QStringList actions{QStringLiteral("submit"), QStringLiteral("approve"), QStringLiteral("return")};
    if (o.positional.size() != 1 || !actions.contains(o.positional.constFirst()))
        return bad(tr("review 需要一个操作：submit（提交审核）、approve（审核通过）或 return（退回修改）"));
    auto store = openStore(o, true);
    if (!store)
        return BadInput;
    const QString who = o.who.isEmpty() ? store->user() : o.who;
    if (!store->review(o.agency, o.year, o.positional.constFirst(), who, o.reason))
        return bad(store->lastError());
    m_out << tr("%1 %2 年的报告：%3").arg(o.agency).arg(o.year).arg(ReportStore::reviewStateName(store->reviewState(o.agency, o.year))) << Qt::endl;
    return Ok;
}

int CommandLine::agencies(const Options &o)
{
    if (!o.positional.isEmpty())
        return bad(tr("agencies 不接受参数“%1”").arg(o.positional.constFirst()));
    QVector<ReportStore::AgencyNode> nodes;
    if (!o.importFile.isEmpty()) {
        QFile file(o.importFile);
        if (!file.open(QIODevice::ReadOnly))
            return bad(tr("--import：无法读取 %1（%2）").arg(o.importFile, file.errorString()));
        QString error;
        const auto read = AgencyTreeCsv::read(file.readAll(), &error);
        if (!read)
            return bad(tr("--import：%1：%2").arg(o.importFile, error));
        nodes = *read;
    }
    auto store = openStore(o, o.importFile.isEmpty()); // an import may make the database
    if (!store)
        return BadInput;
    if (!nodes.isEmpty()) {
        if (!store->setAgencyParents(nodes))
            return bad(store->lastError());
        m_err << tr("已设置 %n 个机关的上级机关", nullptr, int(nodes.size())) << Qt::endl;
    }
    for (const ReportStore::AgencyNode &n : store->agencyTree())
        m_out << n.name << '\t' << n.parent << '\n';
    m_out.flush();
    return Ok;
}

int CommandLine::rollUp(const Options &o)
{
    if (o.agency.isEmpty() || !o.hasYear)
        return bad(tr("rollup 需要 --agency 和 --year"));
    QString suffix;
    if (!o.to.isEmpty()) {
        suffix = QFileInfo(o.to).suffix().toLower();
        if (!ReportExport::suffixes().contains(suffix))
            return bad(tr("--to：不支持的输出格式“%1”（支持 .json、.pdf、.docx、.odt、.html）").arg(suffix));
    }
    auto store = openStore(o, true);
    if (!store)
        return BadInput;
    QString error;
    const auto result = RollUp::compute(*store, m_registry, o.agency, o.year, &error);
    if (!result)
        return bad(error);
    // One line per agency below: indented by depth, its state, 新收 and 办结, findings, and what needs a look.
    for (const RollUp::Child &c : result->children)
        m_out << QString(2 * (c.depth - 1), QLatin1Char(' ')) << c.agency << '\t' << RollUp::stateName(c) << '\t'
              << tr("新收 %1").arg(c.received.isBlank() ? QStringLiteral("-") : c.received.toString()) << '\t'
              << tr("办结 %1").arg(c.concluded.isBlank() ? QStringLiteral("-") : c.concluded.toString()) << '\t'
              << tr("%1 错 %2 警").arg(c.errors).arg(c.warnings) << '\t' << c.note << '\n';
    const int errors = ReportChecker::count(result->findings, Severity::Error);
    m_out << tr("汇总 %1 份报告：新收 %2，办结 %3；检查 %4 个错误、%5 个警告")
                 .arg(result->summed)
                 .arg(result->report.cell(QStringLiteral("t3.new.total")).toString(), result->report.cell(QStringLiteral("t3.total.total")).toString())
                 .arg(errors)
                 .arg(ReportChecker::count(result->findings, Severity::Warning))
          << Qt::endl;
    if (!o.to.isEmpty() && !ReportExport::write(result->report, m_registry, o.to, ReportExport::Options(), &error))
        return bad(QStringLiteral("--to：") + error);
    return errors > 0 ? FoundErrors : Ok;
}

std::unique_ptr<ReportStore> CommandLine::openAnother(const QString &location, QString *error) const
{
    const std::optional<QString> password = m_password;
    return ReportStore::open(m_registry, location, error, nullptr, [password](const QString &) { return password; });
}

bool CommandLine::runBatch(BatchRunner &batch, int count, const BatchRunner::WorkerFactory &factory, int jobs, const QString &verb)
{
#ifdef Q_OS_UNIX
    // Ctrl+C is taken here, not by a handler: blocked before the workers start (they inherit the mask), and waited
    // for between progress updates. The workers finish the reports they have begun; nothing else is begun.
    sigset_t stop, was;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, &was);
    const bool terminal = isatty(STDERR_FILENO);
#else
    const bool terminal = false;
#endif
    QElapsedTimer clock;
    clock.start();
    batch.start(count, factory, jobs);
    int shown = -1;
    bool stopping = false;
    const auto draw = [&](bool last) {
        const int done = batch.done();
        const double seconds = clock.elapsed() / 1000.0;
        const double rate = seconds > 0 ? done / seconds : 0;
        if (terminal) {
            const int width = 24;
            const int filled = count > 0 ? width * done / count : width;
            const int left = rate > 0 ? int((count - done) / rate + 0.5) : -1;
            m_err << '\r' << verb << "  [" << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char('-')) << "]  "
                  << done << '/' << count << "  " << tr("%1 份/秒").arg(rate, 0, 'f', 1) << "  "
                  << (stopping ? tr("正在停止：完成已开始的报告…")
                               : left < 0 ? QString() : tr("还需 %1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')))
                  << "\x1b[K";
            if (last)
                m_err << '\n';
            m_err.flush();
        } else if (done * 10 / qMax(1, count) != shown * 10 / qMax(1, count) || last) {
            // Not a terminal (a log, a pipe): a line at each tenth, none in between.
            m_err << verb << ' ' << done << '/' << count << Qt::endl;
        }
        shown = done;
    };
    while (!batch.wait(0)) {
#ifdef Q_OS_UNIX
        const timespec tick{0, 200 * 1000 * 1000};
        const int signal = sigtimedwait(&stop, nullptr, &tick);
        if ((signal == SIGINT || signal == SIGTERM) && !stopping) {
            batch.cancel();
            stopping = true;
        }
#else
        batch.wait(200);
#endif
        if (terminal || batch.done() != shown)
            draw(false);
    }
    draw(true);
#ifdef Q_OS_UNIX
    pthread_sigmask(SIG_SETMASK, &was, nullptr);
#endif
    return !batch.isCancelled();
}

int CommandLine::summarize(const BatchRunner &batch, const QStringList &names, bool finished)
{
    const int failed = batch.count(BatchRunner::Outcome::Failed);
    for (size_t i = 0; i < batch.outcomes().size(); ++i)
        if (batch.outcomes()[i].status == BatchRunner::Outcome::Failed)
            m_err << tr("失败：%1：%2").arg(names.at(int(i)), batch.outcomes()[i].message) << '\n';
    m_err << (finished ? QString() : tr("已中断（Ctrl+C）："))
          << tr("完成 %1 份，跳过 %2 份（未开始），失败 %3 份")
                 .arg(batch.count(BatchRunner::Outcome::Done))
                 .arg(batch.count(BatchRunner::Outcome::Skipped))
                 .arg(failed)
          << Qt::endl;
    return !finished ? Interrupted : failed > 0 ? SomeFailed : Ok;
}

namespace {

QStringList namesOf(const QVector<ReportBatch::Item> &items)
{
    QStringList names;
    for (const ReportBatch::Item &i : items)
        names.append(QStringLiteral("%1 %2").arg(i.agency).arg(i.year));
    return names;
}

} // namespace

bool CommandLine::storedItems(const Options &o, QVector<ReportBatch::Item> *items, QString *location)
{
    auto store = openStore(o, true);
    if (!store)
        return false;
    const auto entries = store->list();
    if (!entries) {
        bad(store->lastError());
        return false;
    }
    *items = ReportBatch::items(*entries, o.hasYear ? o.year : 0);
    if (items->isEmpty()) {
        bad(o.hasYear ? tr("数据库中没有 %1 年的报告").arg(o.year) : tr("数据库中没有报告"));
        return false;
    }
    *location = store->location(); // where each worker opens its own connection; this one closes here
    return true;
}

int CommandLine::checkAll(const Options &o)
{
    if (!o.positional.isEmpty() || !o.agency.isEmpty())
        return bad(tr("check --all 检查数据库中的全部报告（可用 --year 限定年份），不接受文件或 --agency"));
    QVector<ReportBatch::Item> items;
    QString location;
    if (!storedItems(o, &items, &location))
        return BadInput;
    BatchRunner batch;
    const bool finished = runBatch(
        batch, int(items.size()),
        ReportBatch::check(m_registry, [this, location](QString *error) { return openAnother(location, error); }, items), o.jobs,
        tr("检查"));
    // The table: one line per report checked, agency and year, errors and warnings, the first error.
    int withErrors = 0, withWarnings = 0;
    QJsonArray array;
    for (int i = 0; i < items.size(); ++i) {
        const BatchRunner::Outcome &r = batch.outcomes()[size_t(i)];
        if (r.status != BatchRunner::Outcome::Done)
            continue;
        withErrors += r.errors > 0;
        withWarnings += r.errors == 0 && r.warnings > 0;
        if (o.json)
            array.append(QJsonObject{{QStringLiteral("agency"), items[i].agency},
                                     {QStringLiteral("year"), items[i].year},
                                     {QStringLiteral("errors"), r.errors},
                                     {QStringLiteral("warnings"), r.warnings},
                                     {QStringLiteral("firstError"), r.message}});
        else
            m_out << items[i].agency << '\t' << items[i].year << '\t' << tr("%1 个错误").arg(r.errors) << '\t'
                  << tr("%1 个警告").arg(r.warnings) << '\t' << r.message << '\n';
    }
    if (o.json)
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    else
        m_out << tr("检查了 %1 份报告：%2 份有错误，%3 份只有警告")
                     .arg(batch.count(BatchRunner::Outcome::Done))
                     .arg(withErrors)
                     .arg(withWarnings)
              << '\n';
    m_out.flush();
    const int status = summarize(batch, namesOf(items), finished);
    return status != Ok ? status : withErrors > 0 ? FoundErrors : Ok;
}

int CommandLine::exportAll(const Options &o)
{
    if (!o.positional.isEmpty() || !o.agency.isEmpty())
        return bad(tr("export --all 导出数据库中的全部报告（可用 --year 限定年份），不接受文件或 --agency"));
    if (o.to.isEmpty())
        return bad(tr("export --all 需要 --to 输出文件夹"));
    const QString format = o.format.isEmpty() ? QStringLiteral("pdf") : o.format;
    if (!ReportExport::suffixes().contains(format))
        return bad(tr("--format：不支持的格式“%1”（支持 pdf、docx、odt、html、json）").arg(format));
    if (o.pdfa && format != QLatin1String("pdf"))
        return bad(tr("--pdfa 只用于 PDF 输出"));
    if (o.chart)
        return bad(tr("--chart 只用于单份报告的导出"));
    if (QFileInfo(o.to).exists() && !QFileInfo(o.to).isDir())
        return bad(tr("--to：%1 不是文件夹").arg(o.to));
    QVector<ReportBatch::Item> items;
    QString location;
    if (!storedItems(o, &items, &location))
        return BadInput;
    if (!QDir().mkpath(o.to))
        return bad(tr("--to：无法建立文件夹 %1").arg(o.to));
    std::shared_ptr<const FontSet> fonts;
    if (QString error; format == QLatin1String("pdf") && !(fonts = ReportBatch::printFonts(&error)))
        return bad(error);
    ReportBatch::ExportSpec spec{o.to, format, o.pdfa, fonts};
    BatchRunner batch;
    const bool finished = runBatch(
        batch, int(items.size()),
        ReportBatch::exportTo(m_registry, [this, location](QString *error) { return openAnother(location, error); }, items, spec),
        o.jobs, tr("导出"));
    return summarize(batch, namesOf(items), finished);
}
