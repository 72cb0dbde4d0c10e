#include "RunTogetherReader.h"

#include "Report.h"
#include "ReportSchema.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>

bool RunTogetherReader::splits(const QStringList &chunks, int count, QVector<QStringList> &out, int limit)
{
    constexpr int longest = 15; // digits of one cell; beyond this no count or amount is plausible
    qint64 budget = 2'000'000;  // pieces tried, ~0.1 s
    QVector<int> digitsAfter(chunks.size() + 1, 0); // digits in chunks [i, end)
    for (int i = int(chunks.size()) - 1; i >= 0; --i)
        digitsAfter[i] = digitsAfter[i + 1] + int(chunks[i].size());
    QStringList current;
    bool complete = true;
    // Cuts chunk `chunk` from `from` onwards, then the chunks after it.
    std::function<void(int, int)> cut = [&](int chunk, int from) {
        if (chunk == chunks.size()) {
            if (current.size() == count)
                out.append(current);
            return;
        }
        const QString &c = chunks[chunk];
        for (int to = from + 1; to <= c.size() && to - from <= longest; ++to) {
            if (out.size() >= limit || --budget < 0) {
                complete = false;
                return;
            }
            if (to - from > 1 && c.at(from) == QLatin1Char('0'))
                return;
            const int needed = count - int(current.size()) - 1; // pieces still to cut after this one
            const int chunksLeft = int(chunks.size()) - chunk - 1 + (to < c.size() ? 1 : 0);
            const int digitsLeft = int(c.size()) - to + digitsAfter[chunk + 1];
            if (needed < chunksLeft || needed > digitsLeft)
                continue; // too few pieces left for the chunks, or too few digits for the pieces
            current.append(c.mid(from, to - from));
            if (to == c.size())
                cut(chunk + 1, 0);
            else
                cut(chunk, to);
            current.removeLast();
        }
    };
    cut(0, 0);
    return complete && out.size() < limit;
}

struct RunTogetherReader::RowRun
{
    QStringList keys;
    QVector<QStringList> candidates;
    bool exhaustive = true; // every split was seen (a cap on work or count can cut the walk short)
    int line = 0;
    QString unit; // printed after the last number (251000元: 采购总金额 is text with its unit)
    QString doubt; // the label was not found whole
};

// Each row's digits: the run between its label and the next row's (a label printed short or damaged is found by its
// longest prefix, and said), cut every way into the row's number of cells. False when the section is not this shape.
bool RunTogetherReader::runsOf(const QVector<SourceLine> &lines, const TableRows &rows, QVector<RowRun> *runs)
{
    // The section as one string, normalised, white space kept as single spaces (a line break is a certain cut);
    // where each character came from, for the cells' source lines.
    QString flat;
    QVector<int> sourceOf;
    for (const SourceLine &line : lines) {
        const QString text = SourceText::asciiNumbers(line.text) + QLatin1Char(' ');
        for (QChar c : text) {
            if (c.isSpace()) {
                if (!flat.endsWith(QLatin1Char(' '))) {
                    flat += QLatin1Char(' ');
                    sourceOf.append(line.number);
                }
            } else {
                const QString n = SourceText::normalise(QString(c));
                flat += n;
                for (int i = 0; i < n.size(); ++i)
                    sourceOf.append(line.number);
            }
        }
    }
    auto find = [&flat](const QString &label, int from) -> std::pair<int, int> {
        QString pattern;
        for (QChar c : label)
            pattern += QRegularExpression::escape(QString(c)) + QStringLiteral(" ?");
        const auto m = QRegularExpression(pattern).match(flat, from);
        return m.hasMatch() ? std::make_pair(int(m.capturedStart()), int(m.capturedEnd())) : std::make_pair(-1, -1);
    };
    // A label not printed whole (shortened by the agency, a character damaged): its longest prefix of at least five
    // characters, then up to as many other characters as the label has left before the digits.
    auto locate = [&](const QString &label, int from, bool *exact) -> std::pair<int, int> {
        *exact = true;
        if (const auto found = find(label, from); found.first >= 0)
            return found;
        *exact = false;
        for (int length = int(label.size()) - 1; length >= 5; --length) {
            const auto [start, end] = find(label.left(length), from);
            if (start < 0)
                continue;
            int stop = end;
            while (stop < flat.size() && stop - end < label.size() - length + 2 && !flat.at(stop).isDigit() && flat.at(stop) != QLatin1Char(' '))
                ++stop;
            return {start, stop};
        }
        return {-1, -1};
    };
    int position = 0;
    static const QRegularExpression digits(QStringLiteral("^([0-9. ]+)(万元|元)?"));
    static const QRegularExpression trailing(QStringLiteral("([0-9 ]+)$"));
    for (int k = 0; k < rows.size(); ++k) {
        RowRun run;
        run.keys = rows.keys(k);
        QString segment;
        const QString &label = rows.label(k);
        if (label.isEmpty()) {
            const QString trimmed = flat.trimmed();
            const auto m = trailing.match(trimmed);
            segment = m.hasMatch() ? m.captured(1) : QString();
            run.line = sourceOf.value(int(m.capturedStart(1)));
        } else {
            bool exact = true;
            const auto [start, end] = locate(label, position, &exact);
            if (start < 0)
                return false;
            if (!exact)
                run.doubt = tr("原文的行名与表中的“%1”不完全相同").arg(label);
            position = end;
            int stop = int(flat.size());
            for (int n = k + 1; n < rows.size() && stop == flat.size(); ++n)
                if (const QString &next = rows.label(n); !next.isEmpty())
                    if (const auto found = find(next, end); found.first >= 0)
                        stop = found.first;
            const auto m = digits.match(flat.mid(end, stop - end));
            segment = m.captured(1);
            run.unit = m.captured(2);
            run.line = sourceOf.value(end);
        }
        const QStringList chunks = segment.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (chunks.isEmpty())
            return false; // a row without its digits: not this shape (labels apart from their numbers, say)
        if (run.keys.size() == 1) {
            if (chunks.size() == 1)
                run.candidates.append({chunks.constFirst()});
        } else {
            QStringList digitChunks;
            for (const QString &c : chunks)
                digitChunks.append(QString(c).remove(QLatin1Char('.')));
            run.exhaustive = splits(digitChunks, int(run.keys.size()), run.candidates, 20000);
        }
        runs->append(run);
    }
    return true;
}

