// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_REPORT_REPORT_STATEMENTS_HPP
#define FILING_REPORT_REPORT_STATEMENTS_HPP

#include "util/embedded-sql.hpp"

/// The text of one of the report runner's own statements, `src/report/sql/NAME`.
inline std::string_view report_sql(std::string_view name) { return find_sql(report_statements(), name); }

#endif // FILING_REPORT_REPORT_STATEMENTS_HPP
