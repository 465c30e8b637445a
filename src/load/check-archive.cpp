// SPDX-License-Identifier: GPL-2.0-or-later
#include "load/check-archive.hpp"

#include "errors.hpp"
#include "load/loader-sql.hpp"
#include "load/migrate.hpp"
#include "load/pg-conn.hpp"

std::vector<reference_check_t> check_archive_references(std::string const &database)
{
    auto const version = database_schema_version(database);
    if (version < program_schema_version()) {
        throw fmt_error("the archive's schema is at version {}, this program's at {}: run 'filing-import db "
                        "migrate' first",
                        version, program_schema_version());
    }
    pg_conn_t conn{database, "check"};
    auto const r = conn.exec(loader_sql("check-references.sql"));
    std::vector<reference_check_t> checks;
    checks.reserve(static_cast<std::size_t>(r.rows()));
    for (int i = 0; i < r.rows(); ++i) {
        checks.push_back(reference_check_t{std::string{r.get(i, 0)}, std::string{r.get(i, 1)}, std::string{r.get(i, 2)},
                                           std::string{r.get(i, 3)}, r.get_int64(i, 4), std::string{r.get(i, 5)}});
    }
    return checks;
}
