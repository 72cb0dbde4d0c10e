#include "HtmlText.h"

#include "SourceText.h"
#include "TextImporter.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QVector>

namespace {

// A page as a tree, as loosely as browsers build it: unclosed <p>, <li>, <td> and <tr> are closed by what follows.
struct Node
{
    QString tag; // lower case; empty for text
    QString text; // a text node's characters, entities decoded
    int parent = -1;
    QVector<int> children;
};

bool isOneOf(const QString &tag, std::initializer_list<const char *> tags)
{
    for (const char *t : tags)
        if (tag == QLatin1String(t))
            return true;
    return false;
}

bool isVoid(const QString &tag)
{
    return isOneOf(tag, {"br", "img", "hr", "meta", "link", "input", "col", "wbr", "area", "base", "source", "param", "embed", "track", "frame"});
}

// What a reader of the page does not read: scripts and styles (raw text, skipped while parsing), and these subtrees.
bool isDropped(const QString &tag)
{
    return isOneOf(tag, {"head", "select", "button", "iframe", "noscript", "template", "svg", "object", "map", "canvas", "audio", "video", "title"});
}

bool isBlock(const QString &tag)
{
    return isOneOf(tag, {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "header", "footer", "nav",
                         "aside", "main", "blockquote", "pre", "dl", "dt", "dd", "figure", "figcaption", "address", "center", "caption",
                         "hr", "form", "fieldset", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "body", "html"});
}

QString decodeEntities(const QString &s)
{
    if (!s.contains(QLatin1Char('&')))
        return s;
    static const QHash<QString, QString> named{
        {QStringLiteral("nbsp"), QStringLiteral(" ")},      {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},     {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("ensp"), QStringLiteral(" ")},      {QStringLiteral("emsp"), QStringLiteral(" ")},
        {QStringLiteral("thinsp"), QStringLiteral(" ")},    {QStringLiteral("middot"), QStringLiteral("·")},
        {QStringLiteral("ldquo"), QStringLiteral("“")},     {QStringLiteral("rdquo"), QStringLiteral("”")},
        {QStringLiteral("lsquo"), QStringLiteral("‘")},     {QStringLiteral("rsquo"), QStringLiteral("’")},
        {QStringLiteral("mdash"), QStringLiteral("—")},     {QStringLiteral("ndash"), QStringLiteral("–")},
        {QStringLiteral("hellip"), QStringLiteral("…")},    {QStringLiteral("times"), QStringLiteral("×")},
        {QStringLiteral("divide"), QStringLiteral("÷")},    {QStringLiteral("copy"), QStringLiteral("©")},
        {QStringLiteral("reg"), QStringLiteral("®")},       {QStringLiteral("deg"), QStringLiteral("°")},
        {QStringLiteral("plusmn"), QStringLiteral("±")},    {QStringLiteral("permil"), QStringLiteral("‰")},
        {QStringLiteral("shy"), QString()},
    };
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});?"));
    QString out;
    qsizetype from = 0;
    for (auto it = entity.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(s).mid(from, m.capturedStart() - from);
        const QString name = m.captured(1);
        QString replacement = m.captured(0); // an unknown name stays as written
        if (name.startsWith(QLatin1Char('#'))) {
            const bool hex = name.size() > 1 && (name[1] == QLatin1Char('x') || name[1] == QLatin1Char('X'));
            const uint code = hex ? name.mid(2).toUInt(nullptr, 16) : name.mid(1).toUInt();
            const char32_t c = code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF) ? char32_t(0xFFFD) : char32_t(code);
            replacement = QString::fromUcs4(&c, 1);
        } else if (const auto n = named.constFind(name); n != named.cend()) {
            replacement = *n;
        } else if (const auto l = named.constFind(name.toLower()); l != named.cend()) {
            replacement = *l;
        }
        out += replacement;
        from = m.capturedEnd();
    }
    out += QStringView(s).mid(from);
    return out;
}

class Tree
{
public:
    explicit Tree(const QString &html)
        : m_html(html)
    {
        Node root;
        root.tag = QStringLiteral("#root");
        nodes.append(root);
        m_open.append(0);
        parse();
    }

    QVector<Node> nodes;

private:
    int add(Node node)
    {
        node.parent = m_open.constLast();
        nodes.append(node);
        const int index = int(nodes.size() - 1);
        nodes[node.parent].children.append(index);
        return index;
    }

    QString top() const { return nodes[m_open.constLast()].tag; }

    // The nearest open element among `tags`, not looking past a table (or any of `stops`); -1 when none.
    int nearest(std::initializer_list<const char *> tags, std::initializer_list<const char *> stops = {"table"}) const
    {
        for (int i = int(m_open.size()) - 1; i > 0; --i) {
            const QString &tag = nodes[m_open[i]].tag;
            if (isOneOf(tag, tags))
                return i;
            if (isOneOf(tag, stops))
                return -1;
        }
        return -1;
    }

    void popTo(int depth) { m_open.resize(depth + 1); } // keeps the element at `depth` open

