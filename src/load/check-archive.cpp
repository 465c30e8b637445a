// SPDX-License-Identifier: GPL-2.0-or-later
#include "load/check-archive.hpp"

#include "errors.hpp"
#include "load/loader-sql.hpp"
#include "load/migrate.hpp"
#include "load/pqxx-connect.hpp"

#include <pqxx/result>
#include <pqxx/transaction>

std::vector<reference_check_t> check_archive_references(std::string const &database)
{
    auto const version = database_schema_version(database);
    if (version < program_schema_version()) {
        throw fmt_error("the archive's schema is at version {}, this program's at {}: run 'filing-import db "
                        "migrate' first",
                        version, program_schema_version());
    }
    auto conn = connect_pqxx(database, "check");
    std::vector<reference_check_t> checks;
    try {
        pqxx::read_transaction tx{*conn};
        for (auto const &row : tx.exec(std::string{loader_sql("check-references.sql")})) {
            checks.push_back(reference_check_t{row[0].as<std::string>(), row[1].as<std::string>(),
                                               row[2].as<std::string>(), row[3].as<std::string>(),
                                               row[4].as<std::int64_t>(), row[5].as<std::string>("")});
        }
    } catch (pqxx::sql_error const &e) {
        throw fmt_error("checking the archive failed: {}", e.what());
    }
    return checks;
}
