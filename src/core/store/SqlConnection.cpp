#include "SqlConnection.h"

#include <QDateTime>

SqlConnection::SqlConnection(const QString &engine)
    : m_engine(engine)
    , m_name(QStringLiteral("report-store-%1").arg(quintptr(this), 0, 16))
{
}

SqlConnection::~SqlConnection()
{
    close();
}

QSqlDatabase &SqlConnection::open(const QString &driver)
{
    close();
    m_db = QSqlDatabase::addDatabase(driver, m_name);
    return m_db;
}

void SqlConnection::close()
{
    m_statements.clear(); // before the connection they belong to
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QString SqlConnection::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString SqlConnection::why(const QSqlError &error) const
{
    return explain ? explain(error) : error.text();
}

bool SqlConnection::fail(const QString &what, const QString &detail)
{
    error = detail.isEmpty() ? what : what + QStringLiteral("（") + detail + QStringLiteral("）");
    return false;
}

bool SqlConnection::failDatabase(const QSqlError &e)
{
    return fail(tr("数据库 %1 出错").arg(location), why(e));
}

bool SqlConnection::failClosed()
{
    // A server's connection lost and not yet made again (a file's is open as long as its store).
    return fail(tr("与数据库 %1 的连接已断开，这次修改没有保存：程序正在自动重新连接，连上后可以再做一次").arg(location));
}

bool SqlConnection::refuseReadOnly()
{
    return fail(tr("%1 是只读的，只能查看；未作任何改动").arg(location));
}

QSqlQuery *SqlConnection::prepared(const QString &sql, bool keep, QSqlQuery *fresh)
{
    if (keep)
        if (const auto it = m_statements.find(sql); it != m_statements.end())
            return &*it;
    if (!fresh->prepare(sql)) {
        failDatabase(fresh->lastError());
        return nullptr;
    }
    return keep ? &*m_statements.insert(sql, *fresh) : fresh;
}

bool SqlConnection::run(QSqlQuery &q, const QString &sql, const QVariantList &args)
{
    for (int i = 0; i < args.size(); ++i)
        q.bindValue(i, args.at(i));
    if (q.exec())
        return true;
    const QSqlError e = q.lastError();
    m_statements.remove(sql); // prepared again next time, whatever state the failure left it in
    return failDatabase(e);
}

bool SqlConnection::exec(const QString &sql, const QVariantList &args, int *rows)
{
    ++statements;
    QSqlQuery fresh(m_db);
    if (args.isEmpty())
        return fresh.exec(sql) || failDatabase(fresh.lastError());
    QSqlQuery *q = prepared(sql, true, &fresh);
    if (!q || !run(*q, sql, args))
        return false;
    if (rows)
        *rows = q->numRowsAffected();
    q->finish(); // nothing held open between runs
    return true;
}

std::optional<QSqlQuery> SqlConnection::query(const QString &sql, const QVariantList &args, bool forwardOnly)
{
    // Not forward-only unless asked: QPSQL would then read rows one at a time, and a second statement run before the
    // first is read to its end loses its rows. Most results here are small.
    if (!m_db.isOpen()) {
        failClosed();
        return std::nullopt;
    }
    ++statements;
    // On a server a query prepared afresh is three round trips (QPSQL's PREPARE, EXECUTE, and DEALLOCATE when it
    // goes): each is kept prepared once per connection, like exec's, and then one round trip a run. Not on SQLite,
    // where a kept statement not read to its end would hold the file's snapshot open.
    QSqlQuery fresh(m_db);
    fresh.setForwardOnly(forwardOnly);
    QSqlQuery *q = prepared(sql, isServer(), &fresh);
    if (!q || !run(*q, sql, args))
        return std::nullopt;
    return *q;
}

QVariant SqlConnection::value(const QString &sql, const QVariantList &args)
{
    auto q = query(sql, args);
    return q && q->next() ? q->value(0) : QVariant();
}

bool SqlConnection::inTransaction(const std::function<bool()> &steps, const std::function<void()> &undo)
{
    if (readOnly)
        return refuseReadOnly();
    if (!m_db.isOpen())
        return failClosed();
    if (beforeWrite)
        beforeWrite();
    statements += 2; // BEGIN, and COMMIT or ROLLBACK
    if (isServer()) {
        if (!m_db.transaction())
            return failDatabase(m_db.lastError());
    } else {
        // SQLite: the write lock taken at BEGIN, waiting out another writer (busy_timeout). A deferred BEGIN reads
        // first and then fails at once with SQLITE_BUSY when another connection committed meanwhile — two workers of
        // a batch import, or the window and the command line — as the busy timeout cannot help a stale snapshot.
        QSqlQuery begin(m_db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return failDatabase(begin.lastError());
    }
    if (!steps()) {
        m_db.rollback();
        if (undo)
            undo();
        return false;
    }
    if (!m_db.commit()) {
        const QSqlError e = m_db.lastError();
        m_db.rollback();
        if (undo)
            undo();
        return failDatabase(e);
    }
    return true;
}

QVariant SqlConnection::intValue(const CellValue &v)
{
    return v.isInteger() ? QVariant(v.toInteger()) : QVariant(QMetaType::fromType<qlonglong>());
}

QVariant SqlConnection::textValue(const CellValue &v)
{
    return v.isInteger() || v.isBlank() ? nullText() : QVariant(v.toString());
}
