#pragma once

#include "CellValue.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <optional>

// The form chosen for each table; hybrids (t2 2019 with t3 2021) are normal.
struct ReportFormats
{
    QString t2 = QStringLiteral("2021");
    QString t3 = QStringLiteral("2021");
    QString t4 = QStringLiteral("2021");

    static QStringList tables() { return {QStringLiteral("t2"), QStringLiteral("t3"), QStringLiteral("t4")}; }
    QString of(const QString &table) const;
    void set(const QString &table, const QString &form);
    // 表二, 表三, 表四 (translated).
    static QString tableName(const QString &table);
    bool operator==(const ReportFormats &o) const { return t2 == o.t2 && t3 == o.t3 && t4 == o.t4; }
};

// Optional members are absent when not known; absent and empty stay distinct so report JSON round-trips.
struct Contact
{
    std::optional<QString> person, phone, fax, address;
    bool operator==(const Contact &o) const
    {
        return person == o.person && phone == o.phone && fax == o.fax && address == o.address;
    }
};

struct Prose
{
    std::optional<QString> preamble, part1, part5, part6;
    static QStringList parts() { return {QStringLiteral("preamble"), QStringLiteral("part1"), QStringLiteral("part5"), QStringLiteral("part6")}; }
    // The longest a part may be: a whole published report is some 20 000 characters; beyond this it is a paste gone
    // wrong, and laying it out on every keystroke would freeze the window.
    static constexpr int maxLength = 100000;
    std::optional<QString> get(const QString &part) const;
    // How the interface names a part: 导语, 一、总体情况, 五、存在的主要问题及改进情况, 六、其他需要报告的事项 (translated).
    static QString name(const QString &part);
    void set(const QString &part, const std::optional<QString> &text);
    bool operator==(const Prose &o) const
    {
        return preamble == o.preamble && part1 == o.part1 && part5 == o.part5 && part6 == o.part6;
    }
};

// One agency's annual report for one year: metadata, prose and value cells by key (report-formats.md §2).
// The key set of `cells` is exactly the value cells of the chosen formats (see ReportSchema).
struct Report
{
    QString agency;
    int year = 0;
    ReportFormats formats;
    std::optional<QDate> date; // 成文日期; absent = no 落款
    std::optional<QString> title;
    Contact contact;
    Prose prose;
    QMap<QString, CellValue> cells;
    QMap<QString, QString> annotations;
    // Cells an import could not read with certainty, with why (a fuzzy label, a row placed by position, a split
    // chosen among several): marked until the clerk confirms or edits them. Provenance, not content: not compared
    // by ==, and report JSON lists the keys only as the comment member `_unconfirmed`.
    QMap<QString, QString> doubts;

    // The title as printed: the stored one, or <agency><year>年政府信息公开工作年度报告.
    QString displayTitle() const;
    QString defaultTitle() const; // <agency><year>年政府信息公开工作年度报告
    CellValue cell(const QString &key) const { return cells.value(key); }
    // The total of these cells when every one is a count; nullopt when one is blank, text, or not a cell of the
    // report's forms (cells holds exactly those).
    std::optional<qint64> sum(const QStringList &keys) const;

    bool operator==(const Report &o) const;
    bool operator!=(const Report &o) const { return !(*this == o); }
};
