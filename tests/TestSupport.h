#pragma once

#include "FormatRegistry.h"
#include "Report.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSize>
#include <QString>

// Paths to ../shared (spec and fixtures) and readers for the fixture oracles.
namespace TestSupport {

QString sharedDir();
QString fixtureNames(); // for messages
QStringList expectedFixtures(); // base names of shared/fixtures/expected/*.json
QString expectedPath(const QString &name);
QByteArray readFile(const QString &path);
QJsonObject readJsonObject(const QString &path);
// The fixture's expected report (its `_` members ignored). Fails the test on error.
Report expectedReport(const FormatRegistry &registry, const QString &name);
// A report wholly in the 2021 form where every rule holds: the complete example of report-json.md §10.
Report specExample(const FormatRegistry &registry);
// A seal as a clerk would choose one: a red anti-aliased ring on transparency, as PNG bytes.
QByteArray sealPng(const QSize &size = QSize(400, 400));
// Runs `steps` on the next modal dialog of type T once it is shown (from a dialog's exec()); `steps` closes it.
// Gives up after ~5 s, leaving the dialog to the test's own time-out.
template<typename T, typename F>
void whenModal(F steps, int tries = 100);

} // namespace TestSupport

#include <QApplication>
#include <QTimer>

template<typename T, typename F>
void TestSupport::whenModal(F steps, int tries)
{
    QTimer::singleShot(50, [steps, tries] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget()))
            steps(dialog);
        else if (tries > 0)
            whenModal<T>(steps, tries - 1);
    });
}
