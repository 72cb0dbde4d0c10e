#pragma once

#include "CommandLine.h"
#include "FormatRegistry.h"

#include <QStringList>
#include <QTextStream>

namespace TestSupport {

// `disclosure-report ARGS` run in this process through the command line's library, as the program would run it: its
// exit status, what it wrote to stdout and stderr in *out and *err (cleared first). For the tests that link drcli.
inline int runCommandLine(const FormatRegistry &registry, const QStringList &args, QString *out, QString *err)
{
    out->clear();
    err->clear();
    QTextStream outStream(out), errStream(err);
    const int status = CommandLine(registry, outStream, errStream).run(QStringList{QStringLiteral("disclosure-report")} + args);
    outStream.flush();
    errStream.flush();
    return status;
}

} // namespace TestSupport
