// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/ownership-row.hpp"

#include <algorithm>

std::string_view to_string(row_field_t field) noexcept
{
    static constexpr auto names = std::apply(
        [](auto const &...f) { return std::array<std::string_view, ROW_FIELD_COUNT>{f.name...}; }, ROW_FIELDS);
    auto const index = static_cast<std::size_t>(field);
    return index < names.size() ? names[index] : std::string_view{"?"};
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
