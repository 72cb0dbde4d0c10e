// crash_writer DB BASE — edits cells of the one report in DB through the window's path (ReportDocument and its undo
// commands) as fast as it can, printing "VALUE KEY" on stdout after each edit is committed, until it is killed.
// tst_crash kills it with SIGKILL at random moments and checks that every printed (acknowledged) edit survived.
#include "FormatRegistry.h"
#include "ReportDocument.h"
#include "SqliteReportStore.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const FormatRegistry registry;
    SqliteReportStore store(registry);
    if (!store.openSqlite(QString::fromLocal8Bit(argv[1])))
        return 2;
    const auto entries = store.list();
    Report report;
    if (!entries || entries->isEmpty() || !store.load(entries->constFirst().agency, entries->constFirst().year, &report))
        return 2;
    ReportDocument document(registry, store, report);
    const QStringList keys{QStringLiteral("t3.new.natural"), QStringLiteral("t3.new.commercial"), QStringLiteral("t4.review.upheld"),
                           QStringLiteral("t3.granted.legal")};
    const qint64 base = QByteArray(argv[2]).toLongLong();
    for (qint64 i = 1;; ++i) {
        const QString key = keys.at(int(i % keys.size()));
        document.editCells({{key, CellValue::integer(base + i)}}, QStringLiteral("crash"));
        if (document.report().cell(key) != CellValue::integer(base + i))
            return 3; // refused: nothing to acknowledge
        // Acknowledged only now that the store has committed: straight to the pipe, no buffer to lose.
        const QByteArray line = QByteArray::number(base + i) + ' ' + key.toUtf8() + '\n';
        if (write(STDOUT_FILENO, line.constData(), size_t(line.size())) != line.size())
            return 4;
    }
}