    void open(const QString &tag, bool selfClosing)
    {
        if (isOneOf(tag, {"td", "th"})) {
            if (const int row = nearest({"tr"}); row >= 0)
                popTo(row);
            else if (const int table = nearest({"table", "tbody", "thead", "tfoot"}, {}); table >= 0) {
                popTo(table);
                open(QStringLiteral("tr"), false); // a cell straight in a table: its row implied
            }
        } else if (tag == QLatin1String("tr")) {
            if (const int group = nearest({"table", "tbody", "thead", "tfoot"}, {}); group >= 0)
                popTo(group);
        } else if (isOneOf(tag, {"tbody", "thead", "tfoot"})) {
            if (const int table = nearest({"table"}, {}); table >= 0)
                popTo(table);
        } else if (isOneOf(tag, {"li"})) {
            if (const int item = nearest({"li"}, {"ul", "ol", "table"}); item >= 0)
                popTo(item - 1);
        } else if (isBlock(tag) && top() == QLatin1String("p")) {
            m_open.removeLast(); // a block ends the paragraph it would be in
        }
        Node node;
        node.tag = tag;
        const int index = add(node);
        // Past 256 open elements (no page nests so deep) the rest stays at that depth: rendering recurses per level.
        if (!selfClosing && !isVoid(tag) && m_open.size() < 256)
            m_open.append(index);
    }

    void close(const QString &tag)
    {
        if (isOneOf(tag, {"body", "html"}))
            return; // what follows is still the page's
        const bool tablePart = isOneOf(tag, {"table", "tbody", "thead", "tfoot", "tr", "td", "th"});
        const int at = tag == QLatin1String("table") ? nearest({"table"}, {})
                       : tablePart                   ? nearest({tag.toLatin1().constData()})
                                                     : nearest({tag.toLatin1().constData()}, {"table", "td", "th"});
        if (at > 0)
            popTo(at - 1);
    }

    void parse()
    {
        const QString &h = m_html;
        const qsizetype n = h.size();
        qsizetype i = 0;
        while (i < n) {
            if (h[i] != QLatin1Char('<')) {
                qsizetype j = h.indexOf(QLatin1Char('<'), i);
                if (j < 0)
                    j = n;
                Node text;
                text.text = decodeEntities(h.mid(i, j - i));
                add(text);
                i = j;
                continue;
            }
            if (QStringView(h).mid(i, 4) == QLatin1String("<!--")) {
                const qsizetype end = h.indexOf(QLatin1String("-->"), i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (i + 1 < n && (h[i + 1] == QLatin1Char('!') || h[i + 1] == QLatin1Char('?'))) {
                const qsizetype end = h.indexOf(QLatin1Char('>'), i);
                i = end < 0 ? n : end + 1;
                continue;
            }
            const bool closing = i + 1 < n && h[i + 1] == QLatin1Char('/');
            const qsizetype start = i + (closing ? 2 : 1);
            qsizetype e = start;
            while (e < n && (h[e].isLetterOrNumber() || h[e] == QLatin1Char(':') || h[e] == QLatin1Char('-') || h[e] == QLatin1Char('_')))
                ++e;
            if (e == start || !h[start].isLetter() || h[start].unicode() > 127) { // a "<" that starts no tag
                Node text;
                text.text = QStringLiteral("<");
                add(text);
                ++i;
                continue;
            }
            const QString tag = h.mid(start, e - start).toLower();
            qsizetype k = e;
            QChar quote;
            for (; k < n; ++k) {
                const QChar c = h[k];
                if (!quote.isNull()) {
                    if (c == quote)
                        quote = QChar();
                } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                    quote = c;
                } else if (c == QLatin1Char('>')) {
                    break;
                }
            }
            const QString attributes = h.mid(e, k - e);
            i = k < n ? k + 1 : n;
            if (closing) {
                close(tag);
            } else if (isOneOf(tag, {"script", "style", "textarea", "xmp"})) {
                // Raw text to its end tag, never parsed as tags.
                const qsizetype end = h.indexOf(QLatin1String("</") + tag, i, Qt::CaseInsensitive);
                const qsizetype after = end < 0 ? -1 : h.indexOf(QLatin1Char('>'), end);
                i = after < 0 ? n : after + 1;
            } else {
                open(tag, attributes.trimmed().endsWith(QLatin1Char('/')));
            }
        }
    }

    const QString &m_html;
    QVector<int> m_open;
};

// Lines of text, white space collapsed as a browser shows it.
class Lines
{
public:
    void add(const QString &text)
    {
        for (const QChar c : text) {
            const bool space = c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r')
                || c == QLatin1Char('\f') || c.unicode() == 0xA0;
            if (space) {
                if (!m_line.isEmpty() && !m_line.endsWith(QLatin1Char(' ')))
                    m_line += QLatin1Char(' ');
            } else {
                m_line += c;
            }
        }
    }
    void addRaw(const QString &line)
    {
        flush();
        out.append(line);
    }
    void flush()
    {
        const QString line = m_line.trimmed();
        if (!line.isEmpty())
            out.append(line);
        m_line.clear();
    }
    QStringList out;

private:
    QString m_line;
};

class Renderer
{
public:
    explicit Renderer(const QVector<Node> &nodes)
        : m_nodes(nodes)
    {
    }

