// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/date.hpp"

#include "util/trim.hpp"

#include <fmt/format.h>

#include <array>
#include <cctype>
#include <charconv>

namespace {

bool parse_uint(std::string_view text, unsigned *out) noexcept
{
    if (text.empty() || text.size() > 4) {
        return false;
    }
    auto const *end = text.data() + text.size();
    auto const [ptr, ec] = std::from_chars(text.data(), end, *out);
    return ec == std::errc{} && ptr == end;
}

} // namespace

std::optional<date_t> date_t::make(int year, unsigned month, unsigned day)
{
    if (year < 1000 || year > 9999) {
        return std::nullopt;
    }
    std::chrono::year_month_day const ymd{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
    if (!ymd.ok()) {
        return std::nullopt;
    }
    return date_t{ymd};
}

std::optional<date_t> date_t::parse(std::string_view text)
{
    text = trim(text);
    unsigned a = 0;
    unsigned b = 0;
    unsigned c = 0;
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        if (parse_uint(text.substr(0, 4), &a) && parse_uint(text.substr(5, 2), &b) &&
            parse_uint(text.substr(8, 2), &c)) {
            return make(static_cast<int>(a), b, c);
        }
        return std::nullopt;
    }
    auto const s1 = text.find('/');
    if (s1 == std::string_view::npos) {
        return std::nullopt;
    }
    auto const s2 = text.find('/', s1 + 1);
    if (s2 == std::string_view::npos) {
        return std::nullopt;
    }
    if (!parse_uint(text.substr(0, s1), &a) || !parse_uint(text.substr(s1 + 1, s2 - s1 - 1), &b) ||
        !parse_uint(text.substr(s2 + 1), &c) || text.size() - s2 - 1 != 4) {
        return std::nullopt;
    }
    return make(static_cast<int>(c), a, b);
}

unsigned month_from_name(std::string_view word) noexcept
{
    static constexpr std::array<std::string_view, 12> names{"january",   "february", "march",    "april",
                                                            "may",       "june",     "july",     "august",
                                                            "september", "october",  "november", "december"};
    if (!word.empty() && word.back() == '.') {
        word.remove_suffix(1);
    }
    if (word.size() < 3) {
        return 0;
    }
    std::string lower;
    for (char c : word) {
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (lower == "sept") {
        return 9;
    }
    for (unsigned i = 0; i < names.size(); ++i) {
        if (lower == names[i] || (lower.size() == 3 && names[i].substr(0, 3) == lower)) {
            return i + 1;
        }
    }
    return 0;
}

std::optional<date_t> date_t::parse_words(std::string_view text)
{
    text = trim(text);
    // Split into at most three words, dropping commas.
    std::array<std::string_view, 3> words{};
    std::size_t count = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && (text[pos] == ' ' || text[pos] == ',')) {
            ++pos;
        }
        auto const start = pos;
        while (pos < text.size() && text[pos] != ' ' && text[pos] != ',') {
            ++pos;
        }
        if (pos > start) {
            if (count == words.size()) {
                return std::nullopt;
            }
            words[count++] = text.substr(start, pos - start);
        }
    }
    if (count != 3) {
        return std::nullopt;
    }
    unsigned day = 0;
    unsigned year = 0;
    if (auto const m = month_from_name(words[0]); m != 0) {
        auto d = words[1];
        // "1st", "2nd", "20th"
        while (!d.empty() && std::isalpha(static_cast<unsigned char>(d.back()))) {
            d.remove_suffix(1);
        }
        if (parse_uint(d, &day) && parse_uint(words[2], &year) && words[2].size() == 4) {
            return make(static_cast<int>(year), m, day);
        }
    } else if (auto const m2 = month_from_name(words[1]); m2 != 0) {
        if (parse_uint(words[0], &day) && parse_uint(words[2], &year) && words[2].size() == 4) {
            return make(static_cast<int>(year), m2, day);
        }
    }
    return std::nullopt;
}

std::string date_t::iso() const { return fmt::format("{:04}-{:02}-{:02}", year(), month(), day()); }
