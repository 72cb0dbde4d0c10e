#include "ImportActions.h"

#include "FileDialogs.h"
#include "HtmlText.h"
#include "ImportReviewDialog.h"
#include "MainWindow.h"
#include "ReportImport.h"
#include "ReportJson.h"
#include "ReportStore.h"
#include "WebPage.h"

#include <QApplication>
#include <QClipboard>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QStatusBar>
#include <QThread>

ImportActions::ImportActions(const FormatRegistry &registry, ReportStore &store, MainWindow *window)
    : QObject(window)
    , m_registry(registry)
    , m_store(store)
    , m_window(window)
{
}

void ImportActions::importJson()
{
    const QString path = FileDialogs::open(m_window, QStringLiteral("import"), tr("导入报告 JSON"), tr("报告 JSON (*.json)"));
    if (!path.isEmpty())
        importJsonFile(path);
}

void ImportActions::importTextFile()
{
    const QString path = FileDialogs::open(m_window, QStringLiteral("import"), tr("导入报告全文"), tr("报告全文或扫描件 (*.txt *.md *.html *.htm *.docx *.odt *.doc *.wps *.pdf *.png *.jpg *.jpeg *.tif *.tiff)"));
    if (!path.isEmpty())
        importTextFromFile(path);
}

void ImportActions::importFile()
{
    const QString path = FileDialogs::open(m_window, QStringLiteral("import"), tr("导入报告"),
                                                   tr("报告全文、网页、Word/WPS 文件、PDF、扫描件或报告 JSON (*.txt *.md *.html *.htm *.docx *.odt *.doc *.wps *.pdf *.png *.jpg *.jpeg *.tif *.tiff *.json);;所有文件 (*)"));
    if (!path.isEmpty())
        importPath(path);
}

void ImportActions::importPath(const QString &path)
{
    if (WebPage::isAddress(path))
        importFromAddress(path);
    else if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        importJsonFile(path);
    else
        importTextFromFile(path);
}

void ImportActions::importJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(m_window, tr("导入报告 JSON"), tr("%1：无法读取（%2）").arg(path, file.errorString()));
        return;
    }
    QString error;
    const auto report = ReportJson::read(file.readAll(), m_registry, &error);
    if (!report) {
        QMessageBox::warning(m_window, tr("导入报告 JSON"), tr("%1：%2\n未导入任何内容。").arg(path, error));
        return;
    }
    bool replace = false;
    if ((!mayAdd(*report, &replace, &error) || !addImported(*report, replace, &error)) && !error.isEmpty())
        QMessageBox::warning(m_window, tr("导入报告 JSON"), error);
}

void ImportActions::importTextFromFile(const QString &path)
{
    // Read on a thread of its own — a scan's OCR takes seconds a page, a converter as long as it takes — while the window
    // shows that it is reading and can stop it.
    QString error;
    SourcePages scan;
    std::optional<QString> text;
    std::atomic_bool cancel{false};
    QProgressDialog progress(tr("正在读取 %1 …（扫描件要逐页识别文字，每页约几秒）").arg(QFileInfo(path).fileName()), tr("取消"), 0, 0, m_window);
    progress.setWindowTitle(tr("导入报告全文"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    QEventLoop wait;
    QString other;
    std::optional<OcrReadings> ocr;
    std::unique_ptr<QThread> reader(QThread::create([&] { text = ReportImport::textOfFile(path, &error, &scan, &cancel, &ocr, &other); }));
    connect(reader.get(), &QThread::finished, &wait, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &wait, [&cancel] { cancel = true; });
    reader->start();
    wait.exec();
    progress.reset();
    if (cancel) {
        m_window->statusBar()->showMessage(tr("已取消导入，未写入任何内容"), 8000);
        return;
    }
    if (text)
        importText(*text, path, &error, scan, other, ocr ? &*ocr : nullptr);
    else
        error = QStringLiteral("%1：%2").arg(path, error);
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("导入报告全文"), error);
}

void ImportActions::importClipboard()
{
    QString error;
    // A browser's copy carries the page's HTML beside its text: the HTML keeps the tables' rows and cells.
    const QMimeData *copied = QApplication::clipboard()->mimeData();
    const QString text = copied && copied->hasHtml() ? HtmlText::text(copied->html()) : QApplication::clipboard()->text();
    if (!importText(text, tr("剪贴板"), &error) && !error.isEmpty())
        QMessageBox::warning(m_window, tr("导入报告全文"), error);
}

void ImportActions::importAddress()
{
    bool ok = false;
    const QString address = QInputDialog::getText(m_window, tr("从网址导入"), tr("年报网页的地址（http:// 或 https://）："), QLineEdit::Normal,
                                                  QString(), &ok).trimmed();
    if (ok && !address.isEmpty())
        importFromAddress(address);
}

void ImportActions::importFromAddress(const QString &address)
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<QString> text = WebPage::text(QUrl::fromUserInput(address), &error);
    QApplication::restoreOverrideCursor();
    if (!text || (!importText(*text, address, &error) && !error.isEmpty()))
        QMessageBox::warning(m_window, tr("从网址导入"), error);
}

