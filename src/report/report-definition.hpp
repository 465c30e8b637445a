// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_REPORT_REPORT_DEFINITION_HPP
#define FILING_REPORT_REPORT_DEFINITION_HPP

#include "model/decimal.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

/// The type of a report parameter: how a value is checked and bound.
enum class param_type_t : std::uint8_t
{
    text,
    integer,
    numeric,
    date,
    boolean,
    choice, ///< one of a list of words ({P,S,PS}), or several, comma-separated ({P,S}*)
    issuer, ///< ticker, CIK or name; bound as the bigint[] of the matching issuer ids
    person  ///< CIK or name; bound as the bigint[] of the matching person ids
};

std::string_view to_string(param_type_t type) noexcept;

/// What a parameter that was not given stands for.
enum class param_default_t : std::uint8_t
{
    required, ///< must be given
    value,    ///< the value in the header
    any,      ///< NULL: no restriction ("= null")
    automatic ///< computed from the archive by the report's defaults statement ("= auto")
};

struct report_param_t
{
    std::string name;
    param_type_t type = param_type_t::text;
    param_default_t default_kind = param_default_t::required;
    std::string default_value; ///< for param_default_t::value
    std::string description;
    std::vector<std::string> choices;   ///< for choice
    bool multiple = false;              ///< choice: several values, comma-separated
    std::optional<decimal_t> min_value; ///< integer and numeric: the smallest allowed
    std::optional<decimal_t> max_value; ///< and the largest

    bool is_required() const noexcept { return default_kind == param_default_t::required; }
    /// The type as the header writes it: "date", "{P,S,PS}", "integer 1..366".
    std::string type_text() const;
    /// "(default: 10)", "(default: any)", "" when required or when the description says it.
    std::string default_text() const;
};

/**
 * A canned report: one `queries/NAME.sql` file whose header comment names it, describes it
 * and declares its parameters, which the SQL uses as $1, $2, ... in declaration order:
 *
 *     -- name: insider-trades
 *     -- description: Open-market purchases and sales across issuers.
 *     -- param: from date = auto | first trade date (default: 30 days before the newest trade)
 *     -- param: days integer 1..366 = 10 | length of the window
 *     -- param: type {P,S,PS} = PS | purchases, sales or both
 *     -- param: issuer issuer = null | only this issuer
 *     -- one-of: issuer, person
 *     -- table: trade_date, ticker, insider, value
 *
 * `one-of` names parameters of which at least one must be given; `table` the columns a
 * table shows unless --columns says otherwise (CSV and JSON have them all), each with a
 * shorter heading for tables if it says `column AS heading`.
 *
 * Parameters declared `= auto` are computed from the archive by a defaults statement: the
 * SQL between a line `-- defaults:` and a line `-- report:`, run first with the parameters
 * $1 to the highest it uses; each column of its one row named like an automatic
 * parameter not given sets it. The report statement follows `-- report:`.
 */
struct report_t
{
    std::string name;
    std::string description;
    std::vector<report_param_t> params;
    std::vector<std::string> one_of;
    std::vector<std::string> table_columns; ///< empty: all
    /// Headings tables show instead of column names ("-- table: shares_owned AS shares").
    std::vector<std::pair<std::string, std::string>> table_labels;
    std::string defaults_sql; ///< empty: none
    std::string sql;
    std::string path;

    report_param_t const *find_param(std::string_view name) const noexcept;
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
