#pragma once

#include <QHash>
#include <QString>

// What a store last read or wrote of one report: the report's revision, the revision of its own fields, of each cell
// and prose part (-1: absent), and its review state. A later write is compared with it: a part someone else changed
// since is refused, never overwritten.
struct ReadRevision
{
    qint64 revision = 0;
    qint64 details = 0;
    QString review; // a review step changes no content, so it raises no revision: its state is remembered apart
    QHash<QString, qint64> cells;
    QHash<QString, qint64> prose;
};

// By report id.
using ReadRevisions = QHash<qint64, ReadRevision>;
