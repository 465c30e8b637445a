// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_TESTS_COMMON_IMPORT_HPP
#define FILING_TESTS_COMMON_IMPORT_HPP

// Imports files through the real importer into the test database and runs canned reports
// from queries/, as the programs do.

#include "common-pg.hpp"

#include "import/run-import.hpp"
#include "report/report-definition.hpp"
#include "report/run-report.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

inline exit_code_t import_paths(std::vector<std::string> paths, unsigned jobs = 1)
{
    import_options_t o;
    o.database = migrated_test_db().conninfo();
    o.paths = std::move(paths);
    o.quiet = true;
    o.jobs = jobs;
    return run_filing_import(o);
}

inline result_table_t run_named_report(std::string const &name, std::map<std::string, std::string> params = {},
                                       std::string database = {})
{
    static auto const reports = load_report_library(QUERIES_DIR);
    auto const it = std::find_if(reports.begin(), reports.end(), [&](auto const &r) { return r.name == name; });
    if (it == reports.end()) {
        throw std::runtime_error{"no report " + name};
    }
    query_options_t q;
    q.database = database.empty() ? migrated_test_db().conninfo() : database;
    q.params = std::move(params);
    return run_report(*it, q).table;
}

/// The value of a named column in a row of a result ("" for NULL).
inline std::string cell(result_table_t const &t, std::size_t row, std::string const &column)
{
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        if (t.columns[c].name == column) {
            return t.rows.at(row).at(c).value_or("");
        }
    }
    throw std::runtime_error{"no column " + column};
}

#endif // FILING_TESTS_COMMON_IMPORT_HPP
