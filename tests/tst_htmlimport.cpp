// Web pages imported as published: the page's tables read as tables (rowspan, colspan), the article found among a
// CMS page's navigation, scripts and footers, Word's "save as web page" markup, GBK pages. The pages are made from
// the fixtures' expected reports by our own HTML writer (real merged cells, as the official form has them) and then
// dressed as the sites and Word dress them; every cell must come back exactly, none marked.
#include "HtmlExporter.h"
#include "HtmlText.h"
#include "TestSupport.h"
#include "TextImporter.h"

#include <QRegularExpression>
#include <QStringEncoder>
#include <QTest>

namespace {

QString articleOf(const QString &page)
{
    const qsizetype from = page.indexOf(QLatin1String("<article>"));
    const qsizetype to = page.indexOf(QLatin1String("</article>"));
    return page.mid(from + 9, to - from - 9);
}

// A county site's page: navigation, a breadcrumb, the article in a layout table beside a column of links, scripts
// whose strings hold markup, a footer; declared and encoded GB2312 (GBK).
QByteArray cmsPage(const QString &article)
{
    const QString page = QStringLiteral(
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\">\n<html><head>\n"
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\n<title>政府信息公开年报</title>\n"
        "<script type=\"text/javascript\">var nav = \"<table><tr><td>1</td></tr></table>\"; if (a < b && c > d) {}</script>\n"
        "<style>td { border: 1px solid #000 } /* <p>not text</p> */</style></head>\n"
        "<body><div class=\"top\"><a href=\"/\">首页</a> | <a href=\"/zwgk\">政务公开</a> | <a href=\"/hdjl\">互动交流</a></div>\n"
        "<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a>政府信息公开</a> &gt; <a>年度报告</a></div>\n"
        "<table width=\"1000\" class=\"layout\"><tr><td width=\"200\" valign=\"top\"><ul><li><a>机构概况</a><li><a>政策文件</a>"
        "<li><a>年度报告</a></ul></td>\n<td valign=\"top\"><div class=\"article\">%1</div>\n"
        "<div class=\"share\">【打印本页】【关闭窗口】</div></td></tr></table>\n"
        "<!-- 统计代码 <table><tr><td>99</td></tr></table> -->\n"
        "<div class=\"footer\">版权所有：某某县人民政府办公室&nbsp;&nbsp;备案号：苏ICP备00000000号<br>技术支持：某某网络公司</div>\n"
        "<select><option>友情链接</option><option>省政府</option></select>\n</body></html>\n").arg(article);
    QStringEncoder gbk("GB18030");
    return gbk(page);
}

// Word's "save as web page": every cell a MsoNormal paragraph of spans, a figure split over two runs, conditional
// comments, o:p tags, non-breaking spaces in empty cells.
QString wordHtml(const QString &article)
{
    QString body = article;
    static const QRegularExpression figure(QStringLiteral("<td([^>]*)>(\\d)(\\d*)</td>"));
    body.replace(figure, QStringLiteral("<td\\1 width=57 style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>\n"
                                        "<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US style='font-size:10.5pt'>\\2</span><span\n"
                                        "lang=EN-US style='font-size:10.5pt'>\\3<o:p></o:p></span></p>\n  </td>"));
    static const QRegularExpression empty(QStringLiteral("<td([^>]*)></td>"));
    body.replace(empty, QStringLiteral("<td\\1><p class=MsoNormal><span lang=EN-US>&nbsp;<o:p></o:p></span></p></td>"));
    static const QRegularExpression paragraph(QStringLiteral("<p>"));
    body.replace(paragraph, QStringLiteral("<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span style='font-family:仿宋_GB2312'>"));
    body.replace(QLatin1String("</p>"), QLatin1String("</span></p>"));
    return QStringLiteral("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
                          "<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>办公室</o:Author></o:DocumentProperties></xml><![endif]-->\n"
                          "</head><body lang=ZH-CN style='tab-interval:21.0pt'><div class=WordSection1>\n%1\n</div></body></html>\n")
        .arg(body);
}

} // namespace

class tst_HtmlImport : public QObject
{
    Q_OBJECT
private slots:
    void pagesReadAsPublished_data();
    void pagesReadAsPublished();
    void tablesAsCopied();
    void charsets();
    void entitiesAndBrokenMarkup();

private:
    FormatRegistry m_registry;
};

void tst_HtmlImport::pagesReadAsPublished_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("dress");
    for (const char *name : {"changji-kejiju-2021", "huaian-2024", "hongze-2024", "shanghai-szfbgt-2019", "pingtan-2021"})
        for (const char *dress : {"export", "cms", "word"})
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(name), QLatin1String(dress)))) << QString::fromLatin1(name)
                                                                                                        << QString::fromLatin1(dress);
}

