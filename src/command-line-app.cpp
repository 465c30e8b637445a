// SPDX-License-Identifier: GPL-2.0-or-later
#include "command-line-app.hpp"

#include "version.hpp"

#include <fmt/format.h>

#include <cstdio>

command_line_app_t::command_line_app_t(std::string const &description, std::string const &name)
: CLI::App(description, name)
{
    set_help_flag("-h,--help", "Print this help and exit");
    set_version_flag("-V,--version", fmt::format("{} {}", name, program_version()), "Print the version and exit");
    option_defaults()->always_capture_default();
}

void command_line_app_t::add_database_option(CLI::App *app, std::string *database)
{
    app->add_option("-d,--database", *database,
                    "Database: a libpq connection string ('host=... dbname=...'), a URI "
                    "(postgresql://...), or a database name. Without it the libpq environment "
                    "(PGHOST, PGPORT, PGDATABASE, PGUSER, ...) applies, as for psql")
        ->type_name("CONNINFO")
        ->group("Database options");
}

void command_line_app_t::add_log_level_option(CLI::App *app, std::string *level)
{
    app->add_option("--log-level", *level, "Messages to show: debug, info, warn or error")
        ->check(CLI::IsMember({"debug", "info", "warn", "error"}))
        ->type_name("LEVEL")
        ->group("Logging options");
}

std::optional<exit_code_t> command_line_app_t::parse_args(int argc, char const *const argv[])
{
    try {
        parse(argc, argv);
    } catch (CLI::ParseError const &e) {
        if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
            // --help (of the subcommand given, if any) and --version.
            exit(e);
            return exit_code_t::ok;
        }
        fmt::print(stderr, "{}: {}\nRun with --help for usage.\n", get_name(), e.what());
        return exit_code_t::fatal;
    }
    return std::nullopt;
}
