// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_MODEL_OWNERSHIP_ROW_HPP
#define FILING_MODEL_OWNERSHIP_ROW_HPP

#include "model/date.hpp"
#include "model/decimal.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

/// A row of Table I or II either reports a transaction or only a holding.
enum class row_kind_t : std::uint8_t
{
    transaction,
    holding
};

std::string_view to_string(row_kind_t kind) noexcept;

/// The fields of a table row, in the order of the form and of the JSON contract. A new
/// field goes here and into ROW_FIELDS below, in the same place (the compiler checks).
enum class row_field_t : std::uint8_t
{
    kind,
    security_title,
    transaction_date,
    deemed_execution_date,
    code,
    equity_swap,
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

/// One entry of the list of a row's fields: where its value lives and what it is called
/// in the JSON contract and in the database.
template <typename T>
struct row_field_def_t
{
    using value_type = T;

    row_field_t id;
    T ownership_row_t::*member;
    std::string_view name;            ///< member of the JSON contract's ROW
    std::string_view column;          ///< column of table ownership_row
    std::string_view footnote_column; ///< column of its footnote marks; empty: none attach to it
    bool table_2_only;                ///< a column of Table II (derivative securities) only
};

template <typename T>
constexpr row_field_def_t<T> row_field(row_field_t id, T ownership_row_t::*member, std::string_view name,
                                       std::string_view column, std::string_view footnote_column,
                                       bool table_2_only = false)
{
    return {id, member, name, column, footnote_column, table_2_only};
}

/**
 * The one list of a row's fields. The JSON writer, the document key, the COPY writer and
 * the parsers all walk it (for_each_row_field), so that a field added here reaches each of
 * them, and a format that does not place it fails to compile. The footnote columns follow
 * the SEC's Form 345 data sets, which give each value column a footnote column (_FN).
 */
inline constexpr std::tuple ROW_FIELDS{
    //        id, member, JSON name, column, footnote column[, Table II only]
    row_field(row_field_t::kind, &ownership_row_t::kind, "kind", "row_kind", ""),
    row_field(row_field_t::security_title, &ownership_row_t::security_title, "security_title", "security_title",
              "security_title_fn"),
    row_field(row_field_t::transaction_date, &ownership_row_t::transaction_date, "transaction_date", "transaction_date",
              "transaction_date_fn"),
    row_field(row_field_t::deemed_execution_date, &ownership_row_t::deemed_execution_date, "deemed_execution_date",
              "deemed_execution_date", "deemed_execution_date_fn"),
    row_field(row_field_t::code, &ownership_row_t::code, "code", "transaction_code", "transaction_code_fn"),
    // The V column's marks, and the XML's on <transactionCoding>, belong to the code.
    row_field(row_field_t::equity_swap, &ownership_row_t::equity_swap, "equity_swap", "equity_swap", ""),
    row_field(row_field_t::timeliness, &ownership_row_t::timeliness, "timeliness", "timeliness", "timeliness_fn"),
    row_field(row_field_t::shares, &ownership_row_t::shares, "shares", "shares", "shares_fn"),
    row_field(row_field_t::value, &ownership_row_t::value, "value", "value", "value_fn"),
    row_field(row_field_t::price, &ownership_row_t::price, "price", "price", "price_fn"),
    row_field(row_field_t::acquired_disposed, &ownership_row_t::acquired_disposed, "acquired_disposed",
              "acquired_disposed", "acquired_disposed_fn"),
    row_field(row_field_t::shares_owned_after, &ownership_row_t::shares_owned_after, "shares_owned_after",
              "shares_owned_after", "shares_owned_after_fn"),
    row_field(row_field_t::value_owned_after, &ownership_row_t::value_owned_after, "value_owned_after",
              "value_owned_after", "value_owned_after_fn"),
    row_field(row_field_t::ownership, &ownership_row_t::ownership, "ownership", "ownership", "ownership_fn"),
    row_field(row_field_t::nature_of_ownership, &ownership_row_t::nature_of_ownership, "nature_of_ownership",
              "nature_of_ownership", "nature_of_ownership_fn"),
    row_field(row_field_t::exercise_price, &ownership_row_t::exercise_price, "exercise_price", "exercise_price",
              "exercise_price_fn", true),
    row_field(row_field_t::exercisable_date, &ownership_row_t::exercisable_date, "exercisable_date", "exercisable_date",
              "exercisable_date_fn", true),
    row_field(row_field_t::expiration_date, &ownership_row_t::expiration_date, "expiration_date", "expiration_date",
              "expiration_date_fn", true),
    row_field(row_field_t::underlying_title, &ownership_row_t::underlying_title, "underlying_title", "underlying_title",
              "underlying_title_fn", true),
    row_field(row_field_t::underlying_shares, &ownership_row_t::underlying_shares, "underlying_shares",
              "underlying_shares", "underlying_shares_fn", true),
    row_field(row_field_t::underlying_value, &ownership_row_t::underlying_value, "underlying_value", "underlying_value",
              "underlying_value_fn", true),
};

inline constexpr std::size_t ROW_FIELD_COUNT = std::tuple_size_v<decltype(ROW_FIELDS)>;

/// Calls `visit(field)` for each entry of ROW_FIELDS, in order; `field.member` has the
/// field's own type, so that overloads on the value's type do the field's work.
template <typename F>
constexpr void for_each_row_field(F &&visit)
{
    std::apply([&](auto const &...field) { (visit(field), ...); }, ROW_FIELDS);
}

/// Calls `visit(value)` with the value of the field `id` of `row` (const or not).
template <typename Row, typename F>
constexpr void visit_row_field(Row &row, row_field_t id, F &&visit)
{
    for_each_row_field([&](auto const &field) {
        if (field.id == id) {
            visit(row.*field.member);
        }
    });
}

namespace detail {
template <std::size_t... I>
constexpr bool row_fields_in_enum_order(std::index_sequence<I...>)
{
    return ((static_cast<std::size_t>(std::get<I>(ROW_FIELDS).id) == I) && ...);
}
} // namespace detail

static_assert(detail::row_fields_in_enum_order(std::make_index_sequence<ROW_FIELD_COUNT>{}),
              "ROW_FIELDS lists the fields of row_field_t, in the same order");
static_assert(static_cast<std::size_t>(row_field_t::underlying_value) + 1 == ROW_FIELD_COUNT,
              "every field of row_field_t has its entry in ROW_FIELDS");

#endif // FILING_MODEL_OWNERSHIP_ROW_HPP
