// libFuzzer target: the text importer (bytes read as a text file and as a web page) and the report JSON reader on
// arbitrary bytes. Run by .ci/run for a bounded
// time (see tests/fuzz/CMakeLists.txt); a crash, a hang or a sanitizer report fails CI.
#include "FormatRegistry.h"
#include "ReportJson.h"
#include "TextImporter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const FormatRegistry registry; // loaded once: the definitions are immutable
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    if (const auto result = TextImporter::read(QString::fromUtf8(bytes), registry, {}, &error))
        ReportJson::write(result->report, registry); // what an import produces must be writable
    if (const auto page = TextImporter::textOf(bytes, QStringLiteral("page.html"), &error))
        TextImporter::read(*page, registry, {}, &error);
    ReportJson::read(bytes, registry, &error);
    return 0;
}
