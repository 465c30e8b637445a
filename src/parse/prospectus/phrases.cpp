// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/prospectus/phrases.hpp"

#include <cctype>

namespace {

bool is_word_char(char c) noexcept { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

} // namespace

bool contains_any(std::string_view low, phrases_t phrases) noexcept
{
    for (auto const phrase : phrases) {
        if (low.find(phrase) != std::string_view::npos) {
            return true;
        }
    }
    return false;
}

std::optional<std::size_t> find_any(std::string_view low, phrases_t phrases, std::size_t from) noexcept
{
    std::optional<std::size_t> best;
    for (auto const phrase : phrases) {
        auto const at = low.find(phrase, from);
        if (at != std::string_view::npos && (!best || at < *best)) {
            best = at;
        }
    }
    return best;
}

std::size_t find_word(std::string_view low, std::string_view word, std::size_t from) noexcept
{
    for (auto at = low.find(word, from); at != std::string_view::npos; at = low.find(word, at + 1)) {
        auto const end = at + word.size();
        bool const starts = at == 0 || !is_word_char(low[at - 1]);
        bool const ends = end >= low.size() || !is_word_char(low[end]);
        if (starts && ends) {
            return at;
        }
    }
    return std::string_view::npos;
}

bool contains_word(std::string_view low, std::string_view word) noexcept
{
    return find_word(low, word) != std::string_view::npos;
}

std::size_t count_of(std::string_view low, std::string_view phrase) noexcept
{
    std::size_t n = 0;
    for (auto at = low.find(phrase); at != std::string_view::npos; at = low.find(phrase, at + phrase.size())) {
        ++n;
    }
    return n;
}
