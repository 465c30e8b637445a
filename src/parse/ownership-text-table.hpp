// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PARSE_OWNERSHIP_TEXT_TABLE_HPP
#define FILING_PARSE_OWNERSHIP_TEXT_TABLE_HPP

#include "model/ownership-row.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

/// The column layouts of the two tables on Forms 3, 4 and 5.
enum class table_layout_t : std::uint8_t
{
    changes_non_derivative, ///< Forms 4 and 5, Table I: 11 columns
    changes_derivative,     ///< Forms 4 and 5, Table II: 16 columns
    initial_non_derivative, ///< Form 3, Table I: 4 columns
    initial_derivative      ///< Form 3, Table II: 8 columns
};

/**
 * The rows of one table from the lines between its title and the next section: header
 * lines are recognized and skipped, each data line's cells are typed (date, money,
 * amount, code letter, A/D, D/I, footnote marks, text) and matched to the columns in
 * order, so that lost, doubled or space-made gaps do not shift values. Lines holding only
 * text continue a wrapped title or nature of ownership. Warnings note cells that fit no
 * column.
 */
std::vector<ownership_row_t> parse_ownership_table(std::vector<std::string_view> const &lines, table_layout_t layout,
                                                   std::vector<std::string> *warnings);

/// True for a line of a table's column headers ("1. Title of Security (Instr. 3)", "Code V
/// Amount (A) or (D) Price", ...), whatever OCR did to it.
bool is_table_header_line(std::string_view line);

#endif // FILING_PARSE_OWNERSHIP_TEXT_TABLE_HPP
