#include "SqlAgencies.h"

#include "SqlConnection.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>

SqlAgencies::SqlAgencies(SqlConnection &connection)
    : m_c(connection)
{
}

QStringList SqlAgencies::names()
{
    QStringList out;
    if (auto q = m_c.query(QStringLiteral("SELECT name FROM agency ORDER BY name")))
        while (q->next())
            out.append(q->value(0).toString());
    return out;
}

bool SqlAgencies::ensure(const QString &name)
{
    auto q = m_c.query(QStringLiteral("SELECT id FROM agency WHERE name = ?"), {name});
    if (!q)
        return false;
    if (q->next())
        return true;
    if (m_c.isServer() && !administers())
        return m_c.fail(tr("机关“%1”不在数据库中：机关由办公室的管理员添加（disclosure-report access 或“机关与账号”），未作任何改动").arg(name));
    return m_c.exec(QStringLiteral("INSERT INTO agency (name) VALUES (?)"), {name});
}

bool SqlAgencies::removeIfUnused(const QString &name)
{
    if (m_c.isServer() && !administers())
        return true; // an administrator tidies the list of agencies
    return m_c.exec(QStringLiteral("DELETE FROM agency WHERE name = ? AND NOT EXISTS (SELECT 1 FROM report WHERE agency_id = agency.id) "
                                   "AND NOT EXISTS (SELECT 1 FROM agency c WHERE c.parent_id = agency.id)"),
                    {name});
}

QVector<ReportStore::AgencyNode> SqlAgencies::tree()
{
    QVector<ReportStore::AgencyNode> out;
    if (auto q = m_c.query(QStringLiteral("SELECT a.name, p.name FROM agency a LEFT JOIN agency p ON p.id = a.parent_id ORDER BY a.name")))
        while (q->next())
            out.append({q->value(0).toString(), q->value(1).toString()});
    return out;
}

QVector<ReportStore::AgencyNode> SqlAgencies::tree(const QString &root)
{
    QVector<ReportStore::AgencyNode> out;
    if (auto q = m_c.query(QStringLiteral("WITH RECURSIVE region(id) AS (SELECT id FROM agency WHERE name = ? "
                                          "UNION SELECT a.id FROM agency a JOIN region ON a.parent_id = region.id) "
                                          "SELECT a.name, p.name FROM agency a LEFT JOIN agency p ON p.id = a.parent_id "
                                          "WHERE a.id IN (SELECT id FROM region) ORDER BY a.name"),
                           {root}))
        while (q->next())
            out.append({q->value(0).toString(), q->value(1).toString()});
    return out;
}

bool SqlAgencies::setParents(const QVector<ReportStore::AgencyNode> &nodes)
{
    m_c.error.clear();
    if (m_c.isServer() && !administers())
        return m_c.fail(tr("机关层级由办公室的管理员设置：数据库用户 %1 不是管理员，未作任何改动").arg(m_c.user));
    // The tree as it would be: refused whole when an agency would end up above itself.
    QHash<QString, QString> parent;
    for (const ReportStore::AgencyNode &n : tree())
        parent.insert(n.name, n.parent);
    for (const ReportStore::AgencyNode &n : nodes) {
        if (n.name.trimmed().isEmpty())
            return m_c.fail(tr("机关名称不能为空"));
        parent.insert(n.name.trimmed(), n.parent.trimmed());
    }
    for (const ReportStore::AgencyNode &n : nodes) {
        QString at = n.parent.trimmed();
        for (int depth = 0; !at.isEmpty(); ++depth) {
            if (at == n.name.trimmed() || depth > parent.size())
                return m_c.fail(tr("“%1”不能在“%2”之下：它自己在“%1”之下，层级会成环").arg(n.name.trimmed(), n.parent.trimmed()));
            at = parent.value(at);
        }
    }
    return m_c.inTransaction([&] {
        for (const ReportStore::AgencyNode &n : nodes) {
            const QString name = n.name.trimmed(), up = n.parent.trimmed();
            if (!ensure(name) || (!up.isEmpty() && !ensure(up)))
                return false;
            if (!m_c.exec(QStringLiteral("UPDATE agency SET parent_id = (SELECT p.id FROM agency p WHERE p.name = ?) WHERE name = ?"),
                          {up.isEmpty() ? SqlConnection::nullText() : QVariant(up), name}))
                return false;
        }
        return true;
    });
}

bool SqlAgencies::administers()
{
    return m_c.value(QStringLiteral("SELECT is_office_admin(current_user)")).toBool();
}

