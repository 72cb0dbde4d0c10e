#include "ReportActions.h"

#include "ActionReason.h"
#include "ChangeFormsCommand.h"
#include "ChangeFormsDialog.h"
#include "DataSentences.h"
#include "DeleteReportCommand.h"
#include "DetailsForm.h"
#include "FileDialogs.h"
#include "MainWindow.h"
#include "NewReportCommand.h"
#include "NewReportDialog.h"
#include "PreviewPane.h"
#include "RenameAgencyCommand.h"
#include "ProseEdit.h"
#include "ReportChecker.h"
#include "ReportDocument.h"
#include "ReportListModel.h"
#include "ReportSchema.h"
#include "WithdrawDialog.h"

#include <QAction>
#include <QFile>
#include <QImageReader>
#include <QInputDialog>
#include <QMessageBox>
#include <QTabWidget>
#include <QTreeView>

#include <algorithm>

ReportActions::ReportActions(const FormatRegistry &registry, ReportStore &store, MainWindow *window)
    : QObject(window)
    , m_registry(registry)
    , m_store(store)
    , m_window(window)
{
    m_new = new QAction(tr("新建报告(&N)…"), this);
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, this, &ReportActions::newReport);
    m_delete = new QAction(tr("删除报告(&D)…"), this);
    connect(m_delete, &QAction::triggered, this, &ReportActions::deleteReport);
    m_sign = new QAction(tr("签发(&S)…"), this);
    connect(m_sign, &QAction::triggered, this, &ReportActions::signOff);
    m_reopen = new QAction(tr("撤回签发(&O)…"), this);
    connect(m_reopen, &QAction::triggered, this, &ReportActions::reopen);
    // The office's review before signing: the clerk submits, the reviewer (政务公开办) passes or returns with a reason.
    m_submit = new QAction(tr("提交审核(&U)"), this);
    connect(m_submit, &QAction::triggered, this, [this] {
        if (ReportDocument *d = m_window->document())
            d->review(QStringLiteral("submit"));
    });
    m_approve = new QAction(tr("审核通过(&P)"), this);
    connect(m_approve, &QAction::triggered, this, [this] {
        if (ReportDocument *d = m_window->document())
            d->review(QStringLiteral("approve"));
    });
    m_return = new QAction(tr("退回修改(&B)…"), this);
    connect(m_return, &QAction::triggered, this, &ReportActions::returnForChanges);
    m_forms = new QAction(tr("更改表式(&T)…"), this);
    connect(m_forms, &QAction::triggered, this, &ReportActions::changeFormsDialog);
    m_rename = new QAction(tr("重命名或合并机关(&A)…"), this);
    connect(m_rename, &QAction::triggered, this, &ReportActions::renameAgency);
    m_seal = new QAction(tr("选择印章图片(&I)…"), this);
    connect(m_seal, &QAction::triggered, this, &ReportActions::chooseSeal);
    m_dataSentences = new QAction(tr("插入数据说明(&D)"), this);
    m_dataSentences->setStatusTip(tr("在“一、总体情况”的光标处写入依申请公开和复议诉讼的数据段落（取自表三、表四和上一年报告）"));
    connect(m_dataSentences, &QAction::triggered, this, &ReportActions::insertDataSentences);
    // Every cell the import marked, confirmed at once (after the clerk has compared them with the source).
    m_confirm = new QAction(tr("全部确认导入的单元格(&A)"), this);
    connect(m_confirm, &QAction::triggered, this, [this] {
        if (ReportDocument *d = m_window->document(); d && !d->isReadOnly())
            d->confirmCells(d->report().doubts.keys());
    });
}

QList<QAction *> ReportActions::reportMenu() const
{
    return {m_sign, m_reopen, m_submit, m_approve, m_return, m_forms, nullptr, m_rename, nullptr, m_seal, m_dataSentences};
}

