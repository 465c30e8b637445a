// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_REPORT_REPORT_TABLE_HPP
#define FILING_REPORT_REPORT_TABLE_HPP

#include "report/report-output.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

/// Whether a table shows one field per line (psql's expanded mode, \x).
enum class expanded_t : std::uint8_t
{
    automatic, ///< when the table does not fit the width even with its text shortened
    on,
    off
};

/// How a table is laid out for people.
struct table_style_t
{
    std::size_t width = 0; ///< the terminal's columns; 0: no limit
    expanded_t expanded = expanded_t::automatic;
    std::string title; ///< a line above the table, wrapped to the width ("" for none)
    std::string note;  ///< a line under the row count ("" for none)
};

/**
 * An aligned table for people: numbers right-aligned with digit grouping and, per column,
 * one number of decimals; text shortened with an ellipsis where the table would be wider
 * than `style.width`, and one field per line (expanded) when even that does not fit. Only
 * tables are formatted so: CSV and JSON keep the exact values.
 */
std::string render_table(result_table_t const &table, table_style_t const &style);

/**
 * A decimal number as text for a table: "1234567.891" with 2 decimals is "1,234,567.89"
 * (rounded half away from zero, on the digits). Text that is not a plain decimal (NaN,
 * 1e+22) is returned as it is.
 */
std::string format_table_number(std::string_view text, std::size_t decimals);

/// Display width of UTF-8 text: one column per code point.
std::size_t display_width(std::string_view text) noexcept;

/// `text` cut to `width` columns, the last one an ellipsis when anything was cut.
std::string shorten(std::string_view text, std::size_t width);

/// The columns of the terminal: $COLUMNS when set, else the width of standard output when
/// it is a terminal, else 0 (no limit).
std::size_t terminal_width();

#endif // FILING_REPORT_REPORT_TABLE_HPP
