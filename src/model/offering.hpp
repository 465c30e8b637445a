// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_MODEL_OFFERING_HPP
#define FILING_MODEL_OFFERING_HPP

#include "model/date.hpp"
#include "model/decimal.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// What a prospectus supplement says happened to an at-the-market program.
enum class offering_event_type_t : std::uint8_t
{
    established,      ///< the program is set up (or its agreement first described)
    capacity_changed, ///< the maximum aggregate offering price is now new_capacity
    sales_update,     ///< cumulative sales to date as of `date`
    suspended,        ///< no sales until a new supplement; the agreement stays in force
    resumed,          ///< sales may start again
    terminated        ///< the agreement or the offering ends, effective `date`
};

std::string_view to_string(offering_event_type_t type) noexcept;

struct offering_event_t
{
    offering_event_type_t type = offering_event_type_t::established;
    std::optional<date_t> date;
    std::optional<decimal_t> shares_sold;    ///< cumulative, never an increment
    std::optional<decimal_t> gross_proceeds; ///< cumulative gross proceeds
    std::optional<decimal_t> net_proceeds;   ///< cumulative net proceeds, when only those are given
    std::optional<decimal_t> new_capacity;   ///< the new total, for capacity_changed
};

/// The at-the-market program a prospectus supplement describes, and what it says of it.
struct offering_t
{
    std::optional<std::string> registration_no; ///< "333-244362"
    std::optional<date_t> document_date;
    bool is_atm = false;
    std::optional<std::string> agreement_type; ///< "Equity Distribution Agreement"
    std::optional<date_t> agreement_date;
    std::vector<std::string> agents; ///< full names, in the order first named
    std::optional<decimal_t> max_aggregate_offering_price;
    std::optional<decimal_t> commission_rate; ///< percent, "3.0" for 3.0%
    std::vector<offering_event_t> events;
};

#endif // FILING_MODEL_OFFERING_HPP