void ReportActions::updateActions()
{
    const ReportDocument *d = m_window->document();
    const bool open = d;
    const bool example = m_window->isShowingExample();
    const QString noReport = tr("没有打开的报告：请在左侧列表中选择一份报告，或新建、导入一份");
    const QString exampleWhy = tr("示例报告只读，不在数据库中");
    const bool isSigned = open && d->isSigned();
    const QString review = open ? d->reviewState() : QString();
    const bool locked = open && (isSigned || d->isUnderReview());
    const QString lockedWhy = !open ? noReport
        : isSigned                  ? tr("报告已签发，只能查看")
                                    : tr("报告%1，只能查看；需要修改时请审核人退回").arg(ReportStore::reviewStateName(review));
    // On a server the login's rights decide too (the database enforces them; here they only say why beforehand).
    const ReportStore::Rights rights = open ? d->rights() : ReportStore::Rights();
    const bool stored = open && !example;
    const QString notWriter = tr("您（数据库用户 %1）不填报这个机关的报告").arg(m_store.user());
    const QString notReviewer = tr("您（数据库用户 %1）不是这个机关的审核人").arg(m_store.user());
    const bool server = ReportStore::isServer(m_store.location());
    setEnabledWithReason(m_delete, stored && !locked && rights.writes,
                         !open ? noReport : example ? exampleWhy
                                                    : isSigned ? tr("报告已签发，不能删除：如需删除，请先撤回签发（报告 ▸ 撤回签发）") : locked ? lockedWhy : notWriter);
    setEnabledWithReason(m_sign, stored && !isSigned && rights.writes && (review == QLatin1String("approved") || (!server && review == QLatin1String("draft"))),
                         !open ? noReport : example ? exampleWhy : isSigned ? tr("报告已签发") : !rights.writes ? notWriter
                                                                                                   : tr("报告%1：审核通过后才能签发").arg(ReportStore::reviewStateName(review)));
    setEnabledWithReason(m_submit, stored && !isSigned && rights.writes && (review == QLatin1String("draft") || review == QLatin1String("returned")),
                         !open ? noReport : example ? exampleWhy : isSigned ? tr("报告已签发") : !rights.writes ? notWriter
                                                                                                   : tr("报告已%1").arg(ReportStore::reviewStateName(review)));
    // A reviewer never passes a report it writes itself (the database refuses it as well).
    const bool reviews = rights.reviews && !(server && rights.writes);
    const QString reviewWhy = !rights.reviews ? notReviewer : tr("您填报这个机关的报告，不能审核它");
    setEnabledWithReason(m_approve, stored && !isSigned && reviews && review == QLatin1String("submitted"),
                         !open ? noReport : !reviews ? reviewWhy : tr("只有待审核的报告才能审核通过"));
    setEnabledWithReason(m_return, stored && !isSigned && reviews && (review == QLatin1String("submitted") || review == QLatin1String("approved")),
                         !open ? noReport : !reviews ? reviewWhy : tr("只有待审核或审核通过的报告才能退回"));
    setEnabledWithReason(m_reopen, isSigned && !example && (rights.writes || rights.reviews),
                         !open ? noReport : example ? exampleWhy : !isSigned ? tr("报告尚未签发，无需撤回") : notWriter);
    setEnabledWithReason(m_forms, open && !locked && rights.writes, !open ? noReport : isSigned ? signedRefusal() : locked ? lockedWhy : notWriter);
    // On a server an agency's name is the administrator's (the agency table), and its reports move only for one
    // who writes them: both, as the database requires.
    const bool renames = !server || (rights.administers && rights.writes);
    setEnabledWithReason(m_rename, stored && !locked && renames,
                         !open ? noReport : example ? exampleWhy : locked ? lockedWhy
                             : !rights.administers ? tr("机关名称由办公室的管理员修改：您（数据库用户 %1）不是管理员").arg(m_store.user())
                                                   : notWriter);
    setEnabledWithReason(m_seal, open && !locked && rights.writes, locked || !open ? lockedWhy : notWriter);
    setEnabledWithReason(m_dataSentences, open && !locked && rights.writes, locked || !open ? lockedWhy : notWriter);
    setEnabledWithReason(m_confirm, open && !locked && rights.writes && !d->report().doubts.isEmpty(),
                         locked || !open ? lockedWhy : !rights.writes ? notWriter : tr("没有待确认的导入单元格"));
    setEnabledWithReason(m_new, !m_store.isReadOnly(), tr("数据库文件是只读的，不能加入报告"));
    if (m_store.isReadOnly() && !example) {
        // A database that cannot be written: reading, copying, exporting and printing only.
        const QString why = tr("数据库文件是只读的，只能查看");
        for (QAction *a : {m_sign, m_reopen, m_forms, m_seal, m_confirm, m_dataSentences, m_submit, m_approve, m_return, m_delete, m_rename})
            setEnabledWithReason(a, false, open ? why : noReport);
    }
}