void tst_HtmlImport::pagesReadAsPublished()
{
    QFETCH(QString, name);
    QFETCH(QString, dress);
    const Report expected = TestSupport::expectedReport(m_registry, name);
    const QString page = QString::fromUtf8(HtmlExporter::write(expected, m_registry));
    const QByteArray bytes = dress == QLatin1String("cms")    ? cmsPage(articleOf(page))
                           : dress == QLatin1String("word") ? wordHtml(articleOf(page)).toUtf8()
                                                            : page.toUtf8();
    QVERIFY(HtmlText::isHtml(bytes));
    QString error;
    const std::optional<QString> text = TextImporter::textOf(bytes, QStringLiteral("report.html"), &error);
    QVERIFY2(text, qPrintable(error));
    QVERIFY2(!text->contains(QLatin1String("var nav")) && !text->contains(QLatin1String("not text")) && !text->contains(QLatin1String("统计代码")),
             qPrintable(text->left(400)));
    const auto result = TextImporter::read(*text, m_registry, {}, &error);
    QVERIFY2(result, qPrintable(error + QLatin1Char('\n') + text->left(2000)));
    QCOMPARE(result->report.agency, expected.agency);
    QCOMPARE(result->report.year, expected.year);
    QCOMPARE(result->report.formats, expected.formats);
    for (auto it = expected.cells.cbegin(); it != expected.cells.cend(); ++it)
        QVERIFY2(result->report.cell(it.key()) == it.value(),
                 qPrintable(QStringLiteral("%1: read “%2”, published “%3”%4").arg(it.key(), result->report.cell(it.key()).toString(), it.value().toString(),
                                                                              result->report.doubts.contains(it.key()) ? QStringLiteral(" (marked)") : QString())));
    QVERIFY2(result->report.doubts.isEmpty(), qPrintable(QStringList(result->report.doubts.keys()).join(' ')));
    QCOMPARE(result->report.prose.part5.has_value(), expected.prose.part5.has_value());
}

// A table's rows as a browser copies them: cells TAB-separated in the page's order, a merged cell once, empty
// cells kept as empty fields, a figure split over spans whole; unclosed cells and rows closed by what follows.
void tst_HtmlImport::tablesAsCopied()
{
    const QString html = QStringLiteral(
        "<table><tr><td rowspan=2 colspan=2>本列</td><td colspan=3>申请人情况</td></tr>"
        "<tr><td>自然人<td>法人<td>总计</tr>"
        "<tr><td rowspan=\"2\">三、结果<td>（一）予以公开<td>1<td>2<td>3"
        "<tr><td>（二）部分公开</td><td><span>1</span><span>2</span></td><td></td><td>12</td></tr></table>");
    QCOMPARE(HtmlText::text(html).split(QLatin1Char('\n')),
             (QStringList{QStringLiteral("本列\t申请人情况"), QStringLiteral("自然人\t法人\t总计"),
                          QStringLiteral("三、结果\t（一）予以公开\t1\t2\t3"), QStringLiteral("（二）部分公开\t12\t\t12")}));
    // A layout table (one holding another) is read as blocks, the table inside it as a table.
    const QString layout = QStringLiteral("<table><tr><td><p>导航</p></td><td><p>正文第一段</p>"
                                          "<table><tr><td>a</td><td>1</td></tr></table><p>正文第二段</p></td></tr></table>");
    QCOMPARE(HtmlText::text(layout).split(QLatin1Char('\n')),
             (QStringList{QStringLiteral("导航"), QStringLiteral("正文第一段"), QStringLiteral("a\t1"), QStringLiteral("正文第二段")}));
    // Two figures in one cell never run together into one.
    QCOMPARE(HtmlText::text(QStringLiteral("<table><tr><td><p>12</p><p>34</p></td><td><p>属于</p><p>国家秘密</p></td></tr></table>")),
             QStringLiteral("12 34\t属于国家秘密"));
}

void tst_HtmlImport::charsets()
{
    const QString words = QStringLiteral("<html><head><meta charset=\"%1\"></head><body><p>政府信息公开工作年度报告</p></body></html>");
    QString error;
    QStringEncoder gbk("GB18030");
    const QByteArray gbkPage = gbk(words.arg(QStringLiteral("gbk")));
    QCOMPARE(HtmlText::decode(gbkPage, &error), words.arg(QStringLiteral("gbk")));
    // Declared gb2312 but written in UTF-8 (a template copied from an older site): read by its bytes.
    QCOMPARE(HtmlText::decode(words.arg(QStringLiteral("gb2312")).toUtf8(), &error), words.arg(QStringLiteral("gb2312")));
    // Undeclared GBK; a UTF-8 byte-order mark.
    const QString plain = QStringLiteral("<html><body><p>政府信息公开</p></body></html>");
    QCOMPARE(HtmlText::decode(gbk(plain), &error), plain);
    QCOMPARE(HtmlText::decode("\xEF\xBB\xBF" + plain.toUtf8(), &error), plain);
    QVERIFY(HtmlText::isHtml("\xEF\xBB\xBF<!DOCTYPE html><html>"));
    QVERIFY(HtmlText::isHtml("", QStringLiteral("page.HTM")));
    QVERIFY(!HtmlText::isHtml("一、总体情况\n<p> in a text"));
}

void tst_HtmlImport::entitiesAndBrokenMarkup()
{
    QCOMPARE(HtmlText::text(QStringLiteral("<p>a&nbsp;&amp;&lt;b&gt;&#20013;&#x6587;&ldquo;x&rdquo;&unknown;&#0;</p>")),
             QStringLiteral("a &<b>中文“x”&unknown;\uFFFD"));
    // Unclosed paragraphs and list items, a stray </div>, a lone "<", an unterminated comment: text kept, in order.
    QCOMPARE(HtmlText::text(QStringLiteral("<p>一<p>二</div><ul><li>三<li>四</ul>5 < 6<!-- open")).split(QLatin1Char('\n')),
             (QStringList{QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"), QStringLiteral("四"), QStringLiteral("5 < 6")}));
    // Nesting deeper than any page: read, not a stack overflow.
    QString deep;
    for (int i = 0; i < 100000; ++i)
        deep += QStringLiteral("<div><span>");
    deep += QStringLiteral("底");
    QCOMPARE(HtmlText::text(deep), QStringLiteral("底"));
}

QTEST_GUILESS_MAIN(tst_HtmlImport)
#include "tst_htmlimport.moc"
