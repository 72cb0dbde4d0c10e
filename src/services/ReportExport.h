#pragma once

#include "FigureHistory.h"
#include "FormatRegistry.h"
#include "RenderOptions.h"
#include "Report.h"
#include "ReportStore.h"

#include <QCoreApplication>
#include <optional>

class FontSet;
class OfficeDashboard;
class ReportLayout;
class ReportStore;

// One export for the window and the command line: report JSON, PDF (PDF/A-1b), DOCX, ODT or HTML, the format told
// by the file's suffix. The PDF is the pages a ReportLayout lays out — the window passes the preview's own, so the
// file is what the clerk sees; without one, the pages are laid out here with the shipped faces and the office's
// mapping (编辑 ▸ 设置 ▸ 打印字体), as the preview would.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
public:
    struct Options
    {
        bool pdfa = false;
        const ReportLayout *layout = nullptr; // the pages to write, already laid out
        RenderOptions render;                 // how to lay them out here otherwise (the 草稿 mark, a seal)
        const FontSet *fonts = nullptr;       // with these faces (a batch loads them once); else loaded here
        QString signature;                    // a signed report's SHA-256, written in the PDF's metadata
        std::optional<FigureHistory> chart;   // HTML: the figures over the years after the report (two years or more)
    };
    // The shipped faces with the office's mapping (编辑 ▸ 设置 ▸ 打印字体): what a PDF is laid out with. Needs a
    // QGuiApplication.
    static bool loadPrintFonts(FontSet *fonts, QString *error);
    // The chart's face: the shipped 黑体 where it loads (the PDF's faces), else the application's.
    static QFont chartFont();
    // The figures over the years as a PNG or SVG by the suffix (the window's 保存图表 and `chart` write the same file).
    static bool writeChart(const FigureHistory &history, const QString &path, QString *error);
    static QStringList suffixes(); // json pdf docx odt html
    // A region's 一览 as CSV (UTF-8 with a byte-order mark), PDF (A4 landscape, the shipped faces embedded, its text
    // searchable) or HTML, by the suffix; false with *error.
    static QStringList dashboardSuffixes(); // csv pdf html
    static bool writeDashboard(const OfficeDashboard &dashboard, const QString &path, QString *error);
    // Writes the file; false with *error (naming the file) and nothing left behind when it cannot.
    static bool write(const Report &report, const FormatRegistry &registry, const QString &path, const Options &options, QString *error);
    // The options for a report in a store: the draft mark goes, and the signature is written, once it is signed —
    // and only while its content is what was signed (Fingerprint::verify).
    static Options forStored(ReportStore &store, const Report &report, const FormatRegistry &registry);
    // The same from the report's entry as the store listed it (its signature: no read of its own).
    static Options forStored(const ReportStore::Entry &entry, const Report &report, const FormatRegistry &registry);
};
