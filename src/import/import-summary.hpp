// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_IMPORT_IMPORT_SUMMARY_HPP
#define FILING_IMPORT_IMPORT_SUMMARY_HPP

#include "load/source-filing.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <map>
#include <string>
#include <vector>

/// Counts of what an import did, and the reasons files were turned away.
struct import_summary_t
{
    std::size_t files_seen = 0;
    std::size_t files_unchanged = 0; ///< skipped before parsing: content hash already stored
    std::size_t filings_imported = 0;
    std::size_t filings_already = 0; ///< parsed, but the same filing was already stored
    std::size_t files_skipped = 0;   ///< hold no filing the archive keeps
    std::size_t files_rejected = 0;
    double seconds = 0;
    /// Rejection reasons, the first few kept whole for the summary.
    std::vector<load_outcome_t> first_rejects;
    std::map<std::string, std::size_t> skipped_form_types;
    /// Skips by what was skipped: "form 10-K", "attachment", "not a regular file", ...
    std::map<std::string, std::size_t> skipped_kinds;
    /// "SIGINT" or "SIGTERM" when a signal stopped the import early.
    std::string interrupted_by;

    static constexpr std::size_t MAX_REJECTS_SHOWN = 20;

    void count(load_outcome_t const &outcome);

    /// The summary for people, several lines.
    std::string to_text() const;
    nlohmann::ordered_json to_json() const;
};

#endif // FILING_IMPORT_IMPORT_SUMMARY_HPP
