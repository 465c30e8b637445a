// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_REPORT_REPORT_VIEW_HPP
#define FILING_REPORT_REPORT_VIEW_HPP

#include "report/report-output.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// One key of --sort: a column and its direction.
struct sort_key_t
{
    std::string column;
    bool descending = false;
};

/**
 * "value:desc,ticker", "-value,ticker" -> sort keys (asc and desc, or a leading minus).
 * \throws user_error_t for an empty key or an unknown direction.
 */
std::vector<sort_key_t> parse_sort_keys(std::string_view text);

/// "a, b,c" -> {"a", "b", "c"}. \throws user_error_t for an empty list.
std::vector<std::string> parse_column_list(std::string_view text);

/// The table with only `columns`, in that order. \throws user_error_t for an unknown one.
result_table_t select_columns(result_table_t const &table, std::vector<std::string> const &columns);

/**
 * Rows ordered by `keys` (stable: the report's own order decides ties). Numbers compare
 * by value, other columns as text; empty values come last either way.
 * \throws user_error_t for an unknown column.
 */
void sort_rows(result_table_t *table, std::vector<sort_key_t> const &keys);

/// Keeps the first `limit` rows.
void limit_rows(result_table_t *table, std::size_t limit);

#endif // FILING_REPORT_REPORT_VIEW_HPP
