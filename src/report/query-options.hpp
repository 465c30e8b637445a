// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_REPORT_QUERY_OPTIONS_HPP
#define FILING_REPORT_QUERY_OPTIONS_HPP

#include "errors.hpp"
#include "report/report-output.hpp"
#include "report/report-table.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>

enum class query_command_t : std::uint8_t
{
    list,     ///< filing-query list
    describe, ///< filing-query describe NAME
    run       ///< filing-query NAME [--param value ...]
};

/// Everything `filing-query` was asked to do, as plain values.
struct query_options_t
{
    query_command_t command = query_command_t::list;
    std::string report;                        ///< for describe and run
    std::map<std::string, std::string> params; ///< --name value, as given
    std::string database;
    output_format_t format = output_format_t::table;
    std::string output_file;           ///< empty: stdout
    unsigned statement_timeout_ms = 0; ///< 0: no limit
    std::string queries_dir;           ///< empty: the default search
    bool names_only = false;           ///< list --names
    bool explain = false;              ///< show the plan (EXPLAIN ANALYZE) instead of the rows
    std::string columns;               ///< --columns: names, or "all"; empty: the report's choice
    std::string sort;                  ///< --sort: "col[:desc],..."; empty: the report's order
    std::optional<std::size_t> limit;  ///< --limit: at most this many rows
    expanded_t expanded = expanded_t::automatic;
    std::size_t width = 0; ///< table width: $COLUMNS or the terminal's; 0 no limit
    bool quiet = false;    ///< no notes on stderr
};

/**
 * Turns the command line into options, or into an exit code when there is nothing more to
 * do (help, version, or a usage error, already printed). The reports found in the reports
 * folder become subcommands, their parameters options of those.
 */
std::variant<query_options_t, exit_code_t> parse_query_options(int argc, char const *const argv[]);

#endif // FILING_REPORT_QUERY_OPTIONS_HPP
