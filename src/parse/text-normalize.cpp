// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/text-normalize.hpp"

#include "parse/text-scan.hpp"

#include <array>
#include <cstdint>
#include <utility>

namespace {

/// Length of the valid UTF-8 sequence at `s[pos]`, or 0 when the bytes there are not one.
std::size_t utf8_sequence_length(std::string_view s, std::size_t pos) noexcept
{
    auto const b0 = static_cast<unsigned char>(s[pos]);
    std::size_t len = 0;
    std::uint32_t min = 0;
    if (b0 < 0x80U) {
        return 1;
    }
    if ((b0 & 0xE0U) == 0xC0U) {
        len = 2;
        min = 0x80;
    } else if ((b0 & 0xF0U) == 0xE0U) {
        len = 3;
        min = 0x800;
    } else if ((b0 & 0xF8U) == 0xF0U) {
        len = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    if (pos + len > s.size()) {
        return 0;
    }
    std::uint32_t cp = b0 & (0xFFU >> (len + 1));
    for (std::size_t i = 1; i < len; ++i) {
        auto const b = static_cast<unsigned char>(s[pos + i]);
        if ((b & 0xC0U) != 0x80U) {
            return 0;
        }
        cp = (cp << 6U) | (b & 0x3FU);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return 0;
    }
    return len;
}

void append_utf8(std::string *out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out->push_back(static_cast<char>(0xC0U | (cp >> 6U)));
        out->push_back(static_cast<char>(0x80U | (cp & 0x3FU)));
    } else {
        out->push_back(static_cast<char>(0xE0U | (cp >> 12U)));
        out->push_back(static_cast<char>(0x80U | ((cp >> 6U) & 0x3FU)));
        out->push_back(static_cast<char>(0x80U | (cp & 0x3FU)));
    }
}

/// Replacements applied anywhere in the text. No entry starts another (checked below), so
/// their order does not matter.
constexpr std::array<std::pair<std::string_view, std::string_view>, 32> replacements{{
    // LaTeX footnote and reference marks.
    {"$^{\\star}$", "*"},
    {"$^{*}$", "*"},
    {"$^{**}$", "**"},
    {"\\*", "*"},
    {"\\$", "$"},
    {"\\_", "_"},
    {"\\#", "#"},
    {"\\&", "&"},
    {"\\%", "%"},
    {"\\(", "("},
    {"\\)", ")"},
    {"\\[", "["},
    {"\\]", "]"},
    {"\\-", "-"},
    {"\\.", "."},
    // Spaces that are not plain spaces.
    {"\xC2\xA0", " "},     // no-break space
    {"\xE2\x80\x87", " "}, // figure space
    {"\xE2\x80\xAF", " "}, // narrow no-break space
    {"\xE2\x80\x89", " "}, // thin space
    {"\xE2\x80\x8B", ""},  // zero width space
    {"\xEF\xBB\xBF", ""},  // byte order mark
    // Check boxes: checked ones are the X the forms print, empty ones go.
    {"\xE2\x98\x92", "X"}, // ☒
    {"\xE2\x98\x91", "X"}, // ☑
    {"\xE2\x9C\x94", "X"}, // ✔
    {"\xE2\x9C\x93", "X"}, // ✓
    {"\xE2\x9C\x97", "X"}, // ✗
    {"\xE2\x98\x90", ""},  // ☐
    {"[X]", "X"},
    {"[x]", "X"},
    {"\xE2\x80\xA2 ", "- "}, // bullet
    {"\xE2\x80\x90", "-"},   // hyphen
    {"\xE2\x80\x91", "-"},   // non-breaking hyphen
}};

constexpr bool no_entry_starts_another()
{
    for (auto const &a : replacements) {
        for (auto const &b : replacements) {
            if (a.first != b.first && b.first.substr(0, a.first.size()) == a.first) {
                return false;
            }
        }
    }
    return true;
}
static_assert(no_entry_starts_another(), "a replacement that starts another would hide it");

/// Superscript digit at `s[pos]` (UTF-8), as '0'..'9', or 0.
char superscript_digit(std::string_view s, std::size_t pos) noexcept
{
    auto const b = [&](std::size_t i) { return static_cast<unsigned char>(s[pos + i]); };
    if (pos + 1 < s.size() && b(0) == 0xC2U) {
        if (b(1) == 0xB9U) {
            return '1';
        }
        if (b(1) == 0xB2U) {
            return '2';
        }
        if (b(1) == 0xB3U) {
            return '3';
        }
    }
    if (pos + 2 < s.size() && b(0) == 0xE2U && b(1) == 0x81U) {
        if (b(2) == 0xB0U) {
            return '0';
        }
        if (b(2) >= 0xB4U && b(2) <= 0xB9U) {
            return static_cast<char>('4' + (b(2) - 0xB4U));
        }
    }
    return 0;
}

std::size_t superscript_length(std::string_view s, std::size_t pos) noexcept
{
    return static_cast<unsigned char>(s[pos]) == 0xC2U ? 2 : 3;
}

bool starts_with_at(std::string_view s, std::size_t pos, std::string_view what) noexcept
{
    return s.substr(pos, what.size()) == what;
}

/// "$^{12}$", "^{12}", "$^12$" -> "(12)"; returns the length consumed, 0 if none.
std::size_t latex_mark(std::string_view s, std::size_t pos, std::string *out)
{
    std::size_t p = pos;
    bool const dollar = p < s.size() && s[p] == '$';
    if (dollar) {
        ++p;
    }
    if (p >= s.size() || s[p] != '^') {
        return 0;
    }
    ++p;
    bool const brace = p < s.size() && s[p] == '{';
    if (brace) {
        ++p;
    }
    if (p < s.size() && s[p] == '(') {
        ++p;
    }
    auto const digits_start = p;
    while (p < s.size() && s[p] >= '0' && s[p] <= '9') {
        ++p;
    }
    if (p == digits_start || p - digits_start > FOOTNOTE_DIGITS_MAX) {
        return 0;
    }
    auto const digits = s.substr(digits_start, p - digits_start);
    if (p < s.size() && s[p] == ')') {
        ++p;
    }
    if (brace) {
        if (p >= s.size() || s[p] != '}') {
            return 0;
        }
        ++p;
    }
    if (dollar) {
        if (p >= s.size() || s[p] != '$') {
            return 0;
        }
        ++p;
    }
    *out += '(';
    *out += digits;
    *out += ')';
    return p - pos;
}

/// Drops markdown heading marks and emphasis from one line.
std::string strip_markdown(std::string line)
{
    if (line.empty() ||
        (line[0] != '#' && line.find("**") == std::string::npos && line.find("__") == std::string::npos)) {
        return line;
    }
    std::size_t p = 0;
    while (p < line.size() && line[p] == '#') {
        ++p;
    }
    if (p > 0 && p < line.size() && line[p] == ' ') {
        line.erase(0, p + 1);
    }
    // Emphasis "**bold**" and "__bold__"; a lone "**" (the form's own "** Signature") stays.
    for (std::string_view mark : {"**", "__"}) {
        std::size_t a = 0;
        while ((a = line.find(mark, a)) != std::string::npos) {
            auto const b = line.find(mark, a + 2);
            if (b == std::string::npos || b == a + 2) {
                break;
            }
            line.erase(b, 2);
            line.erase(a, 2);
        }
    }
    return line;
}

} // namespace

