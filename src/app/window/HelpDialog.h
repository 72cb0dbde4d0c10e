#pragma once

#include <QDialog>

class FormatRegistry;
class QAction;

// 帮助 ▸ 使用指南: the clerk's flow in eight steps, the window's keys (read from its actions, so the list cannot
// drift from the menus) and what each check means (the rule texts from the format data).
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    HelpDialog(const FormatRegistry &registry, const QList<QAction *> &actions, QWidget *parent = nullptr);

    static QString guideHtml(const FormatRegistry &registry, const QList<QAction *> &actions);
};
