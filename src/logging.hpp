// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_LOGGING_HPP
#define FILING_LOGGING_HPP

#include <fmt/format.h>

#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>

enum class log_level_t : std::uint8_t
{
    debug,
    info,
    warn,
    error
};

/**
 * The one logger of a program: every message goes to stderr (stdout carries data only),
 * with a time stamp, and starts on a fresh line when a progress line is showing.
 */
class logger_t
{
public:
    void set_level(log_level_t level) noexcept { m_level.store(level, std::memory_order_relaxed); }
    log_level_t level() const noexcept { return m_level.load(std::memory_order_relaxed); }

    void log(log_level_t level, std::string_view message);

    /// Redraws the one-line progress display (no newline).
    void progress(std::string_view line);
    /// Ends the progress line, if one is showing.
    void end_progress();

private:
    std::mutex m_mutex;
    // Atomic: worker threads read it while another import in the same process may set it.
    std::atomic<log_level_t> m_level{log_level_t::info};
    bool m_progress_shown = false;
};

logger_t &get_logger() noexcept;

/// Parses "debug", "info", "warn", "error"; throws a user_error_t otherwise.
log_level_t parse_log_level(std::string_view name);

template <typename... TArgs>
void log_debug(fmt::format_string<TArgs...> format, TArgs &&...args)
{
    if (get_logger().level() <= log_level_t::debug) {
        get_logger().log(log_level_t::debug, fmt::format(format, std::forward<TArgs>(args)...));
    }
}

template <typename... TArgs>
void log_info(fmt::format_string<TArgs...> format, TArgs &&...args)
{
    if (get_logger().level() <= log_level_t::info) {
        get_logger().log(log_level_t::info, fmt::format(format, std::forward<TArgs>(args)...));
    }
}

template <typename... TArgs>
void log_warn(fmt::format_string<TArgs...> format, TArgs &&...args)
{
    if (get_logger().level() <= log_level_t::warn) {
        get_logger().log(log_level_t::warn, fmt::format(format, std::forward<TArgs>(args)...));
    }
}

template <typename... TArgs>
void log_error(fmt::format_string<TArgs...> format, TArgs &&...args)
{
    get_logger().log(log_level_t::error, fmt::format(format, std::forward<TArgs>(args)...));
}

#endif // FILING_LOGGING_HPP
