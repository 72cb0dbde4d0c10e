#include "ReportImport.h"

#include "AgencyMatcher.h"
#include "ReportStore.h"
#include "WebPage.h"

#include <QFile>

ReportImport::ReportImport(const FormatRegistry &registry, std::function<ReportStore *()> store)
    : m_registry(registry)
    , m_store(std::move(store))
{
}

QString ReportImport::linkedAgency(const QString &printed) const
{
    ReportStore *store = m_store();
    QStringList known = store ? store->agencies() : QStringList();
    for (const Report &r : m_given)
        known.append(r.agency);
    return AgencyMatcher::closest(printed, known).value_or(printed);
}

void ReportImport::fileUnder(Report &report, const QString &agency)
{
    if (agency == report.agency)
        return;
    if (!report.title)
        report.title = report.displayTitle();
    report.agency = agency;
}

std::optional<Report> ReportImport::reportOf(const QString &printed, int year) const
{
    const QString agency = linkedAgency(printed);
    for (const Report &r : m_given)
        if (r.agency == agency && r.year == year)
            return r;
    Report found;
    if (ReportStore *store = m_store(); store && store->load(agency, year, &found))
        return found;
    return std::nullopt;
}

std::optional<TextImporter::Result> ReportImport::readText(const QString &text, const TextImporter::Options &given, QString *error,
                                                          TextImporter::Failure *failure)
{
    TextImporter::Options options = given;
    options.reportOf = [this](const QString &agency, int year) { return reportOf(agency, year); };
    return TextImporter::read(text, m_registry, options, error, failure);
}

std::optional<TextImporter::Result> ReportImport::readFile(const QString &path, const TextImporter::Options &given, QString *error)
{
    if (WebPage::isAddress(path)) {
        const std::optional<QString> text = WebPage::text(QUrl(path), error);
        auto result = text ? readText(*text, given, error) : std::nullopt;
        if (!result && text)
            *error = QStringLiteral("%1：%2").arg(path, *error);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1：无法读取（%2）").arg(path, file.exists() ? file.errorString() : tr("文件不存在"));
        return std::nullopt;
    }
    const std::optional<QString> text = TextImporter::textOf(file.read(TextImporter::maxBytes + 1), path, error); // no more than it would take
    auto result = text ? readText(*text, given, error) : std::nullopt;
    if (!result)
        *error = QStringLiteral("%1：%2").arg(path, *error);
    return result;
}

bool ReportImport::save(ReportStore &store, bool replace, QString *error) const
{
    if (store.save(m_given, replace))
        return true;
    *error = store.lastError();
    return false;
}
