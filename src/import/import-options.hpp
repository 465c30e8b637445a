// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_IMPORT_IMPORT_OPTIONS_HPP
#define FILING_IMPORT_IMPORT_OPTIONS_HPP

#include "errors.hpp"
#include "import/input-reader.hpp"
#include "logging.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

enum class import_command_t : std::uint8_t
{
    import,  ///< filing-import PATH...
    parse,   ///< filing-import parse FILE...
    migrate, ///< filing-import db migrate
    status,  ///< filing-import db status
    check    ///< filing-import db check
};

enum class progress_mode_t : std::uint8_t
{
    automatic, ///< on when stderr is a terminal
    on,
    off
};

/// Everything `filing-import` was asked to do, as plain values.
struct import_options_t
{
    import_command_t command = import_command_t::import;
    std::string database;
    std::vector<std::string> paths;                      ///< files, directories, globs; "-" reads paths from stdin
    std::string from_list;                               ///< a file listing one path per line
    unsigned jobs = 0;                                   ///< parser threads; 0: one per core
    std::size_t batch_size = 2000;                       ///< filings per database transaction
    std::uint64_t max_file_size = DEFAULT_MAX_FILE_SIZE; ///< larger files (archive members) are not read
    std::string rejects_file;                            ///< reject log to write, if any
    std::string summary_json;                            ///< file (or "-") for the summary as JSON, if any
    bool quiet = false;
    progress_mode_t progress = progress_mode_t::automatic;
    log_level_t log_level = log_level_t::info;
};

/**
 * Turns the command line into options, or into an exit code when there is nothing more to
 * do (help, version, or a usage error, already printed).
 */
std::variant<import_options_t, exit_code_t> parse_import_options(int argc, char const *const argv[]);

#endif // FILING_IMPORT_IMPORT_OPTIONS_HPP
