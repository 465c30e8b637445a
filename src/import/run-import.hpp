// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_IMPORT_RUN_IMPORT_HPP
#define FILING_IMPORT_RUN_IMPORT_HPP

#include "errors.hpp"
#include "import/import-options.hpp"

/// Runs what the options ask for: import, parse, or a db command. Library code: it throws
/// user_error_t on fatal errors and returns the exit code otherwise.
exit_code_t run_filing_import(import_options_t const &options);

#endif // FILING_IMPORT_RUN_IMPORT_HPP
