// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_REPORT_RUN_REPORT_HPP
#define FILING_REPORT_RUN_REPORT_HPP

#include "errors.hpp"
#include "report/query-options.hpp"
#include "report/report-definition.hpp"
#include "report/report-output.hpp"

#include <string>

/// What a report returned, all its columns, and which defaults the archive decided.
struct report_result_t
{
    result_table_t table;
    /// The automatic parameters filled in, as options ("--from 2024-06-01 --to 2024-06-30").
    std::string defaults_used;
};

/**
 * Runs one report in a READ ONLY transaction (with the statement timeout, if any) and
 * returns its rows. Issuer and person parameters are looked up first, automatic defaults
 * computed, and the parameters checked against each other.
 * \throws user_error_t when a parameter is wrong (an issuer or person that matches nothing
 *         or several), or the database cannot be reached or refuses the query.
 */
report_result_t run_report(report_t const &report, query_options_t const &options);

/**
 * The output for people or programs: --sort, --limit and --columns applied (tables show
 * the report's table columns unless --columns says otherwise), then the format.
 * \throws user_error_t for an unknown column.
 */
std::string format_result(report_t const &report, report_result_t result, query_options_t const &options);

/// Runs what the options ask for and writes the output. \throws user_error_t
exit_code_t run_filing_query(query_options_t const &options);

#endif // FILING_REPORT_RUN_REPORT_HPP
