// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_LOAD_PG_CONNINFO_HPP
#define FILING_LOAD_PG_CONNINFO_HPP

#include <string>
#include <string_view>

// Connection strings and what may be said about them: the part of the database boundary
// (pg-conn.hpp) that needs no server, so that it can be tested without one.

/**
 * Turns what the user gave to -d/--database into a libpq connection string, as psql does:
 * a URI ("postgresql://...") or a "key=value" string is kept, a bare word is a database
 * name, and nothing at all leaves everything to the libpq environment (PGHOST,
 * PGDATABASE, ...). `fallback_application_name` is added so that each connection shows
 * its purpose in pg_stat_activity.
 * \throws user_error_t for a URI of another scheme ("postgresq://..."), which would
 *         otherwise be taken for a database name and echoed by the server.
 */
std::string make_conninfo(std::string const &database, std::string_view purpose);

/// The first line of a libpq or server message, without its "FATAL:" or "ERROR:"
/// prefix: what a user sees.
std::string first_error_line(std::string_view message);

/**
 * Why a connection failed, in one line that never shows a password: libpq's message
 * about a malformed connection string quotes the part it could not read (a URI's
 * password among it), so every quoted part of it is left out; any other message has the
 * quoted parts that hold the password (or a URI's user:password) left out.
 */
std::string connect_failure(std::string const &conninfo, std::string_view libpq_message);

#endif // FILING_LOAD_PG_CONNINFO_HPP
