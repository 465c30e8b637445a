// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_REPORT_REPORT_PARAMS_HPP
#define FILING_REPORT_REPORT_PARAMS_HPP

#include "report/report-definition.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

/// A parameter value checked against its type, ready to bind (nullopt binds NULL).
struct checked_param_t
{
    report_param_t const *param = nullptr;
    std::optional<std::string> value; ///< canonical text: ISO date, plain number, ...
};

/**
 * Checks the values given for a report's parameters and fills in defaults.
 * Issuer and person values stay as given: they are looked up in the archive later.
 * \throws user_error_t naming the parameter when a value is malformed, a required one is
 *         missing, or a parameter is unknown.
 */
std::vector<checked_param_t> check_params(report_t const &report,
                                          std::map<std::string, std::string> const &given);

#endif // FILING_REPORT_REPORT_PARAMS_HPP
