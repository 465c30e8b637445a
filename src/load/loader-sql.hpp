// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_LOAD_LOADER_SQL_HPP
#define FILING_LOAD_LOADER_SQL_HPP

#include "util/embedded-sql.hpp"

/// The text of one of the loader's statements, `src/load/sql/NAME`, compiled in.
inline std::string_view loader_sql(std::string_view name) { return find_sql(loader_statements(), name); }

#endif // FILING_LOAD_LOADER_SQL_HPP
