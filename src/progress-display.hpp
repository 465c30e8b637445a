// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PROGRESS_DISPLAY_HPP
#define FILING_PROGRESS_DISPLAY_HPP

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

/// Counters the import threads bump; the display only reads them.
struct import_progress_t
{
    std::atomic<std::size_t> files_seen{0};
    std::atomic<std::size_t> files_done{0};
    std::atomic<std::size_t> filings_imported{0};
    std::atomic<std::size_t> rejects{0};
};

/**
 * One line on stderr, redrawn at most four times a second by a thread of its own: files
 * done of the total, filings per second, rejects, elapsed time and what is left. Off when
 * not asked for; nothing on the hot path but atomic increments.
 */
class progress_display_t
{
public:
    progress_display_t(import_progress_t const &progress, std::optional<std::size_t> total, bool enabled);
    progress_display_t(progress_display_t const &) = delete;
    progress_display_t &operator=(progress_display_t const &) = delete;
    progress_display_t(progress_display_t &&) = delete;
    progress_display_t &operator=(progress_display_t &&) = delete;
    ~progress_display_t();

    /// Stops redrawing and ends the line.
    void stop();

    /// The line as it is drawn (for tests).
    static std::string format_line(std::size_t done, std::optional<std::size_t> total, std::size_t filings,
                                   std::size_t rejects, double seconds);

private:
    void run();

    import_progress_t const &m_progress;
    std::optional<std::size_t> m_total;
    std::chrono::steady_clock::time_point m_start;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

#endif // FILING_PROGRESS_DISPLAY_HPP
