// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/filing.hpp"

#include "util/trim.hpp"

#include <cctype>

std::string_view to_string(document_kind_t kind) noexcept
{
    switch (kind) {
    case document_kind_t::ownership: return "ownership";
    case document_kind_t::prospectus: return "prospectus";
    case document_kind_t::unknown: break;
    }
    return "unknown";
}

std::string footnote_id(std::string_view mark)
{
    mark = trim(mark);
    while (!mark.empty() && std::isdigit(static_cast<unsigned char>(mark.front())) == 0) {
        mark.remove_prefix(1);
    }
    auto const nonzero = mark.find_first_not_of('0');
    if (nonzero == std::string_view::npos) {
        return mark.empty() ? std::string{} : std::string{"0"};
    }
    return std::string{mark.substr(nonzero)};
}
