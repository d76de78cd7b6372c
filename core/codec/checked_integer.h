#pragma once

#include <cmath>
#include <limits>
#include <optional>
#include <type_traits>

namespace sb {

// What to do with the part after the decimal point.
enum class Fraction {
    Truncate, // 1.9 → 1, -1.9 → -1 (JWT NumericDate and lifetimes may carry fractions of a second)
    Reject, // only whole numbers (ports, message types)
};

// A double from the wire as an integer of type Int, or nothing when it has no such value: NaN, ±Inf and anything
// outside Int's range (1e300, 9.3e18 for qint64). A plain cast of such a value is undefined behaviour in C++, and a
// JSON peer can send it, so every double → integer conversion of peer data goes through here.
template<typename Int>
std::optional<Int> checkedInteger(double value, Fraction fraction = Fraction::Truncate)
{
    static_assert(std::is_integral_v<Int> && std::is_signed_v<Int>, "signed integers only");
    if (!std::isfinite(value))
        return std::nullopt;
    const double whole = std::trunc(value);
    if (fraction == Fraction::Reject && whole != value)
        return std::nullopt;
    // Int's range is [-2^(N-1), 2^(N-1)); both bounds are powers of two, so exact as doubles, whereas the largest
    // value 2^(N-1)-1 of a 64-bit Int is not.
    constexpr double lowest = double(std::numeric_limits<Int>::min());
    constexpr double end = -lowest;
    if (whole < lowest || whole >= end)
        return std::nullopt;
    return static_cast<Int>(whole);
}

} // namespace sb
