#include "ProseChecker.h"

#include "NormalisedProse.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

QByteArray resource()
{
    QFile file(QStringLiteral(":/checks/prose-checks.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

ProseChecker::ProseChecker()
    : ProseChecker(resource())
{
}

ProseChecker::ProseChecker(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(json, &pe).object();
    if (pe.error != QJsonParseError::NoError || o.isEmpty()) {
        m_error = tr("正文检查的定义无法读取（%1）").arg(pe.errorString());
        return;
    }
    m_sentenceEnds = o.value(QStringLiteral("sentenceEnds")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("scopes")).toArray())
        m_scopes.append(v.toString());
    // One entry of "figures" or "changes": its pattern must have the named groups those need.
    auto read = [this](const QJsonValue &v, const QStringList &groups, QVector<Figure> *into) {
        const QJsonObject f = v.toObject();
        Figure figure{f.value(QStringLiteral("id")).toString(), f.value(QStringLiteral("what")).toString(),
                      f.value(QStringLiteral("scope")).toString(), {}, QRegularExpression(f.value(QStringLiteral("pattern")).toString()), std::nullopt};
        for (const QJsonValue &c : f.value(QStringLiteral("cells")).toArray())
            figure.cells.append(c.toString());
        const QJsonValue states = f.value(QStringLiteral("states"));
        if (states.isDouble())
            figure.states = states.toInteger();
        const QStringList named = figure.pattern.namedCaptureGroups();
        if (!figure.pattern.isValid() || figure.cells.isEmpty() || (!states.isUndefined() && !states.isDouble())
            || std::any_of(groups.cbegin(), groups.cend(), [&](const QString &g) { return !named.contains(g) && !figure.states; })) {
            m_error = tr("正文检查 %1 的写法有误：%2").arg(figure.id, figure.pattern.errorString());
            return false;
        }
        into->append(figure);
        return true;
    };
    for (const QJsonValue &v : o.value(QStringLiteral("figures")).toArray())
        if (!read(v, {QStringLiteral("n")}, &m_figures))
            return;
    for (const QJsonValue &v : o.value(QStringLiteral("changes")).toArray())
        if (!read(v, {QStringLiteral("dir"), QStringLiteral("m"), QStringLiteral("p")}, &m_changes))
            return;
    for (const QJsonValue &v : o.value(QStringLiteral("years")).toObject().value(QStringLiteral("phrases")).toArray()) {
        const QJsonObject y = v.toObject();
        YearPhrase phrase{y.value(QStringLiteral("id")).toString(), y.value(QStringLiteral("what")).toString(),
                          y.value(QStringLiteral("fix")).toString() == QLatin1String("sentence"), y.value(QStringLiteral("earlier")).toBool(),
                          {}, QRegularExpression(y.value(QStringLiteral("pattern")).toString())};
        for (const QJsonValue &p : y.value(QStringLiteral("parts")).toArray())
            phrase.parts.append(p.toString());
        if (!phrase.pattern.isValid()) {
            m_error = tr("正文检查 %1 的写法有误：%2").arg(phrase.id, phrase.pattern.errorString());
            return;
        }
        m_years.append(phrase);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("increaseWords")).toArray())
        m_increaseWords.append(v.toString());
    const QJsonObject copy = o.value(QStringLiteral("copy")).toObject();
    for (const QJsonValue &v : copy.value(QStringLiteral("parts")).toArray())
        m_copyParts.append(v.toString());
    m_gram = copy.value(QStringLiteral("gram")).toInt(8);
    m_copyThreshold = copy.value(QStringLiteral("threshold")).toDouble(0.8);
    m_copyMinimum = copy.value(QStringLiteral("minimumCharacters")).toInt(40);
    const QJsonObject jump = o.value(QStringLiteral("jump")).toObject();
    m_jumpRatio = jump.value(QStringLiteral("ratio")).toDouble(5);
    m_jumpMinimumChange = jump.value(QStringLiteral("minimumChange")).toInteger(20);
    m_jumpFromZero = jump.value(QStringLiteral("fromZero")).toInteger(100);
}

QVector<Finding> ProseChecker::check(const Report &report, const ReportSchema &schema, const Report *previousYear) const
{
    return figures(report) + changes(report, previousYear) + years(report) + unchanged(report, previousYear) + copied(report, previousYear)
        + jumps(report, schema, previousYear);
}

QVector<Finding> ProseChecker::figures(const Report &report) const
{
    QVector<Finding> out;
    for (const QString &part : Prose::parts()) {
        // Read with every way of writing a number made one (申请 999 件, ９９９, 3,191, 二十一件).
        const NormalisedProse prose(report.prose.get(part).value_or(QString()));
        const QString &text = prose.text();
        if (text.isEmpty())
            continue;
        QSet<int> claimed; // a number read by one figure is not read again by another
        for (const Figure &figure : m_figures) {
            auto it = figure.pattern.globalMatch(text);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                // Where the figure stands: the number, or for one stated in words the whole phrase.
                const QString group = figure.states ? QString() : QStringLiteral("n");
                const int at = int(group.isEmpty() ? m.capturedStart() : m.capturedStart(group));
                // Phrases in words are told apart by where they end (未发生行政复议和行政诉讼 says two things), kept
                // apart from numbers' starts by the sign.
                const int claim = group.isEmpty() ? -int(m.capturedEnd()) : at;
                if (claimed.contains(claim))
                    continue;
                int sentence = int(m.capturedStart());
                while (sentence > 0 && !m_sentenceEnds.contains(text.at(sentence - 1)))
                    --sentence;
                if (!figure.scope.isEmpty()) {
                    // The nearest scope word before the number, in the same sentence, decides what 结果维持 … counts.
                    QString nearest;
                    int nearestAt = -1;
                    for (const QString &scope : m_scopes) {
                        const int found = int(text.lastIndexOf(scope, m.capturedStart()));
                        if (found >= sentence && found > nearestAt) {
                            nearest = scope;
                            nearestAt = found;
                        }
                    }
                    if (nearest != figure.scope)
                        continue;
                }
                // A figure of a form the report does not use (规范性文件 本年新制作数量 in a 2021 table 二) leaves the
                // number to the entry for the form it uses; a blank cell still claims it, so no other entry reads it.
                if (!std::all_of(figure.cells.cbegin(), figure.cells.cend(), [&report](const QString &k) { return report.cells.contains(k); }))
                    continue;
                claimed.insert(claim);
                const auto sum = report.sum(figure.cells);
                if (!sum)
                    continue;
                bool ok = true;
                const qint64 stated = figure.states ? *figure.states : m.captured(group).toLongLong(&ok);
                if (!ok || stated == *sum)
                    continue;
                const NormalisedProse::Span said = prose.originalSpan(int(m.capturedStart()), int(m.capturedLength()));
                Finding f{QStringLiteral("prose.figure"), Severity::Warning, QStringList{QStringLiteral("prose.") + part} + figure.cells,
                          tr("“%1”写的“%2”与表中%3（%4）不一致").arg(Prose::name(part), prose.original().mid(said.start, said.length), figure.what).arg(*sum),
                          std::nullopt};
                // Words are the clerk's to rewrite; a number can be replaced by the table's, written as the clerk wrote it.
                const NormalisedProse::Span where = prose.originalSpan(at, int(group.isEmpty() ? m.capturedLength() : m.capturedLength(group)));
                f.span = Finding::Span{where.start, where.length,
                                       figure.states ? std::nullopt : std::optional<QString>(prose.writeLike(*sum, where))};
                out.append(f);
            }
        }
    }
    return out;
}

