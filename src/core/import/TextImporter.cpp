#include "TextImporter.h"

#include "ReportSchema.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <climits>
#include <functional>

namespace {

const QStringList partHeadings{QStringLiteral("一、总体情况"), QStringLiteral("二、主动公开政府信息情况"),
                               QStringLiteral("三、收到和处理政府信息公开申请情况"), QStringLiteral("四、政府信息公开行政复议、行政诉讼情况"),
                               QStringLiteral("五、存在的主要问题及改进情况"), QStringLiteral("六、其他需要报告的事项")};

// Which part a line heads (1–6), or 0.
int partOf(const QString &line)
{
    const QString n = TextImporter::normalise(line);
    if (n.size() > 30)
        return 0;
    for (int p = 0; p < partHeadings.size(); ++p) {
        const QString h = TextImporter::normalise(partHeadings[p]);
        if (n == h)
            return p + 1;
    }
    // Wordings seen in published reports (五、政府信息公开工作存在的主要问题及改进情况, 四、因政府信息公开工作被申请行政复议、
    // 提起行政诉讼情况, 一．总体情况): the part's numeral and its key words.
    static const QRegularExpression numbered(QStringLiteral("^([一二三四五六])[、．.]"));
    const auto m = numbered.match(n);
    if (!m.hasMatch() || n.endsWith(QStringLiteral("。")))
        return 0;
    static const QStringList keyWords{QStringLiteral("总体情况"), QStringLiteral("主动公开"), QStringLiteral("申请情况"),
                                      QStringLiteral("行政复议"), QStringLiteral("问题"), QStringLiteral("其他需要报告")};
    const int p = int(QStringLiteral("一二三四五六").indexOf(m.captured(1)));
    return n.contains(keyWords[p]) ? p + 1 : 0;
}

// A value field: a number, alone or with a unit or a bracketed annotation (22（其中修订 16 件）, 251000元), a blank, or
// a not-applicable mark. "1.属于国家秘密" is a label.
bool isNumberLike(const QString &field)
{
    static const QRegularExpression number(QStringLiteral("^-?\\d+(\\.\\d+)?(\\s*[（(].*|元|万元)?$"));
    return field.isEmpty() || number.match(field).hasMatch() || field == QLatin1String("-") || field == QStringLiteral("—")
        || field == QLatin1String("/");
}

QStringList fieldsOf(const QString &line)
{
    QStringList fields;
    if (line.contains(QLatin1Char('\t'))) {
        fields = line.split(QLatin1Char('\t'));
    } else {
        QString pipes = line.trimmed();
        // Markdown rows are framed: | a | b | — the frame is not a cell.
        if (pipes.startsWith(QLatin1Char('|'))) {
            pipes.remove(0, 1);
            if (pipes.endsWith(QLatin1Char('|')))
                pipes.chop(1);
        }
        fields = pipes.split(QLatin1Char('|'));
    }
    for (QString &f : fields)
        f = f.trimmed();
    return fields;
}

int editDistance(const QString &a, const QString &b)
{
    QVector<int> previous(b.size() + 1), current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// Furniture of web pages around a report (report-formats.md §11.7).
bool isFurniture(const QString &line)
{
    static const QRegularExpression furniture(QStringLiteral("^(发布日期|来源|当前位置|上一篇|下一篇|附件下载|分享|打印|关闭)[:：]?"));
    // Page numbers and footers: — 3 —, -3-, 第 3 页 共 7 页, 第3页/共7页, 共7页 第3页, 3 / 7, Page 3 of 7.
    static const QRegularExpression pageNumber(QStringLiteral(
        "^(?:[-—–]\\s*\\d+\\s*[-—–]|第\\s*\\d+\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d+\\s*页)?|共\\s*\\d+\\s*页\\s*[,，/]?\\s*第\\s*\\d+\\s*页"
        "|\\d+\\s*/\\s*\\d+|[Pp]age\\s*\\d+(?:\\s*of\\s*\\d+)?)$"));
    return furniture.match(line).hasMatch() || pageNumber.match(line).hasMatch() || line.startsWith(QLatin1String("# source:"));
}

// Crawler text puts a whole report on one line (report-formats.md §11.5, §11.7): break it before the part headings,
// the 第二十条 blocks and the title, and after the page furniture, so that it reads like the other shapes.
QString unfold(const QString &text)
{
    QStringList out;
    for (QString line : text.split(QLatin1Char('\n'))) {
        if (line.size() < 400) {
            out.append(line);
            continue;
        }
        static const QRegularExpression title(QStringLiteral("[^\\s：:]+\\d{4}\\s*年度?政府信息公开工作年度报告"));
        const auto t = title.match(line);
        if (t.hasMatch())
            line = line.left(t.capturedStart()) + QLatin1Char('\n') + t.captured() + QLatin1Char('\n') + line.mid(t.capturedEnd());
        for (const QString &h : partHeadings + QStringList{QStringLiteral("五、政府信息公开工作存在的主要问题及改进情况")})
            line.replace(h, QLatin1Char('\n') + h + QLatin1Char('\n'));
        for (const QString &h : {QStringLiteral("第二十条第"), QStringLiteral("附件下载")})
            line.replace(h, QLatin1Char('\n') + h);
        line.replace(QStringLiteral("-->"), QStringLiteral("-->\n"));
        out.append(line);
    }
    return out.join(QLatin1Char('\n'));
}

// A number as laid-out and one-cell-per-line text print it; 251000元 is 采购总金额's text.
bool isValueToken(const QString &token)
{
    static const QRegularExpression number(QStringLiteral("^-?\\d+(\\.\\d+)?(元|万元)?$"));
    return number.match(token).hasMatch();
}

// A row's printed label cells, normalised, group labels first (（三）不予公开, 1.属于国家秘密); the last is the row's own.
QStringList labelCellsOf(const GridRow *row)
{
    QStringList labels;
    for (const GridCell &c : row->cells)
        if (c.valueKey.isEmpty())
            labels.append(TextImporter::normalise(c.text));
    return labels;
}

// The row's own label, or empty (table 四's row has none).
QString rowLabelOf(const GridRow *row)
{
    const QStringList labels = labelCellsOf(row);
    return labels.isEmpty() ? QString() : labels.constLast();
}

QVector<const GridCell *> valueCellsOf(const GridRow *row)
{
    QVector<const GridCell *> cells;
    for (const GridCell &c : row->cells)
        if (!c.valueKey.isEmpty())
            cells.append(&c);
    return cells;
}

// The label text of a table's lines: fields (split at TABs, pipes or runs of spaces) that are neither numbers nor
// single characters, joined and normalised.
QString labelText(const QStringList &lines)
{
    static const QRegularExpression separator(QStringLiteral("\\t|\\||\\s{2,}"));
    QString text;
    for (const QString &line : lines)
        for (const QString &field : line.split(separator, Qt::SkipEmptyParts)) {
            const QString f = field.trimmed();
            if (f.size() > 1 && !isValueToken(f))
                text += f;
        }
    return TextImporter::normalise(text);
}

// Which columns a line's numbers are in, when it has fewer than the reference line (a complete row) has columns.
// pdftotext moves a whole line's numbers by the width its label takes, but keeps their spacing: so the numbers keep
// their order and their spacing is matched to the reference's columns, the line shifted as a whole (a shift away
// from the reference's own position costs a little, which places a lone number).
QVector<int> placeInColumns(const QVector<int> &ends, const QVector<int> &columns)
{
    const int m = int(ends.size()), k = int(columns.size());
    QVector<int> best;
    qint64 bestCost = LLONG_MAX;
    QSet<int> shifts{0};
    for (int e : ends)
        for (int c : columns)
            shifts.insert(c - e);
    for (int shift : qAsConst(shifts)) {
        // cost[i][c]: numbers 0..i placed, number i in column c; from[i][c]: column of number i-1
        QVector<QVector<qint64>> cost(m, QVector<qint64>(k, LLONG_MAX));
        QVector<QVector<int>> from(m, QVector<int>(k, -1));
        for (int c = 0; c < k; ++c)
            cost[0][c] = 2 * qAbs(ends[0] + shift - columns[c]);
        for (int i = 1; i < m; ++i)
            for (int c = i; c < k; ++c)
                for (int p = i - 1; p < c; ++p)
                    if (cost[i - 1][p] != LLONG_MAX && cost[i - 1][p] + 2 * qAbs(ends[i] + shift - columns[c]) < cost[i][c]) {
                        cost[i][c] = cost[i - 1][p] + 2 * qAbs(ends[i] + shift - columns[c]);
                        from[i][c] = p;
                    }
        for (int c = m - 1; c < k; ++c) {
            if (cost[m - 1][c] == LLONG_MAX || cost[m - 1][c] + qAbs(shift) >= bestCost)
                continue;
            bestCost = cost[m - 1][c] + qAbs(shift);
            best.resize(m);
            for (int i = m - 1, col = c; i >= 0; col = from[i][col], --i)
                best[i] = col;
        }
    }
    return best;
}

// The ways to cut digit runs (spaces between them are certain cuts) into `count` numbers without leading zeros, at
// most `limit` of them. A run of n digits has C(n-1, count-1) cuts, so the walk prunes what cannot be completed and
// stops after a fixed amount of work: returns false when it gave up before seeing every way.
bool splits(const QStringList &chunks, int count, QVector<QStringList> &out, int limit)
{
    constexpr int longest = 15;      // digits of one cell; beyond this no count or amount is plausible
    qint64 budget = 2'000'000;       // pieces tried, ~0.1 s
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
            const int needed = count - int(current.size()) - 1;          // pieces still to cut after this one
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

} // namespace

std::optional<QString> TextImporter::decode(const QByteArray &bytes, QString *error)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        const QString text = utf16(bytes.mid(2));
        if (!utf16.hasError())
            return text;
    } else if (!bytes.contains('\0')) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
        if (!utf8.hasError())
            return text;
        QStringDecoder gb("GB18030");
        if (gb.isValid()) {
            const QString chinese = gb(bytes);
            if (!gb.hasError())
                return chinese;
        }
    }
    *error = tr("不是文本文件（既不是 UTF-8、UTF-16，也不是 GBK/GB18030 编码的文字）");
    return std::nullopt;
}

