#include "AgencyMatcher.h"

#include "SourceText.h"

#include <QRegularExpression>

namespace {

// Characters that name a level of government or a kind of body: one of them apart is another agency.
const QString levels = QStringLiteral("省市州盟县区旗乡镇村街道局委办厅署院府部处科");

// `longer` = places + `shorter`, the places ending in a level (江苏省淮安市, 淮安市).
bool prefixedByPlaces(const QString &longer, const QString &shorter)
{
    if (shorter.size() < 4 || !longer.endsWith(shorter) || longer.size() == shorter.size())
        return false;
    const QString places = longer.left(longer.size() - shorter.size());
    static const QRegularExpression placeNames(QStringLiteral("^(?:[\\p{Han}]{1,8}?(?:省|市|州|盟|地区|自治区|自治州|县|区|旗))+$"));
    return placeNames.match(places).hasMatch();
}

bool oneCharacterMisread(const QString &a, const QString &b)
{
    if (a.size() != b.size() || a.size() < 6)
        return false;
    int differ = -1;
    for (int i = 0; i < a.size(); ++i)
        if (a[i] != b[i]) {
            if (differ >= 0)
                return false;
            differ = i;
        }
    return differ >= 0 && !levels.contains(a[differ]) && !levels.contains(b[differ]) && !a[differ].isDigit() && !b[differ].isDigit();
}

} // namespace

std::optional<QString> AgencyMatcher::closest(const QString &name, const QStringList &known)
{
    const QString n = SourceText::normalise(name);
    for (const QString &k : known)
        if (SourceText::normalise(k) == n)
            return std::nullopt; // the agency is known as it is printed
    for (const QString &k : known) {
        const QString m = SourceText::normalise(k);
        if (prefixedByPlaces(m, n) || prefixedByPlaces(n, m) || oneCharacterMisread(m, n))
            return k;
    }
    return std::nullopt;
}
