// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PARSE_OWNERSHIP_TEXT_HPP
#define FILING_PARSE_OWNERSHIP_TEXT_HPP

#include "model/filing.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// True when normalized text reads as a rendering of Form 3, 4 or 5.
bool looks_like_ownership_text(std::string_view normalized);

struct ownership_text_result_t
{
    std::optional<filing_t> filing;
    std::string error; ///< why there is no filing; what was odd goes to filing->warnings
};

/**
 * Parses a plain-text rendering of Form 3, 4 or 5 (and amendments): the header boxes, both
 * tables, footnotes, remarks, the Reporting Owners table of joint filings, and signatures.
 * Pure: text in, filing out.
 * \pre `normalized` went through normalize_rendering().
 */
ownership_text_result_t parse_ownership_text(std::string_view normalized);

#endif // FILING_PARSE_OWNERSHIP_TEXT_HPP
