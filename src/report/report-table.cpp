// SPDX-License-Identifier: GPL-2.0-or-later
#include "report/report-table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <sys/ioctl.h>
#include <unistd.h>
#include <vector>

namespace {

/// More decimals than this are noise to a reader; CSV and JSON keep them all.
constexpr std::size_t MAX_TABLE_DECIMALS = 4;
/// A text column is not shortened below this: fewer letters than this rarely tell one
/// value from another.
constexpr std::size_t MIN_TEXT_WIDTH = 10;
/// A heading may be cut down to the width of its column's values, but not below this.
constexpr std::size_t MIN_HEADING_WIDTH = 5;
/// In expanded mode values get at least this many columns, whatever the headings take.
constexpr std::size_t MIN_EXPANDED_VALUE_WIDTH = 20;
/// Between two columns: " | ".
constexpr std::size_t SEPARATOR_WIDTH = 3;

constexpr std::string_view ELLIPSIS = "\u2026";

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

bool is_plain_decimal(std::string_view text)
{
    if (!text.empty() && text.front() == '-') {
        text.remove_prefix(1);
    }
    auto const dot = text.find('.');
    auto const whole = text.substr(0, dot);
    auto const fraction = dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
    return !whole.empty() && std::all_of(whole.begin(), whole.end(), is_digit) &&
           std::all_of(fraction.begin(), fraction.end(), is_digit) &&
           (dot == std::string_view::npos || !fraction.empty());
}

std::size_t decimals_of(std::string_view text)
{
    if (!is_plain_decimal(text)) {
        return 0;
    }
    auto const dot = text.find('.');
    return dot == std::string_view::npos ? 0 : text.size() - dot - 1;
}

/// Adds one unit in the last place of a string of digits; "999" becomes "1000".
void increment(std::string *digits)
{
    for (auto pos = digits->size(); pos > 0;) {
        auto &digit = (*digits)[--pos];
        if (digit != '9') {
            ++digit;
            return;
        }
        digit = '0';
    }
    digits->insert(digits->begin(), '1');
}

std::string group_thousands(std::string_view whole)
{
    std::string out;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) {
            out += ',';
        }
        out += whole[i];
    }
    return out;
}

