#pragma once

#include "BatchRunner.h"
#include "ReportBatch.h"

#include <QDialog>
#include <memory>
#include <optional>

class FontSet;
class FormatRegistry;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTimer;
class QTreeWidget;

// 文件 ▸ 批量导出 and 报告 ▸ 批量检查: the reports selected in the list, every report, or one year's, exported one file
// each into a folder or checked, on a worker per core while the window stays usable. A progress dialog counts them
// and can stop the batch (the reports begun are finished: only whole files are left). A check ends with a table of
// the reports and their errors and warnings; a double-click opens one.
class BatchDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Export, Check };
    BatchDialog(Mode mode, const FormatRegistry &registry, const QString &location, const FontSet *fonts,
                const QVector<ReportStore::Entry> &entries, const QVector<ReportBatch::Item> &selected, QWidget *parent = nullptr);
    ~BatchDialog() override;

    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *formatBox() const { return m_format; }
    QLineEdit *folderEdit() const { return m_folder; }
    QPushButton *startButton() const { return m_start; }
    QProgressDialog *progress() const { return m_progress; }
    QTreeWidget *results() const { return m_results; }
    QLabel *summary() const { return m_summary; }
    bool isRunning() const { return m_batch != nullptr; }

    // What every batch window does (this one and BatchImportDialog): a worker's connection to the store — on a
    // server, the password asked here once for the batch when libpq has none (nullopt: cancelled or refused, said);
    // the progress dialog that counts and stops it; and each tick of its poll: 停止 taken, the count shown, true once
    // the batch has ended.
    static std::optional<ReportBatch::StoreOpener> storeOpener(QWidget *parent, const FormatRegistry &registry, const QString &location);
    static QProgressDialog *progressDialog(QWidget *parent, const QString &label, int count);
    static bool follow(BatchRunner &batch, QProgressDialog *progress);

signals:
    void openRequested(const QString &agency, int year);
    void finished(); // a batch ended (ran through or was stopped); summary() says how

private:
    void start();
    void poll();
    void end();
    void chooseFolder();
    QVector<ReportBatch::Item> chosen() const;

    Mode m_mode;
    const FormatRegistry &m_registry;
    QString m_location;
    const FontSet *m_fonts;
    QVector<ReportStore::Entry> m_entries;
    QVector<ReportBatch::Item> m_selected;
    QVector<ReportBatch::Item> m_items; // of the batch running or last run
    QComboBox *m_scope;
    QComboBox *m_format = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_start;
    QTreeWidget *m_results;
    QLabel *m_summary;
    QProgressDialog *m_progress = nullptr;
    QTimer *m_poll;
    std::unique_ptr<BatchRunner> m_batch;
};
