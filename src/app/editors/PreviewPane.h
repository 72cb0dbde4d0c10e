#pragma once

#include "ReportLayout.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <memory>

class PageView;
class QCheckBox;
class QComboBox;
class QLabel;
class QToolButton;
class ReportDocument;

// The official pages of the open report beside the editors: paginated, zoomable, following every edit. Edits
// are laid out again after a short pause, so typing never waits for the layout.
class PreviewPane : public QWidget
{
    Q_OBJECT
public:
    PreviewPane(const FormatRegistry &registry, const FontSet *fonts, QWidget *parent = nullptr);
    ~PreviewPane() override;

    void setDocument(ReportDocument *document);
    // Lays out now (the pause skipped); false when no fonts were found.
    bool refresh();
    const ReportLayout *reportLayout() const { return m_layout.get(); }
    RenderOptions options() const { return m_options; }
    PageView *pageView() const { return m_view; }
    QCheckBox *sealBox() const { return m_seal; }
    bool isPending() const { return m_timer.isActive(); }
    // Scrolls to where the table ("t3") begins on the pages; false when it is on none.
    bool showTable(const QString &table);

    static constexpr int pauseMs = 150;

private:
    void schedule();
    void updatePageLabel(int page);

    const FontSet *m_fonts;
    std::unique_ptr<ReportLayout> m_layout;
    QPointer<ReportDocument> m_document;
    RenderOptions m_options;
    QTimer m_timer;
    PageView *m_view;
    QComboBox *m_zoom;
    QLabel *m_pageLabel;
    QToolButton *m_previous;
    QToolButton *m_next;
    QCheckBox *m_seal;
    QLabel *m_message;
};
