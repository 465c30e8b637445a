// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_COMMAND_LINE_APP_HPP
#define FILING_COMMAND_LINE_APP_HPP

#include "errors.hpp"

#include <CLI/CLI.hpp>

#include <optional>
#include <string>

/**
 * The CLI11 application both programs start from: help, --version, and the options every
 * program shares (database connection, logging), each in its own --help section.
 */
class command_line_app_t : public CLI::App
{
public:
    command_line_app_t(std::string const &description, std::string const &name);

    /// -d/--database into `database`, on this app or on a subcommand.
    static void add_database_option(CLI::App *app, std::string *database);
    /// --log-level into `level` (debug, info, warn, error).
    static void add_log_level_option(CLI::App *app, std::string *level);

    /**
     * Parses argv. Help and --version print and give exit_code_t::ok; a usage error prints
     * its message and a hint and gives exit_code_t::fatal; nullopt means: go on.
     */
    std::optional<exit_code_t> parse_args(int argc, char const *const argv[]);
};

#endif // FILING_COMMAND_LINE_APP_HPP
