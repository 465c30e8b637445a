// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/prose-scan.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace {

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
bool is_alpha(char c) noexcept { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

constexpr std::array<std::pair<std::string_view, std::string_view>, 22> prose_replacements{{
    // Windows-1252 punctuation that reached us as C1 controls (bytes 0x91-0x97 read as
    // Latin-1, or "&#147;" in old HTML).
    {"\xC2\x91", "'"},
    {"\xC2\x92", "'"},
    {"\xC2\x93", "\""},
    {"\xC2\x94", "\""},
    {"\xC2\x96", "-"},
    {"\xC2\x97", " - "},
    {"\xE2\x80\x9C", "\""},  // “
    {"\xE2\x80\x9D", "\""},  // ”
    {"\xE2\x80\x98", "'"},   // ‘
    {"\xE2\x80\x99", "'"},   // ’
    {"\xE2\x84\xA0", ""},    // ℠
    {"\xE2\x84\xA2", ""},    // ™
    {"\xC2\xAE", ""},        // ®
    {"\xE2\x80\x94", " - "}, // em dash
    {"\xE2\x80\x93", "-"},   // en dash
    {"\xC2\xA0", " "},       // no-break space
    {"\xE2\x80\x89", " "},   // thin space
    {"\xE2\x80\xAF", " "},   // narrow no-break space
    {"\xE2\x80\x8B", ""},    // zero width space
    {"\xE3\x80\x8C", "\""},  // 「 (quotes of text served by East Asian sites)
    {"\xE3\x80\x8D", "\""},  // 」
    {"\t", " "},
}};

/// Words text extraction glued to the word before ("up toUS$100 million", "Canaccord
/// GenuityLLC", "FileNo. 333-", "FormS-3"): after a lower-case letter, these start a new word.
constexpr std::array<std::string_view, 12> GLUED_AFTER_LOWER{"US$",   "U.S.$", "LLC", "LLP", "Inc.", "Inc,",
                                                             "Corp.", "L.P.",  "No.", "S-",  "F-",   "&"};

/// Scale words glued to their number: "$100million".
constexpr std::array<std::string_view, 2> GLUED_SCALES{"million", "billion"};

bool is_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }

/// “, 「 and the Windows-1252 opening quote.
bool is_opening_quote(std::string_view quote) noexcept
{
    return quote == "\xE2\x80\x9C" || quote == "\xE3\x80\x8C" || quote == "\xC2\x93";
}

/// True when `rest` starts a word that text extraction glued to the character before it.
bool glued_to(char prev, std::string_view rest)
{
    if (rest.front() == '$') {
        return is_digit(prev) || is_lower(prev); // "of$5,000", not "US$"
    }
    if (is_digit(prev)) {
        return std::any_of(GLUED_SCALES.begin(), GLUED_SCALES.end(), [&](auto w) { return rest.starts_with(w); });
    }
    if (!is_lower(prev)) {
        return false;
    }
    return std::any_of(GLUED_AFTER_LOWER.begin(), GLUED_AFTER_LOWER.end(), [&](std::string_view w) {
        if (!rest.starts_with(w)) {
            return false; // first: the checks below read past `w` in `rest`
        }
        // "GenuityLLC" but not "LLCs"; "FormS-3" but not "S-curve".
        bool const word_end = w.back() != 'C' || rest.size() == w.size() || !is_alpha(rest[w.size()]);
        bool const form = w.back() != '-' || (rest.size() > 2 && is_digit(rest[2]));
        return word_end && form;
    });
}

/// "H.C.Wainwright", "J.P.Morgan": a word glued to the initials before it.
bool after_initials(std::string_view out, std::string_view rest)
{
    auto const n = out.size();
    bool const initials = n >= 4 && out[n - 1] == '.' && std::isupper(static_cast<unsigned char>(out[n - 2])) != 0 &&
                          out[n - 3] == '.' && std::isupper(static_cast<unsigned char>(out[n - 4])) != 0;
    return initials && rest.size() > 1 && std::isupper(static_cast<unsigned char>(rest[0])) != 0 && is_lower(rest[1]);
}

