// SPDX-License-Identifier: GPL-2.0-or-later
// filing-query: runs the canned reports (queries/*.sql) against the archive.

#include "errors.hpp"
#include "report/query-options.hpp"
#include "report/run-report.hpp"

#include <fmt/format.h>

#include <exception>
#include <variant>

int main(int argc, char *argv[])
{
    try {
        auto const parsed = parse_query_options(argc, argv);
        if (auto const *code = std::get_if<exit_code_t>(&parsed)) {
            return static_cast<int>(*code);
        }
        return static_cast<int>(run_filing_query(std::get<query_options_t>(parsed)));
    } catch (std::exception const &e) {
        fmt::print(stderr, "filing-query: {}\n", e.what());
    } catch (...) {
        fmt::print(stderr, "filing-query: unknown error\n");
    }
    return static_cast<int>(exit_code_t::fatal);
}
