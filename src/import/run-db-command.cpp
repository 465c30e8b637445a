// SPDX-License-Identifier: GPL-2.0-or-later
#include "import/run-import.hpp"
#include "load/migrate.hpp"
#include "logging.hpp"

#include <fmt/format.h>

exit_code_t run_db_command(import_options_t const &options)
{
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
