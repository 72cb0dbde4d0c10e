#include "CliContext.h"

#include "ReportJson.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <csignal>
#include <pthread.h>
#include <termios.h>
#include <unistd.h>
#endif

CliContext::CliContext(const FormatRegistry &registry, QTextStream &out, QTextStream &err)
    : m_registry(registry)
    , m_out(out)
    , m_err(err)
{
}

QCommandLineOption CliContext::agencyOption()
{
    return {QStringLiteral("agency"), tr("机关名称"), tr("机关")};
}

QCommandLineOption CliContext::yearOption()
{
    return {QStringLiteral("year"), tr("年份（四位）"), tr("年份")};
}

QCommandLineOption CliContext::toOption(const QString &what)
{
    return {QStringLiteral("to"), what, tr("输出")};
}

QCommandLineOption CliContext::jobsOption()
{
    return {QStringLiteral("jobs"), tr("同时处理几份（缺省每核一份）"), QStringLiteral("N")};
}

QCommandLineOption CliContext::jsonOption()
{
    return {QStringLiteral("json"), tr("以 JSON 输出")};
}

int CliContext::bad(const QString &message)
{
    m_err << tr("错误：") << message << Qt::endl;
    return BadInput;
}

QString CliContext::location(const QCommandLineParser &parser)
{
    const QString db = parser.value(QStringLiteral("db"));
    return db.isEmpty() ? ReportStore::defaultLocation() : db;
}

std::unique_ptr<ReportStore> CliContext::openStore(const QCommandLineParser &parser, bool mustExist)
{
    const QString path = location(parser);
    if (mustExist && parser.isSet(QStringLiteral("db")) && !ReportStore::isServer(path) && !QFileInfo::exists(path)) {
        bad(tr("--db：数据库文件 %1 不存在").arg(path));
        return nullptr;
    }
    QString error;
    // A server's password that libpq does not have (~/.pgpass, PGPASSWORD): asked on the terminal, never echoed or kept.
    const auto askPassword = [this](const QString &address) -> std::optional<QString> {
        if (!m_password)
            m_password = askSecret(tr("%1 的口令：").arg(address));
        return m_password;
    };
    auto store = ReportStore::open(m_registry, path, &error, nullptr, askPassword);
    if (!store)
        bad(error);
    return store;
}

std::unique_ptr<ReportStore> CliContext::openAnother(const QString &location, QString *error) const
{
    const std::optional<QString> password = m_password;
    return ReportStore::open(m_registry, location, error, nullptr, [password](const QString &) { return password; });
}

std::optional<QString> CliContext::askSecret(const QString &prompt)
{
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    m_err << prompt << Qt::flush;
    termios was{};
    const bool quiet = tcgetattr(STDIN_FILENO, &was) == 0;
    if (quiet) {
        termios silent = was;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent); // not TCSAFLUSH: answers typed ahead stay
    }
    QByteArray line;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        line.append(c);
    if (quiet)
        tcsetattr(STDIN_FILENO, TCSANOW, &was);
    m_err << '\n' << Qt::flush;
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromLocal8Bit(line);
#else
    Q_UNUSED(prompt)
    return std::nullopt;
#endif
}

bool CliContext::readReportFile(const QString &path, Report *out)
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

bool CliContext::year(const QCommandLineParser &parser, int *year, bool *given)
{
    *given = parser.isSet(QStringLiteral("year"));
    *year = 0;
    if (!*given)
        return true;
    const QString value = parser.value(QStringLiteral("year"));
    bool ok = false;
    *year = value.toInt(&ok);
    if (!ok || *year < 1000 || *year > 9999) {
        bad(tr("--year：“%1”不是四位年份").arg(value));
        return false;
    }
    return true;
}

bool CliContext::jobs(const QCommandLineParser &parser, int *jobs)
{
    *jobs = 0;
    if (!parser.isSet(QStringLiteral("jobs")))
        return true;
    const QString value = parser.value(QStringLiteral("jobs"));
    bool ok = false;
    *jobs = value.toInt(&ok);
    if (!ok || *jobs < 1 || *jobs > 256) {
        bad(tr("--jobs：“%1”不是 1 到 256 之间的整数").arg(value));
        return false;
    }
    return true;
}

std::optional<CliContext::NamedReport> CliContext::namedReport(const QCommandLineParser &parser)
{
    const QString agency = parser.value(QStringLiteral("agency")).trimmed();
    int y = 0;
    bool hasYear = false;
    if (!year(parser, &y, &hasYear))
        return std::nullopt;
    const QStringList files = parser.positionalArguments();
    const bool byName = !agency.isEmpty() || hasYear;
    if (byName == !files.isEmpty() || files.size() > 1) {
        bad(tr("请给出一个报告文件，或者 --agency 与 --year"));
        return std::nullopt;
    }
    NamedReport named;
    if (byName) {
        if (agency.isEmpty() || !hasYear) {
            bad(agency.isEmpty() ? tr("缺少 --agency") : tr("缺少 --year"));
            return std::nullopt;
        }
        named.store = openStore(parser, true);
        if (!named.store)
            return std::nullopt;
        if (!named.store->load(agency, y, &named.report)) {
            bad(named.store->lastError().isEmpty() ? tr("--agency/--year：数据库中没有 %1 %2 年的报告").arg(agency).arg(y) : named.store->lastError());
            return std::nullopt;
        }
        named.stored = true;
        return named;
    }
    if (!readReportFile(files.constFirst(), &named.report))
        return std::nullopt;
    if (parser.isSet(QStringLiteral("db")) || QFileInfo::exists(location(parser))) {
        named.store = openStore(parser, true);
        if (!named.store)
            return std::nullopt;
    }
    return named;
}

bool CliContext::runBatch(BatchRunner &batch, int count, const BatchRunner::WorkerFactory &factory, int jobs, const QString &verb, int chunk)
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
    batch.start(count, factory, jobs, chunk);
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

int CliContext::summarize(const BatchRunner &batch, const QStringList &names, bool finished)
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
