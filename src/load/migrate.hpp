// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_LOAD_MIGRATE_HPP
#define FILING_LOAD_MIGRATE_HPP

#include <string>
#include <vector>

struct migration_result_t
{
    int version_before = 0;           ///< schema version found (0: an empty database)
    int version_after = 0;            ///< schema version now
    std::vector<std::string> applied; ///< names of the migrations applied, in order
};

/// The schema version this program was built with: the number of its last migration.
int program_schema_version();

/**
 * Brings the archive's schema up to this program's version by applying the missing
 * `schema/NNN_name.sql` migrations in order, each in its own transaction, recording each
 * in `schema_migration`. A no-op when nothing is missing. Concurrent runs wait for each
 * other on an advisory lock, so all succeed and each migration is applied once.
 * \throws user_error_t when the database cannot be reached, when a migration fails, or
 *         when the database is newer than this program.
 */
migration_result_t migrate_database(std::string const &database);

/**
 * The schema version of the archive (0 when it has none).
 * \throws user_error_t when the database cannot be reached.
 */
int database_schema_version(std::string const &database);

#endif // FILING_LOAD_MIGRATE_HPP
