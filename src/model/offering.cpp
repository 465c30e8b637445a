// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/offering.hpp"

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<offering_event_type_t, std::string_view>, 7> event_names{{
    {offering_event_type_t::established, "established"},
    {offering_event_type_t::capacity_changed, "capacity_changed"},
    {offering_event_type_t::sales_update, "sales_update"},
    {offering_event_type_t::suspended, "suspended"},
    {offering_event_type_t::resumed, "resumed"},
    {offering_event_type_t::terminated, "terminated"},
    {offering_event_type_t::agents_changed, "agents_changed"},
}};

} // namespace

std::string_view to_string(offering_event_type_t type) noexcept
{
    for (auto const &[t, name] : event_names) {
        if (t == type) {
            return name;
        }
    }
    return "?";
}

std::string_view to_string(amendment_kind_t kind) noexcept
{
    return kind == amendment_kind_t::amended_and_restated ? "amended_and_restated" : "amendment";
}
