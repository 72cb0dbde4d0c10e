#include "CommandLine.h"

#include "BuildInfo.h"
#include "CliContext.h"
#include "FormatRegistry.h"
#include "SubCommand.h"

#include <QCommandLineParser>
#include <QRegularExpression>

CommandLine::CommandLine(const FormatRegistry &registry, QTextStream &out, QTextStream &err)
    : m_registry(registry)
    , m_out(out)
    , m_err(err)
{
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
    // A sub-command's name (an unknown one is reported, not opened as a window); a file to open is the window's.
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("--version") || first == QLatin1String("help"))
        return true;
    if (first.startsWith(QLatin1Char('-')))
        return false;
    return !first.contains(QLatin1Char('/')) && !first.contains(QLatin1Char('.')) && !first.contains(QLatin1Char(':'));
}

bool CommandLine::needsGui(const QStringList &arguments)
{
    for (const auto &command : SubCommand::all()) {
        if (command->name() != arguments.value(1))
            continue;
        QCommandLineParser parser;
        QString ignored;
        return parse(*command, arguments, &parser, &ignored) && command->needsGui(parser);
    }
    return false;
}

bool CommandLine::parse(const SubCommand &command, const QStringList &arguments, QCommandLineParser *parser, QString *error)
{
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser->addOption({QStringLiteral("db"), tr("数据库"), tr("路径")});
    parser->addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("这个子命令的用法")});
    parser->addOptions(command.options());
    // The program's name and the sub-command's, then its own arguments.
    QStringList own = arguments.mid(2);
    own.prepend(arguments.value(0));
    if (parser->parse(own))
        return true;
    if (!parser->unknownOptionNames().isEmpty()) {
        const QString name = parser->unknownOptionNames().constFirst();
        *error = tr("未知的选项“%1”").arg(QString(name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
        return false;
    }
    // Qt says which option lacks its value in its own words: the name is what matters.
    const auto quoted = QRegularExpression(QStringLiteral("'([^']+)'")).match(parser->errorText());
    *error = quoted.hasMatch() ? tr("%1 后面缺少值").arg(quoted.captured(1)) : parser->errorText();
    return false;
}

QString CommandLine::usage()
{
    QString text = tr("用法：\n  disclosure-report                      打开主窗口\n");
    for (const auto &command : SubCommand::all()) {
        text += QStringLiteral("  disclosure-report ") + command->synopsis() + QLatin1Char('\n');
        for (const QString &line : command->summary().split(QLatin1Char('\n')))
            text += QStringLiteral("        ") + line + QLatin1Char('\n');
    }
    text += tr("--db：SQLite 数据库文件的路径（缺省为本机的默认数据库），或服务器 postgresql://用户@主机[:端口]/数据库名\n"
               "      （服务器口令取自 ~/.pgpass 或 PGPASSWORD，否则在终端上询问；本程序不保存口令）\n"
               "每个子命令的 --help 说明它自己的选项。\n"
               "退出状态：0 完成；1 检查发现错误（verify：不是已签发的报告）；2 输入无法使用（未写入任何内容）；\n"
               "          3 已导入，但有单元格或机关名称未能确定，需要核对（见“注意”各行）；\n"
               "          4 批量处理中有报告失败（见最后的汇总）；130 批量处理被 Ctrl+C 中断（已写出的文件都是完整的）。\n");
    return text;
}

int CommandLine::run(const QStringList &given)
{
    const QStringList arguments = normalized(given);
    const QString name = arguments.value(1);
    CliContext context(m_registry, m_out, m_err);
    if (name == QLatin1String("--version")) {
        m_out << QCoreApplication::applicationName() << ' ' << BuildInfo::version() << '\n' << BuildInfo::describe() << Qt::endl;
        return CliContext::Ok;
    }
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        m_out << usage() << Qt::flush;
        return CliContext::Ok;
    }
    for (const auto &command : SubCommand::all()) {
        if (command->name() != name)
            continue;
        if (!m_registry.isValid())
            return context.bad(tr("表式定义无法加载：%1").arg(m_registry.error()));
        QCommandLineParser parser;
        QString error;
        if (!parse(*command, arguments, &parser, &error))
            return context.bad(error);
        if (parser.isSet(QStringLiteral("help"))) {
            m_out << tr("用法：disclosure-report %1\n%2\n").arg(command->synopsis(), command->summary()) << Qt::flush;
            return CliContext::Ok;
        }
        return command->run(context, parser);
    }
    context.bad(tr("未知的子命令“%1”").arg(name));
    m_err << usage() << Qt::flush;
    return CliContext::BadInput;
}