QString ReportActions::signedRefusal()
{
    return tr("报告已签发，只能查看；如需更改表式，请先撤回签发");
}

void ReportActions::newReport()
{
    NewReportDialog dialog(m_registry, m_store, m_window->document() ? m_window->document()->report().agency : QString(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    addReport(dialog.report());
    // A new report starts with its title, date and contact.
    m_window->tabs()->setCurrentIndex(MainWindow::DetailsTab);
    m_window->detailsForm()->setFocus(Qt::OtherFocusReason);
}

void ReportActions::addReport(const Report &report)
{
    m_window->pushLibrary(new NewReportCommand(m_store, report, [this](const QString &error) { m_window->refreshList(error); }));
    m_window->openReport(report.agency, report.year);
}

bool ReportActions::replaceReport(const Report &report, QString *error)
{
    Report old;
    if (!m_store.load(report.agency, report.year, &old)) {
        *error = m_store.lastError();
        return false;
    }
    if (m_store.signOff(report.agency, report.year)) {
        *error = tr("%1 %2 年的报告已签发，不能替换；如需替换，请先撤回签发").arg(report.agency).arg(report.year);
        return false;
    }
    if (const ReportDocument *d = m_window->document(); d && d->report().agency == report.agency && d->report().year == report.year)
        m_window->closeReport();
    // One step on the report list: undo brings the old report back.
    m_window->libraryStack()->beginMacro(tr("替换 %1 %2 年的报告").arg(report.agency).arg(report.year));
    auto changed = [this](const QString &e) { m_window->refreshList(e); };
    m_window->pushLibrary(new DeleteReportCommand(m_store, old, changed));
    m_window->pushLibrary(new NewReportCommand(m_store, report, changed));
    m_window->libraryStack()->endMacro();
    return m_window->openReport(report.agency, report.year);
}

void ReportActions::deleteReport()
{
    const ReportDocument *d = m_window->document();
    if (!d || m_window->isShowingExample())
        return;
    // Refused at once, before any question, when it cannot be deleted (a shortcut reaches here even when disabled).
    if (d->isSigned() || d->isUnderReview()) {
        QMessageBox::information(m_window, tr("删除报告"), m_delete->toolTip());
        return;
    }
    // What the database holds is what comes back on undo.
    Report r;
    if (!m_store.load(d->report().agency, d->report().year, &r)) {
        QMessageBox::warning(m_window, m_window->windowTitle(), m_store.lastError());
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("删除报告"), tr("删除 %1 %2 年的报告？\n可以在报告列表中用“撤销”恢复。").arg(r.agency).arg(r.year),
                    QMessageBox::Yes | QMessageBox::No, m_window);
    ask.setDefaultButton(QMessageBox::No); // Enter does not delete
    if (ask.exec() != QMessageBox::Yes)
        return;
    // The neighbour below in the list (or above, at the end) is opened next.
    ReportListModel *model = m_window->reportModel();
    const QModelIndex here = model->indexOf(r.agency, r.year);
    QModelIndex neighbour = here.siblingAtRow(here.row() + 1);
    if (!neighbour.isValid())
        neighbour = here.siblingAtRow(here.row() - 1);
    if (!neighbour.isValid()) { // the agency's only report: the next agency's first, or the one before's last
        const QModelIndex agency = here.parent();
        for (const QModelIndex &a : {agency.siblingAtRow(agency.row() + 1), agency.siblingAtRow(agency.row() - 1)})
            if (const int years = int(model->reportsOf(a).size()); years > 0) {
                neighbour = model->index(a.row() < agency.row() ? years - 1 : 0, 0, a);
                break;
            }
    }
    const QString nextAgency = neighbour.data(ReportListModel::AgencyRole).toString();
    const int nextYear = neighbour.data(ReportListModel::YearRole).toInt();
    m_window->closeReport();
    m_window->pushLibrary(new DeleteReportCommand(m_store, r, [this, r, nextAgency, nextYear](const QString &error) {
        m_window->refreshList(error);
        // Done: the neighbour; undone: the report back.
        if (m_store.contains(r.agency, r.year))
            m_window->openReport(r.agency, r.year);
        else if (!m_window->document() && !nextAgency.isEmpty())
            m_window->openReport(nextAgency, nextYear);
    }));
}

bool ReportActions::changeForms(const ReportFormats &forms, QString *error)
{
    const ReportDocument *d = m_window->document();
    if (!d) {
        *error = tr("没有打开的报告");
        return false;
    }
    if (d->isSigned()) {
        *error = signedRefusal();
        return false;
    }
    Report before;
    if (!m_store.load(d->report().agency, d->report().year, &before)) {
        *error = m_store.lastError();
        return false;
    }
    if (forms == before.formats)
        return true;
    const Report after = ReportSchema::withForms(m_registry, before, forms, nullptr);
    const QString agency = before.agency;
    const int year = before.year;
    // The open report's tables are built for its forms: it is opened again after each step (its edits' undo history
    // goes, as when a report is deleted).
    m_window->pushLibrary(new ChangeFormsCommand(m_store, before, after, [this, agency, year](const QString &e) {
        m_window->closeReport();
        m_window->openReport(agency, year);
        m_window->refreshList(e);
    }));
    if (!m_window->document() || !(m_window->document()->report().formats == forms)) {
        *error = tr("表式未能更改：%1").arg(m_store.lastError());
        return false;
    }
    return true;
}

void ReportActions::changeFormsDialog()
{
    const ReportDocument *d = m_window->document();
    if (!d)
        return;
    if (d->isSigned()) {
        QMessageBox::information(m_window, tr("更改表式"), signedRefusal());
        return;
    }
    ChangeFormsDialog dialog(m_registry, d->report(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    changeForms(dialog.chosen(), &error); // a store that refuses has said so (refreshList)
}

void ReportActions::renameAgency()
{
    const ReportDocument *d = m_window->document();
    if (!d)
        return;
    const QString from = d->report().agency;
    const int year = d->report().year;
    QStringList names = m_store.agencies();
    names.removeAll(from);
    names.prepend(from);
    bool ok = false;
    const QString to = QInputDialog::getItem(m_window, tr("重命名或合并机关"), tr("“%1”的新名称（选已有的机关，则把报告合并到它名下）：").arg(from), names, 0, true, &ok)
                           .trimmed();
    if (!ok || to.isEmpty() || to == from)
        return;
    m_window->pushLibrary(new RenameAgencyCommand(m_store, from, to, [this, from, to, year](const QString &e) {
        m_window->closeReport();
        m_window->openReport(m_store.contains(to, year) ? to : from, year);
        m_window->refreshList(e);
    }));
}

void ReportActions::signOff()
{
    ReportDocument *d = m_window->document();
    if (!d || d->isSigned())
        return;
    const auto &findings = d->findings();
    const int errors = ReportChecker::count(findings, Severity::Error);
    const int doubts = int(d->report().doubts.size());
    // The unconfirmed cells are warnings in the panel; here they have a line of their own, counted once.
    const int warnings = ReportChecker::count(findings, Severity::Warning)
        - int(std::count_if(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.rule == QLatin1String("cell.unconfirmed"); }));
    if (errors + warnings + doubts > 0) {
        QStringList lines;
        if (errors > 0)
            lines.append(tr("%n 个错误", nullptr, errors));
        if (warnings > 0)
            lines.append(tr("%n 个警告", nullptr, warnings));
        // Last year's words are the warnings a signer most needs to read: each said in full, once however many
        // sentences it stands for.
        QStringList said;
        QVector<int> times;
        for (const Finding &f : findings)
            if (f.rule == QLatin1String("prose.unchanged") || f.rule == QLatin1String("prose.year")) {
                if (const qsizetype at = said.indexOf(f.message); at >= 0) {
                    ++times[at];
                } else {
                    said.append(f.message);
                    times.append(1);
                }
            }
        for (int i = 0; i < said.size(); ++i)
            lines.append(QStringLiteral("  · ") + said[i] + (times[i] > 1 ? tr("（%n 处）", nullptr, times[i]) : QString()));
        if (doubts > 0)
            lines.append(tr("%n 个导入时未能确定、尚未核对确认的单元格（紫色）", nullptr, doubts));
        QMessageBox box(QMessageBox::Question, tr("签发"), tr("报告还有：\n%1\n\n签发后报告只能查看。仍要签发吗？").arg(lines.join(QLatin1Char('\n'))),
                        QMessageBox::Yes | QMessageBox::No, m_window);
        // Errors and unchecked figures: Enter must not sign by accident.
        box.setDefaultButton(errors + doubts > 0 ? QMessageBox::No : QMessageBox::Yes);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    bool ok = false;
    // The name printed as the signer's; the database records the login beside it.
    const QString who = QInputDialog::getText(m_window, tr("签发"), tr("签发人（印在报告上的姓名）："), QLineEdit::Normal, QString(), &ok);
    if (ok && !who.trimmed().isEmpty())
        d->sign(who.trimmed());
}

void ReportActions::returnForChanges()
{
    ReportDocument *d = m_window->document();
    if (!d)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(m_window, tr("退回修改"), tr("退回的原因（办事员会在“基本信息”中看到）："), QString(), &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        QMessageBox::warning(m_window, tr("退回修改"), tr("退回需要说明原因，报告没有退回"));
        return;
    }
    d->review(QStringLiteral("return"), reason);
}

void ReportActions::reopen()
{
    ReportDocument *d = m_window->document();
    if (!d || !d->isSigned())
        return;
    WithdrawDialog dialog(d->report().displayTitle(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    d->reopen(QString(), dialog.reason());
}

void ReportActions::chooseSeal()
{
    ReportDocument *d = m_window->document();
    if (!d)
        return;
    const QString path = FileDialogs::open(m_window, QStringLiteral("image"), tr("选择印章图片"), tr("印章图片 (*.png *.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto seal = readSealImage(path, &error);
    if (!seal) {
        QMessageBox::warning(m_window, tr("选择印章图片"), error);
        return;
    }
    if (!d->setSeal(seal->mimeType, seal->data))
        return; // storeFailed has said why
    m_window->preview()->sealBox()->setChecked(true);
    m_window->preview()->refresh();
}

std::optional<ReportStore::Attachment> ReportActions::readSealImage(const QString &path, QString *error)
{
    constexpr qint64 maxBytes = 8 * 1024 * 1024;
    constexpr int maxSide = 6000;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1：无法读取（%2）").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxBytes) {
        *error = tr("%1 太大（%2 MB）：印章图片不能超过 %3 MB").arg(path).arg(file.size() / 1048576.0, 0, 'f', 1).arg(maxBytes / 1048576);
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    const bool svg = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    if (!svg) {
        QImageReader reader(path);
        const QSize size = reader.size();
        if (!reader.canRead() || !size.isValid()) {
            *error = tr("%1 不是可用的 PNG 图片").arg(path);
            return std::nullopt;
        }
        if (size.width() > maxSide || size.height() > maxSide) {
            *error = tr("%1 太大（%2 × %3 像素）：印章图片的宽和高不能超过 %4 像素").arg(path).arg(size.width()).arg(size.height()).arg(maxSide);
            return std::nullopt;
        }
        // Decoded once here, within the size just checked: a file whose header is fine but whose data is not (cut
        // short, or crafted) is refused now rather than failing in the preview.
        if (reader.read().isNull()) {
            *error = tr("%1 不是可用的 PNG 图片（%2）").arg(path, reader.errorString());
            return std::nullopt;
        }
    } else if (!data.contains("<svg")) {
        *error = tr("%1 不是 SVG 图片").arg(path);
        return std::nullopt;
    }
    return ReportStore::Attachment{svg ? QStringLiteral("image/svg+xml") : QStringLiteral("image/png"), data};
}

void ReportActions::insertDataSentences()
{
    const ReportDocument *d = m_window->document();
    if (!d || d->isReadOnly())
        return;
    const QString text = DataSentences::draft(d->report(), d->previousYear());
    if (text.isEmpty()) {
        m_window->showMessage(tr("表三、表四还没有填写，没有可写的数据"), 8000);
        return;
    }
    ProseEdit *edit = m_window->proseEdit(QStringLiteral("part1"));
    m_window->tabs()->setCurrentIndex(MainWindow::OverviewTab);
    edit->setFocus(Qt::OtherFocusReason);
    edit->textCursor().insertText(text); // an ordinary edit of the prose: one undo step, then the clerk's to change
}
