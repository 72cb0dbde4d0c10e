#include "DataSentences.h"

#include <QStringList>

namespace {

QString change(qint64 now, qint64 before)
{
    if (now == before)
        return QStringLiteral("，与上年持平");
    const qint64 d = now - before;
    QString out = QStringLiteral("，较上年%1%2件").arg(d > 0 ? QStringLiteral("增加") : QStringLiteral("减少")).arg(qAbs(d));
    if (before > 0)
        out += QStringLiteral("（%1%）").arg(QString::number(100.0 * double(qAbs(d)) / double(before), 'f', 1));
    return out;
}

// 其中结果维持N件，结果纠正N件，其他结果N件，尚未审结N件 — for the outcomes that are filled in.
QString outcomes(const Report &r, const QStringList &blocks)
{
    QStringList parts;
    const QList<QPair<QString, QString>> kinds{{QStringLiteral("upheld"), QStringLiteral("结果维持")},
                                               {QStringLiteral("corrected"), QStringLiteral("结果纠正")},
                                               {QStringLiteral("other"), QStringLiteral("其他结果")},
                                               {QStringLiteral("pending"), QStringLiteral("尚未审结")}};
    for (const auto &[kind, words] : kinds) {
        QStringList keys;
        for (const QString &b : blocks)
            keys.append(QStringLiteral("t4.%1.%2").arg(b, kind));
        if (const auto n = r.sum(keys))
            parts.append(QStringLiteral("%1%2件").arg(words).arg(*n));
    }
    return parts.isEmpty() ? QString() : QStringLiteral("，其中") + parts.join(QStringLiteral("，"));
}

} // namespace

QString DataSentences::draft(const Report &r, const Report *previous)
{
    QStringList sentences;
    QStringList applications;
    const auto received = r.sum({QStringLiteral("t3.new.total")});
    if (received) {
        QString s = QStringLiteral("本年度共收到政府信息公开申请%1件").arg(*received);
        if (previous)
            if (const auto before = previous->sum({QStringLiteral("t3.new.total")}))
                s += change(*received, *before);
        applications.append(s);
    }
    if (const auto carried = r.sum({QStringLiteral("t3.carry.total")}); carried && *carried > 0)
        applications.append(QStringLiteral("上年结转申请%1件").arg(*carried));
    if (const auto done = r.sum({QStringLiteral("t3.total.total")}))
        applications.append(QStringLiteral("办结%1件").arg(*done));
    if (const auto forward = r.sum({QStringLiteral("t3.forward.total")}); forward && *forward > 0)
        applications.append(QStringLiteral("另有%1件结转下年度继续办理").arg(*forward));
    if (!applications.isEmpty())
        sentences.append(applications.join(QStringLiteral("，")) + QStringLiteral("。"));
    if (received && *received == 0 && applications.size() == 2)
        sentences.last() = QStringLiteral("本年度未收到政府信息公开申请。");

    QStringList cases;
    if (const auto review = r.sum({QStringLiteral("t4.review.total")}))
        cases.append(*review == 0 ? QStringLiteral("未发生政府信息公开行政复议案件")
                                  : QStringLiteral("政府信息公开行政复议%1件").arg(*review) + outcomes(r, {QStringLiteral("review")}));
    if (const auto litigation = r.sum({QStringLiteral("t4.direct.total"), QStringLiteral("t4.after.total")}))
        cases.append(*litigation == 0 ? QStringLiteral("未发生政府信息公开行政诉讼案件")
                                      : QStringLiteral("政府信息公开行政诉讼%1件").arg(*litigation)
                                            + outcomes(r, {QStringLiteral("direct"), QStringLiteral("after")}));
    if (!cases.isEmpty())
        sentences.append(QStringLiteral("全年") + cases.join(QStringLiteral("；")) + QStringLiteral("。"));
    return sentences.join(QString());
}
