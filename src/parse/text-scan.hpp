// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PARSE_TEXT_SCAN_HPP
#define FILING_PARSE_TEXT_SCAN_HPP

#include "model/date.hpp"
#include "model/decimal.hpp"
#include "util/trim.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Small scanning helpers shared by the text parsers: trimming, OCR-tolerant matching of
// labels, splitting lines into cells, and telling what a cell holds.

/// Lower-case letters only: "5. Relationship of Reporting Person(s)" ->
/// "relationshipofreportingpersons". Labels are matched in this form, so that split words,
/// misread digits and stray punctuation do not matter.
std::string squash(std::string_view s);

/// Levenshtein distance: how many letters must be changed, inserted or deleted to turn
/// `a` into `b`.
int edit_distance(std::string_view a, std::string_view b);

/// True when `needle` (squashed) occurs in `haystack` (squashed) with at most
/// `max_edits` letters different, inserted or missing (OCR noise).
bool fuzzy_contains(std::string_view haystack_squashed, std::string_view needle_squashed, int max_edits);

/// The words of a text: the runs between white space.
std::vector<std::string_view> split_words(std::string_view text);

/// Splits lines, keeping empty ones (they matter: blank lines separate blocks).
std::vector<std::string_view> split_lines(std::string_view text);

/// One cell of a line: cells are separated by tabs or by runs of two or more spaces.
struct cell_t
{
    std::string text;          ///< trimmed
    std::size_t column = 0;    ///< byte offset in the line
    std::size_t gap = 0;       ///< number of tab/space runs before it (1 normally, more when cells are empty)
    std::size_t tab_index = 0; ///< position counting every tab (empty cells included)
    std::string separator;     ///< the blanks before it, as they were
};

/// The non-empty cells of a line.
std::vector<cell_t> split_cells(std::string_view line);

/// Number of tab-separated fields of a line, empty ones included.
std::size_t tab_field_count(std::string_view line) noexcept;

/// Footnotes are numbered up to 999: a longer number in parentheses is a value ("(2024)").
constexpr std::size_t FOOTNOTE_DIGITS_MAX = 3;

/// Removes footnote marks at the end of a value: "49,236 (1)(2)" -> "49,236", {"1","2"}.
/// Marks are small numbers in parentheses, possibly with an F ("(F1)").
std::string strip_marks(std::string_view text, std::vector<std::string> *marks);

/// True for a cell that is nothing but footnote marks: "(2)", "(1)(3)".
bool is_marks_only(std::string_view text) noexcept;

/// What a cell holds, for assigning it to a column.
enum class token_kind_t : std::uint8_t
{
    text,
    date,   ///< 12/08/2023
    money,  ///< $1.68
    number, ///< 40,596 or 55,037.7
    letter, ///< a single capital letter: code, V, A/D, D/I
    marks   ///< footnote marks only: the value is given only as a footnote
};

struct token_t
{
    token_kind_t kind = token_kind_t::text;
    std::string text; ///< without marks
    std::vector<std::string> marks;
    std::size_t tab_index = 0;
    std::size_t column = 0;
    std::size_t gap = 1;
    std::string separator;       ///< the blanks before it, as they were
    bool continues_text = false; ///< joined to the previous text cell (one gap only)
    bool whole_cell = true;      ///< false when split out of a cell that held several values
};

/// Tokens of a table row: cells classified; a cell mixing words and values ("Common Stock
/// 12/08/2023 A") is split into words, and values broken by OCR ("40, 596", "$ 1.68")
/// are glued back.
std::vector<token_t> tokenize_row(std::string_view line);

token_kind_t classify(std::string_view text) noexcept;

/// Runs of white space (line breaks included) as single spaces, trimmed.
std::string collapse_spaces(std::string_view text);

/// Words a date column may hold instead of a date: "Immediately", "N/A", "-".
bool is_date_word(std::string_view text);

#endif // FILING_PARSE_TEXT_SCAN_HPP
