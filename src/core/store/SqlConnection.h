#pragma once

#include "CellValue.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>
#include <functional>
#include <optional>

// The one database connection a SQL store works through, and what every part of the store shares: where it is (for
// messages), who writes, whether it may be written, the last error, and the engine's words for the driver's errors.
// Statements are prepared with bound values, never pasted together (tests/check_sql.py); every write is one
// transaction.
class SqlConnection
{
    Q_DECLARE_TR_FUNCTIONS(SqlConnection)
public:
    // engine: "sqlite" or "postgresql", the folder of its migrations under :/sql/.
    explicit SqlConnection(const QString &engine);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    const QString &engine() const { return m_engine; }
    bool isServer() const { return m_engine == QLatin1String("postgresql"); }
    // A fresh connection of `driver` (any earlier one closed), for the engine to configure and open.
    QSqlDatabase &open(const QString &driver);
    void close();
    QSqlDatabase &db() { return m_db; }
    bool isOpen() const { return m_db.isOpen(); }

    QString location;    // a file path or a server's address without a password
    QString user;        // whose name a write records: the server's login, or the desktop's
    bool readOnly = false;
    QString error;       // the last failure, in words a clerk understands
    // The engine's explanation of a driver error where the driver's words would puzzle a clerk (none: the words).
    std::function<QString(const QSqlError &)> explain;
    // Before each write's transaction (SQLite: the day's backup).
    std::function<void()> beforeWrite;

    QString why(const QSqlError &error) const;
    // Sets error (what, and the detail in brackets); always false, to return.
    bool fail(const QString &what, const QString &detail = QString());
    bool failDatabase(const QSqlError &error); // "数据库 … 出错（why）"
    bool refuseReadOnly();
    bool failClosed(); // the connection is not open (a server's, lost)
    // A statement run with its values bound; false with error set. Without values it is not prepared: PostgreSQL
    // prepares only queries and data changes, not a migration's DDL. With values it is prepared once per connection and
    // run again with the next values: preparing was a fifth of saving a report on SQLite, and is a round trip to a
    // server. *rows: how many rows it changed.
    bool exec(const QString &sql, const QVariantList &args = {}, int *rows = nullptr);
    // Statements sent to the database since the connection was made — each a round trip to a server (transactions'
    // BEGIN and COMMIT included): what the benchmarks count per operation.
    qint64 statements = 0;
    // Drops the prepared statements (before the file's content is replaced under them).
    void forgetStatements() { m_statements.clear(); }
    // A query run with its values bound, positioned before its first row; nullopt with error set. On a server the
    // statement is kept prepared: its rows are to be read before the same text is run again. `forwardOnly`: rows read
    // once, in order, each as it comes (no copy of the whole result kept — a region's cells are millions), and read to
    // the end before another statement runs.
    std::optional<QSqlQuery> query(const QString &sql, const QVariantList &args = {}, bool forwardOnly = false);
    // The first column of the first row, or an invalid QVariant when there is no row (or it failed: error set).
    QVariant value(const QString &sql, const QVariantList &args = {});
    // `steps` in one transaction: committed when they return true, rolled back otherwise (and `undo` run, which puts
    // back what the caller keeps beside the database). Refused at once on a read-only database.
    bool inTransaction(const std::function<bool()> &steps, const std::function<void()> &undo = {});

    // NULL of a type, for binding.
    static QVariant nullText() { return QVariant(QMetaType::fromType<QString>()); }
    static QVariant nullable(const std::optional<QString> &s) { return s ? QVariant(*s) : nullText(); }
    // A bound value as a JSON value (null stays null): rows given to one statement as a JSON array.
    static QJsonValue json(const QVariant &v) { return v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v); }
    // The array's JSON text, bound as one value (many rows or keys to one statement).
    static QString jsonText(const QJsonArray &a) { return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)); }
    // A cell's value in its two columns: int_value for a count, text_value for an amount or text (blank: both NULL).
    static QVariant intValue(const CellValue &v);
    static QVariant textValue(const CellValue &v);
    static std::optional<QString> optionalText(const QVariant &v) { return v.isNull() ? std::nullopt : std::optional<QString>(v.toString()); }
    // Now as the rows record it (ISO 8601, UTC).
    static QString now();

private:
    // The statement for `sql` prepared: the one kept for this connection when `keep` (prepared and kept the first
    // time), else *fresh; null with error set.
    QSqlQuery *prepared(const QString &sql, bool keep, QSqlQuery *fresh);
    // Runs it with `args` bound; on failure the kept statement is dropped and error set.
    bool run(QSqlQuery &q, const QString &sql, const QVariantList &args);

    const QString m_engine;
    const QString m_name; // Qt's name for the connection: one per store
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements; // exec's, by their text
};