    void render(int index, Lines &lines) const
    {
        const Node &node = m_nodes[index];
        if (node.tag.isEmpty()) {
            lines.add(node.text);
            return;
        }
        if (isDropped(node.tag))
            return;
        if (node.tag == QLatin1String("br")) {
            lines.flush();
            return;
        }
        if (node.tag == QLatin1String("table") && !contains(index, QStringLiteral("table"))) {
            lines.flush();
            table(index, lines);
            return;
        }
        const bool block = isBlock(node.tag);
        if (block)
            lines.flush();
        for (int child : node.children)
            render(child, lines);
        if (block)
            lines.flush();
    }

private:
    bool contains(int index, const QString &tag) const
    {
        for (int child : m_nodes[index].children)
            if (m_nodes[child].tag == tag || contains(child, tag))
                return true;
        return false;
    }

    // The cells of a row (td/th below it, not inside another cell), in order.
    void cellsOf(int index, QVector<int> &cells) const
    {
        for (int child : m_nodes[index].children) {
            if (isOneOf(m_nodes[child].tag, {"td", "th"}))
                cells.append(child);
            else if (!m_nodes[child].tag.isEmpty())
                cellsOf(child, cells);
        }
    }

    void rowsOf(int index, QVector<int> &rows, QVector<int> &captions) const
    {
        for (int child : m_nodes[index].children) {
            const QString &tag = m_nodes[child].tag;
            if (tag == QLatin1String("tr"))
                rows.append(child);
            else if (tag == QLatin1String("caption"))
                captions.append(child);
            else if (!tag.isEmpty() && !isOneOf(tag, {"td", "th"}))
                rowsOf(child, rows, captions);
        }
    }

    // A cell's text on one line, its paragraphs joined as they read (SourceText::cellText).
    QString cellText(int index) const
    {
        Lines lines;
        for (int child : m_nodes[index].children)
            render(child, lines);
        lines.flush();
        return SourceText::cellText(lines.out);
    }

    // A table as a browser copies it: each row a line of its cells' texts, TAB-separated in the page's order; a
    // merged cell once, where the page has it (the importer reads a row by its label, as in a copied page's text).
    void table(int index, Lines &lines) const
    {
        QVector<int> rows, captions;
        rowsOf(index, rows, captions);
        for (int caption : qAsConst(captions))
            lines.addRaw(cellText(caption));
        for (int row : qAsConst(rows)) {
            QVector<int> cells;
            cellsOf(row, cells);
            QStringList fields;
            bool any = false;
            for (int cell : qAsConst(cells)) {
                fields.append(cellText(cell));
                any = any || !fields.constLast().isEmpty();
            }
            if (any)
                lines.addRaw(fields.join(QLatin1Char('\t')));
        }
    }

    const QVector<Node> &m_nodes;
};

} // namespace

bool HtmlText::isHtml(const QByteArray &bytes, const QString &name)
{
    static const QRegularExpression suffix(QStringLiteral("\\.(x?html?|shtml)$"), QRegularExpression::CaseInsensitiveOption);
    if (suffix.match(name).hasMatch())
        return true;
    QByteArray head = bytes.left(1024).trimmed().toLower();
    if (head.startsWith("\xef\xbb\xbf"))
        head = head.mid(3).trimmed();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<meta")
        || (head.startsWith("<") && head.contains("<body"));
}

std::optional<QString> HtmlText::decode(const QByteArray &bytes, QString *error, const QString &declaredCharset)
{
    if (bytes.size() > TextImporter::maxBytes || bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return TextImporter::decode(bytes, error); // too large, or its byte-order mark says
    // Bytes that are valid UTF-8 are UTF-8, whatever the page declares (a template copied from an older site still
    // says gb2312): Chinese in GBK almost never forms valid UTF-8, while GB18030 reads UTF-8's bytes without an error.
    {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8(bytes);
        if (!utf8.hasError())
            return text;
    }
    static const QRegularExpression meta(QStringLiteral("<meta[^>]*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QString charset = !declaredCharset.isEmpty() ? declaredCharset.toLower() : meta.match(QString::fromLatin1(bytes.left(4096))).captured(1).toLower();
    if (!charset.isEmpty()) {
        const bool chinese = charset == QLatin1String("gb2312") || charset == QLatin1String("gbk") || charset == QLatin1String("gb18030")
            || charset == QLatin1String("x-gbk") || charset == QLatin1String("cp936");
        QStringDecoder decoder(chinese ? "GB18030" : charset.toLatin1().constData());
        if (decoder.isValid()) {
            const QString text = decoder(bytes);
            if (!decoder.hasError())
                return text;
        }
    }
    // Undeclared, or a charset this Qt cannot read: by the bytes themselves.
    return TextImporter::decode(bytes, error);
}

QString HtmlText::text(const QString &html)
{
    const Tree tree(html);
    Lines lines;
    Renderer(tree.nodes).render(0, lines);
    lines.flush();
    return lines.out.join(QLatin1Char('\n'));
}
