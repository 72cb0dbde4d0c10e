#include "FormDetector.h"

#include "SourceText.h"

#include <algorithm>

FormDetector::Forms FormDetector::detect(const QStringList &table2, const QStringList &table3)
{
    Forms forms;
    // Table 二's column headings differ between the forms; laid-out text breaks them over lines (本年制发 / 件数) with
    // their neighbours' pieces in between, so they are counted by their short, distinctive words. Undecided: 2021.
    const QString t2Text = SourceText::normalise(table2.join(QString()));
    const QString t2Labels = SourceText::labelText(table2) + t2Text;
    auto count = [&t2Labels](const QStringList &words) {
        return std::count_if(words.cbegin(), words.cend(), [&t2Labels](const QString &w) { return t2Labels.contains(w); });
    };
    const auto words2021 = count({QStringLiteral("制发"), QStringLiteral("废止"), QStringLiteral("现行有效"), QStringLiteral("收费金额"),
                                  QStringLiteral("本年处理决定")});
    const auto words2019 = count({QStringLiteral("新制作"), QStringLiteral("新公开"), QStringLiteral("对外公开总"), QStringLiteral("上一年项目"),
                                  QStringLiteral("增/减"), QStringLiteral("采购项目")});
    forms.formats.t2 = words2019 > words2021 ? QStringLiteral("2019") : QStringLiteral("2021");
    if (words2019 == 0 && words2021 == 0)
        forms.undecided.append(QStringLiteral("t2"));
    // 2021's （六） group has three rows, 2019's one. Their labels wrap in laid-out text, with numbers and the vertical
    // label's single characters (三 、 本 年 …) between the pieces: look for them in the label text alone.
    const QString t3Labels = SourceText::labelText(table3);
    static const QStringList only2021{QStringLiteral("逾期不补正"), QStringLiteral("逾期未按收费"), QStringLiteral("缴纳费用"),
                                      QStringLiteral("不再处理"), QStringLiteral("申请人逾期")};
    // 2019 only where its single （六）其他处理 row is printed without the 2021 sub-rows; a text cut short before it
    // does not tell, and is read in the current form.
    const bool is2021 = std::any_of(only2021.cbegin(), only2021.cend(), [&t3Labels](const QString &w) { return t3Labels.contains(w); });
    forms.formats.t3 = !is2021 && t3Labels.contains(QStringLiteral("其他处理")) ? QStringLiteral("2019") : QStringLiteral("2021");
    if (!is2021 && forms.formats.t3 == QLatin1String("2021"))
        forms.undecided.append(QStringLiteral("t3"));
    if (forms.formats.t2 == QLatin1String("2019") && t2Text.contains(QStringLiteral("政府集中采购")))
        forms.blocks.append(QStringLiteral("procurement"));
    return forms;
}
