// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/parse-document.hpp"

parse_result_t parse_document(std::string_view bytes)
{
    parse_result_t result;
    if (bytes.empty()) {
        result.reason = "empty file";
        return result;
    }
    result.reason = "unrecognized document: not an ownership form (Forms 3, 4, 5) nor a "
                    "prospectus supplement";
    return result;
}
