// SPDX-License-Identifier: GPL-2.0-or-later
#include "load/pqxx-connect.hpp"

#include "db-conninfo.hpp"
#include "errors.hpp"

#include <pqxx/except>

std::unique_ptr<pqxx::connection> connect_pqxx(std::string const &database, std::string_view purpose)
{
    try {
        auto conn = std::make_unique<pqxx::connection>(make_conninfo(database, purpose));
        return conn;
    } catch (pqxx::broken_connection const &e) {
        throw fmt_error("cannot connect to the database: {}", first_error_line(e.what()));
    } catch (pqxx::failure const &e) {
        throw fmt_error("cannot connect to the database: {}", first_error_line(e.what()));
    }
}