TableReading RunTogetherReader::read(const QVector<SourceLine> &lines, const TableRows &rows, const Report *previous)
{
    TableReading reading;
    const ReportSchema &schema = rows.schema();
    QVector<RowRun> runs;
    if (!runsOf(lines, rows, &runs))
        return reading;
    // The rules, as integer identities over cells; a term of last year's is read from its report.
    auto holds = [previous](const RuleInstance *rule, const QHash<QString, qint64> &v) {
        qint64 left = 0, right = 0;
        for (const RuleTerm &t : rule->left)
            left += t.sign * (t.previousYear ? previous->cell(t.key).toInteger() : v.value(t.key));
        for (const RuleTerm &t : rule->right)
            right += t.sign * (t.previousYear ? previous->cell(t.key).toInteger() : v.value(t.key));
        return left == right;
    };
    auto allHold = [&holds](const QVector<const RuleInstance *> &rules, const QHash<QString, qint64> &v) {
        return std::all_of(rules.cbegin(), rules.cend(), [&](const RuleInstance *rule) { return holds(rule, v); });
    };
    // The rules whose cells of this year all lie in one row.
    auto within = [](const RowRun &run, const QVector<const RuleInstance *> &rules) {
        QVector<const RuleInstance *> mine;
        for (const RuleInstance *rule : rules) {
            const QStringList cells = rule->cells();
            if (std::all_of(cells.cbegin(), cells.cend(), [&run](const QString &key) { return run.keys.contains(key); }))
                mine.append(rule);
        }
        return mine;
    };
    // This year's rules within one row or across rows; last year's where its report has every number they need.
    QVector<const RuleInstance *> rowRules, crossRules, lastYearRules;
    for (const RuleInstance *rule : schema.rules()) {
        if (!rule->anchor.startsWith(rows.format().table + QLatin1Char('.')))
            continue;
        if (rule->involvesPreviousYear()) {
            bool known = previous != nullptr;
            for (const auto *side : {&rule->left, &rule->right})
                for (const RuleTerm &t : *side)
                    known = known && (!t.previousYear || previous->cell(t.key).isInteger());
            if (known)
                lastYearRules.append(rule);
            continue;
        }
        bool inOneRow = false;
        for (const RowRun &run : qAsConst(runs))
            inOneRow = inOneRow || !within(run, {rule}).isEmpty();
        (inOneRow ? rowRules : crossRules).append(rule);
    }
    auto valuesOf = [](const RowRun &run, const QStringList &candidate, QHash<QString, qint64> &v) {
        for (int i = 0; i < run.keys.size(); ++i)
            v.insert(run.keys[i], candidate.value(i).toLongLong());
    };
    // The candidate splits of a row for which every one of `rules` holds.
    auto fitting = [&](const RowRun &run, const QVector<const RuleInstance *> &rules) {
        QVector<QStringList> kept;
        for (const QStringList &c : run.candidates) {
            QHash<QString, qint64> v;
            valuesOf(run, c, v);
            if (allHold(rules, v))
                kept.append(c);
        }
        return kept;
    };
    for (RowRun &run : runs)
        run.candidates = fitting(run, within(run, rowRules));
    // Across rows (（七）总计 and the balance): try the combinations of the rows still open.
    QVector<int> open;
    qint64 combinations = 1;
    for (int i = 0; i < runs.size(); ++i)
        if (runs[i].candidates.size() > 1) {
            open.append(i);
            combinations *= runs[i].candidates.size();
        }
    if (!open.isEmpty() && !crossRules.isEmpty() && combinations <= 20000) { // bounded: a clerk waits for this
        QVector<QVector<QStringList>> surviving(runs.size());
        QVector<int> choice(open.size(), 0);
        for (qint64 n = 0; n < combinations; ++n) {
            qint64 rest = n;
            for (int o = 0; o < open.size(); ++o) {
                choice[o] = int(rest % runs[open[o]].candidates.size());
                rest /= runs[open[o]].candidates.size();
            }
            QHash<QString, qint64> v;
            for (int i = 0; i < runs.size(); ++i) {
                const int o = int(open.indexOf(i));
                if (!runs[i].candidates.isEmpty())
                    valuesOf(runs[i], runs[i].candidates[o >= 0 ? choice[o] : 0], v);
            }
            if (allHold(crossRules, v))
                for (int o = 0; o < open.size(); ++o)
                    if (!surviving[open[o]].contains(runs[open[o]].candidates[choice[o]]))
                        surviving[open[o]].append(runs[open[o]].candidates[choice[o]]);
        }
        for (int i : qAsConst(open))
            if (!surviving[i].isEmpty())
                runs[i].candidates = surviving[i];
    }
    for (RowRun &run : runs) {
        const QString cells = run.keys.join(QStringLiteral("、"));
        if (run.candidates.isEmpty()) {
            const QString why = run.exhaustive ? tr("数字连在一起，没有一种拆分符合表格的勾稽关系") : tr("数字连在一起，可能的拆分太多");
            reading.notes.append(tr("%1：%2，留空").arg(schema.cellName(run.keys.constFirst()), why));
            for (const QString &key : run.keys)
                reading.cells.insert(key, {CellValue(), QString(), run.line, why});
            continue;
        }
        ++reading.rowsRead;
        QString doubt = run.doubt;
        if (const QVector<const RuleInstance *> mine = within(run, lastYearRules); run.candidates.size() > 1 && !mine.isEmpty()) {
            // Last year's report settles what the sums cannot: keep the splits that continue its numbers (a warning
            // rule — agencies fold re-counts in — so it only chooses among splits, never empties the row).
            const QVector<QStringList> continuing = fitting(run, mine);
            if (!continuing.isEmpty() && continuing.size() < run.candidates.size()) {
                run.candidates = continuing;
                if (continuing.size() == 1) {
                    doubt = CellRead::joinDoubts(run.doubt, tr("数字连在一起，按上年（%1 年）报告的数字拆分为 %2").arg(previous->year).arg(continuing.constFirst().join(QLatin1Char('/'))));
                    reading.notes.append(tr("%1：%2，请核对").arg(cells, doubt));
                }
            }
        }
        QStringList chosen = run.candidates.constFirst();
        if (run.candidates.size() > 1 || !run.exhaustive) {
            // Most plausible for 件数: what is in force is at least what was issued, more is issued than repealed.
            for (const QStringList &c : run.candidates)
                if (c.size() == 3 && c[2].toLongLong() >= c[0].toLongLong() && c[0].toLongLong() >= c[1].toLongLong()) {
                    chosen = c;
                    break;
                }
            doubt = CellRead::joinDoubts(run.doubt, run.exhaustive ? tr("数字连在一起，有 %1 种拆分都说得通，暂按 %2 填入").arg(run.candidates.size()).arg(chosen.join(QLatin1Char('/')))
                                   : tr("数字连在一起，拆分方式太多，未能逐一核对，暂按 %1 填入").arg(chosen.join(QLatin1Char('/'))));
            reading.notes.append(tr("%1：%2，请核对").arg(cells, doubt));
        }
        for (int i = 0; i < run.keys.size(); ++i) {
            CellRead cell;
            QString note;
            QString field = chosen.value(i);
            if (i == run.keys.size() - 1 && schema.cell(run.keys[i])->type == ValueType::Text)
                field += run.unit;
            if (!rows.readValue(run.keys[i], field, &cell, &note))
                reading.notes.append(note);
            cell.line = run.line;
            cell.doubt = doubt;
            reading.cells.insert(run.keys[i], cell);
        }
    }
    return reading;
}