QVector<Finding> ProseChecker::changes(const Report &report, const Report *previousYear) const
{
    QVector<Finding> out;
    if (!previousYear)
        return out;
    for (const QString &part : Prose::parts()) {
        const NormalisedProse prose(report.prose.get(part).value_or(QString()));
        const QString &text = prose.text();
        for (const Figure &change : m_changes) {
            // Last year's forms may differ: a cell it does not have reads as blank, and nothing is said.
            const auto now = report.sum(change.cells);
            const auto before = previousYear->sum(change.cells);
            if (!now || !before)
                continue;
            auto it = change.pattern.globalMatch(text);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                const bool up = m_increaseWords.contains(m.captured(QStringLiteral("dir")));
                const qint64 difference = *now - *before;
                auto warn = [&](const QString &group, const QString &truth) {
                    const NormalisedProse::Span said = prose.originalSpan(int(m.capturedStart()), int(m.capturedLength()));
                    Finding f{QStringLiteral("prose.change"), Severity::Warning, QStringList{QStringLiteral("prose.") + part} + change.cells,
                              tr("“%1”写的“%2”与%3的实际变化不符：%4 年 %5，本年 %6（%7）")
                                  .arg(Prose::name(part), prose.original().mid(said.start, said.length), change.what)
                                  .arg(previousYear->year)
                                  .arg(*before)
                                  .arg(*now)
                                  .arg(truth),
                              std::nullopt};
                    const NormalisedProse::Span where = prose.originalSpan(int(m.capturedStart(group)), int(m.capturedLength(group)));
                    f.span = Finding::Span{where.start, where.length, std::nullopt};
                    out.append(f);
                };
                const QString direction = difference == 0 ? tr("持平") : difference > 0 ? tr("增加 %1").arg(difference) : tr("减少 %1").arg(-difference);
                if ((difference > 0) != up || difference == 0) {
                    warn(QStringLiteral("dir"), direction);
                    continue;
                }
                if (m.hasCaptured(QStringLiteral("m")) && m.captured(QStringLiteral("m")).toLongLong() != qAbs(difference)) {
                    warn(QStringLiteral("m"), direction);
                    continue;
                }
                if (m.hasCaptured(QStringLiteral("p")) && *before > 0) {
                    // Within half a unit of the last digit stated: 10% stands for 9.5–10.5, 10.0% for 9.95–10.05.
                    const QString stated = m.captured(QStringLiteral("p"));
                    const int decimals = stated.contains(QLatin1Char('.')) ? int(stated.size() - stated.indexOf(QLatin1Char('.')) - 1) : 0;
                    const double rate = 100.0 * double(qAbs(difference)) / double(*before);
                    if (std::abs(rate - stated.toDouble()) > 0.5 * std::pow(10.0, -decimals) + 1e-9)
                        warn(QStringLiteral("p"), tr("%1%").arg(QString::number(rate, 'f', qMax(1, decimals))));
                }
            }
        }
    }
    return out;
}

