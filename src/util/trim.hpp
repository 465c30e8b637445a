// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_UTIL_TRIM_HPP
#define FILING_UTIL_TRIM_HPP

#include <cctype>
#include <string_view>

/// `s` without the white space (C locale) at either end.
inline std::string_view trim(std::string_view s) noexcept
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) {
        s.remove_prefix(1);
    }
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) {
        s.remove_suffix(1);
    }
    return s;
}

#endif // FILING_UTIL_TRIM_HPP
