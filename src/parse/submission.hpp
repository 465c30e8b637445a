// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PARSE_SUBMISSION_HPP
#define FILING_PARSE_SUBMISSION_HPP

#include "model/date.hpp"
#include "model/identifiers.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// A company or person named in a submission's header.
struct submission_party_t
{
    std::string role; ///< "issuer", "reporting-owner", "filer", "subject-company", "filed-by"
    std::string name;
    std::optional<cik_t> cik;
};

/// One <DOCUMENT> of a submission.
struct submission_document_t
{
    std::string type; ///< "4", "424B5", "EX-24", "GRAPHIC", ...
    std::string filename;
    std::string description;
    std::string_view body; ///< what is between <TEXT> and </TEXT>
};

/// A full EDGAR submission file (`.txt` with an SEC-HEADER, or the `.nc` tag form).
struct submission_t
{
    std::optional<accession_no_t> accession;
    std::string form_type; ///< CONFORMED SUBMISSION TYPE
    std::optional<date_t> filed_date;
    std::optional<date_t> period;
    std::string file_number; ///< the first SEC FILE NUMBER: "333-268138" for a registration
    std::vector<submission_party_t> parties;
    std::vector<submission_document_t> documents;

    /// The first party with this role, if any.
    submission_party_t const *party(std::string_view role) const;
};

/**
 * A date as EDGAR headers write it, "20171018": the first eight characters after leading
 * blanks must be digits; whatever follows them is not read.
 */
std::optional<date_t> parse_yyyymmdd(std::string_view s);

/// True for text that starts like an EDGAR submission file.
bool looks_like_submission(std::string_view text) noexcept;

/**
 * Reads the header and splits the documents of a submission. Pure; the documents' bodies
 * point into `text`.
 */
submission_t parse_submission(std::string_view text);

/// The XML between <XML> and </XML> in a document body, if it has one.
std::optional<std::string_view> embedded_xml(std::string_view body) noexcept;

#endif // FILING_PARSE_SUBMISSION_HPP
