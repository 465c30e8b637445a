// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_UTIL_PG_ARRAY_HPP
#define FILING_UTIL_PG_ARRAY_HPP

#include <string>
#include <string_view>

/**
 * A PostgreSQL array literal of the texts in `items` ({"a","b"}), sent as one parameter
 * and cast in SQL ($1::text[], $1::bigint[]). Every element is quoted, so that commas,
 * braces, quotes, backslashes or a name spelled NULL stay one plain element.
 */
template <typename TRange>
std::string pg_array_literal(TRange const &items)
{
    std::string out{"{"};
    for (auto const &item : items) {
        if (out.size() > 1) {
            out += ',';
        }
        out += '"';
        for (char const c : std::string_view{item}) {
            if (c == '"' || c == '\\') {
                out += '\\';
            }
            out += c;
        }
        out += '"';
    }
    out += '}';
    return out;
}

#endif // FILING_UTIL_PG_ARRAY_HPP