QVector<Finding> ProseChecker::years(const Report &report) const
{
    static const QRegularExpression yearInText(QStringLiteral("(?<![0-9０-９])([0-9０-９]{4})(?=[ \\x{3000}]*年)"));
    auto yearOf = [](const QString &digits) {
        QString ascii;
        for (QChar c : digits)
            ascii += c.unicode() >= 0xff10 && c.unicode() <= 0xff19 ? QChar(u'0' + (c.unicode() - 0xff10)) : c;
        return ascii.toInt();
    };
    QVector<Finding> out;
    for (const QString &part : Prose::parts()) {
        const NormalisedProse prose(report.prose.get(part).value_or(QString()));
        const QString &text = prose.text();
        QVector<NormalisedProse::Span> taken; // one finding per stretch of text
        for (const YearPhrase &phrase : m_years) {
            if (!phrase.parts.isEmpty() && !phrase.parts.contains(part))
                continue;
            auto it = phrase.pattern.globalMatch(text);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                const NormalisedProse::Span said = prose.originalSpan(int(m.capturedStart()), int(m.capturedLength()));
                const QString saidText = prose.original().mid(said.start, said.length);
                QVector<int> stated;
                for (auto y = yearInText.globalMatch(saidText); y.hasNext();)
                    stated.append(yearOf(y.next().captured(1)));
                if (stated.isEmpty() || std::all_of(stated.cbegin(), stated.cend(), [&](int y) { return y == report.year; }))
                    continue;
                const int first = *std::find_if(stated.cbegin(), stated.cend(), [&](int y) { return y != report.year; });
                if (phrase.earlier && first >= report.year)
                    continue;
                NormalisedProse::Span span = said;
                if (phrase.wholeSentence) {
                    int end = int(m.capturedEnd());
                    while (end < text.size() && !m_sentenceEnds.contains(text.at(end)))
                        ++end;
                    span = prose.originalSpan(int(m.capturedStart()), end - int(m.capturedStart()));
                }
                if (std::any_of(taken.cbegin(), taken.cend(),
                                [&](const NormalisedProse::Span &t) { return span.start < t.start + t.length && t.start < span.start + span.length; }))
                    continue;
                taken.append(span);
                // Every year of the stretch rewritten the same way, in the digits the clerk used.
                QString fixed = prose.original().mid(span.start, span.length);
                const int shift = report.year - first;
                for (int at = 0;;) {
                    const QRegularExpressionMatch y = yearInText.match(fixed, at);
                    if (!y.hasMatch())
                        break;
                    const int was = yearOf(y.captured(1));
                    const QString now = prose.writeLike(phrase.wholeSentence ? was + shift : report.year,
                                                        {span.start + int(y.capturedStart(1)), int(y.capturedLength(1))});
                    fixed.replace(y.capturedStart(1), y.capturedLength(1), now);
                    at = int(y.capturedStart(1) + now.size());
                }
                Finding f{QStringLiteral("prose.year"), Severity::Warning, {QStringLiteral("prose.") + part},
                          tr("“%1”写的“%2”是 %3 年的%4，本报告是 %5 年度的").arg(Prose::name(part), saidText).arg(first).arg(phrase.what).arg(report.year),
                          std::nullopt};
                f.span = Finding::Span{span.start, span.length, fixed};
                out.append(f);
            }
        }
    }
    return out;
}

