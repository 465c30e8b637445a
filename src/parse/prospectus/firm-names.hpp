// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PARSE_PROSPECTUS_FIRM_NAMES_HPP
#define FILING_PARSE_PROSPECTUS_FIRM_NAMES_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

/// A firm named in a sentence, and where (byte offsets into the sentence).
struct firm_name_t
{
    std::string name;
    std::size_t begin = 0;
    std::size_t end = 0;
};

/**
 * The firms a sentence names: words ending with a corporate suffix ("Oppenheimer & Co.
 * Inc.", "B. Riley Securities, Inc.", "Stifel, Nicolaus & Company, Incorporated", "Credit
 * Agricole Securities (USA) Inc."), found from the suffix backwards up to a word that
 * cannot be part of a name ("with", "and", a list's comma after another suffix, a defined
 * short name in quotes). In mixed-case text the words of a name are capitalized; in text
 * extracted in lower case (`any_case`) the stop words alone delimit it.
 */
std::vector<firm_name_t> firm_names(std::string_view sentence, bool any_case);

/// True when a whole line or table cell is a company's name ("NEXTERA ENERGY, INC.").
bool is_company_name(std::string_view text);

/// True for a word that ends a company's name: "Inc.", "LLC", "Corporation", "plc", ...
bool is_corporate_suffix(std::string_view token);

/// Banks ("Bank of America, N.A.") are forward purchasers, never sales agents.
bool is_bank_name(std::string_view name);

/// A name found in text extracted in lower case, in a readable case: "h.c. wainwright & co.,
/// llc" -> "H.C. Wainwright & Co., LLC".
std::string readable_case(std::string_view lower_name);

#endif // FILING_PARSE_PROSPECTUS_FIRM_NAMES_HPP
