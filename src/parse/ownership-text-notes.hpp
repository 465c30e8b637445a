// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PARSE_OWNERSHIP_TEXT_NOTES_HPP
#define FILING_PARSE_OWNERSHIP_TEXT_NOTES_HPP

#include "model/filing.hpp"

#include <string_view>
#include <vector>

// The parts of a rendered ownership form below the tables.

/// "Explanation of Responses": footnotes by number, continuation lines kept.
std::vector<footnote_t> parse_footnotes(std::vector<std::string_view> const &lines);

/// The remarks text, lines kept as lines; nullopt when empty.
std::optional<std::string> parse_remarks(std::vector<std::string_view> const &lines);

/// The "Reporting Owners" table of joint filings: name, address and relationships.
std::vector<reporting_owner_t> parse_reporting_owners(std::vector<std::string_view> const &lines);

/// True for a line that starts a footnote: "- 1. text", "(1) text", "1. text".
bool starts_footnote(std::string_view line);

/// A signature line: a name with a date after it, or a name and a date-only next line.
/// Returns how many of the lines from `i` backwards it used (0: not a signature).
struct signature_match_t
{
    signature_t signature;
    std::size_t first_line = 0; ///< index of its first line
};

/**
 * The signatures just above the "Signature of Reporting Person" line at `marker`:
 * collected upwards while lines read as "name date" or "name" then "date".
 */
std::vector<signature_match_t> parse_signatures_above(std::vector<std::string_view> const &lines, std::size_t marker,
                                                      std::size_t floor);

#endif // FILING_PARSE_OWNERSHIP_TEXT_NOTES_HPP
