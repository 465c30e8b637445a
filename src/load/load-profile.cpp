// SPDX-License-Identifier: GPL-2.0-or-later
#include "load/load-profile.hpp"

#include <fmt/format.h>

#include <algorithm>

void load_profile_t::mark(std::string_view phase)
{
    auto const now = std::chrono::steady_clock::now();
    double const seconds = std::chrono::duration<double>(now - m_last).count();
    m_last = now;
    auto const it = std::find_if(m_seconds.begin(), m_seconds.end(), [&](auto const &p) { return p.first == phase; });
    if (it == m_seconds.end()) {
        m_seconds.emplace_back(std::string{phase}, seconds);
    } else {
        it->second += seconds;
    }
}

std::string load_profile_t::to_string() const
{
    std::string out;
    for (auto const &[phase, seconds] : m_seconds) {
        out += fmt::format("{}{}={:.3f}", out.empty() ? "" : " ", phase, seconds);
    }
    return out;
}

double load_profile_t::total_seconds() const noexcept
{
    double total = 0;
    for (auto const &p : m_seconds) {
        total += p.second;
    }
    return total;
}
