// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PARSE_PROSPECTUS_COVER_HPP
#define FILING_PARSE_PROSPECTUS_COVER_HPP

// Facts of the cover page: who issues, under which registration, on which date, under which
// form type. Each is one extractor of its own.

#include "model/date.hpp"

#include <optional>
#include <string>

class document_view_t;

struct issuer_found_t
{
    std::optional<std::string> name;   ///< as the document writes it
    std::optional<std::string> ticker; ///< "NEE", from "under the symbol "NEE""
    bool from_definition = false;      ///< named only where "we" are defined, not on the cover
};

/**
 * The issuer: the first line or table cell of the cover that is a company's name ("NEXTERA
 * ENERGY, INC.", "Calidi Biotherapeutics, Inc."), else the firm the cover defines as "we"
 * ("NextEra Energy, Inc.'s ("NEE")", "(the "Company")", "which we refer to as"). The
 * ticker from "under the symbol "X"" (any case), or "(Nasdaq: X)".
 */
issuer_found_t find_issuer(document_view_t const &doc);

/// "Registration No. 333-271234", "Registration Statement Nos. 333-268718 and ...", "File No. 333-...".
std::optional<std::string> find_registration_no(document_view_t const &doc);

/// The form type the document states: "Filed Pursuant to Rule 424(b)(5)" -> "424B5", or a
/// "424B3" line at its top. Never guessed.
std::optional<std::string> find_stated_form_type(document_view_t const &doc);

/**
 * The document's date: "The date of this prospectus supplement is DATE", a cover line
 * "Prospectus Supplement dated DATE" (not "to Prospectus Supplement dated", which names an
 * earlier one), else "Subject to Completion, dated DATE".
 */
std::optional<date_t> find_document_date(document_view_t const &doc);

#endif // FILING_PARSE_PROSPECTUS_COVER_HPP
