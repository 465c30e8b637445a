// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_ERRORS_HPP
#define FILING_ERRORS_HPP

#include <fmt/format.h>

#include <stdexcept>
#include <string>

/// Exit codes of both programs.
enum class exit_code_t : int
{
    ok = 0,       ///< everything done
    rejects = 1,  ///< finished, but some files were rejected
    fatal = 2,    ///< usage error, or nothing could be done (no database, ...)
    sigint = 130, ///< stopped early by SIGINT (128 + 2, as shells report it)
    sigterm = 143 ///< stopped early by SIGTERM (128 + 15)
};

/// An error a user can act on: its message names the file, option or table at fault.
class user_error_t : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Builds a user_error_t from a format string, checked at compile time.
template <typename... TArgs>
user_error_t fmt_error(fmt::format_string<TArgs...> format, TArgs &&...args)
{
    return user_error_t{fmt::format(format, std::forward<TArgs>(args)...)};
}

#endif // FILING_ERRORS_HPP
