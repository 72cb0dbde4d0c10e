#pragma once

#include "Finding.h"
#include "FormatRegistry.h"
#include "Report.h"

#include <QCoreApplication>
#include <optional>

class ReportStore;

// The fingerprint 签发 records: the SHA-256 of the report's canonical JSON (ReportJson::write: members in a fixed
// order, no timestamps), so that a signed report changed afterwards by any means — the database file edited by hand
// or by another tool — is noticed when it is opened, checked or exported. It detects a change; it is not a
// cryptographic signature (whoever can rewrite the file can rewrite the fingerprint too).
class Fingerprint
{
    Q_DECLARE_TR_FUNCTIONS(Fingerprint)
public:
    static QString sha256(const Report &report, const FormatRegistry &registry); // 64 lowercase hex digits
    // The signature check: when `report` is signed in `store` and no longer has the fingerprint recorded at signing,
    // an error finding (rule "signature.mismatch", anchored at the 签发记录) naming the signature it breaks.
    static std::optional<Finding> verify(ReportStore &store, const Report &report, const FormatRegistry &registry);
    // The same from the report's entry as the store listed it (signer, when, fingerprint): no read of its own.
    static std::optional<Finding> verify(const QString &signer, const QDateTime &at, const QString &recorded, const Report &report,
                                         const FormatRegistry &registry);
    static constexpr const char *mismatchRule = "signature.mismatch";
    static constexpr const char *anchor = "details.signoff";
};
