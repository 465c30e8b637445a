// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_IMPORT_RUN_IMPORT_HPP
#define FILING_IMPORT_RUN_IMPORT_HPP

#include "errors.hpp"
#include "import/import-options.hpp"

/// Runs what the options ask for: import, parse, or a db command. Library code: it throws
/// user_error_t on fatal errors and returns the exit code otherwise.
exit_code_t run_filing_import(import_options_t const &options);

/// filing-import PATH...: parser threads feeding one loader thread.
exit_code_t run_import(import_options_t const &options);

/// filing-import parse FILE...: the JSON contract, one line per filing, in input order.
exit_code_t run_parse(import_options_t const &options);

/// filing-import db migrate | status.
exit_code_t run_db_command(import_options_t const &options);

#endif // FILING_IMPORT_RUN_IMPORT_HPP
