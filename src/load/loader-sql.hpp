// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_LOAD_LOADER_SQL_HPP
#define FILING_LOAD_LOADER_SQL_HPP

#include "util/embedded-sql.hpp"

/// One of the loader's statements, `src/load/sql/NAME`, compiled in: its text, and its
/// file name for error messages.
inline embedded_sql_t const &loader_sql(std::string_view name) { return find_sql_file(loader_statements(), name); }

#endif // FILING_LOAD_LOADER_SQL_HPP
