// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PARSE_PARSE_DOCUMENT_HPP
#define FILING_PARSE_PARSE_DOCUMENT_HPP

#include "model/filing.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// What a file turned out to hold.
enum class parse_status_t : std::uint8_t
{
    parsed,  ///< one or more filings
    skipped, ///< a real document the archive does not keep (another form type, ...)
    rejected ///< not a document the parsers understand, or a broken one
};

struct parse_result_t
{
    parse_status_t status = parse_status_t::rejected;
    std::vector<filing_t> filings; ///< when parsed
    std::string reason;            ///< when skipped or rejected
    std::string form_type;         ///< when skipped: the form type declared, if any
    /// The document was ownership XML or an EDGAR submission: a rejection means a broken
    /// filing, not some other kind of document.
    bool is_edgar_form = false;
};

/**
 * Parses the bytes of one file, whatever its format: the kind is detected from the
 * content, never from the file name. Pure: no I/O, no globals; never throws for bad
 * input, which comes back as a rejection with its reason.
 */
parse_result_t parse_document(std::string_view bytes);

/**
 * Whether the bytes are a JSON document (an EDGAR tool's metadata, an index, a parse saved
 * by this program): never a filing, though its strings may quote a whole supplement.
 */
bool is_json_document(std::string_view bytes);

/**
 * The form type of an EDGAR submission that starts with `head`, when it is a form the
 * archive does not keep ("10-K"); nullopt otherwise. Lets a reader skip, by its header
 * alone, a submission too large to be read whole.
 */
std::optional<std::string> unkept_submission_form(std::string_view head);

/// Whether the archive keeps filings of this form: the ownership forms (3, 4, 5 and their
/// amendments) and prospectus supplements (424B...).
bool is_kept_form(form_type_t const &form);

#endif // FILING_PARSE_PARSE_DOCUMENT_HPP
