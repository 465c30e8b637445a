// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PARSE_PROSPECTUS_PROSPECTUS_HPP
#define FILING_PARSE_PROSPECTUS_PROSPECTUS_HPP

#include "model/filing.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// True when text reads as a prospectus supplement (with or without a "Filed Pursuant to
/// Rule 424(b)(N)" line).
bool looks_like_prospectus(std::string_view text);

/// What a submission's header knows about a prospectus, when there is one.
struct prospectus_context_t
{
    std::string form_type; ///< "424B5"; empty when no header states one
    std::optional<std::string> issuer_name;
    std::optional<cik_t> issuer_cik;
    std::optional<date_t> filed_date;
    std::optional<accession_no_t> accession;
    std::optional<std::string> file_number; ///< SEC FILE NUMBER, "333-268138"
};

struct prospectus_result_t
{
    std::optional<filing_t> filing;
    std::string error;
};

/**
 * Reads a prospectus supplement: issuer and ticker, registration number, document date,
 * and, when it describes an at-the-market program, the agreement (type, date, amendments),
 * agents, maximum aggregate offering price, commission rate and the events it reports
 * (established, capacity changed, sales to date, suspended, resumed, terminated, agents
 * changed). A supplement about something else (an underwritten or registered direct
 * offering, a resale, debt, a sticker, one that merely mentions a program) comes back with
 * `offering.is_atm` false and no events. The form type is the header's, else the one the
 * text states ("Rule 424(b)(5)"), else empty: never guessed. What an extractor was unsure
 * of is in `filing.warnings`. Pure.
 * \pre `text` went through normalize_rendering() (HTML converted to text before).
 */
prospectus_result_t parse_prospectus(std::string_view text, prospectus_context_t const &context);

/**
 * What the extractors read of an at-the-market program from a text, as they would from a
 * supplement's, without deciding whether the text offers the program: for a periodic
 * report's note on a program, and to measure the extractors on passages of real filings.
 * `is_atm` is true when an ATM agreement is named. Pure.
 * \pre as parse_prospectus.
 */
offering_t read_atm_facts(std::string_view text, std::vector<std::string> *warnings);

#endif // FILING_PARSE_PROSPECTUS_PROSPECTUS_HPP
