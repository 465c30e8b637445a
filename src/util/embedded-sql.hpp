// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_UTIL_EMBEDDED_SQL_HPP
#define FILING_UTIL_EMBEDDED_SQL_HPP

#include <string_view>
#include <vector>

/// The text of one `.sql` file compiled into the program (see cmake/embed-sql.cmake).
struct embedded_sql_t
{
    std::string_view name; ///< file name, e.g. "001_core.sql"
    std::string_view text;
};

/// The schema migrations, `schema/NNN_name.sql`, in file name order.
std::vector<embedded_sql_t> const &schema_migrations();

/// The loader's statements, `src/load/sql/*.sql`.
std::vector<embedded_sql_t> const &loader_statements();

/// The report runner's own statements (parameter lookups), `src/report/sql/*.sql`.
std::vector<embedded_sql_t> const &report_statements();

/// The file `name` among `files`. \throws std::logic_error when absent.
embedded_sql_t const &find_sql_file(std::vector<embedded_sql_t> const &files, std::string_view name);

/// The text of the file `name` among `files`. \throws std::logic_error when absent.
std::string_view find_sql(std::vector<embedded_sql_t> const &files, std::string_view name);

#endif // FILING_UTIL_EMBEDDED_SQL_HPP
