// SPDX-License-Identifier: GPL-2.0-or-later
#include "import/input-files.hpp"
#include "import/run-import.hpp"
#include "logging.hpp"
#include "model/filing-json.hpp"
#include "parse/parse-document.hpp"
#include "util/read-file.hpp"

#include <fmt/format.h>

#include <cstdio>

exit_code_t run_parse(import_options_t const &options)
{
    input_files_t inputs{options.paths, options.from_list};
    bool all_parsed = true;
    while (auto path = inputs.next()) {
        std::string bytes;
        try {
            bytes = read_file(*path);
        } catch (user_error_t const &e) {
            log_error("{}", e.what());
            fmt::print("{}\n", error_to_json(*path, nullptr, e.what()).dump());
            all_parsed = false;
            continue;
        }
        auto const hash = sha256_t::of(bytes);
        auto const result = parse_document(bytes);
        if (result.status == parse_status_t::parsed) {
            for (auto const &filing : result.filings) {
                fmt::print("{}\n", filing_to_json(filing, *path, hash).dump());
            }
            continue;
        }
        bool const skipped = result.status == parse_status_t::skipped;
        auto const what = skipped ? fmt::format("skipped: {}", result.reason) : result.reason;
        if (skipped) {
            log_info("{}: {}", *path, what);
        } else {
            log_error("{}: {}", *path, what);
        }
        auto j = error_to_json(*path, &hash, what);
        if (!result.form_type.empty()) {
            j["form_type"] = result.form_type;
        }
        fmt::print("{}\n", j.dump());
        all_parsed = all_parsed && skipped;
    }
    std::fflush(stdout);
    return all_parsed ? exit_code_t::ok : exit_code_t::rejects;
}
