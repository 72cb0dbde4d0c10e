#pragma once

#include "FormatRegistry.h"
#include "Report.h"

#include <QByteArray>
#include <QCoreApplication>
#include <optional>

// Report JSON, schema "disclosure-report/1" (shared/spec/report-json.md): a strict reader that rejects the
// whole file with a message naming the member, and a writer whose output diffs well (members in the order of
// the spec, cells in printed order, one per line).
class ReportJson
{
    Q_DECLARE_TR_FUNCTIONS(ReportJson)
public:
    static constexpr const char *schemaId = "disclosure-report/1";

    static std::optional<Report> read(const QByteArray &json, const FormatRegistry &registry, QString *error);
    static QByteArray write(const Report &report, const FormatRegistry &registry);
};
