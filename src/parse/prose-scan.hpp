// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PARSE_PROSE_SCAN_HPP
#define FILING_PARSE_PROSE_SCAN_HPP

#include "model/date.hpp"
#include "model/decimal.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Reading values out of running prose (prospectus supplements): sentences, amounts of
// money, share counts, percentages and dates in words.

/// Prose made plain: curly quotes and apostrophes straight, service and trade marks
/// dropped, white space single. Line breaks become spaces; blank lines stay as "\n".
std::string plain_prose(std::string_view text);

/// A sentence and where it starts in the prose it came from.
struct sentence_t
{
    std::string_view text;
    std::size_t offset = 0;
};

/// Splits prose into sentences, not at the periods of "Inc.", "Co.", "No." or initials.
/// A sentence starts with a capital, a digit, a quote or a parenthesis; with `any_case`
/// (text extracted in lower case) with any letter too.
std::vector<sentence_t> split_sentences(std::string_view prose, bool any_case = false);

/// ASCII lower case copy, same length and offsets.
std::string lower(std::string_view text);

/// An amount read from prose, and where it ends.
struct amount_t
{
    decimal_t value;
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// The first amount of money at or after `from`: "$14,500,000", "$50.0 million",
/// "$1.2 billion", "$0", "US$9.6 million" (which begins at "US").
std::optional<amount_t> find_money(std::string_view text, std::size_t from = 0);

/// The first count of shares at or after `from`: "4,169 shares", "1.2 million shares",
/// "1,250,000 ADSs", "N ordinary shares", "N American Depositary Shares", "N units".
std::optional<amount_t> find_shares(std::string_view text, std::size_t from = 0);

/// The first percentage at or after `from`: "3.0%", "2 percent".
std::optional<amount_t> find_percent(std::string_view text, std::size_t from = 0);

/// A date in words at or after `from`: "October 20, 2022", "october 20, 2022", "Oct. 20, 2022".
struct found_date_t
{
    date_t date;
    std::size_t begin = 0;
    std::size_t end = 0;
};
std::optional<found_date_t> find_date_words(std::string_view text, std::size_t from = 0);

#endif // FILING_PARSE_PROSE_SCAN_HPP