/// Appends the ASCII character at `pos`, restoring a space text extraction lost before it,
/// and dropping a service mark written as letters ("OfferingSM Sales Agreement"). Returns
/// how many characters it read.
std::size_t append_unglued(std::string *out, std::string_view text, std::size_t pos)
{
    auto const rest = text.substr(pos);
    char const prev = out->empty() ? ' ' : out->back();
    if (is_lower(prev) && rest.starts_with("SM") && (rest.size() == 2 || !is_alpha(rest[2]))) {
        return 2;
    }
    if (glued_to(prev, rest) || after_initials(*out, rest)) {
        *out += ' ';
    }
    *out += rest.front();
    return 1;
}

/// The first letters of month names, either case: a cheap test before reading a word.
bool could_start_month(char c) noexcept
{
    auto const l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return l == 'j' || l == 'f' || l == 'm' || l == 'a' || l == 's' || l == 'o' || l == 'n' || l == 'd';
}

/// Words whose final period does not end a sentence.
bool is_abbreviation(std::string_view word)
{
    static constexpr std::array<std::string_view, 34> abbreviations{
        "inc", "co",  "corp", "ltd",    "no",    "nos",    "jr",           "sr",    "mr",  "mrs", "ms",  "dr",
        "st",  "vs",  "etc",  "approx", "u.s",   "n.a",    "l.p",          "l.l.c", "s.a", "n.v", "p.o", "i.b",
        "e.g", "i.e", "sec",  "rule",   "instr", "inc.'s", "incorporated", "u.s.a", "llc", "plc"};
    std::string w;
    for (char c : word) {
        w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    while (!w.empty() && (w.front() == '(' || w.front() == '"')) {
        w.erase(0, 1);
    }
    if (w.size() == 1 && is_alpha(w[0])) {
        return true; // an initial: "Robert W. Baird"
    }
    // "J.P", "I.B": letters with inner periods.
    if (w.size() <= 5 && w.find('.') != std::string::npos &&
        std::all_of(w.begin(), w.end(), [](char c) { return c == '.' || is_alpha(c); })) {
        return true;
    }
    return std::find(abbreviations.begin(), abbreviations.end(), w) != abbreviations.end();
}

/// "B. Riley Securities, Inc. On June 1, ...": a company's suffix ends the sentence when a
/// capitalized word follows that is not another suffix ("Co. Inc.") nor a quote or
/// parenthesis ("Co. ("Cantor")").
bool ends_company_sentence(std::string_view word, std::string_view next)
{
    static constexpr std::array<std::string_view, 9> suffixes{"inc", "co",           "corp", "ltd",  "llc",
                                                              "plc", "incorporated", "l.p",  "l.l.c"};
    std::string w;
    for (char c : word) {
        w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (std::find(suffixes.begin(), suffixes.end(), w) == suffixes.end() || next.empty() ||
        !std::isupper(static_cast<unsigned char>(next[0]))) {
        return false;
    }
    auto const end = next.find_first_of(" ,;");
    std::string n;
    for (char c : next.substr(0, end)) {
        n += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    while (!n.empty() && n.back() == '.') {
        n.pop_back();
    }
    return std::find(suffixes.begin(), suffixes.end(), n) == suffixes.end() && n != "company" && n != "limited";
}

/// Multiplier word after a number: "million" 6, "billion" 9, "thousand" 3.
int scale_word(std::string_view text, std::size_t pos, std::size_t *end)
{
    while (pos < text.size() && text[pos] == ' ') {
        ++pos;
    }
    for (auto const &[word, power] :
         {std::pair<std::string_view, int>{"million", 6}, {"billion", 9}, {"thousand", 3}}) {
        if (text.size() >= pos + word.size()) {
            bool same = true;
            for (std::size_t i = 0; i < word.size(); ++i) {
                if (std::tolower(static_cast<unsigned char>(text[pos + i])) != word[i]) {
                    same = false;
                    break;
                }
            }
            if (same && (pos + word.size() == text.size() || !is_alpha(text[pos + word.size()]))) {
                *end = pos + word.size();
                return power;
            }
        }
    }
    return 0;
}

/// Where an amount's text starts: at "US$" or "U.S.$" when the dollar sign has one.
std::size_t currency_start(std::string_view text, std::size_t dollar)
{
    for (std::string_view const prefix : {"U.S.", "US"}) {
        auto const start = dollar >= prefix.size() ? dollar - prefix.size() : dollar;
        if (start != dollar && text.substr(start, prefix.size()) == prefix &&
            (start == 0 || !is_alpha(text[start - 1]))) {
            return start;
        }
    }
    return dollar;
}

/// A number with separators starting at `pos`; its end in *end.
std::optional<decimal_t> number_at(std::string_view text, std::size_t pos, std::size_t *end)
{
    std::size_t p = pos;
    while (p < text.size() && (is_digit(text[p]) || text[p] == ',' || text[p] == '.')) {
        ++p;
    }
    // A sentence's final period or a list comma is not part of the number.
    while (p > pos && (text[p - 1] == '.' || text[p - 1] == ',')) {
        --p;
    }
    if (p == pos) {
        return std::nullopt;
    }
    auto value = decimal_t::parse(text.substr(pos, p - pos));
    if (!value) {
        return std::nullopt;
    }
    *end = p;
    return value;
}

/// What shares are counted in: "4,169 shares", "1,250,000 ADSs", "N American Depositary
/// Shares", "N ordinary shares", "N units".
constexpr std::array<std::string_view, 6> UNIT_WORDS{"shares", "adss", "ads", "american depositary shares",
                                                     "units",  "share"};

/// Words between a count and its unit: "N ordinary shares", "N Class A common shares", "N of
/// our shares".
constexpr std::array<std::string_view, 8> UNIT_QUALIFIERS{"ordinary", "common", "new", "class", "a", "b", "of", "our"};

/// The qualifiers a count may carry before its unit.
constexpr int MAX_UNIT_QUALIFIERS = 3;

/// Back over blanks and up to MAX_UNIT_QUALIFIERS qualifier words from `pos`.
std::size_t skip_qualifiers_back(std::string_view low, std::size_t pos)
{
    for (int n = 0; n <= MAX_UNIT_QUALIFIERS; ++n) {
        while (pos > 0 && low[pos - 1] == ' ') {
            --pos;
        }
        auto start = pos;
        while (start > 0 && is_alpha(low[start - 1])) {
            --start;
        }
        auto const word = low.substr(start, pos - start);
        if (n == MAX_UNIT_QUALIFIERS ||
            std::find(UNIT_QUALIFIERS.begin(), UNIT_QUALIFIERS.end(), word) == UNIT_QUALIFIERS.end()) {
            return pos;
        }
        pos = start;
    }
    return pos;
}

/// The count right before a unit word at `unit_at`: "4,169", "1.2 million".
std::optional<amount_t> count_before(std::string_view text, std::string_view low, std::size_t unit_at)
{
    auto p = skip_qualifiers_back(low, unit_at);
    auto word_start = p;
    while (word_start > 0 && is_alpha(text[word_start - 1])) {
        --word_start;
    }
    auto const word = low.substr(word_start, p - word_start);
    int const power = word == "million" ? 6 : word == "billion" ? 9 : word == "thousand" ? 3 : 0;
    if (power != 0) {
        p = word_start;
        while (p > 0 && text[p - 1] == ' ') {
            --p;
        }
    }
    auto num_start = p;
    while (num_start > 0 &&
           (is_digit(text[num_start - 1]) || text[num_start - 1] == ',' || text[num_start - 1] == '.')) {
        --num_start;
    }
    std::size_t end = 0;
    if (num_start == p || (num_start > 0 && (text[num_start - 1] == '$' || is_alpha(text[num_start - 1])))) {
        return std::nullopt;
    }
    auto value = number_at(text, num_start, &end);
    if (!value || end != p) {
        return std::nullopt;
    }
    return amount_t{power != 0 ? value->scaled(power) : *value, num_start, unit_at};
}

} // namespace

std::string plain_prose(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        // Every replacement starts with a tab or a byte of a multi-byte character.
        char const c = text[pos];
        if (c != '\t' && static_cast<unsigned char>(c) < 0x80) {
            // Most characters cannot start a glued word: only a capital, "&" or "$" after a
            // lower-case letter, a scale word or "$" after a digit, a word after initials.
            char const prev = out.empty() ? ' ' : out.back();
            bool const may_glue = (is_lower(prev) && ((c >= 'A' && c <= 'Z') || c == '&' || c == '$')) ||
                                  (is_digit(prev) && (c == 'm' || c == 'b' || c == '$')) ||
                                  (prev == '.' && c >= 'A' && c <= 'Z');
            if (may_glue) {
                pos += append_unglued(&out, text, pos);
            } else {
                out += c;
                ++pos;
            }
            continue;
        }
        bool replaced = false;
        for (auto const &[from, to] : prose_replacements) {
            if (text.substr(pos, from.size()) == from) {
                // An opening quote glued to the word before: "be“at-the-market".
                bool const opens =
                    is_opening_quote(from) && !out.empty() && (is_alpha(out.back()) || is_digit(out.back()));
                out += opens ? " " : "";
                out += to;
                pos += from.size();
                replaced = true;
                break;
            }
        }
        if (!replaced) {
            out += text[pos++];
        }
    }
    // Lines of a paragraph join with a space; a blank line stays a paragraph break.
    std::string joined;
    joined.reserve(out.size());
    int newlines = 0;
    for (char c : out) {
        if (c == '\n' || c == '\r') {
            newlines += c == '\n' ? 1 : 0;
            continue;
        }
        if (newlines > 0) {
            while (!joined.empty() && joined.back() == ' ') {
                joined.pop_back();
            }
            joined += newlines > 1 ? "\n" : " ";
            newlines = 0;
        }
        if (c == ' ' && (joined.empty() || joined.back() == ' ' || joined.back() == '\n')) {
            continue;
        }
        joined += c;
    }
    return joined;
}

std::vector<sentence_t> split_sentences(std::string_view prose, bool any_case)
{
    std::vector<sentence_t> out;
    std::size_t start = 0;
    auto emit = [&](std::size_t end) {
        auto s = prose.substr(start, end - start);
        std::size_t lead = 0;
        while (lead < s.size() && (s[lead] == ' ' || s[lead] == '\n')) {
            ++lead;
        }
        s.remove_prefix(lead);
        while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) {
            s.remove_suffix(1);
        }
        if (!s.empty()) {
            out.push_back(sentence_t{s, start + lead});
        }
        start = end;
    };
    for (std::size_t i = 0; i < prose.size(); ++i) {
        char const c = prose[i];
        if (c == '\n') {
            emit(i);
            continue;
        }
        if ((c != '.' && c != '?' && c != '!') || i + 1 >= prose.size()) {
            continue;
        }
        // End of sentence: the punctuation (and a closing quote) then a space and a capital
        // letter, a quote or an opening parenthesis.
        std::size_t j = i + 1;
        if (j < prose.size() && (prose[j] == '"' || prose[j] == '\'' || prose[j] == ')')) {
            ++j;
        }
        if (j >= prose.size() || prose[j] != ' ') {
            continue;
        }
        auto const next = j + 1 < prose.size() ? prose[j + 1] : ' ';
        bool const starts = std::isupper(static_cast<unsigned char>(next)) || next == '"' || next == '(' ||
                            is_digit(next) || (any_case && is_alpha(next));
        if (!starts) {
            continue;
        }
        if (c == '.') {
            auto word_start = prose.rfind(' ', i);
            word_start = word_start == std::string_view::npos ? 0 : word_start + 1;
            auto const word = prose.substr(word_start, i - word_start);
            if (is_abbreviation(word) && !ends_company_sentence(word, prose.substr(j + 1))) {
                continue;
            }
        }
        emit(j);
    }
    emit(prose.size());
    return out;
}

