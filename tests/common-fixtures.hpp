// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_TESTS_COMMON_FIXTURES_HPP
#define FILING_TESTS_COMMON_FIXTURES_HPP

// Parses every fixture of a folder that has a NAME.expected.json beside it and compares
// the parse with the expectation (see common-json.hpp).

#include "common-json.hpp"

#include "model/filing-json.hpp"
#include "parse/parse-document.hpp"
#include "util/read-file.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

/// \returns how many fixtures were compared.
inline std::size_t expect_fixtures_match(std::string const &dir)
{
    namespace fs = std::filesystem;
    std::size_t compared = 0;
    for (auto const &entry : fs::directory_iterator{dir}) {
        auto const name = entry.path().filename().string();
        if (name.size() <= 14 || name.substr(name.size() - 14) != ".expected.json") {
            continue;
        }
        auto const stem = name.substr(0, name.size() - 14);
        fs::path input;
        for (auto const *ext : {".txt", ".htm", ".xml", ".nc"}) {
            if (fs::exists(entry.path().parent_path() / (stem + ext))) {
                input = entry.path().parent_path() / (stem + ext);
            }
        }
        if (input.empty()) {
            ADD_FAILURE() << "no input beside " << name;
            continue;
        }
        auto const result = parse_document(read_file(input.string()));
        if (result.status != parse_status_t::parsed || result.filings.size() != 1) {
            ADD_FAILURE() << input.filename().string() << ": " << result.reason;
            continue;
        }
        auto const expected = nlohmann::json::parse(read_file(entry.path().string()));
        std::vector<json_mismatch_t> mismatches;
        compare_json("", expected, filing_to_json(result.filings.front(), stem, sha256_t::of(stem)), &mismatches);
        for (auto const &m : mismatches) {
            ADD_FAILURE() << input.filename().string() << m.path << ": expected " << m.expected << ", got " << m.actual;
        }
        ++compared;
    }
    return compared;
}

#endif // FILING_TESTS_COMMON_FIXTURES_HPP
