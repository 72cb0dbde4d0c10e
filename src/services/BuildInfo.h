#pragma once

#include <QString>

// What this program is: its version, the commit it was built from, the Qt it runs on and the database schema it
// writes. One text for `--version` and 帮助 ▸ 关于, so that a clerk's bug report and a developer's build agree.
class BuildInfo
{
public:
    static QString version();
    static QString commit(); // "unknown" when not built from a git checkout; "-modified" when built from a changed one
    static QString qtVersion(); // the Qt the program runs on (and the one it was built with, when they differ)
    static int schemaVersion(); // the newest database schema this program reads and writes
    // Lines of "name: value", translated.
    static QString describe();
};
