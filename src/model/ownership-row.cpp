// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/ownership-row.hpp"

#include <algorithm>

std::string_view to_string(row_field_t field) noexcept
{
    switch (field) {
    case row_field_t::security_title: return "security_title";
    case row_field_t::transaction_date: return "transaction_date";
    case row_field_t::deemed_execution_date: return "deemed_execution_date";
    case row_field_t::code: return "code";
    case row_field_t::timeliness: return "timeliness";
    case row_field_t::shares: return "shares";
    case row_field_t::value: return "value";
    case row_field_t::price: return "price";
    case row_field_t::acquired_disposed: return "acquired_disposed";
    case row_field_t::shares_owned_after: return "shares_owned_after";
    case row_field_t::value_owned_after: return "value_owned_after";
    case row_field_t::ownership: return "ownership";
    case row_field_t::nature_of_ownership: return "nature_of_ownership";
    case row_field_t::exercise_price: return "exercise_price";
    case row_field_t::exercisable_date: return "exercisable_date";
    case row_field_t::expiration_date: return "expiration_date";
    case row_field_t::underlying_title: return "underlying_title";
    case row_field_t::underlying_shares: return "underlying_shares";
    case row_field_t::underlying_value: return "underlying_value";
    }
    return "?";
}

std::string_view to_string(row_kind_t kind) noexcept
{
    return kind == row_kind_t::transaction ? "transaction" : "holding";
}

void ownership_row_t::add_footnote(row_field_t field, std::string id)
{
    auto &ids = footnotes[field];
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
        ids.push_back(std::move(id));
    }
}
