// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_LOAD_PQXX_CONNECT_HPP
#define FILING_LOAD_PQXX_CONNECT_HPP

#include <pqxx/connection>

#include <memory>
#include <string>
#include <string_view>

/**
 * Opens a libpqxx connection for `database` (as given to -d; empty for the libpq
 * environment), named after its purpose in pg_stat_activity.
 * \throws user_error_t with one line saying what failed, never libpqxx's multi-line text.
 */
std::unique_ptr<pqxx::connection> connect_pqxx(std::string const &database, std::string_view purpose);

#endif // FILING_LOAD_PQXX_CONNECT_HPP
