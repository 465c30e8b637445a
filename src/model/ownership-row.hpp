// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_MODEL_OWNERSHIP_ROW_HPP
#define FILING_MODEL_OWNERSHIP_ROW_HPP

#include "model/date.hpp"
#include "model/decimal.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// A row of Table I or II either reports a transaction or only a holding.
enum class row_kind_t : std::uint8_t
{
    transaction,
    holding
};

/// The fields of a table row that a footnote can be attached to. Their names are the
/// members of the JSON contract and the columns of the `ownership_row` table.
enum class row_field_t : std::uint8_t
{
    security_title,
    transaction_date,
    deemed_execution_date,
    code,
    timeliness,
    shares,
    value,
    price,
    acquired_disposed,
    shares_owned_after,
    value_owned_after,
    ownership,
    nature_of_ownership,
    exercise_price,
    exercisable_date,
    expiration_date,
    underlying_title,
    underlying_shares,
    underlying_value,
};

std::string_view to_string(row_field_t field) noexcept;
std::string_view to_string(row_kind_t kind) noexcept;

/// Footnote ids ("1", "2") attached to each field, in the order they appear.
using footnote_links_t = std::map<row_field_t, std::vector<std::string>>;

/**
 * One row of Table I (non-derivative) or Table II (derivative) of Forms 3, 4 and 5. Every
 * value is optional: a blank cell is a null, never an empty string or zero. A value given
 * only as a footnote is a null with that footnote linked to the field.
 */
struct ownership_row_t
{
    row_kind_t kind = row_kind_t::transaction;
    std::string security_title;
    std::optional<date_t> transaction_date;
    std::optional<date_t> deemed_execution_date;
    std::optional<std::string> code; ///< transaction code: P, S, A, M, ...
    bool equity_swap = false;        ///< the "V" column / equitySwapInvolved
    std::optional<char> timeliness;  ///< E (early) or L (late), XML only
    std::optional<decimal_t> shares; ///< amount acquired or disposed of
    std::optional<decimal_t> value;  ///< total value instead of shares (XML)
    std::optional<decimal_t> price;
    std::optional<char> acquired_disposed; ///< 'A' or 'D'
    std::optional<decimal_t> shares_owned_after;
    std::optional<decimal_t> value_owned_after;
    std::optional<char> ownership; ///< 'D' direct or 'I' indirect
    std::optional<std::string> nature_of_ownership;
    // Table II only:
    std::optional<decimal_t> exercise_price;
    std::optional<date_t> exercisable_date;
    std::optional<date_t> expiration_date;
    std::optional<std::string> underlying_title;
    std::optional<decimal_t> underlying_shares;
    std::optional<decimal_t> underlying_value;

    footnote_links_t footnotes;

    void add_footnote(row_field_t field, std::string id);
};

#endif // FILING_MODEL_OWNERSHIP_ROW_HPP