QVector<Finding> ProseChecker::unchanged(const Report &report, const Report *previousYear) const
{
    QVector<Finding> out;
    if (!previousYear)
        return out;
    for (const QString &part : Prose::parts()) {
        const QString now = report.prose.get(part).value_or(QString()).trimmed();
        if (!now.isEmpty() && now == previousYear->prose.get(part).value_or(QString()).trimmed())
            out.append({QStringLiteral("prose.unchanged"), Severity::Warning, {QStringLiteral("prose.") + part},
                        tr("“%1”仍是 %2 年报告的原文，尚未修改：请按本年情况改写").arg(Prose::name(part)).arg(previousYear->year), std::nullopt});
    }
    return out;
}

double ProseChecker::similarity(const QString &text, const QString &earlier, int gram)
{
    auto letters = [](const QString &s) {
        QString out;
        for (const QChar c : s)
            if (c.isLetterOrNumber())
                out += c;
        return out;
    };
    const QString a = letters(text), b = letters(earlier);
    if (a.size() < gram || b.size() < gram)
        return 0;
    QSet<QStringView> known;
    for (qsizetype i = 0; i + gram <= b.size(); ++i)
        known.insert(QStringView(b).mid(i, gram));
    qsizetype shared = 0, total = 0;
    for (qsizetype i = 0; i + gram <= a.size(); ++i, ++total)
        shared += known.contains(QStringView(a).mid(i, gram)) ? 1 : 0;
    return total ? double(shared) / double(total) : 0;
}

QVector<Finding> ProseChecker::copied(const Report &report, const Report *previousYear) const
{
    QVector<Finding> out;
    if (!previousYear)
        return out;
    for (const QString &part : m_copyParts) {
        const QString now = report.prose.get(part).value_or(QString());
        const QString before = previousYear->prose.get(part).value_or(QString());
        if (now.trimmed().size() < m_copyMinimum || before.isEmpty() || now.trimmed() == before.trimmed())
            continue; // an unchanged part is prose.unchanged's
        const double share = similarity(now, before, m_gram);
        if (share >= m_copyThreshold)
            out.append({QStringLiteral("prose.copied"), Severity::Warning, {QStringLiteral("prose.") + part},
                        tr("“%1”有 %2% 与 %3 年报告的同一部分相同：审核时会被视为照搬上年，请写本年度的实际情况")
                            .arg(Prose::name(part))
                            .arg(qRound(share * 100))
                            .arg(previousYear->year),
                        std::nullopt});
    }
    return out;
}

QVector<Finding> ProseChecker::jumps(const Report &report, const ReportSchema &schema, const Report *previousYear) const
{
    QVector<Finding> out;
    if (!previousYear)
        return out;
    // One warning per row (a key's part before its last dot): the row's largest jump.
    QMap<QString, QPair<double, Finding>> worst;
    QStringList order;
    for (const ValueCellDef *c : schema.cells()) {
        const CellValue now = report.cell(c->key), before = previousYear->cell(c->key);
        if (!now.isInteger() || !before.isInteger())
            continue; // never on a blank previous value, nor on cells last year's forms did not have
        const qint64 a = before.toInteger(), b = now.toInteger();
        double size = 0;
        if (a == 0 || b == 0)
            size = qMax(a, b) > m_jumpFromZero ? double(qMax(a, b)) : 0;
        else if (qAbs(b - a) >= m_jumpMinimumChange)
            size = qMax(double(a) / double(b), double(b) / double(a));
        if (size == 0 || (a != 0 && b != 0 && size <= m_jumpRatio))
            continue;
        const QString row = c->key.section(QLatin1Char('.'), 0, -2);
        Finding f{QStringLiteral("cell.jump"), Severity::Warning, {c->key},
                  tr("%1：%2 年为 %3，本年为 %4，变化异常（多打了一位数字，或填到了相邻的列？）")
                      .arg(schema.cellName(c->key))
                      .arg(previousYear->year)
                      .arg(a)
                      .arg(b),
                  std::nullopt};
        if (!worst.contains(row))
            order.append(row);
        if (!worst.contains(row) || worst[row].first < size)
            worst[row] = {size, f};
    }
    for (const QString &row : order)
        out.append(worst[row].second);
    return out;
}
