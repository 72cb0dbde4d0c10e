#include "CliContext.h"
#include "Fingerprint.h"
#include "SubCommand.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

// verify: which signed report of the database a PDF is, from the fingerprint its metadata carries — or that it was
// withdrawn, or changed since.
class VerifyCommand : public SubCommand
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString synopsis() const override { return tr("verify 文件.pdf [--db 路径]"); }
    QString summary() const override { return tr("这个 PDF 是不是数据库中已签发的报告（退出状态 0：是；1：不是，并说明原因）"); }
    int run(CliContext &c, const QCommandLineParser &parser) override;
};

int VerifyCommand::run(CliContext &c, const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return c.bad(tr("verify 需要一个 PDF 文件"));
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return c.bad(tr("无法读取 %1（%2）").arg(path, file.errorString()));
    if (file.size() > 1024LL * 1024 * 1024)
        return c.bad(tr("%1 大于 1 GB，不是本程序导出的报告").arg(path));
    // Our XMP packet is written unfiltered; the last identifier wins, as a PDF updated in place appends a new packet.
    const QByteArray bytes = file.readAll();
    const QByteArray marker("<dc:identifier>urn:sha256:");
    const int at = bytes.lastIndexOf(marker);
    const QString digest = at < 0 ? QString() : QString::fromLatin1(bytes.mid(at + marker.size(), 64));
    if (digest.size() != 64 || !QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(digest).hasMatch()) {
        c.out() << tr("%1 没有签发指纹：是草稿，或不是本程序导出的 PDF").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        return CliContext::FoundErrors;
    }
    auto store = c.openStore(parser, true);
    if (!store)
        return CliContext::BadInput;
    const auto entries = store->list();
    if (!entries)
        return c.bad(store->lastError());
    const QString pdf = QDir::toNativeSeparators(path);
    for (const ReportStore::Entry &e : *entries) {
        if (!e.isSigned() || e.sha256 != digest)
            continue;
        Report report;
        if (!store->load(e.agency, e.year, &report))
            return c.bad(store->lastError());
        const QString who = tr("签发人 %1，%2").arg(e.signedBy, e.signedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (Fingerprint::verify(*store, report, c.registry())) {
            c.out() << tr("%1 是 %2 %3 年的报告签发时的内容（%4），但数据库中的这份报告在签发后被改动过：两者已不一致").arg(pdf, e.agency).arg(e.year).arg(who)
                    << Qt::endl;
            return CliContext::FoundErrors;
        }
        c.out() << tr("%1 是 %2 %3 年已签发的报告（%4），与数据库中的内容一致").arg(pdf, e.agency).arg(e.year).arg(who) << Qt::endl;
        return CliContext::Ok;
    }
    for (const ReportStore::Entry &e : *entries)
        for (const ReportStore::SignOffEvent &event : store->signOffHistory(e.agency, e.year))
            if (event.action == QLatin1String("sign") && event.sha256 == digest) {
                c.out() << tr("%1 是 %2 %3 年的报告 %4 由 %5 签发的版本，这次签发已经撤回，不是现在的报告")
                               .arg(pdf, e.agency)
                               .arg(e.year)
                               .arg(event.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), event.who)
                        << Qt::endl;
                return CliContext::FoundErrors;
            }
    c.out() << tr("数据库 %1 中没有与 %2 对应的已签发报告（签发指纹 %3…）").arg(QDir::toNativeSeparators(store->location()), pdf, digest.left(12)) << Qt::endl;
    return CliContext::FoundErrors;
}

std::unique_ptr<SubCommand> makeVerifyCommand()
{
    return std::make_unique<VerifyCommand>();
}
