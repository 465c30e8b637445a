// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_MODEL_FILING_HPP
#define FILING_MODEL_FILING_HPP

#include "model/date.hpp"
#include "model/identifiers.hpp"
#include "model/offering.hpp"
#include "model/ownership-row.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// What kind of document a filing came from.
enum class document_kind_t : std::uint8_t
{
    ownership,  ///< Forms 3, 4, 5 and amendments
    prospectus, ///< prospectus supplements (424B3, 424B5, ...)
    unknown
};

std::string_view to_string(document_kind_t kind) noexcept;

struct issuer_ref_t
{
    std::string name;
    std::optional<std::string> ticker;
    std::optional<cik_t> cik;
};

/// A reporting owner of an ownership filing, with the relationship and address as filed.
struct reporting_owner_t
{
    std::string name; ///< as filed, e.g. "CARUSO JAMES V"
    std::optional<cik_t> cik;
    std::optional<std::string> street1;
    std::optional<std::string> street2;
    std::optional<std::string> city;
    std::optional<std::string> state;
    std::optional<std::string> zip;
    bool is_director = false;
    bool is_officer = false;
    std::optional<std::string> officer_title;
    bool is_ten_percent_owner = false;
    bool is_other = false;
    std::optional<std::string> other_text;
};

struct footnote_t
{
    std::string id; ///< the bare mark: "1", never "F1" or "(1)"
    std::string text;
};

/**
 * The id a footnote is known by, from a mark as a document writes it: what comes before
 * the number ("F", "(") and its leading zeros dropped, so that "F1", "(01)" and "1" are
 * one footnote. An all-zero number is "0"; a mark without digits gives "".
 * \pre `mark` holds nothing after the number (callers cut ")" and the like off).
 */
std::string footnote_id(std::string_view mark);

struct signature_t
{
    std::string name;
    std::optional<date_t> date;
};

/**
 * One filing as the parsers produce it and the loader stores it: an ownership report or a
 * prospectus supplement. Plain data, no I/O.
 */
struct filing_t
{
    document_kind_t kind = document_kind_t::unknown;
    form_type_t form_type;
    std::optional<accession_no_t> accession;
    std::optional<date_t> filed_date; ///< FILED AS OF DATE of a submission
    std::optional<date_t> period_of_report;
    std::optional<date_t> date_of_original_submission;
    std::optional<bool> aff10b5one;
    std::optional<bool> not_subject_to_section16;
    std::optional<bool> no_securities_owned;
    std::optional<std::string> schema_version; ///< ownership XML schema, e.g. "X0508"

    issuer_ref_t issuer;
    std::vector<reporting_owner_t> owners;
    std::vector<ownership_row_t> non_derivative;
    std::vector<ownership_row_t> derivative;
    std::vector<footnote_t> footnotes;
    std::vector<signature_t> signatures;
    std::optional<std::string> remarks;
    std::optional<offering_t> offering;

    /// What the parser was unsure of (a value it could not read or place), in words a user
    /// can act on: shown by `parse`, logged by the import, never silently dropped.
    std::vector<std::string> warnings;
};

#endif // FILING_MODEL_FILING_HPP
