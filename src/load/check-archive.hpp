// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_LOAD_CHECK_ARCHIVE_HPP
#define FILING_LOAD_CHECK_ARCHIVE_HPP

#include <cstdint>
#include <string>
#include <vector>

/// One reference between tables of the archive, and the rows that refer to nothing.
struct reference_check_t
{
    std::string child_table;
    std::string child_columns; ///< "filing_id", or "a, b" for a key of several columns
    std::string parent_table;
    std::string kept_by;      ///< "foreign key NAME" or "the importer"
    std::int64_t orphans = 0; ///< rows whose reference finds no parent
    std::string example;      ///< the reference of one of them, e.g. "1042"

    bool ok() const noexcept { return orphans == 0; }
};

/**
 * Verifies every reference of the archive set-wise, one anti-join each: the declared
 * foreign keys (which triggers disabled by a bulk load or `session_replication_role` may
 * have let through) and the references the importer keeps without per-row triggers
 * (implicit_foreign_key). Reads only.
 * \throws user_error_t when the database cannot be reached or its schema is older than
 *         this program's (run `filing-import db migrate`).
 */
std::vector<reference_check_t> check_archive_references(std::string const &database);

#endif // FILING_LOAD_CHECK_ARCHIVE_HPP
