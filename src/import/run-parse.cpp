// SPDX-License-Identifier: GPL-2.0-or-later
#include "import/edgar-layout.hpp"
#include "import/input-files.hpp"
#include "import/input-reader.hpp"
#include "import/interrupt.hpp"
#include "import/run-import.hpp"
#include "logging.hpp"
#include "model/filing-json.hpp"
#include "util/json-text.hpp"

#include <fmt/format.h>

#include <cstdio>

namespace {

/// Prints the contract's lines for one document; false when it was rejected.
bool print_document(input_document_t const &document, layout_reader_t *layout)
{
    auto const hash = sha256_t::of(document.bytes);
    auto placed = parse_in_place(document.bytes, layout->hints_for(document.name));
    auto const &result = placed.result;
    if (result.status == parse_status_t::parsed) {
        for (auto const &filing : result.filings) {
            fmt::print("{}\n", json_text(filing_to_json(filing, document.name, hash)));
        }
        return true;
    }
    bool const skipped = result.status == parse_status_t::skipped;
    auto const what = skipped ? fmt::format("skipped: {}", result.reason) : result.reason;
    if (skipped) {
        log_info("{}: {}", document.name, what);
    } else {
        log_error("{}: {}", document.name, what);
    }
    auto j = error_to_json(document.name, &hash, what);
    if (!result.form_type.empty()) {
        j["form_type"] = result.form_type;
    }
    fmt::print("{}\n", json_text(j));
    return skipped;
}

/// Prints the contract's line for a path or member that gave no document.
bool print_refusal(input_refusal_t const &refusal)
{
    auto const what = refusal.is_error ? refusal.reason : fmt::format("skipped: {}", refusal.reason);
    if (refusal.is_error) {
        log_error("{}", what);
    } else {
        log_info("{}", what);
    }
    fmt::print("{}\n", json_text(error_to_json(refusal.name, nullptr, what)));
    return !refusal.is_error;
}

} // namespace

exit_code_t run_parse(import_options_t const &options)
{
    input_files_t inputs{options.paths, options.from_list};
    layout_reader_t layout;
    bool all_parsed = true;
    auto const on_document = [&](input_document_t const &document) {
        all_parsed = print_document(document, &layout) && all_parsed;
        return interrupt_signal() == 0;
    };
    auto const on_refusal = [&](input_refusal_t const &refusal) {
        all_parsed = print_refusal(refusal) && all_parsed;
        return interrupt_signal() == 0;
    };
    while (interrupt_signal() == 0) {
        auto const entry = inputs.next();
        if (!entry || !read_input(*entry, options.max_file_size, on_document, on_refusal)) {
            break;
        }
    }
    std::fflush(stdout);
    if (auto const signal = interrupt_signal(); signal != 0) {
        log_error("interrupted by {}: stopped before the end", signal_name(signal));
        return interrupted_exit_code(signal);
    }
    return all_parsed ? exit_code_t::ok : exit_code_t::rejects;
}
