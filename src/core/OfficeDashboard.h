#pragma once

#include "RollUp.h"

#include <QCoreApplication>
#include <QVector>
#include <array>
#include <optional>

// 一览: a region's year at a glance for its office — how many agencies stand at each step (no report yet, 草稿,
// 待审核, 退回, 审核通过, 已签发); each agency's errors and warnings and three figures placed among its peers (the
// agencies at the same level of the tree): 申请数, 办结率 and 行政复议纠错率 against the peers' P25, P50 and P75; and the
// figures that moved most against the agency's own last year (the cell.jump rule across the region). Made from a
// roll-up; written as CSV for a spreadsheet and as HTML for the printed page.
class OfficeDashboard
{
    Q_DECLARE_TR_FUNCTIONS(OfficeDashboard)
public:
    enum Measure { Requests, ConcludedRate, CorrectionRate, MeasureCount };
    struct Row
    {
        QString agency;
        int depth = 1;
        bool present = false;
        QString state; // RollUp::stateName
        int errors = 0;
        int warnings = 0;
        std::array<std::optional<double>, MeasureCount> measures; // none: not reported or nothing to divide by
    };
    struct Quartiles
    {
        int count = 0; // peers with the measure
        double p25 = 0, p50 = 0, p75 = 0;
    };
    struct Move
    {
        QString agency;
        QString key;
        QString name;
        qint64 before = 0;
        qint64 now = 0;
        double size() const; // |now − before| against before (at least 10): as 同比 orders them
    };

    static OfficeDashboard from(const RollUp::Result &rollUp, int year);

    QString region;
    int year = 0;
    QVector<QPair<QString, int>> states; // each step's name and how many agencies stand there, in review order
    QVector<Row> rows;                   // the agencies below, as the tree reads; those without a report included
    QVector<Move> moves;                 // largest first

    static QString measureName(Measure m);
    // The measure as shown: a count, or a rate in per cent with one decimal; "—" when there is none.
    static QString format(Measure m, const std::optional<double> &value);
    // The peers' quartiles of a measure at a depth (count 0 when fewer than one has it).
    Quartiles peers(int depth, Measure m) const;
    QList<int> levels() const; // the depths with peers, top first
    // "未开始1个，草稿4个，…": how many stand at each step.
    QString stepsLine() const;
    // "第2级：申请数：P25为…，P50为…，P75为…（8个）；…": a level's quartiles, which its positions are read against.
    QString peersLine(int depth) const;
    // Where a row's measure stands among its peers: "P25以下", "P25–P50", "P50–P75", "P75以上", or "" when it has none
    // or it has no peer.
    QString position(const Row &row, Measure m) const;
    // Every row with its measures and positions, then the moves; UTF-8 with a byte-order mark (Excel and WPS read it
    // as Chinese).
    QByteArray csv() const;
    // The same as a document for the printed page.
    QString html() const;

private:
    // By depth: the quartiles of each measure.
    QHash<int, std::array<Quartiles, MeasureCount>> m_peers;
};