QString TextImporter::normalise(const QString &label)
{
    QString s;
    for (QChar c : label) {
        if (c.isSpace())
            continue;
        switch (c.unicode()) {
        case '(': s += QStringLiteral("（"); break;
        case ')': s += QStringLiteral("）"); break;
        case ',': s += QStringLiteral("，"); break;
        case ':': s += QStringLiteral("："); break;
        case ';': s += QStringLiteral("；"); break;
        case 0x201C: case 0x201D: case '"': s += QLatin1Char('"'); break;
        default:
            if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
                s += QChar(c.unicode() - 0xFF10 + '0');
            else
                s += c;
        }
    }
    static const QRegularExpression itemNumber(QStringLiteral("^(\\d+)[、．]"));
    s.replace(itemNumber, QStringLiteral("\\1."));
    return s;
}

// Cells run together without separators (crawler text, report-formats.md §11.5): each row's digits are the run
// between its label and the next; the run is cut into the row's number of cells every way that has no leading zeros,
// and the splits that satisfy the form's sum rules — within the row, then across rows — are kept. When more than one
// survives, the most plausible is proposed and the cells are named in an ambiguity note.
int TextImporter::readRunTogether(const QString &text, const TableFormat &format, const QVector<const GridRow *> &rows,
                                  const ReportSchema &schema, Report &r, const Report *previous, QStringList &notes)
{
    QString flat; // normalised, white space kept as single spaces (they are certain cuts)
    for (QChar c : text) {
        if (c.isSpace()) {
            if (!flat.endsWith(QLatin1Char(' ')))
                flat += QLatin1Char(' ');
        } else {
            flat += TextImporter::normalise(QString(c));
        }
    }
    auto find = [&flat](const QString &label, int from) -> std::pair<int, int> {
        QString pattern;
        for (QChar c : label)
            pattern += QRegularExpression::escape(QString(c)) + QStringLiteral(" ?");
        const auto m = QRegularExpression(pattern).match(flat, from);
        return m.hasMatch() ? std::make_pair(int(m.capturedStart()), int(m.capturedEnd())) : std::make_pair(-1, -1);
    };
    struct RowRun
    {
        const GridRow *row;
        QVector<QString> keys;
        QVector<QStringList> candidates;
        bool exhaustive = true; // every split was seen (a cap on work or count can cut the walk short)
    };
    QVector<RowRun> runs;
    int position = 0;
    static const QRegularExpression digits(QStringLiteral("^[0-9. ]+"));
    static const QRegularExpression trailing(QStringLiteral("([0-9 ]+)$"));
    for (int k = 0; k < rows.size(); ++k) {
        RowRun run{rows[k], {}, {}};
        for (const GridCell *c : valueCellsOf(rows[k]))
            run.keys.append(c->valueKey);
        QString segment;
        const QString label = rowLabelOf(rows[k]);
        if (label.isEmpty()) {
            const auto m = trailing.match(flat.trimmed());
            segment = m.hasMatch() ? m.captured(1) : QString();
        } else {
            const auto [start, end] = find(label, position);
            if (start < 0)
                return 0;
            position = end;
            int stop = int(flat.size());
            for (int n = k + 1; n < rows.size() && stop == flat.size(); ++n)
                if (const QString next = rowLabelOf(rows[n]); !next.isEmpty())
                    if (const auto found = find(next, end); found.first >= 0)
                        stop = found.first;
            segment = digits.match(flat.mid(end, stop - end)).captured();
        }
        const QStringList chunks = segment.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (chunks.isEmpty())
            return 0; // a row without its digits: not this shape (labels apart from their numbers, say)
        if (run.keys.size() == 1) {
            if (chunks.size() == 1)
                run.candidates.append({chunks.constFirst()});
        } else {
            QStringList digitChunks;
            for (const QString &c : chunks)
                digitChunks.append(QString(c).remove(QLatin1Char('.')));
            run.exhaustive = splits(digitChunks, int(run.keys.size()), run.candidates, 20000);
        }
        runs.append(run);
    }
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
        if (!rule->anchor.startsWith(format.table + QLatin1Char('.')))
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
    int matched = 0;
    for (RowRun &run : runs) {
        if (run.candidates.isEmpty()) {
            notes.append(run.exhaustive
                             ? tr("%1：数字连在一起，没有一种拆分符合表格的勾稽关系，留空").arg(schema.cellName(run.keys.constFirst()))
                             : tr("%1：数字连在一起，可能的拆分太多，无法判断，留空").arg(schema.cellName(run.keys.constFirst())));
            continue;
        }
        ++matched;
        if (const QVector<const RuleInstance *> mine = within(run, lastYearRules); run.candidates.size() > 1 && !mine.isEmpty()) {
            // Last year's report settles what the sums cannot: keep the splits that continue its numbers (a warning
            // rule — agencies fold re-counts in — so it only chooses among splits, never empties the row).
            const QVector<QStringList> continuing = fitting(run, mine);
            if (!continuing.isEmpty() && continuing.size() < run.candidates.size()) {
                run.candidates = continuing;
                if (continuing.size() == 1)
                    notes.append(tr("数字连在一起：%1 按上年（%2 年）报告的数字拆分为 %3，请核对")
                                     .arg(QStringList(run.keys.cbegin(), run.keys.cend()).join(QStringLiteral("、")))
                                     .arg(previous->year)
                                     .arg(continuing.constFirst().join(QLatin1Char('/'))));
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
            QStringList keys;
            for (const QString &k : run.keys)
                keys.append(k);
            notes.append(run.exhaustive
                             ? tr("数字连在一起，有 %1 种拆分都说得通：%2 暂按 %3 填入，请核对")
                                   .arg(run.candidates.size())
                                   .arg(keys.join(QStringLiteral("、")), chosen.join(QLatin1Char('/')))
                             : tr("数字连在一起，拆分方式太多，未能逐一核对：%1 暂按 %2 填入，请核对")
                                   .arg(keys.join(QStringLiteral("、")), chosen.join(QLatin1Char('/'))));
        }
        for (int i = 0; i < run.keys.size(); ++i) {
            const ValueCellDef *def = schema.cell(run.keys[i]);
            CellValue value;
            QString why;
            if (def->type == ValueType::Text)
                value = CellValue::text(chosen.value(i));
            else if (!CellValue::parse(def->type == ValueType::Count ? ValueType::Signed : def->type, chosen.value(i), &value, &why))
                notes.append(tr("%1：读不出“%2”，留空").arg(schema.cellName(def->key), chosen.value(i)));
            r.cells.insert(def->key, value);
        }
    }
    return matched;
}

// One cell per line (PDF text without layout): numbers come in content-stream order, apart from their labels. When the
// table holds exactly as many numbers as the form has value cells, they fill the cells in printed order.
int TextImporter::readInOrder(const QStringList &lines, const QVector<const GridRow *> &rows, const ReportSchema &schema, Report &r)
{
    QStringList numbers;
    for (const QString &line : lines)
        for (const QString &token : line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            if (isValueToken(token))
                numbers.append(token);
    QStringList keys;
    for (const GridRow *row : rows)
        for (const GridCell *c : valueCellsOf(row))
            keys.append(c->valueKey);
    if (numbers.size() != keys.size())
        return 0;
    for (int i = 0; i < keys.size(); ++i) {
        const ValueCellDef *def = schema.cell(keys[i]);
        CellValue value;
        QString why;
        if (def->type == ValueType::Text)
            value = CellValue::text(numbers[i]);
        else
            CellValue::parse(def->type == ValueType::Count ? ValueType::Signed : def->type, numbers[i], &value, &why);
        r.cells.insert(keys[i], value);
    }
    return int(rows.size());
}

// Space-aligned columns (pdftotext -layout): labels wrap and break around the numbers. A line of numbers belongs to
// the row whose label pieces sit on it or around it (pieces are matched to the form's row labels in printed order, so a
// row printed blank — no numbers at all — is skipped, not filled with the next row's); a line no label piece places
// takes the next row in order. A line with fewer numbers than its row has cells puts each number in the column whose
// position it is nearest to (taken from the complete lines); the rest stay blank. Returns how many rows were read.
int TextImporter::readAligned(const QStringList &lines, const TableFormat &format, const QVector<const GridRow *> &rows,
                              const ReportSchema &schema, Report &r, QStringList &notes)
{
    static const QRegularExpression token(QStringLiteral("\\S+"));
    static const QRegularExpression wideGap(QStringLiteral("\\s{2,}"));
    // Row labels, and the header texts whose pieces (其他, 总计 …) must not be taken for a row's.
    QStringList rowLabels;
    for (const GridRow *row : rows)
        rowLabels.append(rowLabelOf(row));
    QStringList headerTexts;
    for (const GridRow &h : format.header)
        for (const GridCell &c : h.cells)
            if (!c.text.isEmpty())
                headerTexts.append(TextImporter::normalise(c.text));

    struct NumberLine
    {
        QVector<QString> values;
        QVector<int> ends; // character column where each number ends
        int line = 0;
        bool labelled = false; // label text on the same line (pdftotext shifts such lines' columns)
        int row = -1;      // the row a label piece on this line names
        int above = -1;    // the row named last before this line
        int below = -1;    // the row named next after it
    };
    QVector<NumberLine> numberLines;
    int current = 0;     // label pieces are looked for from the row named last
    int lastNamed = -1;
    int unplacedFrom = 0; // number lines from here on have no row named after them yet
    for (int l = 0; l < lines.size(); ++l) {
        const QString &line = lines[l];
        NumberLine n;
        n.line = l;
        n.above = lastNamed;
        for (auto it = token.globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            if (isValueToken(m.captured())) {
                n.values.append(m.captured());
                n.ends.append(int(m.capturedEnd()));
            }
        }
        for (const QString &field : line.split(wideGap, Qt::SkipEmptyParts)) {
            const QString piece = TextImporter::normalise(field);
            if (isValueToken(piece))
                continue;
            n.labelled = true;
            if (piece.size() < 2)
                continue;
            if (std::any_of(headerTexts.cbegin(), headerTexts.cend(), [&](const QString &h) { return h.contains(piece); }))
                continue;
            for (int k = current; k < rows.size() && k < current + 6; ++k)
                if (!rowLabels[k].isEmpty()
                    && (rowLabels[k].contains(piece)
                        // a typo (2.其他法律行政止公开) passes for the row after the last one named
                        || (k == lastNamed + 1 && piece.size() >= 6
                            && editDistance(piece, rowLabels[k]) <= qMax(2, int(rowLabels[k].size()) / 4)))) {
                    current = k;
                    lastNamed = k;
                    n.row = k;
                    for (; unplacedFrom < numberLines.size(); ++unplacedFrom)
                        numberLines[unplacedFrom].below = k;
                    break;
                }
        }
        if (!n.values.isEmpty())
            numberLines.append(n);
    }
    // Laid-out rows put a row's numbers side by side; one number per line is another shape (PDF text without layout).
    const bool sideBySide = std::any_of(numberLines.cbegin(), numberLines.cend(), [](const NumberLine &n) { return n.values.size() > 1; })
        || std::all_of(rows.cbegin(), rows.cend(), [](const GridRow *row) { return valueCellsOf(row).size() == 1; });
    if (!sideBySide)
        return 0;
    QVector<int> lineOfRow(rows.size(), -1);
    int previousRow = -1;
    for (int i = 0; i < numberLines.size(); ++i) {
        const NumberLine &n = numberLines[i];
        int row = n.row;
        if (row < 0 && n.above >= 0 && (n.above == n.below || (lineOfRow[n.above] < 0 && n.above > previousRow)))
            row = n.above; // between the pieces of one wrapped label, or just after a label with no numbers yet
        if (row < 0 || lineOfRow[row] >= 0 || row <= previousRow) {
            row = previousRow + 1; // no label places it: the next row in order
            while (row < rows.size() && lineOfRow[row] >= 0)
                ++row;
        }
        if (row >= rows.size())
            break;
        if (n.values.size() > valueCellsOf(rows[row]).size())
            break; // not this table's shape: stop rather than guess
        lineOfRow[row] = i;
        previousRow = row;
    }

    int matched = 0;
    QMap<QString, CellValue> pending; // applied only when the whole table reads
    QStringList pendingNotes;
    for (int k = 0; k < rows.size(); ++k) {
        if (lineOfRow[k] < 0)
            continue;
        const NumberLine &n = numberLines[lineOfRow[k]];
        const auto cells = valueCellsOf(rows[k]);
        ++matched;
        QVector<int> slot(n.values.size());
        for (int i = 0; i < n.values.size(); ++i)
            slot[i] = i;
        if (n.values.size() < cells.size()) {
            // The columns of the nearest line that fills a row of this size, preferring one laid out alike.
            const NumberLine *reference = nullptr;
            for (const NumberLine &f : qAsConst(numberLines))
                if (f.values.size() == cells.size()
                    && (!reference || (f.labelled == n.labelled) > (reference->labelled == n.labelled)
                        || ((f.labelled == n.labelled) == (reference->labelled == n.labelled)
                            && qAbs(f.line - n.line) < qAbs(reference->line - n.line))))
                    reference = &f;
            if (!reference) {
                pendingNotes.append(tr("%1：这一行只有 %2 个数，分不清属于哪几列，整行留空").arg(schema.cellName(cells[0]->valueKey)).arg(n.values.size()));
                continue;
            }
            slot = placeInColumns(n.ends, reference->ends);
            pendingNotes.append(tr("%1：这一行只有 %2 个数，按列的位置填入，其余留空").arg(schema.cellName(cells[0]->valueKey)).arg(n.values.size()));
        }
        for (int i = 0; i < n.values.size(); ++i) {
            const ValueCellDef *def = schema.cell(cells[slot[i]]->valueKey);
            CellValue value;
            QString why;
            if (def->type == ValueType::Text)
                value = CellValue::text(n.values[i]);
            else if (!CellValue::parse(def->type == ValueType::Count ? ValueType::Signed : def->type, n.values[i], &value, &why))
                pendingNotes.append(tr("%1：读不出“%2”，留空").arg(schema.cellName(def->key), n.values[i]));
            pending.insert(def->key, value);
        }
    }
    for (auto it = pending.begin(); it != pending.end(); ++it)
        r.cells.insert(it.key(), it.value());
    notes += pendingNotes;
    return matched;
}

std::optional<TextImporter::Result> TextImporter::read(const QString &text, const FormatRegistry &registry, const Options &options,
                                                       QString *error)
{
    QStringList lines;
    QVector<bool> indented; // pdftotext -layout indents a paragraph's first line; its other lines start at the margin
    // Web pages space with ideographic (U+3000) and no-break spaces, and hide zero-width ones: as ASCII spaces (TABs
    // stay, they separate cells), so that the patterns below see them as white space.
    QString plain = text;
    for (QChar &c : plain) {
        const char16_t u = c.unicode();
        if (u == 0x3000 || u == 0x00A0 || (u >= 0x2000 && u <= 0x200A) || u == 0x202F || u == 0x205F || u == '\r')
            c = QLatin1Char(' ');
    }
    plain.remove(QChar(0x200B)).remove(QChar(0xFEFF));
    for (const QString &raw : unfold(plain).split(QLatin1Char('\n'))) {
        QString line = raw.trimmed();
        // Markdown from PDF converters marks headings and bold text (## 一、总体情况, **（一）主动公开**).
        static const QRegularExpression markdownHeading(QStringLiteral("^#{1,6}\\s*"));
        static const QRegularExpression markdownBold(QStringLiteral("^\\*\\*(.*)\\*\\*$"));
        line.remove(markdownHeading);
        line.replace(markdownBold, QStringLiteral("\\1"));
        line = line.trimmed();
        if (!line.isEmpty() && !isFurniture(line)) {
            lines.append(line);
            indented.append(raw.startsWith(QLatin1String("  ")));
        }
    }
    // Parts by their headings.
    QVector<int> start(7, -1);
    for (int i = 0; i < lines.size(); ++i) {
        const int p = partOf(lines[i]);
        if (p > 0 && start[p] < 0 && (p == 1 || start[p - 1] >= 0 || (p == 6 && start[4] >= 0)))
            start[p] = i;
    }
    // Parts 一 to 四 hold the tables and must be there; a report that ends without 五 or 六 is read with them empty.
    QStringList missingParts;
    if (start[4] >= 0 && start[6] < 0) {
        start[6] = int(lines.size());
        missingParts.append(partHeadings[5]);
    }
    if (start[4] >= 0 && start[5] < 0) {
        start[5] = start[6];
        missingParts.prepend(partHeadings[4]);
    }
    for (int p = 1; p <= 6; ++p)
        if (start[p] < 0) {
            *error = tr("找不到“%1”：这不像一份政府信息公开工作年度报告").arg(partHeadings[p - 1]);
            return std::nullopt;
        }
    // Numbers in the tables as ASCII digits without thousands separators (３００１, 447,228; report-formats.md §11.11).
    for (int i = start[2]; i < start[5]; ++i) {
        QString &line = lines[i];
        for (QChar &c : line)
            if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
                c = QChar(c.unicode() - 0xFF10 + '0');
        static const QRegularExpression thousands(QStringLiteral("(?<=\\d)[,，](?=\\d{3}(?!\\d))"));
        line.remove(thousands);
    }
    auto section = [&](int p) {
        const int end = p < 6 ? start[p + 1] : int(lines.size());
        return lines.mid(start[p] + 1, end - start[p] - 1);
    };
    // Prose lines from..to as paragraphs. Text extracted with its layout is wrapped: a paragraph runs until the next
    // indented line, and the spaces the extraction puts between digits and Chinese (2024 年) go.
    auto paragraphs = [&](int from, int to) -> std::optional<QString> {
        bool layout = false;
        for (int i = from; i < to; ++i)
            layout = layout || indented[i];
        QStringList out;
        for (int i = from; i < to; ++i) {
            if (layout && !indented[i] && !out.isEmpty())
                out.last() += lines[i];
            else
                out.append(lines[i]);
        }
        if (layout) {
            static const QRegularExpression gap(QStringLiteral("(?<=[\\p{Han}，。、；：（）“”《》])\\s+(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%])\\s+(?=[\\p{Han}，。、；：（）“”《》])"));
            for (QString &p : out)
                p.replace(gap, QString());
        }
        return out.isEmpty() ? std::nullopt : std::optional<QString>(out.join(QLatin1Char('\n')));
    };

    Result result;
    Report &r = result.report;
    for (const QString &part : qAsConst(missingParts))
        result.notes.append(tr("文本里没有“%1”这一部分，留空").arg(part));
    // Title, agency and year: the line that names the report, before part 一.
    static const QRegularExpression titlePattern(QStringLiteral("^(?:(\\d{4})\\s*年度?)?(.+?)(?:(\\d{4})\\s*年度?)?政府信息公开(?:工作)?(?:年度)?报告$"));
    // The title may be broken anywhere over up to three lines (淮安市人民政府 / 2024 年政府信息公开工作年度报告, or
    // …政府信息公开工作 / 年度报告 as a centred title wraps on the printed page).
    int preambleFrom = -1;
    for (int i = 0; i < start[1]; ++i) {
        if (!r.agency.isEmpty()) {
            preambleFrom = i;
            break;
        }
        QString compact;
        for (int span = 1; span <= 3 && i + span <= start[1]; ++span) {
            compact += QString(lines[i + span - 1]).remove(QLatin1Char(' '));
            const auto m = titlePattern.match(compact);
            const int year = (m.captured(3).isEmpty() ? m.captured(1) : m.captured(3)).toInt();
            static const QRegularExpression notAnAgency(QStringLiteral("[：:>，,。；;]|^\\d+年?$"));
            if (!m.hasMatch() || year == 0 || m.captured(2).size() > 40 || notAnAgency.match(m.captured(2)).hasMatch())
                continue;
            r.agency = m.captured(2);
            r.year = year;
            if (span == 1)
                r.title = lines[i]; // kept as printed unless it is the standard one (below)
            i += span - 1;
            break;
        }
    }
    if (r.agency.isEmpty()) {
        // No title in the text (report-formats.md §11.12): the lines before part 一 are the preamble, and it names the
        // agency and the period — proposed, for the clerk to confirm.
        preambleFrom = 0;
        const QString preamble = QStringList(lines.mid(0, start[1])).join(QString()).remove(QLatin1Char(' '));
        static const QVector<QRegularExpression> agencyPatterns{
            QRegularExpression(QStringLiteral("本(?:年度)?报告(?:是|由)([^，。；、（(《]{2,30}?)(?:办公室)?(?:根据|依据|按照|编制)")),
            QRegularExpression(QStringLiteral("根据([^，。；、（(《]{2,30}?)工作实际")),
            QRegularExpression(QStringLiteral("请与([^，。；、（(《]{2,30}?)(?:办公室)?联系")),
        };
        for (const QRegularExpression &pattern : agencyPatterns)
            if (const auto m = pattern.match(preamble); m.hasMatch() && options.agency.isEmpty()) {
                r.agency = m.captured(1);
                result.notes.append(tr("文本里没有标题：机关按前言取为“%1”，请核对").arg(r.agency));
                break;
            }
        static const QRegularExpression period(QStringLiteral("(\\d{4})年1月1日"));
        const auto p = period.match(preamble + QStringList(section(1).mid(0, 3)).join(QString()).remove(QLatin1Char(' ')));
        if (p.hasMatch() && options.year <= 0) {
            r.year = p.captured(1).toInt();
            result.notes.append(tr("文本里没有标题：年度按统计期限取为 %1 年，请核对").arg(r.year));
        }
    }
    if (!options.agency.isEmpty())
        r.agency = options.agency;
    if (options.year > 0)
        r.year = options.year;
    if (r.agency.isEmpty() || r.year == 0) {
        *error = tr("找不到报告的标题（机关和年度）：请用 --agency 和 --year 给出");
        return std::nullopt;
    }
    if (r.title && *r.title == r.defaultTitle())
        r.title.reset();
    const std::optional<Report> previous = options.reportOf ? options.reportOf(r.agency, r.year - 1) : std::nullopt;

    // Part 六 ends where the contact line, the 落款 or the date begin.
    QStringList part6 = section(6);
    int part6End = int(lines.size());
    static const QRegularExpression datePattern(QStringLiteral("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$"));
    static const QRegularExpression contactPattern(QStringLiteral("^联系人[:：]\\s*(\\S+)\\s*(?:联系方式|联系电话|电话)[:：]\\s*(\\S+)"));
    while (!part6.isEmpty()) {
        const QString last = part6.constLast();
        const auto date = datePattern.match(last);
        const auto contact = contactPattern.match(last);
        if (date.hasMatch()) {
            r.date = QDate(date.captured(1).toInt(), date.captured(2).toInt(), date.captured(3).toInt());
        } else if (contact.hasMatch()) {
            r.contact.person = contact.captured(1);
            r.contact.phone = contact.captured(2);
        } else if (r.date && TextImporter::normalise(last) == TextImporter::normalise(r.agency)) {
            // the 落款's agency line
        } else {
            break;
        }
        part6.removeLast();
        --part6End;
    }
    r.prose.preamble = preambleFrom >= 0 ? paragraphs(preambleFrom, start[1]) : std::nullopt;
    r.prose.part1 = paragraphs(start[1] + 1, start[2]);
    r.prose.part5 = paragraphs(start[5] + 1, start[6]);
    r.prose.part6 = paragraphs(start[6] + 1, part6End);
    // Contact details the preamble gives: (地址:…;电话:…;传真:…)
    if (r.prose.preamble) {
        const QString p = *r.prose.preamble;
        // The address runs to the next field (…1号，邮编：223001，电话：…) or the end of the bracket.
        static const QRegularExpression address(
            QStringLiteral("地址[:：](.+?)(?=[，,；;]\\s*(?:邮编|邮政编码|电话|联系电话|传真|电子邮箱|邮箱|网址)|[;；)）]|$)"));
        static const QRegularExpression phone(QStringLiteral("电话(?:/传真)?[:：]([0-9-]+)"));
        static const QRegularExpression phoneFax(QStringLiteral("电话/传真[:：]([0-9-]+)"));
        static const QRegularExpression fax(QStringLiteral("传真[:：]([0-9-]+)"));
        if (const auto m = address.match(p); m.hasMatch())
            r.contact.address = m.captured(1).trimmed();
        if (const auto m = phone.match(p); m.hasMatch() && !r.contact.phone)
            r.contact.phone = m.captured(1);
        if (const auto m = fax.match(p); m.hasMatch())
            r.contact.fax = m.captured(1);
        if (const auto m = phoneFax.match(p); m.hasMatch())
            r.contact.fax = m.captured(1);
    }

    // Table forms by vocabulary (report-formats.md §8).
    // Table 二's column headings differ between the forms; laid-out text breaks them over lines (本年制发 / 件数) with
    // their neighbours' pieces in between, so they are counted by their short, distinctive words.
    const QString t2Text = TextImporter::normalise(section(2).join(QString()));
    const QString t2Labels = labelText(section(2)) + t2Text;
    auto count = [&t2Labels](const QStringList &words) {
        return std::count_if(words.cbegin(), words.cend(), [&t2Labels](const QString &w) { return t2Labels.contains(w); });
    };
    const auto words2021 = count({QStringLiteral("制发"), QStringLiteral("废止"), QStringLiteral("现行有效"), QStringLiteral("收费金额"),
                                  QStringLiteral("本年处理决定")});
    const auto words2019 = count({QStringLiteral("新制作"), QStringLiteral("新公开"), QStringLiteral("对外公开总"), QStringLiteral("上一年项目"),
                                  QStringLiteral("增/减"), QStringLiteral("采购项目")});
    r.formats.t2 = words2019 > words2021 ? QStringLiteral("2019") : QStringLiteral("2021");
    // 2021's （六） group has three rows, 2019's one. Their labels wrap in laid-out text, with numbers and the vertical
    // label's single characters (三 、 本 年 …) between the pieces: look for them in the label text alone.
    const QString t3Labels = labelText(section(3));
    static const QStringList only2021{QStringLiteral("逾期不补正"), QStringLiteral("逾期未按收费"), QStringLiteral("缴纳费用"),
                                      QStringLiteral("不再处理"), QStringLiteral("申请人逾期")};
    r.formats.t3 = std::any_of(only2021.cbegin(), only2021.cend(), [&t3Labels](const QString &w) { return t3Labels.contains(w); })
        ? QStringLiteral("2021")
        : QStringLiteral("2019");
    QStringList blocks;
    if (r.formats.t2 == QLatin1String("2019") && t2Text.contains(QStringLiteral("政府集中采购")))
        blocks.append(QStringLiteral("procurement"));
    const ReportSchema schema(registry, r.formats, blocks);
    schema.conform(r);

    // Rows: match each line's last label field to the form's rows in order, take the values after it.
    QStringList unreadTables;
    for (int t = 0; t < 3; ++t) {
        const TableFormat *format = schema.tables()[t];
        QVector<const GridRow *> rows;
        for (const GridRow &row : format->body)
            if (row.role == RowRole::Data && (row.optionalBlock.isEmpty() || schema.hasBlock(row.optionalBlock)))
                rows.append(&row);
        // Each row's own label and its label cells joined (a crawler may join them: （三）不予公开1.属于国家秘密).
        QStringList rowLabels;
        QVector<QStringList> joinedLabels;
        for (const GridRow *row : qAsConst(rows)) {
            const QStringList cells = labelCellsOf(row);
            rowLabels.append(cells.isEmpty() ? QString() : cells.constLast());
            QStringList joined;
            for (int j = int(cells.size()) - 2; j >= 0; --j)
                joined.append(QStringList(cells.mid(j)).join(QString()));
            joinedLabels.append(joined);
        }
        int next = 0;
        int matched = 0;
        QSet<int> done;
        const GridRow *detached = nullptr; // its label stood alone on a line: its numbers may follow on their own
        for (const QString &line : section(t + 2)) {
            QStringList fields = fieldsOf(line);
            int lastLabel = -1;
            for (int f = 0; f < fields.size(); ++f)
                if (!isNumberLike(fields[f]))
                    lastLabel = f;
            // The row is the next one of the form whose label is one of the line's fields; its values follow that
            // field (so "x" where a number belongs is read as a bad value, not as a label). A row of cells without a
            // label after a label alone (Markdown converters pull long labels out of the table) is that label's.
            const GridRow *row = nullptr;
            if (detached && lastLabel < 0 && (line.contains(QLatin1Char('|')) || line.contains(QLatin1Char('\t')))) {
                row = detached;
                next = qMax(next, int(rows.indexOf(row)) + 1);
                done.insert(int(rows.indexOf(row)));
            }
            // In printed order first; then any row not read yet (Markdown converters shuffle rows).
            QVector<int> order;
            for (int k = next; k < rows.size(); ++k)
                order.append(k);
            for (int k = 0; k < next; ++k)
                if (!done.contains(k))
                    order.append(k);
            for (int k : qAsConst(order)) {
                if (row)
                    break;
                const QString &rowLabel = rowLabels[k];
                if (rowLabel.isEmpty()) { // table 四's row has no label: a line of numbers only
                    if (lastLabel < 0 && fields.size() > 1) {
                        row = rows[k];
                        next = qMax(next, k + 1);
                        done.insert(k);
                    }
                    continue;
                }
                for (int f = int(fields.size()) - 1; f >= 0 && !row; --f) {
                    const QString label = TextImporter::normalise(fields[f]);
                    // Typos (2.其他法律行政止公开) pass for the row expected next, when the label is long enough to tell.
                    const bool nearlyNext = k == next && rowLabel.size() >= 6 && editDistance(label, rowLabel) <= qMax(2, int(rowLabel.size()) / 4);
                    if (label == rowLabel || nearlyNext || joinedLabels[k].contains(label)
                        || (format->table == QLatin1String("t2") && label == QStringLiteral("规范性文件")
                            && rowLabel == QStringLiteral("行政规范性文件"))) {
                        row = rows[k];
                        next = qMax(next, k + 1);
                        done.insert(k);
                        lastLabel = f;
                    }
                }
            }
            if (!row)
                continue; // a header, caption or note line
            if (lastLabel + 1 >= fields.size()) {
                done.remove(int(rows.indexOf(row))); // a label alone on its line: the numbers are elsewhere
                detached = row;
                continue;
            }
            detached = nullptr;
            ++matched;
            const QVector<const GridCell *> values = valueCellsOf(row);
            const QStringList given = fields.mid(lastLabel + 1);
            for (int v = 0; v < values.size(); ++v) {
                const QString key = values[v]->valueKey;
                const QString field = given.value(v);
                const ValueCellDef *def = schema.cell(key);
                CellValue value;
                QString why;
                if (def->type == ValueType::Text) {
                    value = field.isEmpty() ? CellValue() : CellValue::text(field);
                } else if (field == QLatin1String("-") || field == QStringLiteral("—") || field == QLatin1String("/")) {
                    r.annotations.insert(key, field);
                } else {
                    static const QRegularExpression leading(QStringLiteral("^(-?\\d+(?:\\.\\d+)?)(.*)$"));
                    const auto m = leading.match(field);
                    const QString number = m.hasMatch() ? m.captured(1) : field;
                    if (!field.isEmpty() && (!m.hasMatch() || !CellValue::parse(def->type == ValueType::Count ? ValueType::Signed : def->type, number, &value, &why))) {
                        result.notes.append(tr("%1：读不出“%2”，留空").arg(schema.cellName(key), field));
                        value = CellValue();
                    } else if (m.hasMatch() && !m.captured(2).trimmed().isEmpty()) {
                        r.annotations.insert(key, m.captured(2).trimmed());
                        result.notes.append(tr("%1：保留了数字后的注释“%2”").arg(schema.cellName(key), m.captured(2).trimmed()));
                    }
                }
                r.cells.insert(key, value);
            }
        }
        if (matched == 0)
            matched = readAligned(section(t + 2), *format, rows, schema, r, result.notes);
        if (matched == 0)
            matched = readRunTogether(section(t + 2).join(QLatin1Char(' ')), *format, rows, schema, r, previous ? &*previous : nullptr,
                                      result.notes); // a line break is a certain cut
        if (matched == 0)
            matched = readInOrder(section(t + 2), rows, schema, r);
        if (matched == 0) {
            // One table the text does not let us place (e.g. blank cells in text without layout): the rest of the
            // report is still worth having, with this table blank for the clerk to fill from the original.
            unreadTables.append(format->heading);
            result.notes.append(tr("%1：一行也没有读出来（这一段文本的排列方式分不清数字属于哪一格），整张表留空，请对照原文填写")
                                    .arg(format->heading));
        } else if (matched < rows.size()) {
            result.notes.append(tr("%1：有 %2 行没有找到，其单元格留空").arg(format->heading).arg(rows.size() - matched));
        }
    }
    if (unreadTables.size() == 3) {
        *error = tr("三张表格一行也没有读出来。这份文本的排列方式（如一格一行、连在一起的数字）本版还不能导入");
        return std::nullopt;
    }
    return result;
}
