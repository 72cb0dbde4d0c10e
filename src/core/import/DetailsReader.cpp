#include "DetailsReader.h"

#include <QRegularExpression>

namespace {

// Lines from..to as paragraphs. Text extracted with its layout is wrapped: a paragraph runs until the next indented
// line. The spaces extraction puts between CJK characters (and, laid out, between digits and CJK) go.
// Whether `text` leaves a 《book title》, a （parenthesis） or a “quotation” open: a line that does was broken by the
// page (a PDF's line ends where the printed line did), not by its author.
bool leavesOpen(const QString &text)
{
    static const QString opening = QStringLiteral("《（(“");
    static const QString closing = QStringLiteral("》）)”");
    int depth[4] = {0, 0, 0, 0};
    for (const QChar c : text) {
        if (const int o = int(opening.indexOf(c)); o >= 0)
            ++depth[o];
        else if (const int k = int(closing.indexOf(c)); k >= 0 && depth[k] > 0)
            --depth[k];
    }
    return depth[0] || depth[1] || depth[2] || depth[3];
}

std::optional<QString> paragraphs(const QVector<SourceLine> &lines, int from, int to)
{
    bool layout = false;
    for (int i = from; i < to; ++i)
        layout = layout || lines[i].indented;
    QStringList out;
    int joined = 0; // lines joined to the last paragraph for an open bracket: a stray 《 joins no more than two
    for (int i = from; i < to; ++i) {
        if (lines[i].text.isEmpty())
            continue;
        const bool open = !out.isEmpty() && joined < 2 && leavesOpen(out.last());
        if (open || (layout && !lines[i].indented && !out.isEmpty())) {
            out.last() += lines[i].text;
            joined += open ? 1 : 0;
        } else {
            out.append(lines[i].text);
            joined = 0;
        }
    }
    for (QString &p : out)
        p = SourceText::closeProseSpacing(p, layout);
    return out.isEmpty() ? std::nullopt : std::optional<QString>(out.join(QLatin1Char('\n')));
}

} // namespace

int DetailsReader::readTitle(const QVector<SourceLine> &lines, int before, Report &r, QStringList &notes, bool agencyGiven, bool yearGiven)
{
    static const QRegularExpression titlePattern(
        QStringLiteral("^(?:(\\d{4})\\s*年度?)?(.+?)(?:(\\d{4})\\s*年度?)?政府信息公开(?:工作)?(?:年度)?报告$"));
    // The title may be broken anywhere over up to three lines (淮安市人民政府 / 2024 年政府信息公开工作年度报告, or
    // …政府信息公开工作 / 年度报告 as a centred title wraps on the printed page).
    QVector<int> nonEmpty;
    for (int i = 0; i < before; ++i)
        if (!lines[i].text.isEmpty())
            nonEmpty.append(i);
    // Line by line, the title ending there in the fewest lines: a line above it (a heading's or a caption's tail) is
    // not taken into the agency's name.
    for (int end = 0; end < nonEmpty.size(); ++end) {
        QString compact;
        for (int span = 1; span <= 3 && end - span + 1 >= 0; ++span) {
            const int j = end - span + 1;
            // A title broken over lines ends with 报告 on its last line only: a line before it that ends so is
            // another thing (a site's menu item 年度报告 above the title), not the title's first half.
            const QString line = QString(lines[nonEmpty[j]].text).remove(QLatin1Char(' '));
            if (span > 1 && line.endsWith(QStringLiteral("报告")))
                break;
            compact.prepend(line);
            const auto m = titlePattern.match(compact);
            const int year = (m.captured(3).isEmpty() ? m.captured(1) : m.captured(3)).toInt();
            static const QRegularExpression notAnAgency(QStringLiteral("[：:>，,。；;]|^\\d+年?$"));
            if (!m.hasMatch() || year == 0 || m.captured(2).size() > 40 || notAnAgency.match(m.captured(2)).hasMatch())
                continue;
            r.agency = m.captured(2);
            r.year = year;
            if (span == 1)
                r.title = lines[nonEmpty[j]].text; // kept as printed unless it is the standard one
            return end + 1 < nonEmpty.size() ? nonEmpty[end + 1] : before;
        }
    }
    // No title in the text (report-formats.md §11.12): the lines before part 一 are the preamble, and it names the
    // agency and the period — proposed, for the clerk to confirm.
    QString preamble;
    for (int i = 0; i < before; ++i)
        preamble += QString(lines[i].text).remove(QLatin1Char(' '));
    static const QVector<QRegularExpression> agencyPatterns{
        QRegularExpression(QStringLiteral("本(?:年度)?报告(?:是|由)([^，。；、（(《]{2,30}?)(?:办公室)?(?:根据|依据|按照|编制)")),
        QRegularExpression(QStringLiteral("根据([^，。；、（(《]{2,30}?)工作实际")),
        QRegularExpression(QStringLiteral("请与([^，。；、（(《]{2,30}?)(?:办公室)?联系")),
    };
    for (const QRegularExpression &pattern : agencyPatterns)
        if (const auto m = pattern.match(preamble); m.hasMatch() && !agencyGiven) {
            r.agency = m.captured(1);
            notes.append(tr("文本里没有标题：机关按前言取为“%1”，请核对").arg(r.agency));
            break;
        }
    QString opening = preamble;
    for (int i = before, taken = 0; i < lines.size() && taken < 4; ++i, ++taken)
        opening += QString(lines[i].text).remove(QLatin1Char(' '));
    static const QRegularExpression period(QStringLiteral("(\\d{4})年1月1日"));
    if (const auto p = period.match(opening); p.hasMatch() && !yearGiven) {
        r.year = p.captured(1).toInt();
        notes.append(tr("文本里没有标题：年度按统计期限取为 %1 年，请核对").arg(r.year));
    }
    return before > 0 ? 0 : -1;
}

void DetailsReader::readProse(const QVector<SourceLine> &lines, const PartFinder::Outline &outline, int preambleFrom, Report &r)
{
    const auto &parts = outline.parts;
    // Part 六 ends where the contact line, the 落款 or the date begin.
    int part6End = parts[6].to;
    static const QRegularExpression datePattern(QStringLiteral("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$"));
    static const QRegularExpression contactPattern(QStringLiteral("^联系人[:：]\\s*(\\S+)\\s*(?:联系方式|联系电话|电话)[:：]\\s*(\\S+)"));
    while (part6End > parts[6].from) {
        const QString last = lines[part6End - 1].text;
        const auto date = datePattern.match(last);
        const auto contact = contactPattern.match(last);
        if (last.isEmpty()) {
            // nothing
        } else if (date.hasMatch()) {
            const QDate d(date.captured(1).toInt(), date.captured(2).toInt(), date.captured(3).toInt());
            if (d.isValid())
                r.date = d;
        } else if (contact.hasMatch()) {
            r.contact.person = contact.captured(1);
            r.contact.phone = contact.captured(2);
        } else if (r.date && SourceText::normalise(last) == SourceText::normalise(r.agency)) {
            // the 落款's agency line
        } else {
            break;
        }
        --part6End;
    }
    const int preambleTo = outline.firstLine();
    r.prose.preamble = preambleFrom >= 0 && preambleFrom < preambleTo ? paragraphs(lines, preambleFrom, preambleTo) : std::nullopt;
    r.prose.part1 = paragraphs(lines, parts[1].from, parts[1].to);
    r.prose.part5 = paragraphs(lines, parts[5].from, parts[5].to);
    r.prose.part6 = paragraphs(lines, parts[6].from, part6End);
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
}
