#pragma once

#include <QAction>

// An action enabled where it can act; where it cannot, disabled with the reason as its tooltip (a disabled menu entry
// otherwise leaves the clerk guessing).
inline void setEnabledWithReason(QAction *action, bool enabled, const QString &why)
{
    action->setEnabled(enabled);
    action->setToolTip(enabled ? action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")) : why);
}
