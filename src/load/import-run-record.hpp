// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_LOAD_IMPORT_RUN_RECORD_HPP
#define FILING_LOAD_IMPORT_RUN_RECORD_HPP

#include <cstddef>
#include <string>

/// What one run of filing-import did, as the import_run table keeps it.
struct import_run_record_t
{
    double seconds = 0; ///< from start to now
    std::size_t files_seen = 0;
    std::size_t files_unchanged = 0;
    std::size_t filings_imported = 0;
    std::size_t filings_already = 0;
    std::size_t files_skipped = 0;
    std::size_t files_rejected = 0;
    bool interrupted = false;
    std::string parser_version;
};

/// Adds a row to import_run. \throws user_error_t when the database cannot be reached.
void record_import_run(std::string const &database, import_run_record_t const &run);

#endif // FILING_LOAD_IMPORT_RUN_RECORD_HPP
