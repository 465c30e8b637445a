// SPDX-License-Identifier: GPL-2.0-or-later
#include "logging.hpp"

#include "errors.hpp"

#include <fmt/chrono.h>

#include <chrono>
#include <cstdio>
#include <ctime>

namespace {

std::string_view level_label(log_level_t level) noexcept
{
    switch (level) {
    case log_level_t::debug: return "DEBUG: ";
    case log_level_t::info: return "";
    case log_level_t::warn: return "WARNING: ";
    case log_level_t::error: return "ERROR: ";
    }
    return "";
}

} // namespace

logger_t &get_logger() noexcept
{
    static logger_t logger;
    return logger;
}

void logger_t::log(log_level_t level, std::string_view message)
{
    if (level < m_level) {
        return;
    }
    auto const now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    localtime_r(&now, &tm);
    std::lock_guard const guard{m_mutex};
    if (m_progress_shown) {
        std::fputc('\n', stderr);
        m_progress_shown = false;
    }
    fmt::print(stderr, "{:%Y-%m-%d %H:%M:%S}  {}{}\n", tm, level_label(level), message);
}

void logger_t::progress(std::string_view line)
{
    std::lock_guard const guard{m_mutex};
    // "\r" returns to the start of the line, "\x1b[K" clears what a longer line left.
    fmt::print(stderr, "\r{}\x1b[K", line);
    std::fflush(stderr);
    m_progress_shown = true;
}

void logger_t::end_progress()
{
    std::lock_guard const guard{m_mutex};
    if (m_progress_shown) {
        std::fputc('\n', stderr);
        m_progress_shown = false;
    }
}

log_level_t parse_log_level(std::string_view name)
{
    if (name == "debug") {
        return log_level_t::debug;
    }
    if (name == "info") {
        return log_level_t::info;
    }
    if (name == "warn" || name == "warning") {
        return log_level_t::warn;
    }
    if (name == "error") {
        return log_level_t::error;
    }
    throw fmt_error("unknown log level '{}': use debug, info, warn or error", name);
}
