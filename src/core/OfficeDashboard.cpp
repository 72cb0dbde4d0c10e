#include "OfficeDashboard.h"

#include "store/ReportStore.h"

#include <algorithm>
#include <cmath>

namespace {

// The p-th quantile of sorted values, interpolated between the two nearest (as a spreadsheet's PERCENTILE does).
double quantile(const QVector<double> &sorted, double p)
{
    const double at = p * double(sorted.size() - 1);
    const int below = int(std::floor(at));
    const int above = qMin(below + 1, int(sorted.size()) - 1);
    return sorted.at(below) + (at - below) * (sorted.at(above) - sorted.at(below));
}

std::optional<double> ratio(const CellValue &part, const CellValue &whole, const CellValue &more = CellValue())
{
    if (!part.isInteger() || !whole.isInteger())
        return std::nullopt;
    const qint64 base = whole.toInteger() + (more.isInteger() ? more.toInteger() : 0);
    if (base <= 0)
        return std::nullopt;
    return double(part.toInteger()) / double(base);
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

double OfficeDashboard::Move::size() const
{
    return double(qAbs(now - before)) / double(qMax<qint64>(before, 10));
}

OfficeDashboard OfficeDashboard::from(const RollUp::Result &rollUp, int year)
{
    OfficeDashboard d;
    d.region = rollUp.report.agency;
    d.year = year;
    int none = 0;
    QHash<QString, int> byState;
    for (const RollUp::Child &c : rollUp.children) {
        if (!c.expected && !c.present)
            continue; // a region above others, without a report of its own: not expected to have one
        Row row;
        row.agency = c.agency;
        row.depth = c.depth;
        row.present = c.present;
        row.state = c.present ? RollUp::stateName(c) : tr("未开始");
        row.errors = c.errors;
        row.warnings = c.warnings;
        if (c.present) {
            if (c.received.isInteger())
                row.measures[Requests] = double(c.received.toInteger());
            // 办结率: concluded against all there was to handle (本年新收 + 上年结转).
            row.measures[ConcludedRate] = ratio(c.concluded, c.received, c.carried);
            // 行政复议纠错率: 纠正 among all the reviews (the form's 总计).
            row.measures[CorrectionRate] = ratio(c.reviewCorrected, c.reviewTotal);
            for (const RollUp::Child::Move &m : c.moves)
                d.moves.append({c.agency, m.key, m.name, m.before, m.now});
        } else {
            ++none;
        }
        byState[row.state] += 1;
        d.rows.append(row);
    }
    d.states.append({tr("未开始"), none});
    for (const QString &s : {QStringLiteral("draft"), QStringLiteral("submitted"), QStringLiteral("returned"), QStringLiteral("approved")})
        d.states.append({ReportStore::reviewStateName(s), byState.value(ReportStore::reviewStateName(s))});
    d.states.append({tr("已签发"), byState.value(tr("已签发"))});
    std::stable_sort(d.moves.begin(), d.moves.end(), [](const Move &a, const Move &b) { return a.size() > b.size(); });

    QHash<int, std::array<QVector<double>, MeasureCount>> values;
    for (const Row &r : qAsConst(d.rows))
        for (int m = 0; m < MeasureCount; ++m)
            if (r.measures[m])
                values[r.depth][m].append(*r.measures[m]);
    for (auto it = values.begin(); it != values.end(); ++it)
        for (int m = 0; m < MeasureCount; ++m) {
            QVector<double> &v = it.value()[m];
            if (v.isEmpty())
                continue;
            std::sort(v.begin(), v.end());
            d.m_peers[it.key()][m] = {int(v.size()), quantile(v, 0.25), quantile(v, 0.5), quantile(v, 0.75)};
        }
    return d;
}

QString OfficeDashboard::measureName(Measure m)
{
    switch (m) {
    case Requests:
        return tr("申请数");
    case ConcludedRate:
        return tr("办结率");
    case CorrectionRate:
        return tr("行政复议纠错率");
    case MeasureCount:
        break;
    }
    return QString();
}

QString OfficeDashboard::format(Measure m, const std::optional<double> &value)
{
    if (!value)
        return QStringLiteral("—");
    if (m == Requests)
        return QString::number(qRound64(*value));
    return QStringLiteral("%1%").arg(*value * 100, 0, 'f', 1);
}

OfficeDashboard::Quartiles OfficeDashboard::peers(int depth, Measure m) const
{
    return m_peers.value(depth)[m];
}

QList<int> OfficeDashboard::levels() const
{
    QList<int> depths = m_peers.keys();
    std::sort(depths.begin(), depths.end());
    return depths;
}

QString OfficeDashboard::stepsLine() const
{
    QStringList counts;
    for (const auto &s : states)
        counts.append(tr("%1%2个").arg(s.first).arg(s.second));
    return counts.join(QStringLiteral("，"));
}

QString OfficeDashboard::peersLine(int depth) const
{
    QStringList parts;
    for (int m = 0; m < MeasureCount; ++m) {
        const Quartiles q = peers(depth, Measure(m));
        if (q.count > 0)
            parts.append(tr("%1：P25为%2，P50为%3，P75为%4（%5个）")
                             .arg(measureName(Measure(m)), format(Measure(m), q.p25), format(Measure(m), q.p50), format(Measure(m), q.p75))
                             .arg(q.count));
    }
    return tr("第%1级：%2").arg(depth).arg(parts.join(QStringLiteral("；")));
}

QString OfficeDashboard::position(const Row &row, Measure m) const
{
    const Quartiles q = peers(row.depth, m);
    if (!row.measures[m] || q.count < 2)
        return QString();
    const double v = *row.measures[m];
    if (v < q.p25)
        return tr("P25以下");
    if (v <= q.p50)
        return tr("P25–P50");
    if (v <= q.p75)
        return tr("P50–P75");
    return tr("P75以上");
}

QByteArray OfficeDashboard::csv() const
{
    QStringList lines;
    QStringList head{tr("机关"), tr("层级"), tr("状态"), tr("错误"), tr("警告")};
    for (int m = 0; m < MeasureCount; ++m)
        head << measureName(Measure(m)) << tr("%1在同级中").arg(measureName(Measure(m)));
    lines.append(head.join(QLatin1Char(',')));
    for (const Row &r : rows) {
        QStringList f{csvField(r.agency), QString::number(r.depth), csvField(r.state)};
        f << (r.present ? QString::number(r.errors) : QString()) << (r.present ? QString::number(r.warnings) : QString());
        for (int m = 0; m < MeasureCount; ++m) {
            // Plain numbers, so that a spreadsheet can compute with them: a rate as a fraction.
            const auto &v = r.measures[m];
            f << (v ? (m == Requests ? QString::number(qRound64(*v)) : QString::number(*v, 'f', 4)) : QString()) << position(r, Measure(m));
        }
        lines.append(f.join(QLatin1Char(',')));
    }
    lines.append(QString());
    lines.append(QStringList{tr("与上年相比变化最大的数字"), tr("项目"), tr("上年"), tr("本年")}.join(QLatin1Char(',')));
    for (const Move &m : moves)
        lines.append(QStringList{csvField(m.agency), csvField(m.name), QString::number(m.before), QString::number(m.now)}.join(QLatin1Char(',')));
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

QString OfficeDashboard::html() const
{
    QString h = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>").arg(escaped(tr("%1%2年度报告一览").arg(region).arg(year)));
    h += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(escaped(tr("%1%2年度报告一览").arg(region).arg(year)));
    h += QStringLiteral("<p>%1</p>").arg(escaped(stepsLine()));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    QStringList head{tr("机关"), tr("状态"), tr("错误"), tr("警告")};
    for (int m = 0; m < MeasureCount; ++m)
        head << measureName(Measure(m)) << tr("同级中");
    for (const QString &c : head)
        h += QStringLiteral("<th>%1</th>").arg(escaped(c));
    h += QStringLiteral("</tr>");
    for (const Row &r : rows) {
        h += QStringLiteral("<tr><td>%1%2</td><td>%3</td>").arg(QString(2 * (r.depth - 1), QChar(0x3000)), escaped(r.agency), escaped(r.state));
        h += QStringLiteral("<td align=\"right\">%1</td><td align=\"right\">%2</td>")
                 .arg(r.present ? QString::number(r.errors) : QString(), r.present ? QString::number(r.warnings) : QString());
        for (int m = 0; m < MeasureCount; ++m)
            h += QStringLiteral("<td align=\"right\">%1</td><td>%2</td>").arg(escaped(format(Measure(m), r.measures[m])), escaped(position(r, Measure(m))));
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    // Each level's quartiles, which the positions are read against.
    for (int depth : levels())
        h += QStringLiteral("<p>%1</p>").arg(escaped(peersLine(depth)));
    if (!moves.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>").arg(escaped(tr("与上年相比变化最大的数字")));
        for (const QString &c : {tr("机关"), tr("项目"), tr("上年"), tr("本年")})
            h += QStringLiteral("<th>%1</th>").arg(escaped(c));
        h += QStringLiteral("</tr>");
        for (const Move &m : moves)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
                     .arg(escaped(m.agency), escaped(m.name))
                     .arg(m.before)
                     .arg(m.now);
        h += QStringLiteral("</table>");
    }
    return h + QStringLiteral("</body></html>");
}
