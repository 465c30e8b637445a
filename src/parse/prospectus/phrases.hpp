// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PARSE_PROSPECTUS_PHRASES_HPP
#define FILING_PARSE_PROSPECTUS_PHRASES_HPP

// Looking up phrase tables in lower-case text. The tables themselves live at the top of the
// extractor that reads them, as named constexpr arrays.

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

using phrases_t = std::span<std::string_view const>;

/// True when `low` holds any of the phrases.
bool contains_any(std::string_view low, phrases_t phrases) noexcept;

/// Where the earliest of the phrases starts in `low` at or after `from`, if any.
std::optional<std::size_t> find_any(std::string_view low, phrases_t phrases, std::size_t from = 0) noexcept;

/// True when `word` stands in `low` as a whole word (not "atm" in "treatment").
bool contains_word(std::string_view low, std::string_view word) noexcept;

/// Where `word` stands as a whole word in `low` at or after `from`, or npos.
std::size_t find_word(std::string_view low, std::string_view word, std::size_t from = 0) noexcept;

/// How often `phrase` occurs in `low`.
std::size_t count_of(std::string_view low, std::string_view phrase) noexcept;

#endif // FILING_PARSE_PROSPECTUS_PHRASES_HPP
