// SPDX-License-Identifier: GPL-2.0-or-later
#include "report/report-output.hpp"

#include "errors.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace {

std::string csv_field(std::string_view value)
{
    if (value.empty()) {
        return "\"\""; // an empty string, told apart from NULL (an empty field), as PostgreSQL does
    }
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
        return std::string{value};
    }
    std::string out{"\""};
    for (char c : value) {
        if (c == '"') {
            out += '"';
        }
        out += c;
    }
    out += '"';
    return out;
}

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

/// Whether `text` is a number as JSON writes them: -?(0|[1-9]d*)(.d+)?([eE][+-]?d+)?
bool is_json_number(std::string_view text)
{
    std::size_t i = 0;
    auto digits = [&]() {
        auto const start = i;
        while (i < text.size() && is_digit(text[i])) {
            ++i;
        }
        return i - start;
    };
    if (i < text.size() && text[i] == '-') {
        ++i;
    }
    auto const first = i;
    auto const whole = digits();
    if (whole == 0 || (whole > 1 && text[first] == '0')) {
        return false;
    }
    if (i < text.size() && text[i] == '.') {
        ++i;
        if (digits() == 0) {
            return false;
        }
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
            ++i;
        }
        if (digits() == 0) {
            return false;
        }
    }
    return i == text.size();
}

std::string json_string(std::string const &text) { return nlohmann::json(text).dump(); }

/// One value as JSON text. Numbers are copied as the database wrote them (NaN and
/// Infinity, which JSON cannot write as numbers, become strings).
std::string json_value(std::string const &text, column_kind_t kind)
{
    switch (kind) {
    case column_kind_t::integer:
    case column_kind_t::number: return is_json_number(text) ? text : json_string(text);
    case column_kind_t::boolean: return text == "t" || text == "true" ? "true" : "false";
    case column_kind_t::json: return text; // PostgreSQL writes valid JSON
    case column_kind_t::text:
    case column_kind_t::date: break;
    }
    return json_string(text);
}

} // namespace

std::size_t result_table_t::column_index(std::string_view name) const
{
    auto const it = std::find_if(columns.begin(), columns.end(), [&](auto const &c) { return c.name == name; });
    if (it == columns.end()) {
        std::vector<std::string_view> names;
        for (auto const &c : columns) {
            names.emplace_back(c.name);
        }
        throw fmt_error("no column '{}': the columns are {}", name, fmt::join(names, ", "));
    }
    return static_cast<std::size_t>(it - columns.begin());
}

output_format_t parse_output_format(std::string_view name)
{
    if (name == "table") {
        return output_format_t::table;
    }
    if (name == "csv") {
        return output_format_t::csv;
    }
    if (name == "json") {
        return output_format_t::json;
    }
    throw fmt_error("unknown format '{}': use table, csv or json", name);
}

std::optional<output_format_t> format_of_file_name(std::string_view file_name)
{
    auto const dot = file_name.rfind('.');
    if (dot == std::string_view::npos || file_name.find('/', dot) != std::string_view::npos) {
        return std::nullopt;
    }
    std::string extension{file_name.substr(dot + 1)};
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == "csv") {
        return output_format_t::csv;
    }
    if (extension == "json") {
        return output_format_t::json;
    }
    return std::nullopt;
}

std::string render_csv(result_table_t const &table)
{
    std::string out;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        out += c == 0 ? "" : ",";
        out += csv_field(table.columns[c].name);
    }
    out += "\r\n";
    for (auto const &row : table.rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            out += c == 0 ? "" : ",";
            if (row[c]) {
                out += csv_field(*row[c]);
            }
        }
        out += "\r\n";
    }
    return out;
}

std::string render_json(result_table_t const &table)
{
    if (table.rows.empty()) {
        return "[]\n";
    }
    // Laid out as nlohmann::json::dump(2) would; written here so that numbers keep every digit.
    std::string out{"[\n"};
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        out += "  {\n";
        auto const &row = table.rows[r];
        for (std::size_t c = 0; c < row.size(); ++c) {
            out += "    ";
            out += json_string(table.columns[c].name);
            out += ": ";
            out += row[c] ? json_value(*row[c], table.columns[c].kind) : "null";
            out += c + 1 < row.size() ? ",\n" : "\n";
        }
        out += r + 1 < table.rows.size() ? "  },\n" : "  }\n";
    }
    out += "]\n";
    return out;
}
