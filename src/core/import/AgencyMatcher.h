#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// The same agency is printed differently across years (洪泽区人民政府 one year, 淮安市洪泽区人民政府 the next) or
// misread by OCR (one character). An import whose agency is close to one already known is linked to it — asked in
// the window, noted on the command line — so that carry-over and the cross-year rules still find last year.
class AgencyMatcher
{
public:
    // The known name `name` most likely stands for, or nullopt (the same name, or none close): one that differs
    // only by the places before it (淮安市 + 洪泽区人民政府), or a long name one character apart that is not a
    // level of government (淮安市人民政府 and 淮安区人民政府 are different agencies).
    static std::optional<QString> closest(const QString &name, const QStringList &known);
};
