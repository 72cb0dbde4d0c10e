#pragma once

#include "ReportBatch.h"

class CliContext;
class QCommandLineParser;

// The stored reports a batch takes (--year: one year's) and the store's location; false once the problem is said.
bool storedBatchItems(CliContext &context, const QCommandLineParser &parser, int year, QVector<ReportBatch::Item> *items, QString *location);
// "机关 年份" for each item, as the batch's summary names them.
QStringList batchNames(const QVector<ReportBatch::Item> &items);
