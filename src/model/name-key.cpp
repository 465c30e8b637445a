// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/name-key.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace {

/// Upper-case words of a name; punctuation splits words except inside "A.B." runs,
/// which collapse ("L.P." -> "LP"). Non-ASCII bytes are kept as they are.
std::vector<std::string> words_of(std::string_view name)
{
    std::vector<std::string> words;
    std::string current;
    auto flush = [&]() {
        if (!current.empty()) {
            words.push_back(std::move(current));
            current.clear();
        }
    };
    for (char const c : name) {
        auto const u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || u >= 0x80) {
            current += static_cast<char>(std::toupper(u));
        } else if (c == '.' || c == '\'') {
            // "L.P." and "O'Brien" stay one word.
        } else if (c == '&') {
            flush();
            words.emplace_back("AND");
        } else {
            flush();
        }
    }
    flush();
    return words;
}

bool is_corporate_suffix(std::string_view w) noexcept
{
    static constexpr std::array<std::string_view, 19> suffixes{
        "INC", "INCORPORATED", "CORP", "CORPORATION", "CO", "COMPANY", "LTD", "LIMITED", "LLC", "PLC",
        "LP",  "LLP",          "NV",   "SA",          "AG", "SE",      "BV",  "PLLC",    "LTDA"};
    return std::find(suffixes.begin(), suffixes.end(), w) != suffixes.end();
}

/// EDGAR conformed names carry a state of incorporation: "TESLA INC /DE/".
std::string_view strip_state_suffix(std::string_view name)
{
    auto const trimmed_end = name.find_last_not_of(" /");
    if (trimmed_end == std::string_view::npos) {
        return name;
    }
    auto const slash = name.rfind('/', trimmed_end);
    if (slash != std::string_view::npos && trimmed_end - slash <= 3 && slash > 0 && name[slash - 1] == ' ') {
        return name.substr(0, slash);
    }
    return name;
}

} // namespace

std::string issuer_name_key(std::string_view name)
{
    auto words = words_of(strip_state_suffix(name));
    if (!words.empty() && words.front() == "THE") {
        words.erase(words.begin());
    }
    while (words.size() > 1 && is_corporate_suffix(words.back())) {
        words.pop_back();
    }
    return fmt::format("{}", fmt::join(words, " "));
}

std::string person_name_key(std::string_view name)
{
    auto words = words_of(name);
    static constexpr std::array<std::string_view, 5> honorifics{"MR", "MRS", "MS", "DR", "MISS"};
    std::erase_if(words, [](std::string const &w) {
        return std::find(honorifics.begin(), honorifics.end(), w) != honorifics.end();
    });
    std::sort(words.begin(), words.end());
    return fmt::format("{}", fmt::join(words, " "));
}
