// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/filing.hpp"

std::string_view to_string(document_kind_t kind) noexcept
{
    switch (kind) {
    case document_kind_t::ownership: return "ownership";
    case document_kind_t::prospectus: return "prospectus";
    case document_kind_t::unknown: break;
    }
    return "unknown";
}
