#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

enum class Severity { Error, Warning };

QString severityName(Severity s); // "error" / "warning", as in findings JSON

// One term of an identity: a cell of this report or (previousYear) of the same agency's previous report.
struct RuleTerm
{
    QString key;
    bool previousYear = false;
    int sign = 1;
};

// One expanded instance of a consistency rule: Σ left = Σ right. With `computes`, the anchor is a computed
// cell whose value is the right-hand side.
struct RuleInstance
{
    QString id;
    Severity severity = Severity::Error;
    QString anchor;
    QVector<RuleTerm> left;
    QVector<RuleTerm> right;
    bool computes = false;

    // Keys of this year's cells involved, anchor first, then in the order the rule names them.
    QStringList cells() const;
    bool involvesPreviousYear() const;
};
