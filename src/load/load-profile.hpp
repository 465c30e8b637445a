// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_LOAD_LOAD_PROFILE_HPP
#define FILING_LOAD_LOAD_PROFILE_HPP

#include <chrono>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

/**
 * Where a loader's time went, phase by phase (lookups, COPY of each table, foreign-key
 * checks, commit), summed over every batch. The loader logs it at the end of an import
 * (debug level); the import benchmark prints it.
 */
class load_profile_t
{
public:
    /// Starts the clock for the next phase.
    void start() noexcept { m_last = std::chrono::steady_clock::now(); }

    /// Adds the time since the last mark (or start) to `phase` and restarts the clock.
    void mark(std::string_view phase);

    /// "phase=seconds" pairs in the order the phases first ran, e.g. "known=0.412 ...".
    std::string to_string() const;

    double total_seconds() const noexcept;

private:
    std::chrono::steady_clock::time_point m_last = std::chrono::steady_clock::now();
    std::vector<std::pair<std::string, double>> m_seconds;
};

#endif // FILING_LOAD_LOAD_PROFILE_HPP
