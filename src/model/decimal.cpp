// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/decimal.hpp"

#include <algorithm>
#include <cstdlib>

namespace {

/// Digits a number may have. PostgreSQL's numeric holds 131072 before the point and 16383
/// after it; no amount in a filing comes near a thousand, and a bound keeps a hostile
/// file's million-digit "number" from costing memory and time everywhere it goes.
constexpr std::size_t MAX_DIGITS = 1000;

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

bool is_blank(char c) noexcept { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/// Builds the canonical text from sign, integer digits and fraction digits.
std::string canonical(bool negative, std::string_view int_digits, std::string_view frac_digits)
{
    while (int_digits.size() > 1 && int_digits.front() == '0') {
        int_digits.remove_prefix(1);
    }
    while (!frac_digits.empty() && frac_digits.back() == '0') {
        frac_digits.remove_suffix(1);
    }
    if (int_digits.empty()) {
        int_digits = "0";
    }
    std::string out;
    out.reserve(int_digits.size() + frac_digits.size() + 2);
    bool const zero = int_digits == "0" && frac_digits.empty();
    if (negative && !zero) {
        out += '-';
    }
    out += int_digits;
    if (!frac_digits.empty()) {
        out += '.';
        out += frac_digits;
    }
    return out;
}

} // namespace

std::optional<decimal_t> decimal_t::parse(std::string_view text)
{
    while (!text.empty() && is_blank(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && is_blank(text.back())) {
        text.remove_suffix(1);
    }
    bool negative = false;
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    if (!text.empty() && text.front() == '$') {
        text.remove_prefix(1);
        while (!text.empty() && text.front() == ' ') {
            text.remove_prefix(1);
        }
    }
    if (!text.empty() && text.front() == '-' && !negative) { // "$-3"
        negative = true;
        text.remove_prefix(1);
    }
    if (text.empty()) {
        return std::nullopt;
    }

    std::string int_digits;
    std::size_t pos = 0;
    std::size_t group = 0; // digits since the last comma, to validate separators
    bool seen_comma = false;
    while (pos < text.size() && (is_digit(text[pos]) || text[pos] == ',')) {
        if (text[pos] == ',') {
            // A separator needs digits before it and exactly three after it.
            if (int_digits.empty() || (seen_comma && group != 3)) {
                return std::nullopt;
            }
            seen_comma = true;
            group = 0;
        } else {
            int_digits += text[pos];
            ++group;
        }
        ++pos;
    }
    if (seen_comma && group != 3) {
        return std::nullopt;
    }
    std::string_view frac;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        auto const start = pos;
        while (pos < text.size() && is_digit(text[pos])) {
            ++pos;
        }
        frac = text.substr(start, pos - start);
    }
    if (pos != text.size() || (int_digits.empty() && frac.empty()) || int_digits.size() + frac.size() > MAX_DIGITS) {
        return std::nullopt;
    }
    return decimal_t{canonical(negative, int_digits, frac)};
}

double decimal_t::to_double() const { return std::strtod(m_text.c_str(), nullptr); }

decimal_t decimal_t::scaled(int power) const
{
    bool const negative = is_negative();
    std::string_view body{m_text};
    if (negative) {
        body.remove_prefix(1);
    }
    auto const dot = body.find('.');
    std::string digits{body.substr(0, dot)};
    std::string frac{dot == std::string_view::npos ? std::string_view{} : body.substr(dot + 1)};
    // Move the decimal point: `digits` + `frac` is the digit string, the point sits after
    // digits.size() characters.
    std::string all = digits + frac;
    long point = static_cast<long>(digits.size()) + power;
    if (point < 0) {
        all.insert(0, static_cast<std::size_t>(-point), '0');
        point = 0;
    }
    if (static_cast<std::size_t>(point) > all.size()) {
        all.append(static_cast<std::size_t>(point) - all.size(), '0');
    }
    auto const p = static_cast<std::size_t>(point);
    return decimal_t{canonical(negative, std::string_view{all}.substr(0, p), std::string_view{all}.substr(p))};
}

namespace {
// GCC's and Clang's 128-bit integer; __extension__ says so to -Wpedantic.
// NOLINTNEXTLINE(modernize-use-using): __extension__ does not apply to an alias declaration
__extension__ typedef __int128 wide_int_t;
} // namespace

std::optional<decimal_t> decimal_t::minus(decimal_t const &other) const
{
    // Both as integers of the same scale, in 128 bits: amounts in filings have at most a
    // dozen digits before the point and a few after.
    auto const frac_digits = [](std::string const &t) {
        auto const dot = t.find('.');
        return dot == std::string::npos ? std::size_t{0} : t.size() - dot - 1;
    };
    auto const scale = std::max(frac_digits(m_text), frac_digits(other.m_text));
    auto const as_int = [&](decimal_t const &d) -> std::optional<wide_int_t> {
        auto const s = d.scaled(static_cast<int>(scale)).str();
        if (s.size() > 30) {
            return std::nullopt;
        }
        wide_int_t v = 0;
        bool const neg = !s.empty() && s[0] == '-';
        for (char c : s) {
            if (c >= '0' && c <= '9') {
                v = v * 10 + (c - '0');
            }
        }
        return neg ? -v : v;
    };
    auto const a = as_int(*this);
    auto const b = as_int(other);
    if (!a || !b) {
        return std::nullopt;
    }
    wide_int_t diff = *a - *b;
    bool const neg = diff < 0;
    if (neg) {
        diff = -diff;
    }
    std::string digits;
    do {
        digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(diff % 10)));
        diff /= 10;
    } while (diff > 0);
    auto result = parse((neg ? "-" : "") + digits);
    return result ? std::optional{result->scaled(-static_cast<int>(scale))} : std::nullopt;
}

std::strong_ordering operator<=>(decimal_t const &a, decimal_t const &b)
{
    if (a.m_text == b.m_text) {
        return std::strong_ordering::equal;
    }
    bool const neg_a = a.is_negative();
    bool const neg_b = b.is_negative();
    if (neg_a != neg_b) {
        return neg_a ? std::strong_ordering::less : std::strong_ordering::greater;
    }
    auto split = [](std::string_view s) {
        if (!s.empty() && s[0] == '-') {
            s.remove_prefix(1);
        }
        auto const dot = s.find('.');
        return std::pair{s.substr(0, dot), dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1)};
    };
    auto const [ia, fa] = split(a.m_text);
    auto const [ib, fb] = split(b.m_text);
    std::strong_ordering magnitude = ia.size() <=> ib.size();
    if (magnitude == std::strong_ordering::equal) {
        magnitude = ia <=> ib;
    }
    if (magnitude == std::strong_ordering::equal) {
        magnitude = fa <=> fb; // canonical fractions compare lexicographically
    }
    if (neg_a) {
        return 0 <=> magnitude; // NOLINT(modernize-use-nullptr): clang-tidy 14 takes the 0 of <=> for a pointer
    }
    return magnitude;
}
