#include "TestSupport.h"

#include "ReportJson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

namespace TestSupport {

QString sharedDir()
{
    const QString dir = qEnvironmentVariable("DR_SHARED_DIR");
    return dir.isEmpty() ? QStringLiteral(DR_SHARED_DIR_DEFAULT) : dir;
}

QStringList expectedFixtures()
{
    QStringList names = QDir(sharedDir() + QStringLiteral("/fixtures/expected")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (QString &n : names)
        n.chop(5);
    return names;
}

QString expectedPath(const QString &name)
{
    return sharedDir() + QStringLiteral("/fixtures/expected/") + name + QStringLiteral(".json");
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QJsonObject readJsonObject(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

Report expectedReport(const FormatRegistry &registry, const QString &name)
{
    QString error;
    const auto r = ReportJson::read(readFile(expectedPath(name)), registry, &error);
    if (!r)
        qFatal("%s: %s", qPrintable(name), qPrintable(error));
    return *r;
}

Report specExample(const FormatRegistry &registry)
{
    const QString spec = QString::fromUtf8(readFile(sharedDir() + QStringLiteral("/spec/report-json.md")));
    const int section = spec.indexOf(QStringLiteral("## 10."));
    static const QRegularExpression block(QStringLiteral("```json\\n(.*?)```"), QRegularExpression::DotMatchesEverythingOption);
    const auto m = block.match(spec, section);
    if (section < 0 || !m.hasMatch())
        qFatal("report-json.md has no example in section 10");
    QString error;
    const auto r = ReportJson::read(m.captured(1).toUtf8(), registry, &error);
    if (!r)
        qFatal("spec example: %s", qPrintable(error));
    return *r;
}

} // namespace TestSupport
