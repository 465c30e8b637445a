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
    terminated,       ///< the agreement or the offering ends, effective `date`
    agents_changed    ///< agents added, replaced or removed: `agents` is the list in force after
};

std::string_view to_string(offering_event_type_t type) noexcept;

/// An agreement named by its type and date: how a document points at a program.
struct agreement_ref_t
{
    std::optional<std::string> type; ///< "Sales Agreement"
    std::optional<date_t> date;

    friend bool operator==(agreement_ref_t const &, agreement_ref_t const &) = default;
};

struct offering_event_t
{
    offering_event_type_t type = offering_event_type_t::established;
    std::optional<date_t> date;              ///< the day it takes effect; for sales, the as-of date
    std::optional<decimal_t> shares_sold;    ///< cumulative, never an increment
    std::optional<decimal_t> gross_proceeds; ///< cumulative gross proceeds
    std::optional<decimal_t> net_proceeds;   ///< cumulative net proceeds, when only those are given
    std::optional<decimal_t> new_capacity;   ///< the new total, for capacity_changed
    std::vector<std::string> agents; ///< agents_changed: the agents in force after it, as the document names them
    std::vector<std::string> agents_removed; ///< agents_changed: those it says are no longer agents
    /// Set when the event concerns another agreement than the document's own (the one a
    /// supplement ends as it starts a new program); the loader files it under that program.
    std::optional<agreement_ref_t> agreement;
};

/// How an agreement was changed after it was signed.
enum class amendment_kind_t : std::uint8_t
{
    amendment,           ///< "Amendment No. 1 to the Sales Agreement"
    amended_and_restated ///< "Amended and Restated Equity Distribution Agreement": same program, new date
};

std::string_view to_string(amendment_kind_t kind) noexcept;

struct agreement_amendment_t
{
    amendment_kind_t kind = amendment_kind_t::amendment;
    std::optional<date_t> date;

    friend bool operator==(agreement_amendment_t const &, agreement_amendment_t const &) = default;
};

/// The at-the-market program a prospectus supplement describes, and what it says of it.
struct offering_t
{
    std::optional<std::string> registration_no; ///< "333-244362"
    std::optional<date_t> document_date;
    bool is_atm = false;
    std::optional<std::string> agreement_type; ///< "Equity Distribution Agreement"
    std::optional<date_t> agreement_date;      ///< of the original agreement, when the document names it
    std::vector<agreement_amendment_t> amendments;
    std::vector<std::string> agents; ///< full names, in the order first named
    std::optional<decimal_t> max_aggregate_offering_price;
    std::optional<decimal_t> commission_rate; ///< percent, "3.0" for 3.0%
    std::vector<offering_event_t> events;
};

#endif // FILING_MODEL_OFFERING_HPP
