// SPDX-License-Identifier: GPL-2.0-or-later
#include "report/report-output.hpp"

#include "errors.hpp"
#include "model/decimal.hpp"
#include "model/filing-json.hpp"
#include "util/json-text.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace {

/// Display width of UTF-8 text: one column per code point (continuation bytes skipped).
std::size_t display_width(std::string_view s)
{
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }));
}

bool right_aligned(column_kind_t kind) { return kind == column_kind_t::integer || kind == column_kind_t::number; }

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

nlohmann::ordered_json typed_value(std::string const &text, column_kind_t kind)
{
    switch (kind) {
    case column_kind_t::integer:
    case column_kind_t::number:
        if (auto const d = decimal_t::parse(text)) {
            return decimal_to_json(*d);
        }
        return text; // NaN, Infinity: no JSON number for those
    case column_kind_t::boolean: return text == "t" || text == "true";
    case column_kind_t::json: return nlohmann::ordered_json::parse(text);
    case column_kind_t::text: break;
    }
    return text;
}

} // namespace

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

std::string render_table(result_table_t const &table)
{
    auto const n = table.columns.size();
    std::vector<std::size_t> widths(n);
    for (std::size_t c = 0; c < n; ++c) {
        widths[c] = display_width(table.columns[c].name);
    }
    for (auto const &row : table.rows) {
        for (std::size_t c = 0; c < n; ++c) {
            if (row[c]) {
                widths[c] = std::max(widths[c], display_width(*row[c]));
            }
        }
    }
    auto pad = [](std::string *out, std::string_view text, std::size_t width, bool right) {
        auto const fill = width - std::min(width, display_width(text));
        if (right) {
            out->append(fill, ' ');
        }
        out->append(text);
        if (!right) {
            out->append(fill, ' ');
        }
    };
    std::string out;
    for (std::size_t c = 0; c < n; ++c) {
        out += c == 0 ? " " : " | ";
        pad(&out, table.columns[c].name, widths[c], false);
    }
    out += '\n';
    for (std::size_t c = 0; c < n; ++c) {
        out += c == 0 ? "-" : "-+-";
        out.append(widths[c], '-');
    }
    out += "-\n";
    for (auto const &row : table.rows) {
        for (std::size_t c = 0; c < n; ++c) {
            out += c == 0 ? " " : " | ";
            pad(&out, row[c] ? std::string_view{*row[c]} : std::string_view{}, widths[c],
                right_aligned(table.columns[c].kind));
        }
        // No trailing blanks.
        while (!out.empty() && out.back() == ' ') {
            out.pop_back();
        }
        out += '\n';
    }
    out += table.rows.size() == 1 ? std::string{"(1 row)\n"} : fmt::format("({} rows)\n", table.rows.size());
    return out;
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
    auto rows = nlohmann::ordered_json::array();
    for (auto const &row : table.rows) {
        nlohmann::ordered_json obj = nlohmann::ordered_json::object();
        for (std::size_t c = 0; c < row.size(); ++c) {
            obj[table.columns[c].name] = row[c] ? typed_value(*row[c], table.columns[c].kind) : nullptr;
        }
        rows.push_back(std::move(obj));
    }
    return json_text(rows, 2) + "\n"; // numbers from their exact decimal
}

std::string render(result_table_t const &table, output_format_t format)
{
    switch (format) {
    case output_format_t::csv: return render_csv(table);
    case output_format_t::json: return render_json(table);
    case output_format_t::table: break;
    }
    return render_table(table);
}