ReportStore::Rights SqlAgencies::rights(const QString &agency)
{
    if (!m_c.isServer())
        return {}; // a desktop's user may do everything with its own file
    ReportStore::Rights r;
    auto q = m_c.query(QStringLiteral("SELECT coalesce((SELECT id FROM agency WHERE name = ?) = ANY (written_agencies(current_user)), false), "
                                      "coalesce((SELECT id FROM agency WHERE name = ?) = ANY (reviewed_agencies(current_user)), false), "
                                      "is_office_admin(current_user)"),
                       {agency, agency});
    if (!q || !q->next())
        return {false, false, false};
    r.writes = q->value(0).toBool();
    r.reviews = q->value(1).toBool();
    r.administers = q->value(2).toBool();
    return r;
}

bool SqlAgencies::refuseOnFile()
{
    return m_c.fail(tr("%1 是单机数据库文件，没有账号：账号和权限属于办公室的服务器数据库（PostgreSQL）").arg(m_c.location));
}

std::optional<QVector<ReportStore::Account>> SqlAgencies::accounts()
{
    m_c.error.clear();
    if (!m_c.isServer()) {
        refuseOnFile();
        return std::nullopt;
    }
    if (!administers()) {
        m_c.fail(tr("只有办公室的管理员能查看账号：数据库用户 %1 不是管理员").arg(m_c.user));
        return std::nullopt;
    }
    auto q = m_c.query(QStringLiteral("SELECT account, array_to_json(kinds)::text, array_to_json(writes)::text, array_to_json(reviews)::text, can_login "
                                      "FROM office_accounts()"));
    if (!q)
        return std::nullopt;
    const auto list = [](const QVariant &v) {
        QStringList out;
        const QJsonArray a = QJsonDocument::fromJson(v.toString().toUtf8()).array();
        for (const QJsonValue &x : a)
            out.append(x.toString());
        return out;
    };
    QVector<ReportStore::Account> out;
    while (q->next())
        out.append({q->value(0).toString(), list(q->value(1)), list(q->value(2)), list(q->value(3)), q->value(4).toBool()});
    return out;
}

bool SqlAgencies::addAccount(const QString &name, const QString &password, const QString &kind)
{
    m_c.error.clear();
    if (!m_c.isServer())
        return refuseOnFile();
    if (!QRegularExpression(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,62}$")).match(name).hasMatch())
        return m_c.fail(tr("“%1”不能用作账号名：请用字母、数字、下划线、点或连字符，以字母或下划线开头，不超过 63 个字符").arg(name));
    if (!password.isEmpty() && password.size() < 8)
        return m_c.fail(tr("口令太短：至少 8 个字符"));
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const QVariant verifier = password.isEmpty() ? SqlConnection::nullText() : QVariant(scramVerifier(password, salt));
    return m_c.inTransaction([&] { return m_c.exec(QStringLiteral("SELECT office_account_add(?, ?, ?)"), {name, verifier, kind}); });
}

bool SqlAgencies::setRight(const QString &name, const QString &agency, const QString &right, bool granted)
{
    m_c.error.clear();
    if (!m_c.isServer())
        return refuseOnFile();
    return m_c.inTransaction([&] { return m_c.exec(QStringLiteral("SELECT office_right(?, ?, ?, ?)"), {name, agency, right, granted}); });
}

bool SqlAgencies::removeAccount(const QString &name)
{
    m_c.error.clear();
    if (!m_c.isServer())
        return refuseOnFile();
    return m_c.inTransaction([&] { return m_c.exec(QStringLiteral("SELECT office_account_remove(?)"), {name}); });
}

QString SqlAgencies::scramVerifier(const QString &password, const QByteArray &salt)
{
    // RFC 5802/7677 as PostgreSQL stores it; the password prepared as SASLprep does for the usual cases (NFKC, other
    // spaces as the space), which is what libpq sends when the clerk logs in.
    QString prepared = password.normalized(QString::NormalizationForm_KC);
    for (QChar &c : prepared)
        if (c.isSpace())
            c = QLatin1Char(' ');
    const QByteArray secret = prepared.toUtf8();
    constexpr int iterations = 4096;
    // PBKDF2-HMAC-SHA-256, one block.
    QByteArray u = QMessageAuthenticationCode::hash(salt + QByteArray::fromHex("00000001"), secret, QCryptographicHash::Sha256);
    QByteArray salted = u;
    for (int i = 1; i < iterations; ++i) {
        u = QMessageAuthenticationCode::hash(u, secret, QCryptographicHash::Sha256);
        for (int j = 0; j < salted.size(); ++j)
            salted[j] = char(salted[j] ^ u[j]);
    }
    const QByteArray clientKey = QMessageAuthenticationCode::hash("Client Key", salted, QCryptographicHash::Sha256);
    const QByteArray serverKey = QMessageAuthenticationCode::hash("Server Key", salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()), QString::fromLatin1(serverKey.toBase64()));
}
