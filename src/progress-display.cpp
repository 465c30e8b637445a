// SPDX-License-Identifier: GPL-2.0-or-later
#include "progress-display.hpp"

#include "logging.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace {

std::string clock(double seconds)
{
    auto const s = static_cast<long>(seconds);
    return s >= 3600 ? fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
                     : fmt::format("{}:{:02}", s / 60, s % 60);
}

} // namespace

progress_display_t::progress_display_t(import_progress_t const &progress, std::optional<std::size_t> total,
                                       bool enabled)
: m_progress(progress), m_total(total), m_start(std::chrono::steady_clock::now())
{
    if (enabled) {
        m_thread = std::thread{[this] { run(); }};
    }
}

progress_display_t::~progress_display_t() { stop(); }

void progress_display_t::stop()
{
    {
        std::lock_guard const lock{m_mutex};
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
        get_logger().end_progress();
    }
}

std::string progress_display_t::format_line(std::size_t done, std::optional<std::size_t> total, std::size_t filings,
                                            std::size_t rejects, double seconds)
{
    double const rate = seconds > 0 ? static_cast<double>(filings) / seconds : 0.0;
    std::string line =
        total ? fmt::format("{}/{} files ({:.1f}%)", done, *total,
                            *total > 0 ? 100.0 * static_cast<double>(done) / static_cast<double>(*total) : 100.0)
              : fmt::format("{} files", done);
    line += fmt::format(", {:.0f} filings/s, {} rejected, {} elapsed", rate, rejects, clock(seconds));
    if (total && done > 0 && done < *total) {
        double const left = seconds * static_cast<double>(*total - done) / static_cast<double>(done);
        line += fmt::format(", ETA {}", clock(left));
    }
    return line;
}

void progress_display_t::run()
{
    std::unique_lock lock{m_mutex};
    while (!m_stopping) {
        m_wake.wait_for(lock, std::chrono::milliseconds{250});
        double const seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
        // Archives count as their members once read: the total grows with them.
        auto const total = m_total ? std::optional{std::max(*m_total, m_progress.files_seen.load())} : std::nullopt;
        get_logger().progress(format_line(m_progress.files_done.load(), total, m_progress.filings_imported.load(),
                                          m_progress.rejects.load(), seconds));
    }
}
