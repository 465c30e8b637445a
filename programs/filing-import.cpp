// SPDX-License-Identifier: GPL-2.0-or-later
// filing-import: parses SEC filings and loads them into the PostgreSQL archive.

#include "errors.hpp"
#include "import/import-options.hpp"
#include "import/interrupt.hpp"
#include "import/run-import.hpp"
#include "logging.hpp"

#include <fmt/format.h>

#include <exception>
#include <variant>

int main(int argc, char *argv[])
{
    try {
        auto const parsed = parse_import_options(argc, argv);
        if (auto const *code = std::get_if<exit_code_t>(&parsed)) {
            return static_cast<int>(*code);
        }
        install_interrupt_handlers();
        return static_cast<int>(run_filing_import(std::get<import_options_t>(parsed)));
    } catch (std::exception const &e) {
        get_logger().end_progress();
        fmt::print(stderr, "filing-import: {}\n", e.what());
    } catch (...) {
        fmt::print(stderr, "filing-import: unknown error\n");
    }
    return static_cast<int>(exit_code_t::fatal);
}
