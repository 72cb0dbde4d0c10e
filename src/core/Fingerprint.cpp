#include "Fingerprint.h"

#include "ReportJson.h"
#include "ReportStore.h"

#include <QCryptographicHash>

QString Fingerprint::sha256(const Report &report, const FormatRegistry &registry)
{
    return QString::fromLatin1(QCryptographicHash::hash(ReportJson::write(report, registry), QCryptographicHash::Sha256).toHex());
}

std::optional<Finding> Fingerprint::verify(ReportStore &store, const Report &report, const FormatRegistry &registry)
{
    const auto signature = store.signOff(report.agency, report.year);
    return signature ? verify(signature->who, signature->at, signature->sha256, report, registry) : std::nullopt;
}

std::optional<Finding> Fingerprint::verify(const QString &signer, const QDateTime &at, const QString &recorded, const Report &report,
                                           const FormatRegistry &registry)
{
    if (recorded.isEmpty() || recorded == sha256(report, registry))
        return std::nullopt;
    return Finding{QLatin1String(mismatchRule), Severity::Error, {QLatin1String(anchor)},
                   tr("报告内容与 %1 于 %2 的签发不符（签发时的 SHA-256 为 %3…）：签发后数据库中的内容被改动过（手工或其他程序）。"
                      "请核对内容，撤回签发后重新签发")
                       .arg(signer, at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), recorded.left(12)),
                   std::nullopt};
}
