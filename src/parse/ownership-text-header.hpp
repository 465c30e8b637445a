// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PARSE_OWNERSHIP_TEXT_HEADER_HPP
#define FILING_PARSE_OWNERSHIP_TEXT_HEADER_HPP

#include "model/filing.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// A check box at the top of Forms 4 and 5: whether the form shows it, and whether it is marked.
struct check_box_t
{
    bool shown = false;
    bool marked = false;
};

/// What the boxes above Table I say.
struct ownership_header_t
{
    std::optional<char> form; ///< '3', '4' or '5'
    issuer_ref_t issuer;
    reporting_owner_t owner; ///< the first reporting owner, as the boxes show it
    std::optional<date_t> period_of_report;
    std::optional<date_t> original_filed; ///< the amendment's date of original filing
    check_box_t section16;                ///< "no longer subject to Section 16"
    check_box_t aff10b5one;               ///< the Rule 10b5-1(c) affirmative defense
};

/**
 * Reads the header boxes from the lines before the tables. Values are found by what they
 * are and where their labels are, whatever the order of the lines, the gaps between
 * cells, or what OCR did to the labels. Each box has its own reader
 * (ownership-text-header.cpp); they share one view of the lines and their cells.
 */
ownership_header_t parse_ownership_header(std::vector<std::string_view> const &lines);

/// Strips a label from the start of a cell, tolerating OCR damage: "2. Issuer Name and
/// Ticker or Trading Symbol Cellectar Biosciences" -> "Cellectar Biosciences".
std::string strip_label(std::string_view text, std::string_view label_squashed);

#endif // FILING_PARSE_OWNERSHIP_TEXT_HEADER_HPP
