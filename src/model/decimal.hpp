// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_MODEL_DECIMAL_HPP
#define FILING_MODEL_DECIMAL_HPP

#include <compare>
#include <optional>
#include <string>
#include <string_view>

/**
 * An exact decimal number as written in a filing ("55,037.7", "$1.68", "-3").
 *
 * Amounts and prices are never turned into binary floating point on their way to the
 * database: the value is kept as its canonical decimal text (no thousands separators, no
 * leading zeros, no trailing fractional zeros, "-" for negatives), which PostgreSQL's
 * `numeric` reads exactly. Two decimals are equal when their values are equal.
 */
class decimal_t
{
public:
    /**
     * Parse a number as filings write it: optional sign, optional "$", digits with optional
     * comma thousands separators, optional fraction. Surrounding blanks are ignored.
     * \returns nullopt when the text is not such a number ("1e400", "NaN", "1.2.3") or has
     *          more than a thousand digits.
     */
    static std::optional<decimal_t> parse(std::string_view text);

    /// Canonical decimal text, e.g. "55037.7".
    std::string const &str() const noexcept { return m_text; }

    bool is_integer() const noexcept { return m_text.find('.') == std::string::npos; }
    bool is_negative() const noexcept { return !m_text.empty() && m_text[0] == '-'; }

    /// The nearest double, for JSON output and rough comparisons only.
    double to_double() const;

    /// The value multiplied by 10^power (power may be negative), still exact.
    decimal_t scaled(int power) const;

    /// This value less `other`, exact; nullopt when either has more than 30 digits.
    std::optional<decimal_t> minus(decimal_t const &other) const;

    friend bool operator==(decimal_t const &, decimal_t const &) = default;
    friend std::strong_ordering operator<=>(decimal_t const &a, decimal_t const &b);

private:
    explicit decimal_t(std::string canonical) : m_text(std::move(canonical)) {}

    std::string m_text;
};

#endif // FILING_MODEL_DECIMAL_HPP
