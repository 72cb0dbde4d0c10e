#pragma once

#include <QByteArray>

class FormatRegistry;
struct Report;

// The report as one self-contained UTF-8 HTML page of the kind agency websites publish: semantic tables
// (rowspan/colspan, <th scope>), print CSS (A4, GB/T 9704 margins), every piece of user text escaped.
// With an SVG (the figures over the years, FigureChart), the page ends with it inline, after the report.
class HtmlExporter
{
public:
    static QByteArray write(const Report &report, const FormatRegistry &registry, const QByteArray &chartSvg = {});
};
