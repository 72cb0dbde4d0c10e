#include "RuleConfirmation.h"

#include "ReportSchema.h"
#include "RuleInstance.h"
#include "TableReading.h"

#include <QSet>

#include <algorithm>
#include <functional>
#include <optional>

namespace {

// A rule as Σ sign·cell + constant = 0 over this year's cells, last year's figures folded into the constant.
struct Identity
{
    QVector<QPair<QString, int>> terms;
    qint64 constant = 0;
    bool hard = true; // an error rule of this year's cells; a warning rule over last year's only chooses and confirms
};

// The report's rules whose figures of last year, if any, `previous` has.
QVector<Identity> identitiesOf(const ReportSchema &schema, const Report *previous)
{
    QVector<Identity> out;
    for (const RuleInstance *rule : schema.rules()) {
        Identity identity;
        identity.hard = rule->severity == Severity::Error && !rule->involvesPreviousYear();
        bool known = true;
        const auto add = [&](const QVector<RuleTerm> &terms, int side) {
            for (const RuleTerm &t : terms) {
                if (!t.previousYear)
                    identity.terms.append({t.key, side * t.sign});
                else if (previous && previous->cell(t.key).isInteger())
                    identity.constant += side * t.sign * previous->cell(t.key).toInteger();
                else
                    known = false;
            }
        };
        add(rule->left, 1);
        add(rule->right, -1);
        if (known && !identity.terms.isEmpty())
            out.append(identity);
    }
    return out;
}

using Assignment = QHash<QString, qint64>;

// The cells as read, and OCR's other readings of them, and which rules each cell is in.
class Readings
{
public:
    Readings(const Report &report, const QVector<Identity> &identities, const QHash<QString, QStringList> &others)
        : m_identities(identities)
    {
        for (int i = 0; i < identities.size(); ++i)
            for (const auto &term : identities.at(i).terms) {
                m_rulesOf[term.first].append(i);
                const CellValue v = report.cell(term.first);
                if (v.isInteger())
                    m_read.insert(term.first, v.toInteger());
            }
        for (auto it = others.cbegin(); it != others.cend(); ++it) {
            if (!m_rulesOf.contains(it.key()))
                continue;
            QVector<qint64> values;
            for (const QString &s : it.value()) {
                bool ok = false;
                const qint64 v = s.toLongLong(&ok);
                if (ok && v >= 0 && m_read.value(it.key(), -1) != v && !values.contains(v))
                    values.append(v);
            }
            if (!values.isEmpty())
                m_others.insert(it.key(), values);
        }
    }

