// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/parse-document.hpp"

#include "parse/ownership-text.hpp"
#include "parse/text-normalize.hpp"

parse_result_t parse_document(std::string_view bytes)
{
    parse_result_t result;
    if (bytes.empty()) {
        result.reason = "empty file";
        return result;
    }
    auto const text = normalize_rendering(sanitize_utf8(bytes));
    if (looks_like_ownership_text(text)) {
        auto parsed = parse_ownership_text(text);
        if (!parsed.filing) {
            result.reason = parsed.error;
            return result;
        }
        result.status = parse_status_t::parsed;
        result.filings.push_back(std::move(*parsed.filing));
        return result;
    }
    result.reason = "unrecognized document: not an ownership form (Forms 3, 4, 5) nor a "
                    "prospectus supplement";
    return result;
}
