// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_IMPORT_EDGAR_LAYOUT_HPP
#define FILING_IMPORT_EDGAR_LAYOUT_HPP

#include "model/date.hpp"
#include "model/identifiers.hpp"
#include "parse/parse-document.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

/**
 * What a document's place says about it, in the folders EDGAR itself and the download
 * tools write: one folder per filing, named by its accession number, holding the form
 * with its attachments (EDGAR's `edgar/data/CIK/ACCESSION/`, sec-edgar-downloader's
 * `sec-edgar-filings/CIK/FORM/ACCESSION/full-submission.txt`, datamule's
 * `ACCESSION/doc4.xml` beside `metadata.json`), or files named by their accession number
 * (EDGAR's daily feed: `ACCESSION.nc`).
 */
struct layout_hints_t
{
    /// From metadata.json beside the document, else from its name or its folder's.
    std::optional<accession_no_t> accession;
    /// metadata.json's filing date.
    std::optional<date_t> filing_date;
    /// metadata.json's type of this very document ("4", "EX-24.1", "GRAPHIC"), when it
    /// lists it, and of the filing ("4", "SC 13D").
    std::string document_type;
    std::string filing_type;
    /// The document sits in the folder of one filing (named by an accession number, or
    /// with a metadata.json): a document there that is not a form is an attachment.
    bool in_filing_folder = false;
};

/// The accession number a name carries, dashed (0000950170-24-012830) or as 18 digits
/// (000095017024012830), alone or among other words ("doc4-000120919122024550.xml").
std::optional<accession_no_t> accession_in_name(std::string_view name);

/// Reads the hints for documents one after the other; keeps the last folder's
/// metadata.json, as the documents of a folder come one after the other.
class layout_reader_t
{
public:
    /// `name` is a path, or "archive!member" (whose folders are inside the archive).
    layout_hints_t hints_for(std::string const &name);

private:
    struct folder_metadata_t
    {
        std::optional<accession_no_t> accession;
        std::optional<date_t> filing_date;
        std::string filing_type;
        std::vector<std::pair<std::string, std::string>> document_types; ///< file name, type
    };
    static std::optional<folder_metadata_t> read_metadata(std::string const &folder);

    std::optional<std::string> m_folder;
    std::optional<folder_metadata_t> m_metadata;
};

/// A parse with what the document's place adds to it.
struct placed_parse_t
{
    parse_result_t result;
    /// Per filing: its accession number comes from the place, not from the document.
    std::vector<bool> accession_from_place;
    /// When skipped: what kind of thing ("attachment", "form 10-K"), to count skips by.
    std::string skip_kind;
};

/**
 * Parses a document as parse_document() does, then lets its place speak: a document that
 * metadata.json lists as an exhibit or as another form is skipped unread; JSON data is
 * skipped; in a filing's folder, a document the parsers cannot read as a form is skipped
 * as an attachment of that filing (a broken ownership XML or submission is still
 * rejected); a filing without accession number or filing date takes those of its place.
 */
placed_parse_t parse_in_place(std::string_view bytes, layout_hints_t const &hints);

#endif // FILING_IMPORT_EDGAR_LAYOUT_HPP