    QVector<int> rulesOf(const QString &key) const { return m_rulesOf.value(key); }
    QVector<qint64> others(const QString &key) const { return m_others.value(key); }
    bool hasOthers(const QString &key) const { return m_others.contains(key); }
    std::optional<qint64> read(const QString &key) const
    {
        return m_read.contains(key) ? std::optional<qint64>(m_read.value(key)) : std::nullopt;
    }
    // The cell is read `value` from now on.
    void settle(const QString &key, qint64 value)
    {
        m_read.insert(key, value);
        m_others.remove(key);
    }
    // Every cell of the rule has a reading.
    bool usable(int rule) const
    {
        const auto &terms = m_identities.at(rule).terms;
        return std::all_of(terms.cbegin(), terms.cend(), [this](const auto &t) { return m_read.contains(t.first) || m_others.contains(t.first); });
    }
    bool holds(int rule, const Assignment &changed) const
    {
        const Identity &identity = m_identities.at(rule);
        qint64 sum = identity.constant;
        for (const auto &[key, sign] : identity.terms) {
            if (changed.contains(key))
                sum += sign * changed.value(key);
            else if (m_read.contains(key))
                sum += sign * m_read.value(key);
            else
                return false;
        }
        return sum == 0;
    }
    // Every usable rule of the kind (hard or not) a changed cell is in holds.
    bool touchedHold(const Assignment &changed, bool hard) const
    {
        for (auto it = changed.cbegin(); it != changed.cend(); ++it)
            for (int rule : rulesOf(it.key()))
                if (m_identities.at(rule).hard == hard && usable(rule) && !holds(rule, changed))
                    return false;
        return true;
    }

private:
    const QVector<Identity> &m_identities;
    QHash<QString, QVector<qint64>> m_others;
    QHash<QString, qint64> m_read;
    QHash<QString, QVector<int>> m_rulesOf;
};

// The ways of reading `suspects` otherwise, fewest cells first (at most three more than those read blank, which must
// be read), under which every rule of `mend` holds and `fits` accepts: those of the fewest.
QVector<Assignment> fewestChanges(const Readings &r, const QStringList &suspects, const QVector<int> &mend,
                                  const std::function<bool(const Assignment &)> &fits)
{
    QStringList blank;
    for (const QString &k : suspects)
        if (!r.read(k))
            blank << k;
    QVector<Assignment> found;
    qint64 budget = 200'000; // sets of cells and ways tried: a clerk waits for this
    const int most = std::min(int(suspects.size()), int(blank.size()) + 3);
    for (int k = std::max(1, int(blank.size())); k <= most && found.isEmpty() && budget > 0; ++k) {
        // Each set of k suspects holding the blank ones, each of its cells read each other way.
        QVector<int> pick(k);
        std::function<void(int, int)> choose;
        Assignment changed;
        std::function<void(int)> assign = [&](int i) {
            if (--budget < 0)
                return;
            if (i == k) {
                const bool mended = std::all_of(mend.cbegin(), mend.cend(), [&](int rule) { return r.holds(rule, changed); });
                if (mended && fits(changed))
                    found.append(changed);
                return;
            }
            const QString &key = suspects.at(pick[i]);
            for (qint64 v : r.others(key)) {
                changed.insert(key, v);
                assign(i + 1);
            }
            changed.remove(key);
        };
        choose = [&](int i, int from) {
            if (budget < 0)
                return;
            if (i == k) {
                --budget; // every set of cells counts, tried or not: many suspects make many sets
                int blanks = 0;
                for (int p : qAsConst(pick))
                    blanks += blank.contains(suspects.at(p));
                if (blanks == blank.size())
                    assign(0);
                return;
            }
            for (int s = from; s < suspects.size(); ++s) {
                pick[i] = s;
                choose(i + 1, s + 1);
            }
        };
        choose(0, 0);
    }
    return budget < 0 ? QVector<Assignment>() : found; // cut short: not known to be the only ones
}

} // namespace

int RuleConfirmation::markUnconfirmed(Report &report, const FormatRegistry &registry, const QString &why, const Report *previous)
{
    const ReportSchema schema = ReportSchema::forReport(registry, report);
    QSet<QString> confirmed;
    for (const Identity &identity : identitiesOf(schema, previous)) {
        qint64 sum = identity.constant;
        bool read = true;
        for (const auto &[key, sign] : identity.terms) {
            const CellValue v = report.cell(key);
            if (!v.isInteger() || report.doubts.contains(key)) {
                read = false;
                break;
            }
            sum += sign * v.toInteger();
        }
        if (read && sum == 0)
            for (const auto &term : identity.terms)
                confirmed.insert(term.first);
    }
    int marked = 0;
    for (const QString &key : schema.keys()) {
        if (confirmed.contains(key) || report.doubts.contains(key))
            continue;
        report.doubts.insert(key, why);
        ++marked;
    }
    return marked;
}

