// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/field-reader.hpp"

#include "model/filing.hpp"
#include "util/trim.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cctype>
#include <type_traits>

namespace {

/// Shown of an unreadable value: enough to recognize it, not a megabyte of it.
constexpr std::size_t SHOWN_CHARS = 40;

std::string shown(std::string_view text)
{
    if (text.size() <= SHOWN_CHARS) {
        return std::string{text};
    }
    // Cut between two characters, not inside one: the warning is stored as UTF-8 text.
    auto end = SHOWN_CHARS;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) {
        --end;
    }
    return fmt::format("{}...", text.substr(0, end));
}

void flag_if_negative(field_reader_t *reader, std::optional<decimal_t> const &value, field_name_t const &field)
{
    if (value && value->is_negative()) {
        reader->warn(fmt::format("{}: negative ({}), kept as filed", field.str(), shown(value->str())));
    }
}

void flag_row(field_reader_t *reader, ownership_row_t const &r, std::string_view table, std::size_t row_no)
{
    // Every amount of the row, from the one list of its fields.
    for_each_row_field([&](auto const &field) {
        if constexpr (std::is_same_v<typename std::decay_t<decltype(field)>::value_type, std::optional<decimal_t>>) {
            flag_if_negative(reader, r.*field.member, field_name_t{table, row_no, to_string(field.id)});
        }
    });
}

} // namespace

void field_reader_t::warn(std::string message)
{
    if (m_warnings->size() < MAX_WARNINGS) {
        m_warnings->push_back(std::move(message));
    } else {
        ++m_dropped;
    }
}

void field_reader_t::finish()
{
    if (m_dropped > 0) {
        m_warnings->push_back(fmt::format("... and {} more warnings like these", m_dropped));
        m_dropped = 0;
    }
}

std::string field_name_t::str() const
{
    std::string out{part};
    if (number > 0) {
        out += fmt::format(" {}", number);
    }
    if (!field.empty()) {
        out += ", ";
        out += field;
    }
    return out;
}

void field_reader_t::not_readable(field_name_t const &field, std::string_view text, std::string_view what)
{
    warn(fmt::format("{}: '{}' is not {} (stored as null)", field.str(), shown(text), what));
}

template <typename T>
std::optional<T> field_reader_t::parsed(std::optional<std::string> const &text, field_name_t const &field,
                                        std::optional<T> (*parse)(std::string_view), std::string_view what)
{
    if (!text || trim(*text).empty()) {
        return std::nullopt;
    }
    auto value = parse(*text);
    if (!value) {
        not_readable(field, trim(*text), what);
    }
    return value;
}

std::optional<decimal_t> field_reader_t::decimal(std::optional<std::string> const &text, field_name_t const &field)
{
    return parsed(text, field, &decimal_t::parse, "a number");
}

namespace {

/// "2022-12-13", sometimes with a time zone ("2022-12-13-05:00") or a time after it; else
/// any form date_t reads ("12/08/2023").
std::optional<date_t> parse_field_date(std::string_view text)
{
    auto const trimmed = trim(text);
    auto const day = trimmed.substr(0, 10);
    auto const rest = trimmed.substr(day.size());
    bool const zone_or_time = rest.empty() || rest[0] == '-' || rest[0] == '+' || rest[0] == 'T' || rest[0] == 'Z';
    auto value = zone_or_time ? date_t::parse(day) : std::nullopt;
    return value ? value : date_t::parse(text);
}

} // namespace

std::optional<date_t> field_reader_t::date(std::optional<std::string> const &text, field_name_t const &field)
{
    return parsed(text, field, &parse_field_date, "a date");
}

std::optional<cik_t> field_reader_t::cik(std::optional<std::string> const &text, field_name_t const &field)
{
    return parsed(text, field, &cik_t::parse, "a CIK (1 to 10 digits, not 0)");
}

std::optional<char> field_reader_t::code(std::optional<std::string> const &text, std::string_view codes,
                                         field_name_t const &field)
{
    if (!text || trim(*text).empty()) {
        return std::nullopt;
    }
    auto const letter = static_cast<char>(std::toupper(static_cast<unsigned char>(trim(*text)[0])));
    if (codes.find(letter) == std::string_view::npos) {
        not_readable(field, trim(*text), fmt::format("one of {}", fmt::join(codes, ", ")));
        return std::nullopt;
    }
    return letter;
}

void flag_negative_amounts(filing_t *filing)
{
    field_reader_t reader{&filing->warnings};
    for (std::size_t i = 0; i < filing->non_derivative.size(); ++i) {
        flag_row(&reader, filing->non_derivative[i], "Table I row", i + 1);
    }
    for (std::size_t i = 0; i < filing->derivative.size(); ++i) {
        flag_row(&reader, filing->derivative[i], "Table II row", i + 1);
    }
    if (auto const &o = filing->offering) {
        flag_if_negative(&reader, o->max_aggregate_offering_price, {"offering", 0, "max_aggregate_offering_price"});
        flag_if_negative(&reader, o->commission_rate, {"offering", 0, "commission_rate"});
        for (std::size_t i = 0; i < o->events.size(); ++i) {
            auto const &e = o->events[i];
            auto const where = [&](char const *field) { return field_name_t{"offering event", i + 1, field}; };
            flag_if_negative(&reader, e.shares_sold, where("shares_sold"));
            flag_if_negative(&reader, e.gross_proceeds, where("gross_proceeds"));
            flag_if_negative(&reader, e.net_proceeds, where("net_proceeds"));
            flag_if_negative(&reader, e.new_capacity, where("new_capacity"));
        }
    }
    reader.finish();
}
