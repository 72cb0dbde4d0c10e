#pragma once

#include "Report.h"

#include <QCoreApplication>

// 插入数据说明: the standard data paragraph of 一、总体情况 written from the tables — applications received (with the
// change against last year's report where it is given), carried over, completed, carried forward; 行政复议 and 行政诉讼
// with their outcomes — in the register of published reports. Clauses whose cells are blank are left out; every figure
// is written in a shape ProseChecker reads, so the paragraph passes the prose check by construction. Chinese always:
// it is the report's text, not the interface's.
class DataSentences
{
public:
    static QString draft(const Report &report, const Report *previousYear);
};
