// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_REPORT_REPORT_OUTPUT_HPP
#define FILING_REPORT_REPORT_OUTPUT_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// How a column's values are written in typed formats (JSON) and laid out in tables.
enum class column_kind_t : std::uint8_t
{
    text,
    integer,
    number, ///< numeric, real: written from the exact decimal text
    boolean,
    date, ///< date and timestamps: never shortened in tables
    json  ///< json/jsonb: embedded as JSON
};

/// A report's result as text values (PostgreSQL's text output), independent of the driver.
struct result_table_t
{
    struct column_t
    {
        std::string name;
        column_kind_t kind = column_kind_t::text;
    };
    std::vector<column_t> columns;
    std::vector<std::vector<std::optional<std::string>>> rows;

    /// The position of a column. \throws user_error_t listing the columns when unknown.
    std::size_t column_index(std::string_view name) const;
};

enum class output_format_t : std::uint8_t
{
    table, ///< aligned columns for people, fitted to the terminal
    csv,   ///< RFC 4180: header row, quotes where needed, CRLF line ends
    json   ///< an array of objects with typed values
};

/// \throws user_error_t for an unknown name.
output_format_t parse_output_format(std::string_view name);

/// The format a file name's extension asks for (.csv, .json), else nullopt.
std::optional<output_format_t> format_of_file_name(std::string_view file_name);

/// CSV exactly as the database gave the values; NULL is an empty field, "" a quoted one.
std::string render_csv(result_table_t const &table);

/// JSON with numbers written digit for digit as the database gave them, never through a
/// binary floating point number; dates as ISO strings; NULL as null.
std::string render_json(result_table_t const &table);

#endif // FILING_REPORT_REPORT_OUTPUT_HPP
