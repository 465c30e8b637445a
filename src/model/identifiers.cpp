// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/identifiers.hpp"

#include "util/trim.hpp"

#include <cctype>
#include <charconv>

namespace {

bool all_digits(std::string_view s) noexcept
{
    for (char c : s) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return !s.empty();
}

} // namespace

std::optional<cik_t> cik_t::parse(std::string_view text)
{
    text = trim(text);
    if (text.size() > 10 || !all_digits(text)) {
        return std::nullopt;
    }
    std::uint64_t value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    if (value == 0) {
        return std::nullopt;
    }
    return cik_t{value};
}

std::optional<accession_no_t> accession_no_t::parse(std::string_view text)
{
    text = trim(text);
    if (text.size() == 20 && text[10] == '-' && text[13] == '-' && all_digits(text.substr(0, 10)) &&
        all_digits(text.substr(11, 2)) && all_digits(text.substr(14, 6))) {
        return accession_no_t{std::string{text}};
    }
    if (text.size() == 18 && all_digits(text)) {
        std::string dashed{text.substr(0, 10)};
        dashed += '-';
        dashed += text.substr(10, 2);
        dashed += '-';
        dashed += text.substr(12, 6);
        return accession_no_t{std::move(dashed)};
    }
    return std::nullopt;
}

form_type_t form_type_t::parse(std::string_view text)
{
    text = trim(text);
    std::string upper;
    for (char c : text) {
        if (c != ' ') {
            upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        }
    }
    if (upper.rfind("FORM", 0) == 0) {
        upper.erase(0, 4);
    }
    bool amendment = false;
    if (upper.size() > 2 && upper.compare(upper.size() - 2, 2, "/A") == 0) {
        amendment = true;
        upper.resize(upper.size() - 2);
    }
    return form_type_t{std::move(upper), amendment};
}

bool form_type_t::is_ownership() const noexcept { return m_base == "3" || m_base == "4" || m_base == "5"; }