bool ImportActions::importText(const QString &text, const QString &source, QString *error, const SourcePages &scan, const QString &other,
                               const OcrReadings *ocr)
{
    // Last year's report, under the printed name or the known agency it is close to.
    ReportImport import(m_registry, [this] { return &m_store; });
    TextImporter::Options options;
    TextImporter::Failure failure{};
    bool otherKept = false;
    auto result = import.readEither(text, other, options, error, &failure, ocr, &otherKept);
    if (!result && failure == TextImporter::Failure::NoAgencyOrYear) {
        // Some published texts have no title: ask for what it would have said.
        bool ok = false;
        options.agency = QInputDialog::getText(m_window, tr("导入报告全文"), tr("文本中没有标题。机关名称："), QLineEdit::Normal, QString(), &ok).trimmed();
        if (!ok || options.agency.isEmpty()) {
            error->clear(); // the clerk cancelled: nothing to report
            return false;
        }
        options.year = QInputDialog::getInt(m_window, tr("导入报告全文"), tr("年度："), QDate::currentDate().year() - 1, 2008, 2100, 1, &ok);
        if (!ok) {
            error->clear();
            return false;
        }
        result = import.readEither(text, other, options, error, nullptr, ocr, &otherKept);
    }
    if (!result) {
        *error = tr("%1：%2\n未导入任何内容。").arg(source, *error);
        return false;
    }
    Report &imported = result->report;
    const QString known = import.linkedAgency(imported.agency);
    // A signed report, or one under review, is not replaced: said now, before any question or review.
    for (const QString &agency : {imported.agency, known})
        if (const QString why = cannotReplace(agency, imported.year); !why.isEmpty()) {
            *error = why;
            return false;
        }
    // The same agency printed differently in another year: the clerk says whether it is the one already here.
    if (known != imported.agency) {
        const auto answer = QMessageBox::question(
            m_window, tr("导入报告全文"),
            tr("数据库中已有相近的机关“%1”。\n这份报告的机关是“%2”。\n\n归入“%1”吗？（选“否”则作为另一个机关导入）").arg(known, imported.agency),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel) {
            error->clear();
            return false;
        }
        if (answer == QMessageBox::Yes)
            ReportImport::fileUnder(imported, known);
    }
    // Checked against the source before anything is saved; only then, whether it replaces the report there.
    Report previous;
    const bool hasPrevious = m_store.load(imported.agency, imported.year - 1, &previous);
    // The other reading kept: its text is the one reviewed, without the pages' outlines (they are the first's lines).
    ImportReviewDialog review(m_registry, otherKept ? other : text, *result, hasPrevious ? std::optional<Report>(previous) : std::nullopt, m_window,
                              otherKept ? SourcePages() : scan);
    if (review.exec() != QDialog::Accepted) {
        error->clear();
        m_window->statusBar()->showMessage(tr("已取消导入，未写入任何内容"), 8000);
        return false;
    }
    const Report reviewed = review.report();
    bool replace = false;
    if (!mayAdd(reviewed, &replace, error)) {
        if (error->isEmpty())
            m_window->statusBar()->showMessage(tr("已保留数据库中的报告，未导入任何内容"), 8000);
        return false;
    }
    return addImported(reviewed, replace, error);
}

QString ImportActions::cannotReplace(const QString &agency, int year)
{
    const auto entry = m_store.status(agency, year);
    if (!entry)
        return QString();
    if (entry->isSigned())
        return tr("数据库中 %1 %2 年的报告已签发，不能用导入的报告替换。\n如需替换，请先打开它，撤回签发（报告 ▸ 撤回签发）并说明原因。")
            .arg(agency)
            .arg(year);
    if (entry->review == QLatin1String("submitted") || entry->review == QLatin1String("approved"))
        return tr("数据库中 %1 %2 年的报告%3，不能用导入的报告替换：需要修改时请审核人退回。").arg(agency).arg(year).arg(ReportStore::reviewStateName(entry->review));
    return QString();
}

bool ImportActions::mayAdd(const Report &report, bool *replace, QString *error)
{
    *replace = false;
    if (const QString why = cannotReplace(report.agency, report.year); !why.isEmpty()) {
        *error = why;
        return false;
    }
    if (!m_store.contains(report.agency, report.year))
        return true;
    // As --replace on the command line: the report there goes (one undo step brings it back).
    const auto answer = QMessageBox::question(m_window, tr("导入报告"),
                                              tr("数据库中已有 %1 %2 年的报告。\n用导入的报告替换它吗？（可以在报告列表中用“撤销”恢复）")
                                                  .arg(report.agency)
                                                  .arg(report.year),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        error->clear(); // the clerk chose to keep it: nothing to report
        return false;
    }
    *replace = true;
    return true;
}

bool ImportActions::addImported(const Report &report, bool replace, QString *error)
{
    if (replace)
        return m_window->reports()->replaceReport(report, error);
    m_window->reports()->addReport(report);
    return true;
}
