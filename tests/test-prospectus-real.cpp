// SPDX-License-Identifier: GPL-2.0-or-later
// The development set: real supplements as EDGAR serves them (tests/data/prospectus-real,
// see its SOURCES.md), each with the values checked by hand in NAME.expected.json. Prints
// the field accuracy and fails below 95% or when a document that is not an ATM program
// becomes one.
#include "model/filing-json.hpp"
#include "model/name-key.hpp"
#include "parse/parse-document.hpp"
#include "util/read-file.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

/// The accuracy the parser must reach on real supplements no one tuned it to.
constexpr double REQUIRED_ACCURACY = 0.95;

struct tally_t
{
    std::size_t checked = 0;
    std::size_t right = 0;
    std::vector<std::string> wrong;
};

/// Names are compared by their normalized key: "ascendiant capital markets, llc" in a
/// lower-case extract is "Ascendiant Capital Markets, LLC".
bool is_name_path(std::string const &path)
{
    return path.ends_with(".issuer.name") || path.ends_with(".agreement_type") ||
           path.find(".agents[") != std::string::npos;
}

bool same_leaf(std::string const &path, json const &expected, json const &actual)
{
    if (expected.is_number() && actual.is_number()) {
        return std::fabs(expected.get<double>() - actual.get<double>()) < 1e-6;
    }
    if (is_name_path(path) && expected.is_string() && actual.is_string()) {
        return issuer_name_key(expected.get<std::string>()) == issuer_name_key(actual.get<std::string>());
    }
    return expected == actual;
}

void compare(std::string const &path, json const &expected, json const &actual, tally_t *t)
{
    if (expected.is_object()) {
        for (auto const &[key, value] : expected.items()) {
            if (key == "notes") {
                continue;
            }
            compare(path + "." + key, value, actual.is_object() && actual.contains(key) ? actual.at(key) : json(), t);
        }
        return;
    }
    if (expected.is_array()) {
        ++t->checked; // the length is a field: a missing or extra agent or event is an error
        bool const same_size = actual.is_array() && actual.size() == expected.size();
        t->right += same_size ? 1 : 0;
        if (!same_size) {
            t->wrong.push_back(path + "#size: expected " + std::to_string(expected.size()) + ", got " +
                               (actual.is_array() ? std::to_string(actual.size()) : actual.dump()));
        }
        for (std::size_t i = 0; i < expected.size(); ++i) {
            compare(path + "[" + std::to_string(i) + "]", expected[i],
                    actual.is_array() && i < actual.size() ? actual[i] : json(), t);
        }
        return;
    }
    ++t->checked;
    if (same_leaf(path, expected, actual)) {
        ++t->right;
    } else {
        t->wrong.push_back(path + ": expected " + expected.dump() + ", got " + actual.dump());
    }
}

fs::path input_of(fs::path const &expected)
{
    auto const name = expected.filename().string();
    auto const stem = name.substr(0, name.size() - std::string{".expected.json"}.size());
    for (auto const *ext : {".txt", ".htm", ".html", ".nc"}) {
        if (auto const p = expected.parent_path() / (stem + ext); fs::exists(p)) {
            return p;
        }
    }
    return {};
}

json parse_to_json(fs::path const &input)
{
    auto const result = parse_document(read_file(input.string()));
    if (result.status != parse_status_t::parsed || result.filings.empty()) {
        return json{{"error", result.reason}};
    }
    return filing_to_json(result.filings.front(), input.string(), sha256_t::of(""));
}

/// One line per document, then one per field it got wrong.
std::string fmt_line(std::string const &name, tally_t const &t)
{
    std::string out = "  " + name + ": " + std::to_string(t.right) + "/" + std::to_string(t.checked) + "\n";
    for (auto const &w : t.wrong) {
        out += "      " + w + "\n";
    }
    return out;
}

} // namespace

TEST(prospectus_real, development_set_accuracy)
{
    fs::path const dir{TEST_DATA_DIR "/prospectus-real"};
    std::vector<fs::path> expectations;
    for (auto const &entry : fs::directory_iterator{dir}) {
        if (entry.path().filename().string().ends_with(".expected.json")) {
            expectations.push_back(entry.path());
        }
    }
    std::sort(expectations.begin(), expectations.end());
    ASSERT_FALSE(expectations.empty());
    tally_t total;
    std::vector<std::string> false_programs;
    for (auto const &e : expectations) {
        auto const input = input_of(e);
        ASSERT_FALSE(input.empty()) << "no document beside " << e;
        auto const expected = json::parse(read_file(e.string()));
        auto const actual = parse_to_json(input);
        tally_t t;
        compare("", expected, actual, &t);
        auto const program = expected.value("/offering/program"_json_pointer, json());
        if (program.is_null() && actual.value("/offering/program"_json_pointer, json()) == "atm") {
            false_programs.push_back(input.filename().string());
        }
        std::cout << fmt_line(input.filename().string(), t);
        total.checked += t.checked;
        total.right += t.right;
    }
    auto const accuracy = static_cast<double>(total.right) / static_cast<double>(total.checked);
    std::cout << "development set: " << expectations.size() << " supplements, " << total.right << " of "
              << total.checked << " fields right (" << std::round(accuracy * 1000) / 10 << "%), "
              << false_programs.size() << " false programs\n";
    EXPECT_GE(accuracy, REQUIRED_ACCURACY);
    EXPECT_TRUE(false_programs.empty()) << "programs made from negatives: " << testing::PrintToString(false_programs);
}

TEST(prospectus_real, a_json_file_that_quotes_a_supplement_is_no_filing)
{
    // Each expectation quotes its supplement's agents, agreement and amounts: imported by
    // mistake with the folder, it must not become a program of an issuer called "BNY ...".
    auto const expected =
        read_file(TEST_DATA_DIR "/prospectus-real/02-nextera-equity-distribution-seven-agents.expected.json");
    auto const result = parse_document(expected);
    EXPECT_EQ(result.status, parse_status_t::rejected);
    EXPECT_EQ(result.reason, "a JSON document, not a filing");
    // A text extract that opens with a bracket is no JSON.
    auto const logo = parse_document("[LOGO]\n\nPROSPECTUS SUPPLEMENT\n(To Prospectus dated May 1, 2024)\n"
                                     "Example Corp.\nUp to $50,000,000\nCommon Stock\n");
    EXPECT_NE(logo.reason, "a JSON document, not a filing");
}
