// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_DB_CONNINFO_HPP
#define FILING_DB_CONNINFO_HPP

#include <string>
#include <string_view>

/**
 * Turns what the user gave to -d/--database into a libpq connection string, as psql does:
 * a URI ("postgresql://...") or a "key=value" string is kept, a bare word is a database
 * name, and nothing at all leaves everything to the libpq environment (PGHOST,
 * PGDATABASE, ...). `fallback_application_name` is added so that each connection shows
 * its purpose in pg_stat_activity.
 */
std::string make_conninfo(std::string const &database, std::string_view purpose);

/// The first line of a libpq error message, without the "FATAL:" prefix: what a user sees.
std::string first_error_line(std::string_view message);

#endif // FILING_DB_CONNINFO_HPP
