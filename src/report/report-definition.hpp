// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_REPORT_REPORT_DEFINITION_HPP
#define FILING_REPORT_REPORT_DEFINITION_HPP

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// The type of a report parameter: how a value is checked and bound.
enum class param_type_t : std::uint8_t
{
    text,
    integer,
    numeric,
    date,
    boolean,
    issuer, ///< ticker, CIK or name; bound as the bigint[] of matching issuer ids
    person  ///< CIK or name; bound as the bigint[] of matching person ids
};

std::string_view to_string(param_type_t type) noexcept;

struct report_param_t
{
    std::string name;
    param_type_t type = param_type_t::text;
    /// nullopt: the parameter is required. A default of "null" binds NULL ("any").
    std::optional<std::string> default_value;
    std::string description;

    bool is_required() const noexcept { return !default_value.has_value(); }
};

/**
 * A canned report: one `queries/NAME.sql` file whose header comment names it, describes
 * it and declares its parameters, which the SQL uses as $1, $2, ... in declaration order:
 *
 *     -- name: insider-activity
 *     -- description: An issuer's insider transactions over a period.
 *     -- param: issuer issuer | the issuer: ticker, CIK or name
 *     -- param: from date = 1900-01-01 | first transaction date
 */
struct report_t
{
    std::string name;
    std::string description;
    std::vector<report_param_t> params;
    std::string sql;
    std::string path;
};

/**
 * Reads a report from the text of its file.
 * \throws user_error_t naming the file and line when the header is malformed.
 */
report_t parse_report(std::string const &text, std::string const &path);

/// All reports of a folder (`*.sql`), sorted by name. \throws user_error_t
std::vector<report_t> load_report_library(std::filesystem::path const &dir);

/**
 * Where the reports are: `explicit_dir` when given, else $FILING_QUERIES_DIR, else
 * `queries/` beside the program (build tree), else `../share/filing-archive/queries`
 * relative to it (installed). \throws user_error_t when none exists.
 */
std::filesystem::path find_queries_dir(std::string const &explicit_dir);

#endif // FILING_REPORT_REPORT_DEFINITION_HPP
