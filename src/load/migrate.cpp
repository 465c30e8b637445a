// SPDX-License-Identifier: GPL-2.0-or-later
#include "load/migrate.hpp"

#include "load/pg-conn.hpp"
#include "util/embedded-sql.hpp"

#include <fmt/format.h>

#include <charconv>
#include <set>

namespace {

/// The advisory lock migrators queue on. Any constant will do; it only has to differ from
/// the loader's batch lock (lock-archive.sql).
constexpr std::string_view LOCK_KEY = "7283515600";

constexpr std::string_view CREATE_MIGRATION_TABLE = R"(
CREATE TABLE IF NOT EXISTS schema_migration (
    version    integer PRIMARY KEY,
    name       text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE schema_migration IS 'Schema migrations applied to this archive, by filing-import db migrate.';
COMMENT ON COLUMN schema_migration.version IS 'Number of the migration file (schema/NNN_name.sql).';
COMMENT ON COLUMN schema_migration.name IS 'File name of the migration.';
COMMENT ON COLUMN schema_migration.applied_at IS 'When it was applied.';
)";

/// SQLSTATE of "permission denied".
constexpr std::string_view INSUFFICIENT_PRIVILEGE = "42501";

int version_of(std::string_view file_name)
{
    int version = 0;
    auto const [ptr, ec] = std::from_chars(file_name.data(), file_name.data() + file_name.size(), version);
    if (ec != std::errc{} || ptr == file_name.data() || *ptr != '_') {
        throw std::logic_error{"migration file name without NNN_ prefix: " + std::string{file_name}};
    }
    return version;
}

/// The migrations the archive records; none when it has no schema_migration table yet.
/// Reading them needs no more than SELECT.
std::set<int> applied_versions(pg_conn_t *conn)
{
    auto const exists = conn->exec("SELECT to_regclass('schema_migration') IS NOT NULL");
    if (exists.get(0, 0) != "t") {
        return {};
    }
    auto const rows = conn->exec("SELECT version FROM schema_migration");
    std::set<int> applied;
    for (int i = 0; i < rows.rows(); ++i) {
        applied.insert(static_cast<int>(rows.get_int64(i, 0)));
    }
    return applied;
}

bool is_current(std::set<int> const &applied)
{
    for (auto const &file : schema_migrations()) {
        if (!applied.contains(version_of(file.name))) {
            return false;
        }
    }
    return true;
}

void apply_migration(pg_conn_t *conn, embedded_sql_t const &file)
{
    auto const name = fmt::format("migration {}", file.name);
    pg_transaction_t tx{conn};
    conn->exec(pg_statement_t{name, file.text});
    conn->exec_params("INSERT INTO schema_migration (version, name) VALUES ($1, $2)",
                      {std::to_string(version_of(file.name)), std::string{file.name}});
    tx.commit();
}

/// Applies what is missing, under the migrators' lock; the names of the files applied.
std::vector<std::string> apply_missing(pg_conn_t *conn)
{
    // Session lock: concurrent migrators queue here and find the work done.
    conn->exec(fmt::format("SELECT pg_advisory_lock({})", LOCK_KEY));
    conn->exec("SET client_min_messages = warning");
    try {
        conn->exec(pg_statement_t{"creating schema_migration", CREATE_MIGRATION_TABLE});
    } catch (pg_error_t const &e) {
        if (e.sqlstate() != INSUFFICIENT_PRIVILEGE) {
            throw;
        }
        throw pg_error_t{fmt::format("the database schema needs migrations this role may not apply: {} (run "
                                     "'filing-import db migrate' as the archive's owner)",
                                     e.what()),
                         e.sqlstate()};
    }
    auto const applied = applied_versions(conn);
    std::vector<std::string> names;
    for (auto const &file : schema_migrations()) {
        if (!applied.contains(version_of(file.name))) {
            apply_migration(conn, file);
            names.emplace_back(file.name);
        }
    }
    conn->exec(fmt::format("SELECT pg_advisory_unlock({})", LOCK_KEY));
    return names;
}

} // namespace

int program_schema_version()
{
    auto const &files = schema_migrations();
    return files.empty() ? 0 : version_of(files.back().name);
}

migration_result_t migrate_database(std::string const &database)
{
    pg_conn_t conn{database, "migrate"};
    auto const applied = applied_versions(&conn);
    migration_result_t result;
    result.version_before = applied.empty() ? 0 : *applied.rbegin();
    if (result.version_before > program_schema_version()) {
        throw fmt_error("the database schema (version {}) is newer than this program's (version {}): use a newer "
                        "filing-import",
                        result.version_before, program_schema_version());
    }
    // A current schema is only read: a role that may not create tables can import.
    if (!is_current(applied)) {
        result.applied = apply_missing(&conn);
    }
    auto const after = applied_versions(&conn);
    result.version_after = after.empty() ? 0 : *after.rbegin();
    return result;
}

int database_schema_version(std::string const &database)
{
    pg_conn_t conn{database, "check"};
    auto const applied = applied_versions(&conn);
    return applied.empty() ? 0 : *applied.rbegin();
}
