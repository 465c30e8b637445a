// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_REPORT_RUN_REPORT_HPP
#define FILING_REPORT_RUN_REPORT_HPP

#include "errors.hpp"
#include "report/query-options.hpp"
#include "report/report-definition.hpp"
#include "report/report-output.hpp"

/**
 * Runs one report in a READ ONLY transaction (with the statement timeout, if any) and
 * returns its rows. Issuer and person parameters are looked up first; one that matches
 * nothing yields no rows, never an error.
 * \throws user_error_t when the database cannot be reached or refuses the query.
 */
result_table_t run_report(report_t const &report, query_options_t const &options);

/// Runs what the options ask for and writes the output. \throws user_error_t
exit_code_t run_filing_query(query_options_t const &options);

#endif // FILING_REPORT_RUN_REPORT_HPP