/// Why a cell cannot be shown on one line as it is: line breaks and tabs.
std::string one_line(std::string_view text)
{
    std::string out{text};
    std::replace_if(
        out.begin(), out.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    return out;
}

bool is_numeric(column_kind_t kind) noexcept { return kind == column_kind_t::integer || kind == column_kind_t::number; }

/// The cells of a table as people read them, column by column formatted alike.
std::vector<std::vector<std::string>> display_cells(result_table_t const &table)
{
    auto const n = table.columns.size();
    std::vector<std::size_t> decimals(n, 0);
    for (auto const &row : table.rows) {
        for (std::size_t c = 0; c < n; ++c) {
            if (row[c] && is_numeric(table.columns[c].kind)) {
                decimals[c] = std::min(MAX_TABLE_DECIMALS, std::max(decimals[c], decimals_of(*row[c])));
            }
        }
    }
    std::vector<std::vector<std::string>> cells;
    for (auto const &row : table.rows) {
        auto &out = cells.emplace_back();
        for (std::size_t c = 0; c < n; ++c) {
            if (!row[c]) {
                out.emplace_back();
            } else if (is_numeric(table.columns[c].kind)) {
                out.push_back(format_table_number(*row[c], decimals[c]));
            } else if (table.columns[c].kind == column_kind_t::boolean) {
                out.emplace_back(*row[c] == "t" || *row[c] == "true" ? "yes" : "no");
            } else {
                out.push_back(one_line(*row[c]));
            }
        }
    }
    return cells;
}

std::size_t line_width(std::vector<std::size_t> const &widths)
{
    std::size_t total = 1; // the leading blank
    for (auto w : widths) {
        total += w;
    }
    return total + SEPARATOR_WIDTH * (widths.empty() ? 0 : widths.size() - 1) + 1;
}

/**
 * Column widths that fit `limit`, all columns capped at one width (the widest shrink
 * first) but none below its minimum. nullopt when even the minimums do not fit.
 */
std::optional<std::vector<std::size_t>> cap_widths(std::vector<std::size_t> const &natural,
                                                   std::vector<std::size_t> const &minimum, std::size_t limit)
{
    auto const n = natural.size();
    auto capped = [&](std::size_t cap) {
        std::vector<std::size_t> w(n);
        for (std::size_t c = 0; c < n; ++c) {
            w[c] = std::max(minimum[c], std::min(natural[c], cap));
        }
        return w;
    };
    if (line_width(capped(0)) > limit) {
        return std::nullopt;
    }
    std::size_t low = 0;
    std::size_t high = *std::max_element(natural.begin(), natural.end());
    while (low < high) { // the largest cap that fits
        auto const mid = (low + high + 1) / 2;
        if (line_width(capped(mid)) <= limit) {
            low = mid;
        } else {
            high = mid - 1;
        }
    }
    return capped(low);
}

/**
 * Column widths that fit `limit`: first long text is shortened (to MIN_TEXT_WIDTH), and
 * only when that is not enough headings too (to their values, or MIN_HEADING_WIDTH).
 * nullopt when even that does not fit.
 */
std::optional<std::vector<std::size_t>> fit_widths(result_table_t const &table, std::vector<std::size_t> const &natural,
                                                   std::vector<std::size_t> const &values, std::size_t limit)
{
    if (limit == 0 || line_width(natural) <= limit) {
        return natural;
    }
    auto const n = natural.size();
    std::vector<std::size_t> keep_headings(n);
    std::vector<std::size_t> cut_headings(n);
    for (std::size_t c = 0; c < n; ++c) {
        auto const heading = display_width(table.columns[c].name);
        auto const kept =
            table.columns[c].kind == column_kind_t::text ? std::min(values[c], MIN_TEXT_WIDTH) : values[c];
        keep_headings[c] = std::max(kept, heading);
        cut_headings[c] = std::min(natural[c], std::max(kept, MIN_HEADING_WIDTH));
    }
    if (auto widths = cap_widths(natural, keep_headings, limit)) {
        return widths;
    }
    return cap_widths(natural, cut_headings, limit);
}

void append_cell(std::string *out, std::string_view text, std::size_t width, bool right)
{
    auto const shown = display_width(text) > width ? shorten(text, width) : std::string{text};
    auto const fill = width - std::min(width, display_width(shown));
    if (right) {
        out->append(fill, ' ');
    }
    out->append(shown);
    if (!right) {
        out->append(fill, ' ');
    }
}

std::string aligned_table(result_table_t const &table, std::vector<std::vector<std::string>> const &cells,
                          std::vector<std::size_t> const &widths)
{
    auto const n = table.columns.size();
    std::string out;
    for (std::size_t c = 0; c < n; ++c) {
        out += c == 0 ? " " : " | ";
        append_cell(&out, table.columns[c].name, widths[c], false);
    }
    while (!out.empty() && out.back() == ' ') {
        out.pop_back();
    }
    out += '\n';
    for (std::size_t c = 0; c < n; ++c) {
        out += c == 0 ? "-" : "-+-";
        out.append(widths[c], '-');
    }
    out += "-\n";
    for (auto const &row : cells) {
        for (std::size_t c = 0; c < n; ++c) {
            out += c == 0 ? " " : " | ";
            append_cell(&out, row[c], widths[c], is_numeric(table.columns[c].kind));
        }
        while (!out.empty() && out.back() == ' ') { // no trailing blanks
            out.pop_back();
        }
        out += '\n';
    }
    return out;
}

/// `text` in pieces of at most `width` columns.
std::vector<std::string> wrap(std::string_view text, std::size_t width)
{
    std::vector<std::string> pieces;
    std::string piece;
    std::size_t used = 0;
    for (char const c : text) {
        bool const starts_code_point = (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
        if (starts_code_point && used == width) {
            pieces.push_back(std::move(piece));
            piece.clear();
            used = 0;
        }
        piece += c;
        used += starts_code_point ? 1 : 0;
    }
    pieces.push_back(std::move(piece));
    return pieces;
}

/// `text` broken between words into lines of at most `width` columns (0: one line); a
/// word longer than a line is cut.
std::vector<std::string> wrap_words(std::string_view text, std::size_t width)
{
    if (width == 0 || display_width(text) <= width) {
        return {std::string{text}};
    }
    std::vector<std::string> lines;
    std::string line;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto const space = std::min(text.find(' ', start), text.size());
        auto const word = text.substr(start, space - start);
        if (!line.empty() && display_width(line) + 1 + display_width(word) > width) {
            lines.push_back(std::move(line));
            line.clear();
        }
        if (!line.empty()) {
            line += ' ';
        }
        line.append(word);
        for (auto pieces = wrap(line, width); pieces.size() > 1; pieces = wrap(line, width)) {
            lines.push_back(pieces.front());
            line = line.substr(pieces.front().size());
        }
        start = space + 1;
    }
    lines.push_back(std::move(line));
    return lines;
}

std::string joined_lines(std::vector<std::string> const &lines)
{
    std::string out;
    for (auto const &line : lines) {
        out += line + "\n";
    }
    return out;
}

std::string expanded_table(result_table_t const &table, std::vector<std::vector<std::string>> const &cells,
                           std::size_t limit)
{
    std::size_t label = 0;
    for (auto const &c : table.columns) {
        label = std::max(label, display_width(c.name));
    }
    if (limit > 0) {
        label = std::min(label, limit > MIN_EXPANDED_VALUE_WIDTH + SEPARATOR_WIDTH
                                    ? limit - MIN_EXPANDED_VALUE_WIDTH - SEPARATOR_WIDTH
                                    : label);
    }
    auto const value_width = limit > label + SEPARATOR_WIDTH ? limit - label - SEPARATOR_WIDTH : std::size_t{0};
    std::string out;
    for (std::size_t r = 0; r < cells.size(); ++r) {
        auto head = fmt::format("-[ RECORD {} ]", r + 1);
        head.append(label + 1 > head.size() ? label + 1 - head.size() : 0, '-');
        head += "+-";
        head.append(limit > display_width(head) ? std::min(limit - display_width(head), std::size_t{20}) : 0, '-');
        out += head + "\n";
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            auto const pieces = wrap_words(cells[r][c], value_width);
            for (std::size_t p = 0; p < pieces.size(); ++p) {
                append_cell(&out, p == 0 ? std::string_view{table.columns[c].name} : std::string_view{}, label, false);
                out += pieces[p].empty() ? " |" : " | " + pieces[p];
                out += '\n';
            }
        }
    }
    return out;
}

} // namespace