std::string sanitize_utf8(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size());
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        // Runs of plain ASCII are copied at once.
        auto run = pos;
        while (run < bytes.size() && static_cast<unsigned char>(bytes[run]) < 0x80U && bytes[run] != '\0') {
            ++run;
        }
        if (run > pos) {
            out.append(bytes.data() + pos, run - pos);
            pos = run;
            continue;
        }
        if (bytes[pos] == '\0') {
            ++pos;
            continue;
        }
        auto const len = utf8_sequence_length(bytes, pos);
        if (len == 0) {
            append_utf8(&out, static_cast<unsigned char>(bytes[pos])); // Latin-1
            ++pos;
        } else {
            out.append(bytes.data() + pos, len);
            pos += len;
        }
    }
    return out;
}

namespace {

/// Bytes that can start a replacement, a LaTeX mark or a superscript: every other byte
/// is copied as it is without looking further (most of a filing).
std::array<bool, 256> const &special_bytes()
{
    static auto const table = []() {
        std::array<bool, 256> t{};
        for (auto const &[from, to] : replacements) {
            t[static_cast<unsigned char>(from[0])] = true;
        }
        for (unsigned char const c : std::array<unsigned char, 5>{'\r', '$', '^', 0xC2U, 0xE2U}) {
            t[c] = true;
        }
        return t;
    }();
    return table;
}

constexpr std::string_view SUPERSCRIPT_OPEN = "\xE2\x81\xBD";  // ⁽
constexpr std::string_view SUPERSCRIPT_CLOSE = "\xE2\x81\xBE"; // ⁾

/// "⁽¹²⁾", "¹²", "²" -> "(12)"; returns the length consumed, 0 if none.
std::size_t superscript_mark(std::string_view s, std::size_t pos, std::string *out)
{
    auto p = pos;
    if (starts_with_at(s, p, SUPERSCRIPT_OPEN)) {
        p += SUPERSCRIPT_OPEN.size();
    }
    std::string digits;
    while (p < s.size()) {
        char const d = superscript_digit(s, p);
        if (d == 0) {
            break;
        }
        digits += d;
        p += superscript_length(s, p);
    }
    if (digits.empty()) {
        return 0;
    }
    if (starts_with_at(s, p, SUPERSCRIPT_CLOSE)) {
        p += SUPERSCRIPT_CLOSE.size();
    }
    *out += '(' + digits + ')';
    return p - pos;
}

/// The replacement starting at `s[pos]`, if any; returns the length consumed, 0 if none.
std::size_t replacement_at(std::string_view s, std::size_t pos, std::string *out)
{
    for (auto const &[from, to] : replacements) {
        if (starts_with_at(s, pos, from)) {
            *out += to;
            return from.size();
        }
    }
    return 0;
}

/// Replacements, LaTeX and superscript marks, and line ends, over the whole text.
std::string flatten(std::string_view text)
{
    std::string flat;
    flat.reserve(text.size());
    auto const &special = special_bytes();
    std::size_t pos = 0;
    while (pos < text.size()) {
        char const c = text[pos];
        if (!special[static_cast<unsigned char>(c)]) {
            flat += c;
            ++pos;
            continue;
        }
        if (c == '\r') {
            // CRLF -> LF, a lone CR -> LF.
            ++pos;
            if (pos >= text.size() || text[pos] != '\n') {
                flat += '\n';
            }
            continue;
        }
        std::size_t used = c == '$' || c == '^' ? latex_mark(text, pos, &flat) : 0;
        used = used != 0 ? used : superscript_mark(text, pos, &flat);
        used = used != 0 ? used : replacement_at(text, pos, &flat);
        if (used == 0) {
            flat += c;
            used = 1;
        }
        pos += used;
    }
    return flat;
}

} // namespace

std::string normalize_rendering(std::string_view text)
{
    auto const flat = flatten(text);
    std::string out;
    out.reserve(flat.size());
    std::size_t start = 0;
    while (start <= flat.size()) {
        auto const nl = flat.find('\n', start);
        auto const end = nl == std::string::npos ? flat.size() : nl;
        out += strip_markdown(flat.substr(start, end - start));
        if (nl == std::string::npos) {
            break;
        }
        out += '\n';
        start = nl + 1;
    }
    return out;
}