std::string lower(std::string_view text)
{
    std::string out{text};
    for (auto &c : out) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

std::optional<amount_t> find_money(std::string_view text, std::size_t from)
{
    for (auto pos = text.find('$', from); pos != std::string_view::npos; pos = text.find('$', pos + 1)) {
        auto p = pos + 1;
        while (p < text.size() && text[p] == ' ') {
            ++p;
        }
        std::size_t end = 0;
        auto value = number_at(text, p, &end);
        if (!value) {
            continue;
        }
        std::size_t scaled_end = end;
        if (int const power = scale_word(text, end, &scaled_end)) {
            value = value->scaled(power);
            end = scaled_end;
        }
        return amount_t{*value, currency_start(text, pos), end};
    }
    return std::nullopt;
}

std::optional<amount_t> find_shares(std::string_view text, std::size_t from)
{
    auto const low = lower(text);
    std::optional<amount_t> best;
    for (auto const unit : UNIT_WORDS) {
        for (auto pos = low.find(unit, from); pos != std::string::npos; pos = low.find(unit, pos + 1)) {
            auto const end = pos + unit.size();
            if ((pos > 0 && is_alpha(low[pos - 1])) || (end < low.size() && is_alpha(low[end]))) {
                continue;
            }
            if (auto found = count_before(text, low, pos)) {
                found->end = end;
                if (!best || found->begin < best->begin) {
                    best = found;
                }
                break;
            }
        }
    }
    return best;
}

std::optional<amount_t> find_percent(std::string_view text, std::size_t from)
{
    for (std::size_t pos = from; pos < text.size(); ++pos) {
        if (!is_digit(text[pos]) || (pos > 0 && (is_digit(text[pos - 1]) || text[pos - 1] == '.'))) {
            continue;
        }
        std::size_t end = 0;
        auto const value = number_at(text, pos, &end);
        if (!value) {
            continue;
        }
        auto rest = end;
        while (rest < text.size() && text[rest] == ' ') {
            ++rest;
        }
        if (rest < text.size() && text[rest] == '%') {
            return amount_t{*value, pos, rest + 1};
        }
        if (lower(text.substr(rest, 7)) == "percent") {
            return amount_t{*value, pos, rest + 7};
        }
        pos = end;
    }
    return std::nullopt;
}

std::optional<found_date_t> find_date_words(std::string_view text, std::size_t from)
{
    for (std::size_t pos = from; pos < text.size(); ++pos) {
        if (!could_start_month(text[pos]) || (pos > 0 && is_alpha(text[pos - 1]))) {
            continue;
        }
        auto word_end = pos;
        while (word_end < text.size() && (is_alpha(text[word_end]) || text[word_end] == '.')) {
            ++word_end;
        }
        if (month_from_name(text.substr(pos, word_end - pos)) == 0) {
            continue;
        }
        // "October 20, 2022": month, day, optional comma, four-digit year.
        auto p = word_end;
        while (p < text.size() && text[p] == ' ') {
            ++p;
        }
        auto const day_start = p;
        while (p < text.size() && is_digit(text[p])) {
            ++p;
        }
        if (p == day_start || p - day_start > 2) {
            continue;
        }
        auto const day_end = p;
        while (p < text.size() && (is_alpha(text[p]) && p - day_end < 2)) {
            ++p; // "1st", "20th"
        }
        if (p < text.size() && text[p] == ',') {
            ++p;
        }
        while (p < text.size() && text[p] == ' ') {
            ++p;
        }
        auto const year_start = p;
        while (p < text.size() && is_digit(text[p])) {
            ++p;
        }
        if (p - year_start != 4) {
            continue;
        }
        auto const date = date_t::parse_words(std::string{text.substr(pos, word_end - pos)} + " " +
                                              std::string{text.substr(day_start, day_end - day_start)} + ", " +
                                              std::string{text.substr(year_start, 4)});
        if (date) {
            return found_date_t{*date, pos, p};
        }
    }
    return std::nullopt;
}