QStringList RuleConfirmation::chooseReadings(Report &report, const FormatRegistry &registry, const QHash<QString, QStringList> &readings,
                                             const Report *previous)
{
    QStringList notes;
    if (readings.isEmpty())
        return notes;
    const ReportSchema schema = ReportSchema::forReport(registry, report);
    const QVector<Identity> identities = identitiesOf(schema, previous);
    Readings r(report, identities, readings);
    const auto take = [&](const Assignment &changed, const QString &why) {
        for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
            const std::optional<qint64> was = r.read(it.key());
            report.cells.insert(it.key(), CellValue::integer(it.value()));
            r.settle(it.key(), it.value());
            notes << tr("%1：扫描件上识别为“%2”，另一种读法“%3”%4，已采用")
                         .arg(schema.cellName(it.key()), was ? QString::number(*was) : tr("（空白）"))
                         .arg(it.value())
                         .arg(why);
        }
    };
    // The rules a misreading breaks, in groups sharing a cell read more than one way: each group mended at once.
    const auto suspectsOf = [&](int rule) {
        QStringList keys;
        for (const auto &term : identities.at(rule).terms)
            if (r.hasOthers(term.first) && !keys.contains(term.first))
                keys << term.first;
        return keys;
    };
    QVector<int> broken;
    for (int i = 0; i < identities.size(); ++i)
        if (identities.at(i).hard && r.usable(i) && !r.holds(i, {}) && !suspectsOf(i).isEmpty())
            broken.append(i);
    QVector<bool> grouped(broken.size(), false);
    for (int first = 0; first < broken.size(); ++first) {
        if (grouped[first])
            continue;
        grouped[first] = true;
        QVector<int> mend{broken[first]};
        QStringList suspects = suspectsOf(broken[first]);
        for (bool grew = true; grew;) {
            grew = false;
            for (int other = 0; other < broken.size(); ++other) {
                if (grouped[other])
                    continue;
                const QStringList theirs = suspectsOf(broken[other]);
                if (std::none_of(theirs.cbegin(), theirs.cend(), [&](const QString &k) { return suspects.contains(k); }))
                    continue;
                grouped[other] = grew = true;
                mend.append(broken[other]);
                for (const QString &k : theirs)
                    if (!suspects.contains(k))
                        suspects << k;
            }
        }
        QVector<Assignment> ways = fewestChanges(r, suspects, mend, [&](const Assignment &a) { return r.touchedHold(a, true); });
        if (ways.isEmpty())
            continue; // no reading OCR offers mends them: left as read, and marked
        bool byLastYear = false;
        if (ways.size() > 1) {
            QVector<Assignment> continuing;
            for (const Assignment &a : qAsConst(ways))
                if (r.touchedHold(a, false))
                    continuing.append(a);
            if (continuing.size() == 1) {
                ways = continuing;
                byLastYear = true;
            }
        }
        if (ways.size() == 1) {
            take(ways.constFirst(), byLastYear && previous ? tr("符合表内勾稽关系，并与上年（%1 年）报告衔接").arg(previous->year)
                                                           : tr("符合表内勾稽关系"));
            continue;
        }
        // Several ways: each cell among them marked with what it may be.
        QMap<QString, QStringList> may;
        for (const Assignment &a : qAsConst(ways))
            for (const QString &k : qAsConst(suspects)) {
                const std::optional<qint64> v = a.contains(k) ? std::optional<qint64>(a.value(k)) : r.read(k);
                const QString shown = v ? QString::number(*v) : tr("空白");
                if (!may[k].contains(shown))
                    may[k] << shown;
            }
        for (auto it = may.begin(); it != may.end(); ++it) {
            // As read first, where it is one of them.
            const std::optional<qint64> read = r.read(it.key());
            if (const int at = int(it.value().indexOf(read ? QString::number(*read) : tr("空白"))); at > 0)
                it.value().move(at, 0);
        }
        for (auto it = may.cbegin(); it != may.cend(); ++it)
            if (it.value().size() > 1)
                report.doubts.insert(it.key(), CellRead::joinDoubts(report.doubts.value(it.key()),
                                                                   tr("扫描件上这一格有几种读法（%1），表内勾稽关系定不下来").arg(it.value().join(QStringLiteral("、")))));
    }
    // Last year's rules this year's reading breaks: mended when one way alone does, breaking no rule of this year's.
    for (int i = 0; i < identities.size(); ++i) {
        if (identities.at(i).hard || !r.usable(i) || r.holds(i, {}))
            continue;
        const QStringList suspects = suspectsOf(i);
        if (suspects.isEmpty())
            continue;
        const QVector<Assignment> ways = fewestChanges(r, suspects, {i}, [&](const Assignment &a) { return r.touchedHold(a, true); });
        if (ways.size() == 1 && previous)
            take(ways.constFirst(), tr("与上年（%1 年）报告衔接").arg(previous->year));
    }
    return notes;
}
