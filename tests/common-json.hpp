// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_TESTS_COMMON_JSON_HPP
#define FILING_TESTS_COMMON_JSON_HPP

// Compares a parse with an expectation: every member the expectation names must be there
// with the same value (numbers by value), arrays element by element and of equal length.
// Members the expectation leaves out are not checked.

#include <nlohmann/json.hpp>

#include <cmath>
#include <string>
#include <vector>

struct json_mismatch_t
{
    std::string path;
    std::string expected;
    std::string actual;
};

template <typename TJson>
void compare_json(std::string const &path, nlohmann::json const &expected, TJson const &actual,
                  std::vector<json_mismatch_t> *out, std::size_t *checked = nullptr)
{
    if (expected.is_object()) {
        if (!actual.is_object()) {
            out->push_back({path, expected.dump(), actual.dump()});
            return;
        }
        for (auto const &[key, value] : expected.items()) {
            if (!actual.contains(key)) {
                out->push_back({path + "." + key, value.dump(), "<missing>"});
                continue;
            }
            compare_json(path + "." + key, value, actual.at(key), out, checked);
        }
        return;
    }
    if (expected.is_array()) {
        if (!actual.is_array() || actual.size() != expected.size()) {
            out->push_back({path + "#size", std::to_string(expected.size()),
                            actual.is_array() ? std::to_string(actual.size()) : actual.dump()});
            if (checked != nullptr) {
                ++*checked;
            }
        }
        if (actual.is_array()) {
            for (std::size_t i = 0; i < std::min(expected.size(), actual.size()); ++i) {
                compare_json(path + "[" + std::to_string(i) + "]", expected[i], actual[i], out, checked);
            }
        }
        return;
    }
    if (checked != nullptr) {
        ++*checked;
    }
    bool same = false;
    if (expected.is_number() && actual.is_number()) {
        same = std::fabs(expected.template get<double>() - actual.template get<double>()) < 1e-9;
    } else {
        same = expected.dump() == actual.dump();
    }
    if (!same) {
        out->push_back({path, expected.dump(), actual.dump()});
    }
}

#endif // FILING_TESTS_COMMON_JSON_HPP
