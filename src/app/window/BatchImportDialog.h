#pragma once

#include "BatchRunner.h"

#include <QDialog>
#include <memory>

class FormatRegistry;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressDialog;
class QPushButton;
class QTimer;
class QTreeWidget;

// 文件 ▸ 批量导入: a county's reports at once — files, folders (the report files in them) and pages' addresses, one
// per line — read on a worker per core while the window stays usable, each saved in a transaction of its own. A
// progress dialog counts them and can stop the batch (a report begun is finished). It ends with each source's
// outcome: imported (with its errors, warnings and the cells to confirm) or not and why; a double-click opens an
// imported report, where its marked cells are confirmed.
class BatchImportDialog : public QDialog
{
    Q_OBJECT
public:
    BatchImportDialog(const FormatRegistry &registry, const QString &location, QWidget *parent = nullptr);
    ~BatchImportDialog() override;

    QPlainTextEdit *sourcesEdit() const { return m_sources; }
    QCheckBox *replaceBox() const { return m_replace; }
    QPushButton *startButton() const { return m_start; }
    QProgressDialog *progress() const { return m_progress; }
    QTreeWidget *results() const { return m_results; }
    QLabel *summary() const { return m_summary; }
    bool isRunning() const { return m_batch != nullptr; }
    // Adds sources to the list (a file dropped, a folder chosen).
    void addSources(const QStringList &sources);

signals:
    void openRequested(const QString &agency, int year);
    void finished(); // a batch ended (ran through or was stopped); summary() says how

private:
    void start();
    void poll();
    void end();
    void chooseFiles();
    void chooseFolder();

    const FormatRegistry &m_registry;
    QString m_location;
    QStringList m_running; // the sources of the batch running or last run
    QPlainTextEdit *m_sources;
    QCheckBox *m_replace;
    QPushButton *m_start;
    QTreeWidget *m_results;
    QLabel *m_summary;
    QProgressDialog *m_progress = nullptr;
    QTimer *m_poll;
    std::unique_ptr<BatchRunner> m_batch;
};
