// libFuzzer target: the report JSON reader on JSON-shaped input (seeded with the fixtures' reports and a
// dictionary of the format's member names). Whatever it accepts must check without a crash and survive a
// write/read round trip unchanged; whatever it refuses must say why.
#include "FormatRegistry.h"
#include "ReportChecker.h"
#include "ReportJson.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const FormatRegistry registry; // loaded once: the definitions are immutable
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto report = ReportJson::read(bytes, registry, &error);
    if (!report) {
        if (error.isEmpty())
            std::abort(); // refused without a reason
        return 0;
    }
    const ReportChecker checker(registry);
    checker.check(*report, &*report); // itself as last year's too: the cross-year rules run
    checker.checkProse(*report);
    QString again;
    const auto back = ReportJson::read(ReportJson::write(*report, registry), registry, &again);
    if (!back || !(*back == *report))
        std::abort(); // what we accept we must write back as the same report
    return 0;
}
