#include "SqlSchema.h"

#include "SqlConnection.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

namespace {

QStringList migrationFiles(const QString &engine)
{
    return QDir(QStringLiteral(":/sql/") + engine).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
}

} // namespace

int SqlSchema::latestVersion()
{
    return int(migrationFiles(QStringLiteral("sqlite")).size());
}

QStringList SqlSchema::statements(const QString &script)
{
    QStringList out;
    QString current;
    bool inDollar = false;
    bool inTrigger = false;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (current.isEmpty() && (t.isEmpty() || t.startsWith(QLatin1String("--"))))
            continue;
        current += line + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2)
            inDollar = !inDollar;
        if (current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive) && t.compare(QLatin1String("BEGIN"), Qt::CaseInsensitive) == 0)
            inTrigger = true;
        const bool ends = t.endsWith(QLatin1Char(';')) && !inDollar && (!inTrigger || t.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0);
        if (ends) {
            QString s = current.trimmed();
            s.chop(1);
            out.append(s);
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

int SqlSchema::versionOf(const QSqlDatabase &db)
{
    const QStringList tables = db.tables();
    if (!tables.contains(QStringLiteral("meta")))
        return tables.isEmpty() ? 0 : -1;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(QStringLiteral("schema_version"));
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString SqlSchema::refusal(const QString &location, int version)
{
    if (version < 0)
        return tr("%1 不是本程序的数据库，未作任何改动").arg(location);
    if (version > latestVersion())
        return tr("%1 由更新版本的程序创建（数据库版本 %2，本程序支持到 %3），未作任何改动").arg(location).arg(version).arg(latestVersion());
    return QString();
}

bool SqlSchema::migrate(SqlConnection &c, bool *refused, const std::function<bool()> &ours)
{
    const int current = versionOf(c.db());
    const QStringList files = migrationFiles(c.engine());
    if (const QString why = refusal(c.location, current); !why.isEmpty()) {
        if (refused)
            *refused = true;
        return c.fail(why);
    }
    if (c.readOnly) { // nothing may be written: an older database cannot be brought up to date where it is
        if (current < files.size())
            return c.fail(tr("%1 是只读的，又是旧版本程序的数据库，需要升级才能使用：请把它复制到可以写入的位置再打开").arg(c.location));
        return true;
    }
    if (ours && !ours()) // every time: a file copied in from a backup is set up again (SQLite's WAL)
        return false;
    for (int version = current + 1; version <= files.size(); ++version) {
        QFile file(QStringLiteral(":/sql/%1/").arg(c.engine()) + files.at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return c.fail(tr("缺少数据库迁移脚本 %1").arg(file.fileName()));
        if (!c.db().transaction())
            return c.failDatabase(c.db().lastError());
        bool ok = true;
        for (const QString &s : statements(QString::fromUtf8(file.readAll())))
            ok = ok && c.exec(s);
        ok = ok && c.exec(QStringLiteral("DELETE FROM meta WHERE key = ?"), {QStringLiteral("schema_version")})
            && c.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"), {QStringLiteral("schema_version"), QString::number(version)});
        if (!ok || !c.db().commit()) {
            const QString detail = c.error;
            c.db().rollback();
            return c.fail(tr("数据库 %1 无法升级到版本 %2").arg(c.location).arg(version), detail);
        }
    }
    return true;
}
