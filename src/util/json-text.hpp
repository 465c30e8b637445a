// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_UTIL_JSON_TEXT_HPP
#define FILING_UTIL_JSON_TEXT_HPP

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

/**
 * A JSON number given by its exact decimal text ("99999999999999999999999", a value with
 * 400 decimals). nlohmann-json holds numbers as double or 64-bit integers and has no hook
 * to write a number of its own: the text is kept as a binary value with a tag of ours,
 * which json_text() writes verbatim. dump() would write it as a binary object: write
 * documents that hold exact numbers with json_text().
 * \pre `text` is a JSON number (an optional '-', digits, an optional fraction).
 */
nlohmann::ordered_json exact_number(std::string_view text);

/**
 * `j` as JSON text, as `j.dump(indent)` writes it (compact for a negative indent), with
 * exact numbers written verbatim, and invalid UTF-8 in strings replaced by U+FFFD rather
 * than thrown at.
 */
std::string json_text(nlohmann::ordered_json const &j, int indent = -1);

#endif // FILING_UTIL_JSON_TEXT_HPP
