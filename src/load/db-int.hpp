// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_LOAD_DB_INT_HPP
#define FILING_LOAD_DB_INT_HPP

#include <fmt/format.h>

#include <charconv>
#include <cstdint>
#include <stdexcept>
#include <string_view>

/// An integer the database returned as text (an id, a count).
/// \throws std::runtime_error when it is none: the schema and the program disagree.
inline std::int64_t to_int64(std::string_view text)
{
    std::int64_t value = 0;
    auto const [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || ptr != text.data() + text.size()) {
        throw std::runtime_error{fmt::format("unexpected number from the database: '{}'", text)};
    }
    return value;
}

#endif // FILING_LOAD_DB_INT_HPP
