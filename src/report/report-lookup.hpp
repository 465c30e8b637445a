// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_REPORT_REPORT_LOOKUP_HPP
#define FILING_REPORT_REPORT_LOOKUP_HPP

#include <pqxx/transaction_base>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// An issuer or person that a lookup value may mean.
struct lookup_match_t
{
    std::int64_t id = 0;
    int level = 0; ///< how well it matches, 1 best (see src/report/sql/find-*.sql)
    std::optional<std::string> cik;
    std::string name;
    std::optional<std::string> ticker; ///< a person's: of the issuer of their latest filing
    std::string name_key;
    std::optional<std::string> last_filed;
    std::optional<std::string> matched; ///< the name or ticker the value matched
};

enum class lookup_kind_t : std::uint8_t
{
    issuer,
    person
};

/**
 * Of the matches of a value, those it means: the best level that matches; several only
 * when they are one name (a row with a CIK and rows without CIK under that name).
 * \returns empty when the best level holds different names or persons with different CIKs
 *          (the value is ambiguous), or when nothing matches.
 */
std::vector<lookup_match_t> pick_matches(std::vector<lookup_match_t> const &matches);

/**
 * The ids an --issuer (ticker, CIK or any name it filed under: whole, its start, or some
 * of its words) or --person (CIK or name, whole or some of its words) value means.
 * \throws user_error_t naming `report` and `option` when the value is ambiguous (listing
 *         the candidates) or matches nothing (listing the closest names).
 */
std::vector<std::int64_t> look_up(pqxx::transaction_base &tx, lookup_kind_t kind, std::string_view report,
                                  std::string_view option, std::string const &value);

#endif // FILING_REPORT_REPORT_LOOKUP_HPP
