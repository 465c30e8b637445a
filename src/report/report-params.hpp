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
    bool given = false;               ///< on the command line, rather than a default
};

/**
 * Checks the values given for a report's parameters and fills in the defaults of the
 * header; automatic ones stay nullopt until the report's defaults statement runs.
 * Issuer and person values stay as given: they are looked up in the archive later.
 * \throws user_error_t naming the parameter when a value is malformed or out of range, a
 *         required one is missing, or a parameter is unknown.
 */
std::vector<checked_param_t> check_params(report_t const &report, std::map<std::string, std::string> const &given);

/// Checks one value of a parameter and returns its canonical text. \throws user_error_t
std::string check_value(report_t const &report, report_param_t const &param, std::string const &value);

/**
 * Checks what spans several parameters, once the defaults are known: at least one of a
 * report's `one-of` parameters given, and `from` not after `to`. \throws user_error_t
 */
void check_param_relations(report_t const &report, std::vector<checked_param_t> const &params);

#endif // FILING_REPORT_REPORT_PARAMS_HPP
