// SPDX-License-Identifier: GPL-2.0-or-later
#include "import/run-import.hpp"
#include "load/check-archive.hpp"
#include "load/migrate.hpp"
#include "logging.hpp"

#include <fmt/format.h>

namespace {

/// Prints every reference with its result; 1 when any row refers to nothing.
exit_code_t run_check(import_options_t const &options)
{
    auto const checks = check_archive_references(options.database);
    std::size_t broken = 0;
    for (auto const &c : checks) {
        auto const what = fmt::format("{}.{} -> {} ({})", c.child_table, c.child_columns, c.parent_table, c.kept_by);
        if (c.ok()) {
            fmt::print("ok      {}\n", what);
        } else {
            fmt::print("BROKEN  {}: {} rows refer to no {} row, e.g. {} = {}\n", what, c.orphans, c.parent_table,
                       c.child_columns, c.example);
            ++broken;
        }
    }
    if (broken > 0) {
        log_error("{} of {} references of the archive are broken", broken, checks.size());
        return exit_code_t::rejects;
    }
    log_info("All {} references of the archive hold", checks.size());
    return exit_code_t::ok;
}

} // namespace

exit_code_t run_db_command(import_options_t const &options)
{
    if (options.command == import_command_t::check) {
        return run_check(options);
    }
    if (options.command == import_command_t::status) {
        auto const version = database_schema_version(options.database);
        fmt::print("schema version {} (this program: {})\n", version, program_schema_version());
        return exit_code_t::ok;
    }
    auto const result = migrate_database(options.database);
    if (result.applied.empty()) {
        log_info("Database schema is up to date (version {})", result.version_after);
    } else {
        for (auto const &name : result.applied) {
            log_info("Applied {}", name);
        }
        log_info("Database schema now at version {}", result.version_after);
    }
    return exit_code_t::ok;
}
