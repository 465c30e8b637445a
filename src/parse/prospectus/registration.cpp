// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/prospectus/cover.hpp"

#include "parse/prose-scan.hpp"
#include "parse/prospectus/document-view.hpp"
#include "parse/prospectus/phrases.hpp"

#include <array>
#include <cctype>

namespace {

/// Words that introduce a registration number shortly before it.
constexpr std::array<std::string_view, 4> REGISTRATION_WORDS{"registration", "file no", "file number", "no."};

/// How far before the number its introduction may stand ("Registration Statement Nos.").
constexpr std::size_t REGISTRATION_WORDS_BEFORE = 60;

/// Securities Act registrations are numbered 333-NNNNNN (at least five digits).
constexpr std::size_t MIN_REGISTRATION_DIGITS = 5;

/// The form type is stated at the top: "Filed Pursuant to Rule 424(b)(5)".
constexpr std::size_t FORM_TYPE_LINES = 40;

bool is_digit(char c) noexcept { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

/// "424(b)(5)", "424 (b) (5)", "424(b)5" -> '5'.
char rule_424_paragraph(std::string_view low)
{
    for (auto at = low.find("424"); at != std::string_view::npos; at = low.find("424", at + 1)) {
        std::string compact;
        for (auto const c : low.substr(at + 3, 12)) {
            if (c != ' ') {
                compact += c;
            }
        }
        if (compact.starts_with("(b)(") && compact.size() > 4 && is_digit(compact[4])) {
            return compact[4];
        }
        if (compact.starts_with("(b)") && compact.size() > 3 && is_digit(compact[3])) {
            return compact[3];
        }
    }
    return 0;
}

} // namespace

std::optional<std::string> find_registration_no(document_view_t const &doc)
{
    auto const &low = doc.low();
    for (auto pos = low.find("333-"); pos != std::string::npos; pos = low.find("333-", pos + 1)) {
        auto end = pos + 4;
        while (end < low.size() && is_digit(low[end])) {
            ++end;
        }
        if (end - pos - 4 < MIN_REGISTRATION_DIGITS || (pos > 0 && is_digit(low[pos - 1]))) {
            continue;
        }
        auto const from = pos > REGISTRATION_WORDS_BEFORE ? pos - REGISTRATION_WORDS_BEFORE : 0;
        if (contains_any(std::string_view{low}.substr(from, pos - from), REGISTRATION_WORDS)) {
            return std::string{doc.prose().substr(pos, end - pos)};
        }
    }
    return std::nullopt;
}

std::optional<std::string> find_stated_form_type(document_view_t const &doc)
{
    auto const &lines = doc.lines();
    for (std::size_t i = 0; i < lines.size() && i < FORM_TYPE_LINES; ++i) {
        auto const low = lower(lines[i].text);
        if (auto const n = rule_424_paragraph(low); n != 0) {
            return std::string{"424B"} + n;
        }
        if (low.size() == 5 && low.starts_with("424b") && is_digit(low[4])) {
            return std::string{"424B"} + low[4];
        }
    }
    return std::nullopt;
}
