#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;

// What the editor area shows while no report is open: the first steps (a new report, last year's published report
// from a file or the clipboard, the example) and where the data lives. On an empty database it is the first thing
// a clerk sees.
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    // The database shown at the bottom, whether it holds reports already (the heading says what to do), and whether
    // it is read-only (nothing can be added: only the example and the list are offered).
    void setDatabase(const QString &location, bool hasReports, bool readOnly = false);
    // The year 新建 offers: the one the new-report dialog will propose.
    void setProposedYear(int year);

    QCommandLinkButton *newButton() const { return m_new; }
    QCommandLinkButton *importFileButton() const { return m_importFile; }
    QCommandLinkButton *importClipboardButton() const { return m_importClipboard; }
    QCommandLinkButton *exampleButton() const { return m_example; }

signals:
    void newReportRequested();
    void importFileRequested();
    void importClipboardRequested();
    void exampleRequested();
    void dataFolderRequested();

private:
    QLabel *m_heading;
    QLabel *m_location;
    QCommandLinkButton *m_new;
    QCommandLinkButton *m_importFile;
    QCommandLinkButton *m_importClipboard;
    QCommandLinkButton *m_example;
};
