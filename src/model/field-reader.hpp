// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_MODEL_FIELD_READER_HPP
#define FILING_MODEL_FIELD_READER_HPP

#include "model/date.hpp"
#include "model/decimal.hpp"
#include "model/identifiers.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct filing_t;

/// Names a field in a warning ("Table I row 2, shares", "issuer, CIK"); the text is built
/// only when a warning is written, as fields are read by the million.
struct field_name_t
{
    std::string_view part;       ///< "Table I row", "issuer", "period_of_report"
    std::size_t number = 0;      ///< the row, owner or signature, from 1; 0 for none
    std::string_view field = {}; ///< "shares", "CIK"; empty when `part` names the field
    std::string str() const;
};

/**
 * Turns the text of a filing's fields into numbers, dates and CIKs, and says which it
 * could not read: the one place where a parser decides that a value is not a number
 * ("1e400", "NaN"), not a date (2023-02-30, 2024-13-01) or not a CIK ("-5"). Such a value
 * is stored as null with a warning that names the field ("Table I row 2, shares: '1e400'
 * is not a number (stored as null)"), which the parse output shows and the import stores
 * in filing_warning; blank text is null without a word.
 */
class field_reader_t
{
public:
    /// Warnings go to `warnings` (a filing's), at most MAX_WARNINGS of them.
    explicit field_reader_t(std::vector<std::string> *warnings) noexcept : m_warnings(warnings) {}

    /// A hostile file may hold a million unreadable values: the first hundred tell what is
    /// wrong, a last line counts the rest.
    static constexpr std::size_t MAX_WARNINGS = 100;

    std::optional<decimal_t> decimal(std::optional<std::string> const &text, field_name_t const &field);
    /// ISO dates, with a time zone or a time after the day ("2022-12-13-05:00") ignored.
    std::optional<date_t> date(std::optional<std::string> const &text, field_name_t const &field);
    std::optional<cik_t> cik(std::optional<std::string> const &text, field_name_t const &field);
    /// A one-letter code by its first letter, upper case ("Direct" and "d" are 'D'); one
    /// not among `codes` ("DI") is null with a warning.
    std::optional<char> code(std::optional<std::string> const &text, std::string_view codes, field_name_t const &field);

    void warn(std::string message);

    /// Adds the line that counts the warnings past MAX_WARNINGS, if any.
    void finish();

private:
    void not_readable(field_name_t const &field, std::string_view text, std::string_view what);
    /// `parse(text)`, or null with a warning that the text is not `what`; null for a blank.
    template <typename T>
    std::optional<T> parsed(std::optional<std::string> const &text, field_name_t const &field,
                            std::optional<T> (*parse)(std::string_view), std::string_view what);

    std::vector<std::string> *m_warnings;
    std::size_t m_dropped = 0;
};

/// Warnings for amounts given as negative numbers (shares, prices, values, offering
/// amounts): kept as filed, flagged, as no form field holds a negative amount.
void flag_negative_amounts(filing_t *filing);

#endif // FILING_MODEL_FIELD_READER_HPP
