// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_LOAD_SOURCE_FILING_HPP
#define FILING_LOAD_SOURCE_FILING_HPP

#include "model/filing.hpp"
#include "util/sha256.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

// What the parser threads hand the loader (pg-loader.hpp), and what it says became of each.

/// A parsed filing on its way to the database, with the file it came from.
struct source_filing_t
{
    std::string source_path;
    sha256_t source_sha256;
    int source_document = 1; ///< position among the filings of the file, from 1
    filing_t filing;
    /// document_key(filing), when the producer computed it already (on its own thread).
    std::optional<sha256_t> document_key;
    /// The accession number was not in the document but in its file or folder name (or a
    /// download's metadata): should another filing hold it, this one is taken for another
    /// copy of that filing rather than a conflict.
    bool accession_from_place = false;
};

/// What became of one filing (or of a whole file, when it held none).
enum class outcome_t : std::uint8_t
{
    unchanged, ///< a file whose content was imported before: not even parsed
    imported,
    already_imported, ///< same file or same filing already in the archive
    skipped,          ///< not a filing the archive keeps (another form type, ...)
    rejected
};

std::string_view to_string(outcome_t outcome) noexcept;

struct load_outcome_t
{
    std::string source_path;
    std::optional<sha256_t> source_sha256;
    outcome_t outcome = outcome_t::imported;
    std::string reason;      ///< for rejects and skips
    std::string stage;       ///< for rejects: "read", "parse" or "load"
    std::string form_type;   ///< for skips: the form type the file declared, if any
    std::string skip_kind{}; ///< for skips: what was skipped ("attachment", "form 10-K", ...)
    int source_document = 0; ///< the filing's position in its file; 0 for a whole file
};

/// Receives outcomes; called from the thread that decided them.
using outcome_callback_t = std::function<void(load_outcome_t const &)>;

#endif // FILING_LOAD_SOURCE_FILING_HPP
