#pragma once

#include "ReportStore.h"

#include <QObject>
#include <optional>

class FormatRegistry;
class MainWindow;
class QAction;
class QMenu;
struct Report;
struct ReportFormats;

// What the clerk does to the open report and the list of reports: 新建 and 删除 (文件), and the 报告 menu — 签发 and
// 撤回签发, the review's steps, 更改表式, 重命名或合并机关, 印章, 插入数据说明 — each enabled only where the report's
// state and the login's rights let it act, the reason in its tooltip otherwise. Creating, deleting, changing forms
// and renaming are undo steps on the report list; the rest go through the open report (ReportDocument).
class ReportActions : public QObject
{
    Q_OBJECT
public:
    ReportActions(const FormatRegistry &registry, ReportStore &store, MainWindow *window);

    QAction *newAction() const { return m_new; }
    QAction *deleteAction() const { return m_delete; }
    QAction *confirmAction() const { return m_confirm; }
    // The 报告 menu's entries, in order (separators as null).
    QList<QAction *> reportMenu() const;
    // Enabled where they can act, with the reason in the tooltip where not.
    void updateActions();

    // A new report (from the dialog or an import): one undo step on the report list, then opened.
    void addReport(const Report &report);
    // An imported report in place of the one with its agency and year (not a signed one): one undo step.
    bool replaceReport(const Report &report, QString *error);
    // Gives the open report other forms (one undo step on the report list; the report is opened again). False with
    // *error when it cannot (signed, nothing open, the store refused).
    bool changeForms(const ReportFormats &forms, QString *error);
    // A seal image the clerk chose, checked (PNG or SVG, not too large): what and where when refused.
    static std::optional<ReportStore::Attachment> readSealImage(const QString &path, QString *error);

public slots:
    void newReport();
    void deleteReport();
    void signOff();
    void reopen();
    void returnForChanges(); // 退回修改: asks the reason
    void chooseSeal();
    void changeFormsDialog();
    void renameAgency(); // rename the open report's agency, or merge it into another: one undo step
    void insertDataSentences(); // 插入数据说明: the data paragraph at the cursor of 一、总体情况

private:
    static QString signedRefusal(); // why a signed report's forms stay

    const FormatRegistry &m_registry;
    ReportStore &m_store;
    MainWindow *m_window;
    QAction *m_new, *m_delete, *m_sign, *m_reopen, *m_submit, *m_approve, *m_return, *m_forms, *m_rename, *m_seal, *m_dataSentences,
        *m_confirm;
};
