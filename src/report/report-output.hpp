// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_REPORT_REPORT_OUTPUT_HPP
#define FILING_REPORT_REPORT_OUTPUT_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// How a column's values are written in typed formats (JSON) and aligned (tables).
enum class column_kind_t : std::uint8_t
{
    text,
    integer,
    number, ///< numeric, real: written from the exact decimal text
    boolean,
    json ///< json/jsonb: embedded as JSON
};

/// A report's result as text values, independent of the database driver.
struct result_table_t
{
    struct column_t
    {
        std::string name;
        column_kind_t kind = column_kind_t::text;
    };
    std::vector<column_t> columns;
    std::vector<std::vector<std::optional<std::string>>> rows;
};

enum class output_format_t : std::uint8_t
{
    table, ///< aligned columns for people, as psql prints them
    csv,   ///< RFC 4180: header row, quotes where needed, CRLF line ends
    json   ///< an array of objects with typed values
};

/// \throws user_error_t for an unknown name.
output_format_t parse_output_format(std::string_view name);

std::string render_table(result_table_t const &table);
std::string render_csv(result_table_t const &table);
std::string render_json(result_table_t const &table);
std::string render(result_table_t const &table, output_format_t format);

#endif // FILING_REPORT_REPORT_OUTPUT_HPP