std::size_t display_width(std::string_view text) noexcept
{
    return static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }));
}

std::string shorten(std::string_view text, std::size_t width)
{
    if (display_width(text) <= width) {
        return std::string{text};
    }
    if (width == 0) {
        return {};
    }
    std::string out;
    std::size_t used = 0;
    for (char c : text) {
        bool const starts_code_point = (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
        if (starts_code_point && ++used == width) {
            break;
        }
        out += c;
    }
    return out + std::string{ELLIPSIS};
}

std::string format_table_number(std::string_view text, std::size_t decimals)
{
    if (!is_plain_decimal(text)) {
        return std::string{text};
    }
    bool const negative = text.front() == '-';
    auto const body = negative ? text.substr(1) : text;
    auto const dot = body.find('.');
    std::string digits{body.substr(0, dot)};
    std::string fraction{dot == std::string_view::npos ? std::string_view{} : body.substr(dot + 1)};
    bool const round_up = fraction.size() > decimals && fraction[decimals] >= '5';
    fraction.resize(decimals, '0');
    auto all = digits + fraction;
    if (round_up) {
        increment(&all);
    }
    digits = all.substr(0, all.size() - decimals);
    fraction = all.substr(all.size() - decimals);
    bool const zero = std::all_of(all.begin(), all.end(), [](char c) { return c == '0'; });
    return fmt::format("{}{}{}{}", negative && !zero ? "-" : "", group_thousands(digits), decimals > 0 ? "." : "",
                       fraction);
}

std::size_t terminal_width()
{
    if (char const *columns = std::getenv("COLUMNS"); columns != nullptr && *columns != '\0') {
        std::size_t value = 0;
        auto const end = columns + std::char_traits<char>::length(columns);
        auto const [ptr, ec] = std::from_chars(columns, end, value);
        if (ec == std::errc{} && ptr == end && value > 0) {
            return value;
        }
    }
    winsize size{};
    if (::isatty(STDOUT_FILENO) != 0 && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
        return size.ws_col;
    }
    return 0;
}

std::string render_table(result_table_t const &table, table_style_t const &style)
{
    auto const cells = display_cells(table);
    std::vector<std::size_t> values(table.columns.size(), 0);
    std::vector<std::size_t> natural(table.columns.size());
    for (std::size_t c = 0; c < natural.size(); ++c) {
        for (auto const &row : cells) {
            values[c] = std::max(values[c], display_width(row[c]));
        }
        natural[c] = std::max(values[c], display_width(table.columns[c].name));
    }
    std::string out = style.title.empty() ? std::string{} : joined_lines(wrap_words(style.title, style.width));
    auto const fitted = fit_widths(table, natural, values, style.width);
    bool const expanded = style.expanded == expanded_t::on || (style.expanded == expanded_t::automatic && !fitted);
    if (expanded) {
        out += cells.empty() ? "(0 rows)\n" : expanded_table(table, cells, style.width);
    } else {
        out += aligned_table(table, cells, fitted ? *fitted : natural);
        out += cells.size() == 1 ? std::string{"(1 row)\n"} : fmt::format("({} rows)\n", cells.size());
    }
    if (!style.note.empty()) {
        out += joined_lines(wrap_words(style.note, style.width));
    }
    return out;
}
