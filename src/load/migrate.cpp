// SPDX-License-Identifier: GPL-2.0-or-later
#include "load/migrate.hpp"

#include "errors.hpp"
#include "load/pqxx-connect.hpp"
#include "util/embedded-sql.hpp"

#include <pqxx/nontransaction>
#include <pqxx/result>
#include <pqxx/transaction>

#include <charconv>
#include <set>

namespace {

/// Any constant will do; it only has to differ from the loader's batch lock.
constexpr char const *LOCK_KEY = "7283515600";

constexpr char const *CREATE_MIGRATION_TABLE = R"(
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

int version_of(std::string_view file_name)
{
    int version = 0;
    auto const [ptr, ec] = std::from_chars(file_name.data(), file_name.data() + file_name.size(), version);
    if (ec != std::errc{} || ptr == file_name.data() || *ptr != '_') {
        throw std::logic_error{"migration file name without NNN_ prefix: " + std::string{file_name}};
    }
    return version;
}

int max_applied(pqxx::transaction_base &tx)
{
    auto const r = tx.exec("SELECT coalesce(max(version), 0) FROM schema_migration");
    return r[0][0].as<int>();
}

} // namespace

int program_schema_version()
{
    auto const &files = schema_migrations();
    return files.empty() ? 0 : version_of(files.back().name);
}

migration_result_t migrate_database(std::string const &database)
{
    auto conn = connect_pqxx(database, "migrate");
    migration_result_t result;
    try {
        pqxx::nontransaction session{*conn};
        // Session lock: concurrent migrators queue here and find the work done.
        session.exec(std::string{"SELECT pg_advisory_lock("} + LOCK_KEY + ")");
        session.exec("SET client_min_messages = warning");
        session.exec(CREATE_MIGRATION_TABLE);
        std::set<int> applied;
        for (auto const &row : session.exec("SELECT version FROM schema_migration")) {
            applied.insert(row[0].as<int>());
        }
        result.version_before = applied.empty() ? 0 : *applied.rbegin();
        session.commit();

        if (result.version_before > program_schema_version()) {
            throw fmt_error("the database schema (version {}) is newer than this program's "
                            "(version {}): use a newer filing-import",
                            result.version_before, program_schema_version());
        }
        for (auto const &file : schema_migrations()) {
            int const version = version_of(file.name);
            if (applied.contains(version)) {
                continue;
            }
            pqxx::work tx{*conn};
            try {
                tx.exec(std::string{file.text});
            } catch (pqxx::sql_error const &e) {
                throw fmt_error("migration {} failed: {}", file.name, e.what());
            }
            tx.exec_params("INSERT INTO schema_migration (version, name) VALUES ($1, $2)", version,
                           std::string{file.name});
            tx.commit();
            result.applied.emplace_back(file.name);
        }
        pqxx::nontransaction done{*conn};
        result.version_after = max_applied(done);
        done.exec(std::string{"SELECT pg_advisory_unlock("} + LOCK_KEY + ")");
    } catch (pqxx::broken_connection const &e) {
        throw fmt_error("lost the database connection while migrating: {}", e.what());
    } catch (pqxx::sql_error const &e) {
        throw fmt_error("migrating the database failed: {}", e.what());
    }
    return result;
}

int database_schema_version(std::string const &database)
{
    auto conn = connect_pqxx(database, "check");
    pqxx::read_transaction tx{*conn};
    auto const exists = tx.exec("SELECT to_regclass('schema_migration') IS NOT NULL");
    if (!exists[0][0].as<bool>()) {
        return 0;
    }
    return max_applied(tx);
}
