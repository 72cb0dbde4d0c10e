#include "WindowHost.h"

#include "ImportActions.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "ReportDocument.h"
#include "ReportStore.h"
#include "UiLanguage.h"
#include "WindowArguments.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

WindowHost::WindowHost(const FormatRegistry &registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    // The platform's face as it resolves (an alias such as "Sans Serif" first in a list of families is passed over for
    // the next), whatever the application's font has been set to since.
    , m_systemFamily(QFontInfo(QFontDatabase::systemFont(QFontDatabase::GeneralFont)).family())
{
}

WindowHost::~WindowHost()
{
    delete m_window.data();
}

MainWindow *WindowHost::window() const
{
    return m_window;
}

namespace {

// The interface in a sans-serif CJK face; the print faces loaded later must not become the UI's fallback. In
// English the system's face comes first, so that Latin punctuation (’ “) is not set full-width from the CJK face.
void useInterfaceFont(const QString &language, const QString &systemFamily)
{
    const QString cjk = QStringLiteral("Noto Sans CJK SC");
    if (!QFontDatabase::hasFamily(cjk))
        return;
    QFont ui = QApplication::font();
    ui.setFamilies(language == QLatin1String("en") ? QStringList{systemFamily, cjk} : QStringList{cjk, systemFamily});
    QApplication::setFont(ui);
}

} // namespace

bool WindowHost::start(const QString &location, QString *error)
{
    QApplication::setApplicationDisplayName(tr("政府信息公开年报"));
    useInterfaceFont(Preferences().language(), m_systemFamily);
    QString path = location;
    QString fallback;
    if (path.isEmpty()) {
        path = Preferences().database();
        if (!path.isEmpty() && !ReportStore::isServer(path) && !QFileInfo::exists(path)) {
            fallback = tr("上次使用的数据库 %1 已不存在，现在打开默认数据库。").arg(QDir::toNativeSeparators(path));
            path.clear();
        }
    }
    auto store = openOrOfferBackup(path, error);
    if (!store && !path.isEmpty() && location.isEmpty() && !error->isEmpty()) {
        // The last file is unusable now: say so, and open the default rather than nothing.
        fallback = tr("上次使用的数据库无法打开，现在打开默认数据库：\n%1").arg(*error);
        store = ReportStore::open(m_registry, QString(), error);
    }
    if (!store)
        return false;
    show(new MainWindow(m_registry, std::move(store)), nullptr);
    if (!fallback.isEmpty())
        QTimer::singleShot(0, m_window, [w = m_window, fallback] {
            if (w)
                QMessageBox::warning(w, QApplication::applicationDisplayName(), fallback);
        });
    return true;
}

bool WindowHost::start(const WindowArguments &arguments, QString *error)
{
    QStringList problems = arguments.problems;
    const QString given = arguments.database.isEmpty() || ReportStore::isServer(arguments.database)
        ? arguments.database : QFileInfo(arguments.database).absoluteFilePath();
    bool opened = !given.isEmpty() && start(given, error);
    if (opened) {
        Preferences().noteDatabase(given);
    } else {
        if (!given.isEmpty())
            problems.prepend(tr("无法打开数据库 %1：%2\n现在打开上次使用的数据库。").arg(QDir::toNativeSeparators(given), error->isEmpty() ? tr("未打开") : *error));
        error->clear();
        if (!start(QString(), error))
            return false;
    }
    // After the window is shown: each import may ask (the agency, the review), each box over the window.
    QTimer::singleShot(0, m_window, [w = m_window, problems, imports = arguments.imports] {
        if (w && !problems.isEmpty())
            QMessageBox::warning(w, QApplication::applicationDisplayName(), problems.join(QLatin1Char('\n')));
        for (const QString &path : imports)
            if (w)
                w->imports()->importPath(path);
    });
    return true;
}

bool WindowHost::openDatabase(const QString &path, bool create, QString *error)
{
    const bool server = ReportStore::isServer(path);
    const QString absolute = server ? path : QFileInfo(path).absoluteFilePath();
    if (!server && !create && !QFileInfo::exists(absolute)) {
        *error = tr("%1 不存在").arg(QDir::toNativeSeparators(absolute));
        Preferences().forgetDatabase(absolute);
        return false;
    }
    auto store = openOrOfferBackup(absolute, error);
    if (!store)
        return false;
    Preferences().noteDatabase(absolute);
    if (m_window)
        m_window->saveLayout();
    show(new MainWindow(m_registry, std::move(store)), m_window);
    return true;
}

void WindowHost::applyLanguage()
{
    UiLanguage::install(*QCoreApplication::instance(), Preferences().language());
    QApplication::setApplicationDisplayName(tr("政府信息公开年报"));
    useInterfaceFont(Preferences().language(), m_systemFamily);
    MainWindow *old = m_window;
    if (!old)
        return;
    old->saveLayout();
    const bool example = old->isShowingExample();
    ReportDocument *document = old->releaseDocument();
    auto *window = new MainWindow(m_registry, old->takeStore());
    if (document)
        window->adoptDocument(document);
    else if (example)
        window->openExample();
    show(window, old);
}

std::unique_ptr<ReportStore> WindowHost::openOrOfferBackup(const QString &path, QString *error)
{
    bool unusable = false;
    // A server's password libpq does not have: asked once, for this connection only, never kept.
    const auto askPassword = [this](const QString &address) -> std::optional<QString> {
        bool ok = false;
        const QString password = QInputDialog::getText(m_window, tr("连接数据库服务器"), tr("%1 的口令：").arg(address), QLineEdit::Password, QString(), &ok);
        return ok ? std::optional<QString>(password) : std::nullopt;
    };
    auto store = ReportStore::open(m_registry, path, error, &unusable, askPassword);
    if (store || !unusable)
        return store;
    const QString location = path.isEmpty() ? ReportStore::defaultLocation() : path;
    const QString backup = ReportStore::newestBackup(location, Preferences().backupFolder());
    if (backup.isEmpty())
        return nullptr;
    QMessageBox box(QMessageBox::Critical, QApplication::applicationDisplayName(),
                    *error + QStringLiteral("\n\n")
                        + tr("这个数据库有一份 %1 的备份：\n%2\n要把无法使用的文件改名保留（内容不作任何改动），用这份备份代替它打开吗？备份之后的修改不在备份里。")
                              .arg(QLocale().toString(QFileInfo(backup).lastModified(), QLocale::ShortFormat), QDir::toNativeSeparators(backup)),
                    QMessageBox::Yes | QMessageBox::No, m_window);
    box.button(QMessageBox::Yes)->setText(tr("用备份代替(&B)"));
    box.button(QMessageBox::No)->setText(tr("不打开(&N)"));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes) {
        error->clear();
        return nullptr;
    }
    QString aside;
    if (!ReportStore::replaceWithBackup(location, backup, &aside, error))
        return nullptr;
    store = ReportStore::open(m_registry, path, error);
    if (store)
        m_replaced = tr("已用备份 %1 代替无法使用的数据库；原文件改名保留为 %2")
                         .arg(QFileInfo(backup).fileName(), QDir::toNativeSeparators(aside));
    return store;
}

void WindowHost::show(MainWindow *window, MainWindow *previous)
{
    m_window = window;
    if (!m_replaced.isEmpty())
        window->statusBar()->showMessage(m_replaced, 30000);
    m_replaced.clear();
    connect(window, &MainWindow::databaseRequested, this, [this](const QString &path, bool create) {
        QString error;
        if (!openDatabase(path, create, &error) && !error.isEmpty())
            QMessageBox::warning(m_window, create ? tr("新建数据库") : tr("打开数据库"), error);
    });
    connect(window, &MainWindow::languageChanged, this, &WindowHost::applyLanguage);
    if (previous) {
        window->setGeometry(previous->geometry());
        previous->hide();
        previous->deleteLater(); // after the slot that asked for this has returned; its store (if still its own) with it
    }
    window->show();
    window->activateWindow(); // in place of the one that was active
}
